import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale } from '@org/domain';
import { z } from 'zod';

/** The environment the store's command-line tools read, validated once. */
export const StoreEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1, 'DATABASE_URL, when set, must be a file path, a file: URL or a postgres:// URL.')
    .optional(),
});
export type StoreEnv = z.infer<typeof StoreEnvSchema>;

/**
 * Reads and validates the environment (the CLIs' only access to `process.env`).
 *
 * @example
 * loadStoreEnv({ DATABASE_URL: 'postgres://db/mosty' }) // { DATABASE_URL: 'postgres://db/mosty' }
 */
export function loadStoreEnv(source: Record<string, string | undefined> = process.env): StoreEnv {
  return StoreEnvSchema.parse(source);
}

// POSIX gives LC_ALL precedence over LC_MESSAGES over LANG, and an empty variable counts as unset.
const localeVar = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));
const LocaleEnvSchema = z.object({ LC_ALL: localeVar, LC_MESSAGES: localeVar, LANG: localeVar });

/**
 * The language of a command line tool's messages when its `--lang` names none: the first of `LC_ALL`,
 * `LC_MESSAGES`, `LANG` that is set; Polish when its language is `pl` (`pl`, `pl_PL`, `pl_PL.UTF-8`),
 * English for anything else (unset, `C`, `C.UTF-8`, `POSIX`, `en_GB.UTF-8`, `de_DE.UTF-8`), since the
 * house writes its logs and command lines in English unless asked for Polish. The same rule as
 * `mosty-export`'s. Never fails.
 *
 * @example
 * cliLocale({ LANG: 'pl_PL.UTF-8' }) // 'pl'
 * cliLocale({}) // 'en'
 * cliLocale({ LC_ALL: 'C.UTF-8', LANG: 'pl_PL.UTF-8' }) // 'en'
 */
export function cliLocale(source: Record<string, string | undefined> = process.env): Locale {
  const parsed = LocaleEnvSchema.safeParse(source);
  const vars: Partial<z.infer<typeof LocaleEnvSchema>> = parsed.success ? parsed.data : {};
  const value = vars.LC_ALL ?? vars.LC_MESSAGES ?? vars.LANG ?? '';
  // A POSIX locale name is language[_territory][.codeset][@modifier]: `plt_…` is another language.
  return /^pl(?:$|[_.@])/i.test(value) ? 'pl' : 'en';
}

/**
 * The language a command line's `--lang` asks for, read leniently before the command line is checked, so
 * that a refusal of the command line (an unknown option, a missing file) is said in it too; undefined when
 * `--lang` is absent or names neither language (then the locale decides, `cliLocale`, and the command
 * refuses the bad value in its language). The last `--lang` counts, as in a strict parse. `options` are the
 * command's, so that the values of its other options are not taken for `--lang`.
 *
 * @example
 * requestedLang(['ics', '--lang', 'en']) // 'en'
 * requestedLang(['--lang=de']) // undefined
 */
export function requestedLang(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']> = { lang: { type: 'string' } },
): Locale | undefined {
  // Lenient, so it never throws: what is wrong with the command line is for the strict parse to say.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const lang = tokens.findLast((t) => t.kind === 'option' && t.name === 'lang');
  const value = lang?.kind === 'option' ? lang.value : undefined;
  return value === 'pl' || value === 'en' ? value : undefined;
}
