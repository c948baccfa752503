import { MostyError } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { StartError, startFailureLine, startStep } from './start-failure.js';

describe('startFailureLine', () => {
  it("says a step's MostyError by its code and its cause's reason, not by its (Polish) message", async () => {
    const error = await startStep('cannot open the database postgres://postgres:***@db/x', async () => {
      throw new MostyError('DATABASE_OPEN', 'nie można połączyć się z PostgreSQL.', {
        cause: new Error('database "x" does not exist'),
      });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartError);
    expect(startFailureLine(error)).toBe(
      'admin: failed to start [DATABASE_OPEN]: cannot open the database postgres://postgres:***@db/x (cause: database "x" does not exist).',
    );
  });

  it('takes the first reason of an AggregateError with no message of its own, and a code when nothing else', () => {
    const refused = new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('other')], '');
    expect(startFailureLine(new StartError('cannot open the database x', { cause: refused }))).toBe(
      'admin: failed to start: cannot open the database x (cause: connect ECONNREFUSED ::1:5432).',
    );
    const coded = Object.assign(new Error(''), { code: 'ECONNRESET' });
    expect(startFailureLine(new StartError('cannot open the database x', { cause: coded }))).toBe(
      'admin: failed to start: cannot open the database x (cause: ECONNRESET).',
    );
  });

  it('keeps a MostyError without a cause saying its own message, and puts anything else on one line', () => {
    const poolMax = new MostyError('DATABASE_OPEN', 'pool_max in DATABASE_URL must be a number.');
    expect(startFailureLine(new StartError('cannot open the database x', { cause: poolMax }))).toBe(
      'admin: failed to start [DATABASE_OPEN]: cannot open the database x (cause: pool_max in DATABASE_URL must be a number).',
    );
    expect(startFailureLine(new Error('Invalid admin environment: ✖ Invalid option\n  → at DEMO_DATA'))).toBe(
      'admin: failed to start: Invalid admin environment: ✖ Invalid option → at DEMO_DATA.',
    );
    expect(startFailureLine('a string')).toBe('admin: failed to start: a string.');
  });
});
