import { MostyError } from '@org/domain';
import { checkDatabaseUrl } from '@org/store';
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
    // The store's own refusal of a DATABASE_URL, as the server asks it: in English, before opening anything.
    const check = checkDatabaseUrl('postgres://db/x?pool_max=0', { locale: 'en' });
    expect(check.ok).toBe(false);
    const poolMax = check.ok ? null : check.error;
    expect(startFailureLine(new StartError('cannot open the database x', { cause: poolMax }))).toBe(
      'admin: failed to start [DATABASE_OPEN]: cannot open the database x (cause: pool_max in DATABASE_URL must be a number of connections from 1 to 1000 (got "0")).',
    );
    expect(startFailureLine(new Error('Invalid admin environment: ✖ Invalid option\n  → at DEMO_DATA'))).toBe(
      'admin: failed to start: Invalid admin environment: ✖ Invalid option → at DEMO_DATA.',
    );
    expect(startFailureLine('a string')).toBe('admin: failed to start: a string.');
  });
});
