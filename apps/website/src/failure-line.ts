import { MostyError } from '@org/domain';

/** A text as one line: a driver's or zod's message may run over several. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Why a command failed, as one line for a log or a terminal: `<what> [CODE]: message (cause: reason).` for a
 * `MostyError` (the cause's own words only when the message does not already give them), `<what>: message.`
 * for anything else. The stack is for `DEBUG`; an operator needs the reason.
 *
 * @example
 * failureLine('website: failed to start', new MostyError('DATABASE_OPEN', 'Cannot connect', { cause: new Error('timeout') }))
 * // 'website: failed to start [DATABASE_OPEN]: Cannot connect (cause: timeout).'
 */
export function failureLine(what: string, error: unknown): string {
  const message = oneLine(error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  if (!(error instanceof MostyError)) return `${what}: ${message}.`;
  const cause = error.cause instanceof Error ? oneLine(error.cause.message).replace(/\.$/, '') : '';
  const because = cause && !message.includes(cause) ? ` (cause: ${cause})` : '';
  return `${what} [${error.code}]: ${message}${because}.`;
}
