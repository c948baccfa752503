import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema } from './common.js';
import { uuidv7 } from './ids.js';

const UUIDV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const bytes = fc.uint8Array({ minLength: 10, maxLength: 10 });
const time = fc.integer({ min: 0, max: 0xffffffffffff });

describe('uuidv7', () => {
  it('matches its documented example', () => {
    expect(uuidv7(0x0190f5a3b2c1, new Uint8Array(10))).toBe('0190f5a3-b2c1-7000-8000-000000000000');
  });

  it('puts the time in the first 48 bits and the random bytes after version and variant', () => {
    const id = uuidv7(Date.UTC(2026, 10, 26, 9), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(id.replaceAll('-', '').slice(0, 12)).toBe(Date.UTC(2026, 10, 26, 9).toString(16).padStart(12, '0'));
    expect(id.slice(14)).toBe('7fff-bfff-ffffffffffff');
  });

  it('always has version 7 and the RFC 9562 variant, and is a valid IdSchema value', () => {
    fc.assert(
      fc.property(time, bytes, (ms, random) => {
        const id = uuidv7(ms, random);
        expect(id).toMatch(UUIDV7);
        expect(IdSchema.safeParse(id).success).toBe(true);
      }),
    );
  });

  it('sorts by time: an id made later sorts after, whatever the random bytes', () => {
    fc.assert(
      fc.property(time, time, bytes, bytes, (a, b, ra, rb) => {
        fc.pre(a !== b);
        const [early, late] = a < b ? [uuidv7(a, ra), uuidv7(b, rb)] : [uuidv7(b, rb), uuidv7(a, ra)];
        expect(early < late).toBe(true);
      }),
    );
  });

  it('refuses a bad time or too few random bytes (a bug in the caller, so it throws)', () => {
    expect(() => uuidv7(-1, new Uint8Array(10))).toThrow(RangeError);
    expect(() => uuidv7(1.5, new Uint8Array(10))).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48, new Uint8Array(10))).toThrow(/bad time/);
    expect(() => uuidv7(0, new Uint8Array(9))).toThrow(/need 10 random bytes, got 9/);
  });
});
