import type { Locale } from '@org/domain';
import { COMMAND_LINE_MESSAGES } from './cli-messages.js';

/** What a command can add to the translation: the options to suggest for one it does not know. */
export interface ParseArgsProblemOptions {
  /** The options to suggest instead of `option` (none when it returns none or is absent). */
  suggest?: (option: string) => readonly string[];
}

/**
 * Says why node:util's `parseArgs` refused a command line, in `locale`: an unknown option (with what
 * `suggest` offers instead), an option missing its value, a flag given one, else node's own words. Node
 * explains in English prose; its error's `code` and the option it names are stable, so the store's
 * commands and `mosty-export` both say it again through this one translation. No I/O.
 *
 * @example
 * try { parseArgs({ args: ['--evnt'], options: { event: { type: 'string' } } }) }
 * catch (e) { parseArgsProblem(e, 'en', { suggest: () => ['--event'] }) } // 'unknown option "--evnt" (did you mean --event?).'
 * // and with --event and no value: parseArgsProblem(e, 'pl') // 'opcja --event wymaga wartości.'
 */
export function parseArgsProblem(cause: unknown, locale: Locale, options: ParseArgsProblemOptions = {}): string {
  const m = COMMAND_LINE_MESSAGES;
  const error = (typeof cause === 'object' && cause !== null ? cause : {}) as { code?: unknown; message?: unknown };
  const message = String(error.message ?? cause);
  // "Unknown option '--evnt'", "Option '-o, --out <value>' argument missing", "Option '--help' does not take an argument".
  const named = /'(-[^' ,]+)(?:, (--[^' ]+))?/.exec(message);
  // A control character typed into an option (`--a\nb`) is shown escaped: a refusal is one line.
  const option = (named?.[2] ?? named?.[1])?.replace(
    /\p{Cc}/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return m.unknownOption[locale](option, options.suggest?.(option) ?? []);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return message.includes('does not take') ? m.noValueAllowed[locale](option) : m.missingValue[locale](option);
  return m.badArguments[locale](message.split('\n')[0] ?? '');
}
