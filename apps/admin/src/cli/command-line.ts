/**
 * What the admin's commands (`user:create`, `import-terc`) share: their language and the reading of their
 * command line. Messages are English unless `--lang pl`, or a Polish locale when there is no `--lang`
 * (`requestedLang` and `cliLocale` from @org/store, the rule of the store's and the exporter's commands,
 * over the locale variables `env.ts` reads); a `--lang` naming neither is refused, in the locale's
 * language, with exit code 2 as any bad command line.
 * A command adds its texts to `TEXTS`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { joinMessages, type Locale, USER_ROLE_LABELS, type UserRole } from '@org/domain';
import { COMMAND_LINE_MESSAGES, cliLocale, parseArgsProblem, requestedLang, sentence } from '@org/store';
import { localeEnv } from '../env.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  help: { type: 'boolean', short: 'h', default: false },
  lang: { type: 'string' },
} as const satisfies Options;

const isLocale = (value: unknown): value is Locale => value === 'pl' || value === 'en';

export const TEXTS = {
  pl: {
    hint: (command: string) => `pomoc: ${command} --help.`,
    unexpectedArgument: (arg: string) => `nieoczekiwany argument „${arg}”.`,
    failed: (message: string) => `nie powiodło się: ${sentence(message)}`,
    userCreateUsage: [
      'Użycie: user:create --email E --role administrator|editor|reviewer [--name N] [--lang pl|en]',
      'Tworzy konto pracownika; hasło (co najmniej 12 znaków) czyta ze standardowego wejścia, z terminala bez echa.',
      'Kody wyjścia: 0 utworzono, 2 błędne wywołanie albo dane, 1 inny błąd.',
    ].join('\n'),
    passwordPrompt: 'Hasło (co najmniej 12 znaków): ',
    userExists: (email: string) => `konto z adresem e-mail ${email} już istnieje.`,
    userCreated: (role: UserRole, email: string, id: string) =>
      `utworzono konto: ${USER_ROLE_LABELS[role].pl} ${email} (${id})`,
    importTercUsage: [
      'Użycie: import-terc <TERC.csv> [--lang pl|en]',
      'Importuje rejestr TERC (GUS) i wypisuje, co dodano, zaktualizowano i odrzucono.',
      'Jak mosty-import-terc (polecenie pakietu store) każdy dodany i zmieniony samorząd zapisuje w dzienniku zmian',
      '(bez użytkownika), z notą „polecenie import-terc, plik …” po polsku, jak noty panelu; mosty-import-terc przyjmuje też --stan-na.',
      'Kody wyjścia: 0 gotowe (odrzucone wiersze są wypisane), 2 błędne wywołanie, 1 inny błąd.',
    ].join('\n'),
    tercMissing: 'brak pliku TERC do zaimportowania.',
    unreadable: (file: string, code: string) => `nie można odczytać pliku ${file} (${code}).`,
    tercDone: (r: { added: number; updated: number; unchanged: number; skipped: number; refused: number }) =>
      `dodano: ${r.added}, zaktualizowano: ${r.updated}, bez zmian: ${r.unchanged}, pominięto: ${r.skipped}, odrzucono: ${r.refused}`,
    refusedLine: (line: number, reason: string) => `  wiersz ${line}: ${reason}`,
  },
  en: {
    hint: (command: string) => `see ${command} --help.`,
    unexpectedArgument: (arg: string) => `unexpected argument "${arg}".`,
    failed: (message: string) => `failed: ${sentence(message)}`,
    userCreateUsage: [
      'Usage: user:create --email E --role administrator|editor|reviewer [--name N] [--lang pl|en]',
      'Creates a staff account; the password (at least 12 characters) is read from stdin, from a terminal without echo.',
      'Exit codes: 0 created, 2 bad usage or input, 1 anything else.',
    ].join('\n'),
    passwordPrompt: 'Password (at least 12 characters): ',
    userExists: (email: string) => `a user with e-mail ${email} already exists.`,
    userCreated: (role: UserRole, email: string, id: string) => `created ${USER_ROLE_LABELS[role].en} ${email} (${id})`,
    importTercUsage: [
      'Usage: import-terc <TERC.csv> [--lang pl|en]',
      "Imports GUS's TERC register and prints what was added, updated and refused.",
      "Like the store's mosty-import-terc, it leaves an audit entry (no user) for every authority it adds or changes,",
      'noted in Polish as the admin\'s notes are ("polecenie import-terc, plik …"); mosty-import-terc also takes --stan-na.',
      'Exit codes: 0 done (refused rows are listed), 2 bad usage, 1 anything else.',
    ].join('\n'),
    tercMissing: 'no TERC file to import.',
    unreadable: (file: string, code: string) => `cannot read file ${file} (${code}).`,
    tercDone: (r: { added: number; updated: number; unchanged: number; skipped: number; refused: number }) =>
      `added ${r.added}, updated ${r.updated}, unchanged ${r.unchanged}, skipped ${r.skipped}, refused ${r.refused}`,
    refusedLine: (line: number, reason: string) => `  line ${line}: ${reason}`,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Texts = (typeof TEXTS)['en'];

/** A command line that cannot run: exit code 2 with this reason. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command line read: its language, options and arguments, or `help` when it asked for its usage. */
export interface CommandLine {
  locale: Locale;
  m: Texts;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/**
 * Reads a command line: the language first (`--lang`, read leniently so a refusal of the rest is said in
 * it too; else the locale), then the options strictly. A refused command line is a `UsageError` whose
 * `locale` is the language to say it in.
 *
 * @example
 * readCommandLine(['--email', 'a@b.pl', '--lang', 'pl'], { email: { type: 'string' } }, 0).locale // 'pl'
 */
export function readCommandLine(
  argv: readonly string[],
  options: Options,
  maxPositionals: number,
): CommandLine | { locale: Locale; m: Texts; error: UsageError } {
  const all = { ...options, ...COMMON };
  const locale = requestedLang(argv, all) ?? cliLocale(localeEnv());
  const m = TEXTS[locale];
  try {
    const parsed = (() => {
      try {
        return parseArgs({ args: [...argv], options: all, strict: true, allowPositionals: true });
      } catch (cause) {
        // @org/store's translation of node's refusal, as the store's commands and the exporter say it.
        throw new UsageError(parseArgsProblem(cause, locale), { cause });
      }
    })();
    const lang = parsed.values.lang;
    if (lang !== undefined && !isLocale(lang))
      throw new UsageError(COMMAND_LINE_MESSAGES.badLang[locale](String(lang)));
    const help = parsed.values.help === true;
    const extra = parsed.positionals[maxPositionals];
    if (!help && extra !== undefined) throw new UsageError(m.unexpectedArgument(extra));
    return { locale, m, values: parsed.values, positionals: parsed.positionals, help };
  } catch (error) {
    if (error instanceof UsageError) return { locale, m, error };
    throw error;
  }
}

/**
 * The one line a command prints when its command line or input is refused (exit code 2): the reason, then
 * where its help is, as the store's commands print it.
 *
 * @example
 * refusalLine('import-terc', 'no TERC file to import.', TEXTS.en) // 'import-terc: no TERC file to import; see import-terc --help.'
 */
export const refusalLine = (command: string, reason: string, m: Texts): string =>
  `${command}: ${joinMessages([reason, m.hint(command)])}`;

/** The one line a command prints when it failed: what failed, in the command's language. */
export const failureLine = (command: string, error: unknown, m: Texts): string =>
  `${command}: ${m.failed(error instanceof Error ? error.message : String(error))}`;
