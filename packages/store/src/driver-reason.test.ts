import { describe, expect, it } from 'vitest';
import { driverReason } from './driver-reason.js';

describe('driverReason', () => {
  it("is the driver's message without its final full stop", () => {
    expect(driverReason(new Error('database "x" does not exist'))).toBe('database "x" does not exist');
    expect(driverReason(new Error('Connection terminated unexpectedly.'))).toBe('Connection terminated unexpectedly');
  });

  it("is the first error's message for an AggregateError without its own (a refused name with two addresses)", () => {
    const refused = new AggregateError(
      [new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')],
      '',
    );
    expect(driverReason(refused)).toBe('connect ECONNREFUSED ::1:5432');
  });

  it('falls back to the code, then to the value itself', () => {
    expect(driverReason(Object.assign(new Error(''), { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(driverReason('boom')).toBe('boom');
  });
});
