/**
 * Why the admin could not start, as one English line for the log. The admin's store speaks Polish (its
 * validation messages reach staff on pages), so a store error's own message is not the log's language: a
 * step of the start says in English what it was doing (`StartError`), and the line gives the error's `code`
 * and its cause's reason, which is the driver's, in English. What the store refuses of DATABASE_URL before a
 * driver has a say has no cause; the server asks that of the store's `checkDatabaseUrl` in English first
 * (`server.ts`).
 */
import { MostyError } from '@org/domain';
import { driverReason } from '@org/store';

/** A step of the admin's start that failed: what it was doing, in English, and the error as its cause. */
export class StartError extends Error {
  override readonly name = 'StartError';

  constructor(
    readonly doing: string,
    options: { cause: unknown },
  ) {
    super(doing, options);
  }
}

/**
 * Runs one step of the start; its failure is a `StartError` saying what the step was doing.
 *
 * @example
 * await startStep('cannot open the database /srv/mosty.db', () => openStore('/srv/mosty.db'))
 */
export async function startStep<T>(doing: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    throw new StartError(doing, { cause });
  }
}

/** A text as one line without its final full stop: a driver's or zod's message may run over several. */
const clause = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\.+$/, '');

/** The reason an error gives (the store's `driverReason`: an empty AggregateError's first error, or its code), on one line. */
const reason = (error: unknown): string => clause(driverReason(error));

/**
 * The one line the admin prints when it cannot start: `admin: failed to start [CODE]: what it was doing
 * (cause: reason).` for a `MostyError` met in a step, the reason being its cause's (the driver's, English), or
 * its own message when it has no cause (the store's words, the only ones there are: English when the step
 * asked them in English, as of `checkDatabaseUrl(url, { locale: 'en' })`); `admin: failed to start: message.`
 * for anything else (a setting or the SITE_CONFIG file, said in English).
 *
 * @example
 * startFailureLine(new StartError('cannot open the database postgres://db/x', {
 *   cause: new MostyError('DATABASE_OPEN', 'nie można połączyć się…', { cause: new Error('database "x" does not exist') }),
 * }))
 * // 'admin: failed to start [DATABASE_OPEN]: cannot open the database postgres://db/x (cause: database "x" does not exist).'
 */
export function startFailureLine(error: unknown): string {
  const what = 'admin: failed to start';
  if (error instanceof StartError) {
    const inner = error.cause;
    const code = inner instanceof MostyError ? ` [${inner.code}]` : '';
    const why = inner instanceof MostyError && inner.cause !== undefined ? reason(inner.cause) : reason(inner);
    return `${what}${code}: ${clause(error.doing)} (cause: ${why}).`;
  }
  if (error instanceof MostyError) return `${what} [${error.code}]: ${reason(error)}.`;
  return `${what}: ${reason(error)}.`;
}
