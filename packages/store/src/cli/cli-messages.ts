/**
 * Every text the store's command-line tools print, in English and Polish (`--lang`, else `cliLocale`), one
 * `{ pl, en }` per text as in `../messages.ts`. A new command adds its `help` entry here and a test in
 * `cli.test.ts`; a text shared by the commands goes in `CLI_MESSAGES`, and one `mosty-export` says too in
 * `COMMAND_LINE_MESSAGES`. A message is a sentence ending with a full stop, as in `../messages.ts`
 * (`../messages.test.ts` checks every one); the parts of a line (what a command did, a heading) are not.
 */
import { pluralPl } from '@org/domain';
import { sentence, type Texts } from '../messages.js';

/** The part of every `--help` after a command's own: the environment it reads and its exit codes. */
const tail: Texts<(defaultDb: string) => string> = {
  pl: (defaultDb) =>
    [
      'Zmienne środowiskowe:',
      '  DATABASE_URL    baza danych: ścieżka pliku SQLite, URL file: albo postgres://…;',
      `                  bez niej ${defaultDb}`,
      '                  (data/mosty.db w katalogu głównym przestrzeni roboczej pnpm, poza nią w bieżącym katalogu)',
      '  LC_ALL, LC_MESSAGES, LANG',
      '                  język komunikatów, gdy nie ma opcji --lang: pierwsza ustawiona z tych zmiennych;',
      '                  polski, gdy wskazuje język pl (pl, pl_PL.UTF-8); angielski, gdy wskazuje inny',
      '                  (C, en_GB.UTF-8…) albo gdy żadna nie jest ustawiona',
      '',
      'Kody wyjścia: 0 gotowe, 1 nie powiodło się (baza danych, plik), 2 błędne wywołanie (nieznana',
      'opcja, zły argument, --lang inny niż pl i en, zła zmienna środowiskowa). Z -h/--help: 0, bez',
      'otwierania bazy.',
    ].join('\n'),
  en: (defaultDb) =>
    [
      'Environment:',
      '  DATABASE_URL    the database: a SQLite file path, a file: URL or postgres://…;',
      `                  without it ${defaultDb}`,
      '                  (data/mosty.db at the root of the pnpm workspace, outside one in the current folder)',
      '  LC_ALL, LC_MESSAGES, LANG',
      '                  the language of the messages when there is no --lang: the first one set;',
      '                  Polish when its language is pl (pl, pl_PL.UTF-8), English for any other',
      '                  (C, en_GB.UTF-8…) and when none is set',
      '',
      'Exit codes: 0 done, 1 failed (the database, the file), 2 bad usage (unknown option, bad',
      'argument, a --lang other than pl or en, bad environment variable). With -h/--help: 0,',
      'without opening the database.',
    ].join('\n'),
};

/** The options every command takes, after its own. */
const commonOptions: Texts = {
  pl: [
    '  --lang pl|en    język komunikatów i tej pomocy; bez tej opcji według zmiennych LC_ALL,',
    '                  LC_MESSAGES, LANG (niżej)',
    '  -h, --help      ta pomoc',
  ].join('\n'),
  en: [
    '  --lang pl|en    the language of the messages and of this help; without it, the one',
    '                  LC_ALL, LC_MESSAGES, LANG give (below)',
    '  -h, --help      this help',
  ].join('\n'),
};

/** The `--help` of each command, given the default database it would open. */
export const HELP = {
  'mosty-migrate': {
    pl: (defaultDb: string) =>
      [
        'Użycie: mosty-migrate [--lang pl|en] [-h]',
        '',
        'Stosuje migracje, których baza danych jeszcze nie ma, każdą w osobnej transakcji.',
        'Bazę SQLite, której nie ma, tworzy. Uruchomione ponownie niczego nie zmienia.',
        '',
        'Argumenty: brak.',
        '',
        'Opcje:',
        commonOptions.pl,
        '',
        tail.pl(defaultDb),
      ].join('\n'),
    en: (defaultDb: string) =>
      [
        'Usage: mosty-migrate [--lang pl|en] [-h]',
        '',
        'Applies the migrations the database does not have yet, each in its own transaction.',
        'Creates a SQLite database that does not exist. Running it again changes nothing.',
        '',
        'Arguments: none.',
        '',
        'Options:',
        commonOptions.en,
        '',
        tail.en(defaultDb),
      ].join('\n'),
  },
  'mosty-seed-demo': {
    pl: (defaultDb: string) =>
      [
        'Użycie: mosty-seed-demo [--lang pl|en] [-h]',
        '',
        'Wczytuje do bazy danych wydarzenie z wpisu źródłowego i jego świat z @org/demo (organizacje,',
        'osoby, samorządy, miejsca, dotacje, wpisy). Uruchomione ponownie niczego nie dodaje.',
        'Najpierw stosuje brakujące migracje (bazę SQLite, której nie ma, tworzy).',
        '',
        'Argumenty: brak.',
        '',
        'Opcje:',
        commonOptions.pl,
        '',
        tail.pl(defaultDb),
      ].join('\n'),
    en: (defaultDb: string) =>
      [
        'Usage: mosty-seed-demo [--lang pl|en] [-h]',
        '',
        'Loads the seed event and its world from @org/demo (organisations, people, authorities,',
        'venues, grants, posts) into the database. Running it again adds nothing.',
        'Applies missing migrations first (creates a SQLite database that does not exist).',
        '',
        'Arguments: none.',
        '',
        'Options:',
        commonOptions.en,
        '',
        tail.en(defaultDb),
      ].join('\n'),
  },
  'mosty-import-terc': {
    pl: (defaultDb: string) =>
      [
        'Użycie: mosty-import-terc <plik.csv> [--stan-na RRRR-MM-DD] [--lang pl|en] [-h]',
        '',
        'Importuje rejestr TERC GUS (CSV w UTF-8: WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA):',
        'województwa, powiaty i gminy stają się samorządami z kodem, rodzajem i jednostką nadrzędną.',
        'Nowsze wydanie zmienia nazwy, które zmienił rejestr, i dodaje nowe jednostki, bez duplikatów.',
        'Wiersze, których nie da się przyjąć, wypisuje na stderr z numerem i powodem; resztę importuje.',
        'Każdy dodany i zmieniony samorząd zapisuje w dzienniku zmian, bez użytkownika, z notą',
        '„TERC <wydanie>: polecenie mosty-import-terc, plik <plik.csv>”.',
        'Najpierw stosuje brakujące migracje (bazę SQLite, której nie ma, tworzy).',
        '',
        'Argumenty:',
        '  <plik.csv>      plik TERC do zaimportowania',
        '',
        'Opcje:',
        '  --stan-na RRRR-MM-DD',
        '                  wydanie (STAN_NA), którego wiersze przyjąć; wiersze innych wydań odrzuca',
        commonOptions.pl,
        '',
        tail.pl(defaultDb),
      ].join('\n'),
    en: (defaultDb: string) =>
      [
        'Usage: mosty-import-terc <file.csv> [--stan-na YYYY-MM-DD] [--lang pl|en] [-h]',
        '',
        "Imports GUS's TERC register (UTF-8 CSV: WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA):",
        'every województwo, powiat and gmina becomes an authority with its code, kind and parent.',
        'A newer edition renames what the register renamed and adds new units, without duplicates.',
        'Rows it cannot take are listed on stderr with their line number and why; the rest imports.',
        'Every authority it adds or changes gets an audit entry with no user, noted',
        '"TERC <edition>: mosty-import-terc command, file <file.csv>".',
        'Applies missing migrations first (creates a SQLite database that does not exist).',
        '',
        'Arguments:',
        '  <file.csv>      the TERC file to import',
        '',
        'Options:',
        '  --stan-na YYYY-MM-DD',
        '                  the edition (STAN_NA) whose rows to take; rows of other editions are refused',
        commonOptions.en,
        '',
        tail.en(defaultDb),
      ].join('\n'),
  },
  'mosty-check': {
    pl: (defaultDb: string) =>
      [
        'Użycie: mosty-check [--json] [--lang pl|en] [-h]',
        '',
        'Sprawdza każdy rekord w bazie danych (szkice też, usunięte nie) tak, jak dziś sprawdza go zapis:',
        'według reguł domeny i czy każdy identyfikator, który zawiera, wskazuje istniejący rekord.',
        'Znajduje rekordy zapisane, zanim reguła powstała, zmienione ręcznie w bazie i wskazujące rekordy',
        'usunięte mimo odwołań. Wypisuje każdy taki rekord z polami, które łamią reguły, i powodem.',
        'Niczego nie zmienia; bazy SQLite, której nie ma, nie tworzy. Brakujące migracje stosuje.',
        '',
        'Argumenty: brak.',
        '',
        'Opcje:',
        '  --json          wynik jako JSON na stdout: { checked, total, problems: [{ entity, id, slug,',
        '                  issues: [{ path, field, code, message }] }] }',
        commonOptions.pl,
        '',
        tail.pl(defaultDb),
        'mosty-check kończy się kodem 1 także wtedy, gdy któryś rekord łamie reguły.',
      ].join('\n'),
    en: (defaultDb: string) =>
      [
        'Usage: mosty-check [--json] [--lang pl|en] [-h]',
        '',
        'Checks every record in the database (drafts too, deleted ones not) as a write checks it today:',
        "against the domain's rules, and that every id it holds names a live record. Finds records stored",
        'before a rule existed, edited in the database by hand, or pointing at records deleted in spite of',
        'references. Lists each such record with the fields that break a rule, and why.',
        'Changes nothing; does not create a SQLite database that does not exist. Applies missing migrations.',
        '',
        'Arguments: none.',
        '',
        'Options:',
        '  --json          the result as JSON on stdout: { checked, total, problems: [{ entity, id, slug,',
        '                  issues: [{ path, field, code, message }] }] }',
        commonOptions.en,
        '',
        tail.en(defaultDb),
        'mosty-check also exits with 1 when any record breaks a rule.',
      ].join('\n'),
  },
} satisfies Record<string, Texts<(defaultDb: string) => string>>;

/** The name of a command the store ships (its `bin` in package.json). */
export type CommandName = keyof typeof HELP;

/**
 * What a refused command line says, for the store's commands and `mosty-export` alike: node:util's
 * `parseArgs` refusals as `parseArgsProblem` words them, an option given no value (or an empty one), and
 * a `--lang` that names neither language.
 *
 * @example
 * COMMAND_LINE_MESSAGES.missingValue.en('--db') // 'option --db needs a value.'
 * COMMAND_LINE_MESSAGES.unknownOption.pl('--evnt', ['--event']) // 'nieznana opcja „--evnt” (czy chodziło o: --event?).'
 * COMMAND_LINE_MESSAGES.badLang.en('de') // '--lang must be pl or en, got "de".'
 */
export const COMMAND_LINE_MESSAGES = {
  /** `close`: the options the command suggests instead (none: no suggestion). */
  unknownOption: {
    pl: (option: string, close: readonly string[] = []) =>
      `nieznana opcja „${option}”${close.length ? ` (czy chodziło o: ${close.join(', ')}?)` : ''}.`,
    en: (option: string, close: readonly string[] = []) =>
      `unknown option "${option}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}.`,
  },
  missingValue: {
    pl: (option: string) => `opcja ${option} wymaga wartości.`,
    en: (option: string) => `option ${option} needs a value.`,
  },
  noValueAllowed: {
    pl: (option: string) => `opcja ${option} nie przyjmuje wartości.`,
    en: (option: string) => `option ${option} does not take a value.`,
  },
  /** A `--lang` that names neither language, said in the locale's. */
  badLang: {
    pl: (got: string) => `--lang musi mieć wartość pl albo en, podano „${got}”.`,
    en: (got: string) => `--lang must be pl or en, got "${got}".`,
  },
  /** node:util's own words, when its error is none of the above. */
  badArguments: {
    pl: (detail: string) => `błędne argumenty: ${sentence(detail)}`,
    en: (detail: string) => `bad arguments: ${sentence(detail)}`,
  },
} satisfies Record<string, Texts<(...parts: never[]) => string>>;

/** What the commands say besides their help: a refused command line, a failure, a result. */
export const CLI_MESSAGES = {
  /** Said after every refused command line, on its line (`joinMessages`). */
  hint: {
    pl: (command: string) => `pomoc: ${command} --help.`,
    en: (command: string) => `see ${command} --help.`,
  },
  unexpectedArgument: {
    pl: (arg: string) => `nieoczekiwany argument „${arg}”.`,
    en: (arg: string) => `unexpected argument "${arg}".`,
  },
  badEnv: {
    pl: (name: string) => `zmienna ${name}, gdy jest ustawiona, musi być ścieżką pliku, URL-em file: albo postgres://.`,
    en: (name: string) => `${name}, when set, must be a file path, a file: URL or a postgres:// URL.`,
  },
  missingFile: {
    pl: 'brak pliku TERC do zaimportowania.',
    en: 'no TERC file to import.',
  },
  badDay: {
    pl: (option: string, got: string) => `${option} musi być dniem w postaci RRRR-MM-DD, podano „${got}”.`,
    en: (option: string, got: string) => `${option} must be a day as YYYY-MM-DD, got "${got}".`,
  },
  unreadableFile: {
    pl: (file: string) => `nie można odczytać pliku ${file}.`,
    en: (file: string) => `cannot read the file ${file}.`,
  },
  /** A command that ran and failed: its error's code and message, and the cause's message when there is one. */
  failed: {
    pl: (code: string, message: string) => `nie powiodło się [${code}]: ${sentence(message)}`,
    en: (code: string, message: string) => `failed [${code}]: ${sentence(message)}`,
  },
  /** The cause's own words on a line of their own, as the driver or the system wrote them. */
  cause: {
    pl: (message: string) => `\n  przyczyna: ${message}`,
    en: (message: string) => `\n  cause: ${message}`,
  },
  /** What a command did (one of the texts below), then the database it did it in. */
  done: {
    pl: (what: string, dialect: string, where: string) => `${what} (${dialect}, ${where}).`,
    en: (what: string, dialect: string, where: string) => `${what} (${dialect}, ${where}).`,
  },
  migrated: {
    pl: 'baza danych ma wszystkie migracje',
    en: 'the database is at the latest migration',
  },
  seeded: {
    pl: (added: number, skipped: number) => `dodano rekordów: ${added}, już były: ${skipped}`,
    en: (added: number, skipped: number) => `${added} records added, ${skipped} already there`,
  },
  imported: {
    pl: (r: {
      stanNa: string | null;
      added: number;
      updated: number;
      unchanged: number;
      skipped: number;
      refused: number;
    }) =>
      `wydanie ${r.stanNa ?? '?'}: dodano ${r.added}, zmieniono ${r.updated}, bez zmian ${r.unchanged}, ` +
      `pominięto ${r.skipped} wierszy, które nie są JST, odrzucono ${r.refused}`,
    en: (r: {
      stanNa: string | null;
      added: number;
      updated: number;
      unchanged: number;
      skipped: number;
      refused: number;
    }) =>
      `edition ${r.stanNa ?? '?'}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ` +
      `${r.skipped} non-JST rows skipped, ${r.refused} refused`,
  },
  /**
   * The note of the audit entries `mosty-import-terc` leaves, after the edition (`importTerc`): an audit note,
   * as the admin's "polecenie import-terc, plik …", with no full stop.
   */
  importNote: {
    pl: (file: string) => `polecenie mosty-import-terc, plik ${file}`,
    en: (file: string) => `mosty-import-terc command, file ${file}`,
  },
  refusedRow: {
    pl: (line: number, reason: string) => `  wiersz ${line}: ${sentence(reason)}`,
    en: (line: number, reason: string) => `  line ${line}: ${sentence(reason)}`,
  },
  noDatabase: {
    pl: (path: string) => `nie ma bazy danych ${path}; nic nie utworzono.`,
    en: (path: string) => `there is no database ${path}; nothing was created.`,
  },
  /** One record that breaks a rule, then one line per issue. */
  badRecord: {
    pl: (kind: string, slug: string, id: string) => `${kind} „${slug}” (${id}):`,
    en: (kind: string, slug: string, id: string) => `${kind} "${slug}" (${id}):`,
  },
  badField: {
    pl: (path: string, message: string) => `  ${path || '(cały rekord)'} — ${sentence(message)}`,
    en: (path: string, message: string) => `  ${path || '(the whole record)'} — ${sentence(message)}`,
  },
  checked: {
    pl: (total: number) =>
      `sprawdzono ${total} ${pluralPl(total, ['rekord', 'rekordy', 'rekordów'])}: wszystkie spełniają reguły domeny`,
    en: (total: number) => `${total} ${total === 1 ? 'record' : 'records'} checked: all keep the domain's rules`,
  },
  checkFailed: {
    pl: (bad: number, total: number) =>
      `${bad} z ${total} ${pluralPl(total, ['rekordu', 'rekordów', 'rekordów'])} ${pluralPl(bad, ['łamie', 'łamią', 'łamie'])} reguły domeny (wyżej).`,
    en: (bad: number, total: number) =>
      `${bad} of ${total} ${total === 1 ? 'record breaks' : 'records break'} the domain's rules (listed above).`,
  },
} satisfies Record<string, Texts<string | ((...parts: never[]) => string)>>;
