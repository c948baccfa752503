/**
 * Every text the CLI itself says — help, errors, progress — in Polish and English. The language is
 * `--lang`'s when it is given, which is also the output's, else the locale's (`cliLocale` in `env.ts`:
 * English unless the locale is Polish). Extend by adding a member to `Messages`: the compiler then asks for it in both tables.
 * Values the user typed are quoted „…” in Polish and "…" in English. What node:util's parseArgs refuses (an unknown
 * option, a missing value) and a bad `--lang` are said by `@org/store`'s `COMMAND_LINE_MESSAGES`, as the store's
 * commands say them.
 *
 * Every message is a sentence ending with one full stop, as the store's and the domain's are, so that a usage
 * error reads alike whoever says it; one that ends with text it did not write (a store message, another
 * program's words) ends it with the store's `sentence`, and a list is joined by the domain's `joinMessages`,
 * which never doubles a full stop. The help's parts (usage line, headings, option rows, what a format requires)
 * and the progress count are no sentences; `messages.test.ts` walks both tables and checks this.
 */
import {
  ENTITY_KIND_GENITIVE_PL,
  ENTITY_KIND_LABELS,
  type EntityKind,
  type FinalReportProblem,
  formatClock,
  joinMessages,
  localDayOf,
  pluralPl,
} from '@org/domain';
import type { ThreeSixtyGivingNotice } from '@org/formats';
import { sentence } from '@org/store';
import type { FormatName } from './args.js';
import type { DatabaseFileProblem, DatabaseSource } from './database-target.js';
import type { WriteProblem, WriteTarget } from './deliver.js';
import type { SiteConfigProblem, SiteConfigSource } from './site-config.js';

export interface Messages {
  /** The language of these messages, which the domain's and the store's own messages are asked for in. */
  locale: 'pl' | 'en';
  usageLine: string;
  formatsHeading: string;
  optionsHeading: string;
  /** Flag and description, one row per option of `--help`. */
  options: (tables: string) => readonly (readonly [flag: string, text: string])[];
  languageNote: string;
  exitCodes: string;
  formatHelp: Record<FormatName, string>;
  requires: (flags: string) => string;

  missingFormat: (formats: string) => string;
  unknownFormat: (format: string, close: readonly string[], formats: string) => string;
  unexpectedArgument: (arg: string) => string;
  badDay: (option: 'from' | 'to', got: string) => string;
  fromAfterTo: (from: string, to: string) => string;
  unknownTable: (table: string, close: readonly string[], tables: string) => string;
  badDelimiter: (got: string | undefined) => string;
  badReportKind: (got: string) => string;
  reportKindOnlyForReport: (format: string) => string;
  /** `--as-of` is neither an instant with an offset nor a day. */
  badAsOf: (got: string) => string;
  asOfOnlyForReport: (format: string) => string;
  /** `option` (`--grant`) is not read by `format`, which would ignore it; `usedBy`: the formats that read it. */
  optionNotForFormat: (option: string, format: string, usedBy: readonly string[]) => string;
  /** `option` (`--event`, `--from`, `--to`) picks events, and `table` lists every record; `tables`: those of events. */
  optionNotForTable: (option: string, table: string, tables: readonly string[]) => string;
  /** `range` (`--from`, `--to`) beside `--event` or, for 360Giving, `--grant`, which names one record. */
  rangeWithOne: (range: string, one: '--event' | '--grant') => string;
  /** `--schemas` without `--validate`, the only one that reads it. */
  schemasWithoutValidate: string;
  /** The report's `--from`/`--to` (a missing end is the grant's) has no day in the grant's period `grant`. */
  reportPeriodOutside: (slug: string, asked: Period, grant: Period) => string;
  /**
   * `--report-kind final` before the task is over (`finalReportProblems` of @org/domain): why, and what to do;
   * `eventsPlanned` names the events' slugs; `asOfGiven`: the report's instant is --as-of's, not the clock's now.
   */
  finalReportRefused: (slug: string, problems: readonly FinalReportProblem[], asOfGiven: boolean) => string;
  /**
   * A warning: event `event` of the report of grant `slug` is also funded by grants `others` (slugs), and this
   * grant (`entrusted`) or one of the others is an entrustment, which finances the task in full.
   */
  doubleFinancing: (slug: string, event: string, others: readonly string[], entrusted: boolean) => string;
  /** A warning: events (slug and day) tagged with grant `slug` fall outside its period `grant`, and are not counted. */
  outsidePeriod: (slug: string, grant: Period, events: readonly { slug: string; day: string }[]) => string;
  /** A warning of a 360Giving file: what `threeSixtyGivingNotices` of @org/formats found. */
  threeSixtyGivingNotice: (notice: ThreeSixtyGivingNotice) => string;
  /**
   * A warning: what the command line selects (`range`: `--from`, `--to`, either, or neither for every record) matched
   * no event (for 360Giving, no grant), so the output — still valid, and written — lists none; `table` for csv and xlsx.
   */
  nothingSelected: (selection: {
    format: FormatName;
    what: 'event' | 'grant';
    range: { from?: string | undefined; to?: string | undefined };
    table?: string | undefined;
  }) => string;
  /**
   * A warning: the `events` selected (at least one) have no agenda item (`agenda-items`) or no person on their agenda
   * (`event-people`), so `table` holds its header row only.
   */
  noTableRows: (selection: { format: FormatName; table: 'agenda-items' | 'event-people'; events: number }) => string;
  /** A warning: grant `slug` funds no published, cancelled or postponed event in the report's `period` (`--from`/`--to`'s when `given`). */
  reportNoEvents: (slug: string, period: Period, given: boolean) => string;
  /** A warning: the report's `--from`/`--to` reached past the grant's period and was cut to `kept`. */
  reportPeriodClipped: (slug: string, asked: Period, grant: Period, kept: Period) => string;
  needs: (format: FormatName, option: 'event' | 'grant' | 'table', tables: string) => string;
  /** The site's address is no absolute http(s) URL; `source`: the option or the variable it came from. */
  badSiteUrl: (got: string, source: '--site-url' | 'SITE_URL') => string;
  /** The SITE_CONFIG file at `path` (named by `source`) cannot be read, or not as JSON (the parser's words). */
  siteConfigUnreadable: (path: string, source: SiteConfigSource, problem: SiteConfigProblem) => string;
  /** The SITE_CONFIG file at `path` has wrong fields (`problems`: "publisher.name: …", in the CLI's language, from `loadSiteConfig`). */
  siteConfigInvalid: (path: string, problems: readonly string[]) => string;
  /** A 360Giving export without SITE_CONFIG (`path` undefined) or without `publisher.threeSixtyGivingPrefix` in it. */
  threeSixtyGivingNeedsPrefix: (format: FormatName, path: string | undefined) => string;
  notAvailable: (format: string) => string;
  /** Another variable of the environment than SITE_URL (`badSiteUrl`) holds a value the exporter cannot use. */
  badEnv: (name: string, value: string) => string;
  /** No SQLite database at `path` (the absolute path the address names), so nothing is opened or created. */
  databaseMissing: (path: string, source: DatabaseSource, reason: DatabaseFileProblem) => string;
  /** An address with a scheme the store does not open (`mysql://…`), its password hidden. */
  databaseUnsupported: (url: string, source: DatabaseSource) => string;
  /** What a store failure means for someone running the command, before the store's own words. */
  storeFailed: (code: string, message: string) => string;
  /** A stored record breaks the domain's rules: which one, and each field's path and problem. */
  recordInvalid: (
    kind: EntityKind,
    id: string,
    slug: string,
    issues: readonly { path: string; message: string }[],
  ) => string;
  /** A funded record names, at `path`, a grant the database does not hold. */
  grantMissing: (record: { kind: EntityKind; id: string; slug: string }, grantId: string, path: string) => string;
  /** A record names, at `path`, another (an organiser, venue, speaker, beneficiary, funder) the database does not hold. */
  referenceMissing: (
    record: { kind: EntityKind; id: string; slug: string },
    reference: { kind: EntityKind; id: string },
    path: string,
  ) => string;

  notFound: (kind: 'event' | 'grant', key: string, nearest: readonly string[]) => string;
  /** `--event` names a draft: not public, so not exported (the website serves no page or calendar of it). */
  eventNotPublic: (slug: string) => string;
  notFoundOther: (entity: string, key: string) => string;
  /** `what`: the error's own words before its issues (`Invalid organization`), '' when it has none. */
  invalid: (what: string, issues: readonly { path: string; message: string }[]) => string;
  outputInvalid: (format: string, problems: readonly string[]) => string;
  /** `--out` names a file the export reads: the database (or one of its journal files) or the SITE_CONFIG file. */
  outputIsInput: (path: string, what: 'database' | 'site-config') => string;
  /**
   * `path` (the user's `--out`, the temporary copy made for standard output, or a device or pipe `--out` names) cannot
   * be written, in `folder`; for `stdout`, standard output cannot (`path` is unused).
   */
  outputUnwritable: (path: string, folder: string, problem: WriteProblem, target: WriteTarget) => string;
  schemasMissing: (file: string, dir: string) => string;
  validatorMissing: (tool: string, format: string, debianPackage: string) => string;
  noValidator: (format: string) => string;
  check: {
    topComponent: (name: string) => string;
    notFeed: (kind: 'RSS' | 'Atom') => string;
    jsonFeedVersion: string;
    jsonFeedItems: string;
    noSheet: string;
    noHeaderRow: string;
    noText: string;
    noHeading: string;
    /** Column `n` (from 1) of a header row: `expected` missing, `got` extra, or one instead of the other. */
    headerCell: (n: number, expected: string | undefined, got: string | undefined) => string;
    /** Row `row` (the header is row 1) has `got` fields instead of `expected`. */
    rowFields: (row: number, got: number, expected: number) => string;
    duplicateColumn: (title: string) => string;
    not360Column: (title: string) => string;
    /** A problem of one row of a 360Giving CSV, found in the JSON it unflattens to. */
    grantRow: (row: number, problem: string) => string;
    inSheet: (sheet: string, problem: string) => string;
    blankRow: (row: number) => string;
    cellBeyondHeader: (row: number, column: number) => string;
    cellType: (row: number, column: string, expected: 'number' | 'date' | 'boolean') => string;
    /** A passage of the Markdown report the DOCX report does not carry. */
    docxMissing: (passage: string) => string;
    jsonLdEmpty: string;
  };
  /** A failure's cause, said after it as the last message of a list (`joinMessages`). */
  cause: (message: string) => string;
  failed: (what: string) => string;

  /** The progress bar's count of events, e.g. "5 wydarzeń". */
  events: (n: number) => string;
}

/** Days from–to, as YYYY-MM-DD. */
export type Period = { from: string; to: string };
const span = (p: Period) => `${p.from} – ${p.to}`;

type Range = { from?: string | undefined; to?: string | undefined };
/** Which of `--from` and `--to` gave the range, as the help names them. */
const rangeOptions = (r: Range) => [r.from && '--from', r.to && '--to'].filter(Boolean).join(', ');
const FEEDS: readonly FormatName[] = ['rss', 'atom', 'json-feed'];

/** What an output that lists no event or grant holds, in Polish (the format and table as given on the command line). */
function emptyOutputPl(format: FormatName, what: 'event' | 'grant', table: string | undefined): string {
  if (what === 'grant') return `wynik ${format} nie zawiera żadnej dotacji`;
  if (table !== undefined) return `tabela ${table} w wyniku ${format} ma tylko wiersz nagłówka`;
  if (FEEDS.includes(format)) return `kanał ${format} zawiera same wpisy, bez wydarzeń`;
  if (format === 'jsonld') return 'wynik jsonld to pusta lista';
  return `kalendarz ${format} nie zawiera żadnego wydarzenia`;
}
function emptyOutputEn(format: FormatName, what: 'event' | 'grant', table: string | undefined): string {
  if (what === 'grant') return `the ${format} output holds no grant`;
  if (table !== undefined) return `table ${table} of the ${format} output has its header row only`;
  if (FEEDS.includes(format)) return `the ${format} feed holds posts only, no event`;
  if (format === 'jsonld') return 'the jsonld output is an empty list';
  return `the ${format} calendar holds no event`;
}

/** A day of an instant's end of period: the midnight after a day ends it, so the day is the one before. */
const lastDayOf = (endsAt: string) => new Date(Date.parse(endsAt) - 1).toISOString().slice(0, 10);

// The report's instant is said in Warsaw's time, as the report says it: `--as-of 2026-11-01` is the end of that day, which
// as an instant (2026-11-02T00:00:00+01:00) reads as the next day, and the clock's now in UTC is an hour or two off.
const REPORT_ZONE = 'Europe/Warsaw';
/** The report's instant as typed to --as-of: the day it ends (`endOfDay`), or the day and the time in Warsaw. */
const asOfShown = (
  asOf: string,
  endOfDay: (day: string) => string,
  dayAndClock: (day: string, clock: string) => string,
): string => {
  const clock = formatClock(asOf, REPORT_ZONE);
  return clock === '00:00'
    ? endOfDay(localDayOf(new Date(Date.parse(asOf) - 1).toISOString(), REPORT_ZONE))
    : dayAndClock(localDayOf(asOf, REPORT_ZONE), clock);
};
const asOfPl = (asOf: string) =>
  asOfShown(
    asOf,
    (day) => `koniec dnia ${day}`,
    (day, clock) => `${day}, ${clock} czasu polskiego`,
  );
const asOfEn = (asOf: string) =>
  asOfShown(
    asOf,
    (day) => `the end of ${day}`,
    (day, clock) => `${day} ${clock} Polish time`,
  );

const maybe = (prefix: string, close: readonly string[], suffix: string) =>
  close.length ? ` (${prefix}${close.join(', ')}${suffix})` : '';

const whereFromPl: Record<DatabaseSource, string> = {
  '--db': 'z opcji --db',
  DATABASE_URL: 'ze zmiennej DATABASE_URL',
  default: 'domyślna baza danych',
};
const whereFromEn: Record<DatabaseSource, string> = {
  '--db': 'from --db',
  DATABASE_URL: 'from DATABASE_URL',
  default: 'the default database',
};

const MAX_PROBLEMS = 5;
/** At most five problems, then how many more, as one sentence. */
const problemList = (problems: readonly string[], more: (n: number) => string) =>
  sentence(
    joinMessages(
      problems.length > MAX_PROBLEMS
        ? [...problems.slice(0, MAX_PROBLEMS), more(problems.length - MAX_PROBLEMS)]
        : problems,
    ),
  );

const pl: Messages = {
  locale: 'pl',
  usageLine: 'Użycie: mosty-export <format> [opcje]',
  formatsHeading: 'Formaty:',
  optionsHeading: 'Opcje:',
  options: (tables) => [
    ['--event SLUG', 'jedno wydarzenie (slug albo id)'],
    ['--grant ID', 'jedna dotacja (id albo slug)'],
    [
      '--from DZIEŃ',
      'wydarzenia zaczynające się tego dnia lub później (RRRR-MM-DD); dla 360Giving dotacje, których okres realizacji trwa do tego dnia lub dłużej; w sprawozdaniu początek okresu, bez --to aż do końca okresu realizacji dotacji',
    ],
    [
      '--to DZIEŃ',
      'wydarzenia zaczynające się tego dnia lub wcześniej (RRRR-MM-DD); dla 360Giving dotacje, których okres realizacji zaczyna się tego dnia lub wcześniej; w sprawozdaniu koniec okresu, bez --from od początku okresu realizacji dotacji; sprawozdanie obejmuje tylko dni okresu realizacji dotacji',
    ],
    ['--lang pl|en', 'język etykiet i informacji o finansowaniu w wyniku (domyślnie pl) oraz komunikatów'],
    ['--out PLIK', 'zapisuje wynik do PLIKU zamiast na standardowe wyjście'],
    [
      '--db URL',
      'baza danych (istniejący plik SQLite, URL file: albo postgres://); domyślnie DATABASE_URL albo data/mosty.db',
    ],
    [
      '--table NAZWA',
      `dla csv i xlsx: ${tables}; events, agenda-items i event-people (osoby z programu, wiersz na osobę i punkt) z --event, --from, --to`,
    ],
    ['--delimiter ZNAK', 'dla csv: „;” albo „,”; domyślnie według --lang: „;” dla pl (polski Excel), „,” dla en'],
    [
      '--report-kind partial|final',
      'dla sprawozdania: częściowe albo końcowe (zaznaczone w sprawozdaniu; bez opcji: do uzupełnienia)',
    ],
    [
      '--as-of CHWILA|DZIEŃ',
      'dla sprawozdania: stan na tę chwilę (2026-12-15T12:00:00+01:00) albo na koniec dnia RRRR-MM-DD czasu polskiego; wydarzenie, które do tej pory się nie skończyło, jest zaplanowane, a nie zrealizowane (domyślnie teraz)',
    ],
    [
      '--site-url URL',
      'adres witryny, od którego zaczynają się linki bezwzględne (domyślnie SITE_URL albo http://localhost:3000)',
    ],
    [
      '--site-config PLIK',
      'plik JSON witryny (domyślnie SITE_CONFIG): wydawca, jego prefiks 360Giving i licencja danych; wymagany dla 360Giving',
    ],
    ['--validate', 'przed zapisem sprawdza wynik walidatorem danego formatu'],
    ['--schemas KATALOG', 'katalog, w którym --validate szuka plików schematów (domyślnie ../shared/schemas)'],
    ['-h, --help', 'ta pomoc; „mosty-export <format> --help” opisuje jeden format'],
  ],
  languageNote:
    'Język komunikatów: z --lang, a bez tej opcji z pierwszej ustawionej spośród zmiennych LC_ALL, LC_MESSAGES,\n' +
    'LANG: polski, gdy wskazuje język pl (pl, pl_PL.UTF-8); angielski, gdy wskazuje inny (C, C.UTF-8,\n' +
    'en_GB.UTF-8…) albo gdy żadna nie jest ustawiona. Wynik bez --lang jest po polsku, niezależnie od tych\n' +
    'zmiennych. Sprawozdanie (report-md, report-docx) jest zawsze po polsku.',
  exitCodes:
    'Kody wyjścia: 0 gotowe (także z ostrzeżeniem, np. że wybór nie objął żadnego wydarzenia), 1 eksport się nie powiódł,\n' +
    '2 błędne wywołanie albo błędna zmienna środowiskowa (SITE_URL).',
  formatHelp: {
    ics: 'iCalendar (RFC 5545): jedno wydarzenie z --event, bez niego wszystkie publiczne wydarzenia z zakresu.',
    rss: 'Kanał RSS 2.0 z opublikowanymi wpisami i wydarzeniami.',
    atom: 'Kanał Atom z opublikowanymi wpisami i wydarzeniami.',
    'json-feed': 'JSON Feed 1.1 z opublikowanymi wpisami i wydarzeniami.',
    jsonld: 'JSON-LD schema.org: jedno wydarzenie z --event, bez niego lista publicznych wydarzeń.',
    'frab-xml':
      'Harmonogram frab w XML dla jednego wydarzenia (to, co eksportuje pretalx i czytają aplikacje konferencyjne).',
    'frab-json': 'Harmonogram frab w JSON dla jednego wydarzenia.',
    '360giving-json':
      'Pakiet 360Giving JSON z dotacjami (albo jedną, wskazaną przez --grant), powiązanymi z wydarzeniami, które sfinansowały.',
    '360giving-csv': '360Giving CSV z dotacjami (albo jedną, wskazaną przez --grant).',
    csv: 'Tabela CSV (RFC 4180, UTF-8 z BOM); --table NAZWA, --delimiter „;” albo „,” (domyślnie według --lang).',
    xlsx: 'Tabela XLSX z komórkami właściwych typów i zablokowanym wierszem nagłówka; --table NAZWA.',
    'report-docx':
      'Projekt sprawozdania z wykonania zadania publicznego jako edytowalny DOCX; --grant ID albo SLUG, --as-of (domyślnie teraz).',
    'report-md':
      'Projekt sprawozdania z wykonania zadania publicznego w Markdownie; --grant ID albo SLUG, --as-of (domyślnie teraz).',
  },
  requires: (flags) => `Wymaga: ${flags}`,

  missingFormat: (formats) => `nie podano formatu; dostępne: ${formats}.`,
  unknownFormat: (format, close, formats) =>
    `nieznany format „${format}”${maybe('czy chodziło o: ', close, '?')}; dostępne: ${formats}.`,
  unexpectedArgument: (arg) =>
    `nieoczekiwany argument „${arg}”: podaj jeden format, a opcje zaczynaj od -- (dwóch kresek).`,
  badDay: (option, got) => `--${option} musi być dniem w postaci RRRR-MM-DD, podano „${got}”.`,
  fromAfterTo: (from, to) => `--from ${from} wypada później niż --to ${to}.`,
  unknownTable: (table, close, tables) =>
    `nieznana tabela „${table}”${maybe('czy chodziło o: ', close, '?')}; dostępne: ${tables}.`,
  badDelimiter: (got) => `--delimiter musi być „;” albo „,”, podano „${got}”.`,
  badReportKind: (got) =>
    `--report-kind musi być „partial” (sprawozdanie częściowe) albo „final” (końcowe), podano „${got}”.`,
  reportKindOnlyForReport: (format) =>
    `--report-kind dotyczy sprawozdania (report-md, report-docx), nie formatu ${format}.`,
  badAsOf: (got) =>
    `--as-of musi być chwilą z przesunięciem strefy (2026-12-15T12:00:00+01:00 albo 2026-12-15T11:00:00Z) albo dniem w postaci RRRR-MM-DD, podano „${got}”.`,
  asOfOnlyForReport: (format) => `--as-of dotyczy sprawozdania (report-md, report-docx), nie formatu ${format}.`,
  optionNotForFormat: (option, format, usedBy) =>
    `opcja ${option} nie dotyczy formatu ${format}, który by ją pominął; dotyczy formatów: ${usedBy.join(', ')}.`,
  optionNotForTable: (option, table, tables) =>
    `opcja ${option} nie dotyczy tabeli ${table}, która obejmuje wszystkie rekordy; wydarzenia wybiera tylko w tabelach: ${tables.join(', ')}.`,
  rangeWithOne: (range, one) =>
    `opcji ${range} nie można łączyć z ${one}: ${one} wskazuje ${one === '--event' ? 'jedno wydarzenie' : 'jedną dotację'}, więc zakres dni zostałby pominięty; podaj jedną z tych opcji.`,
  schemasWithoutValidate: 'opcja --schemas dotyczy tylko --validate, której nie podano.',
  reportPeriodOutside: (slug, asked, grant) =>
    `okres sprawozdania ${span(asked)} (--from, --to) nie ma ani jednego dnia w okresie realizacji dotacji „${slug}” (${span(grant)}); sprawozdanie obejmuje tylko dni umowy, więc podaj okres w tych granicach.`,
  finalReportRefused: (slug, problems, asOfGiven) =>
    `sprawozdanie końcowe (--report-kind final) dotacji „${slug}” rozlicza całe zadanie, a ono jeszcze trwa: ${problems
      .map((p) =>
        p.code === 'periodNotWhole'
          ? `okres sprawozdania kończy się ${p.periodEnd} (--to), przed końcem okresu realizacji dotacji ${p.grantEnd}`
          : p.code === 'asOfBeforeEnd'
            ? `stan na ${asOfPl(p.asOf)} (${asOfGiven ? '--as-of' : 'teraz, bez --as-of'}) jest przed końcem okresu ${lastDayOf(p.endsAt)}`
            : `${p.eventIds.length} ${pluralPl(p.eventIds.length, ['wydarzenie jest', 'wydarzenia są', 'wydarzeń jest'])} jeszcze ${pluralPl(p.eventIds.length, ['zaplanowane', 'zaplanowane', 'zaplanowanych'])} (${p.eventIds.join(', ')})`,
      )
      .join(
        '; ',
      )}; sporządź sprawozdanie częściowe (--report-kind partial) albo końcowe z --as-of po końcu okresu, gdy wszystkie wydarzenia się odbędą.`,
  doubleFinancing: (slug, event, others, entrusted) =>
    `uwaga: wydarzenie „${event}” ze sprawozdania dotacji „${slug}” ${others.length === 1 ? 'finansuje także dotacja' : 'finansują także dotacje'} ${others.map((o) => `„${o}”`).join(', ')}, a ${entrusted ? 'ta dotacja jest powierzeniem' : `${others.length === 1 ? 'ona jest powierzeniem' : 'jedna z nich jest powierzeniem'}`} (finansuje zadanie w całości): to możliwe podwójne finansowanie; sprawdź, czy koszty wydarzenia nie są rozliczane w obu sprawozdaniach.`,
  outsidePeriod: (slug, grant, events) =>
    `uwaga: ${events.length} ${pluralPl(events.length, ['wydarzenie przypisane', 'wydarzenia przypisane', 'wydarzeń przypisanych'])} do dotacji „${slug}” ${pluralPl(events.length, ['odbywa się', 'odbywają się', 'odbywa się'])} poza okresem jej realizacji (${span(grant)}), więc sprawozdanie ich nie liczy, tylko wymienia: ${events.map((e) => `${e.slug} (${e.day})`).join(', ')}; popraw przypisanie dotacji albo datę wydarzenia.`,
  threeSixtyGivingNotice: (n) =>
    n.code === 'awardDateFromPeriod'
      ? `uwaga: dotacja „${n.slug}” nie ma daty zawarcia umowy, więc jako datę przyznania (awardDate, wymaganą przez 360Giving) plik podaje początek okresu realizacji, ${n.periodFrom}, a nie prawdziwą datę; wpisz w dotacji datę zawarcia umowy.`
      : `uwaga: dotacja „${n.slug}” sfinansowała ${n.total} ${pluralPl(n.total, ['wydarzenie', 'wydarzenia', 'wydarzeń'])}, a wiersz CSV mieści jeden powiązany dokument: podano pierwsze według daty; wszystkie zawiera 360giving-json.`,
  nothingSelected: ({ format, what, range, table }) => {
    const { from, to } = range;
    const given = from !== undefined || to !== undefined;
    const days =
      from && to
        ? `od ${from} do ${to}`
        : from
          ? `${from} ani ${what === 'event' ? 'później' : 'późniejszego'}`
          : `${to} ani ${what === 'event' ? 'wcześniej' : 'wcześniejszego'}`;
    const none = !given
      ? `w bazie danych nie ma ${what === 'event' ? 'żadnego opublikowanego, odwołanego ani przełożonego wydarzenia' : 'żadnej dotacji'}`
      : what === 'event'
        ? `żadne opublikowane, odwołane ani przełożone wydarzenie nie zaczyna się ${from && to ? `w dniach ${days}` : `w dniu ${days}`} (${rangeOptions(range)})`
        : `okres realizacji żadnej dotacji nie obejmuje ${from && to ? `żadnego dnia ${days}` : `dnia ${days}`} (${rangeOptions(range)})`;
    return `uwaga: ${none}, więc ${emptyOutputPl(format, what, table)}; ${
      given ? 'sprawdź daty, zanim wyślesz plik dalej' : 'sprawdź, czy to właściwa baza danych (--db, DATABASE_URL)'
    }.`;
  },
  noTableRows: ({ format, table, events }) =>
    `uwaga: ${events === 1 ? 'wybrane wydarzenie nie ma' : `żadne z ${events} wybranych wydarzeń nie ma`} ${
      table === 'agenda-items' ? 'punktów programu' : 'w programie żadnej osoby'
    }, więc tabela ${table} w wyniku ${format} ma tylko wiersz nagłówka; sprawdź programy wydarzeń, zanim wyślesz plik dalej.`,
  reportNoEvents: (slug, period, given) =>
    `uwaga: w okresie sprawozdania ${span(period)}${given ? ' (--from, --to)' : ''} dotacja „${slug}” nie finansuje żadnego opublikowanego, odwołanego ani przełożonego wydarzenia, więc sprawozdanie nie wykazuje żadnego wydarzenia; sprawdź okres i dotacje przypisane wydarzeniom, zanim wyślesz sprawozdanie.`,
  reportPeriodClipped: (slug, asked, grant, kept) =>
    `uwaga: okres ${span(asked)} (--from, --to) wykracza poza okres realizacji dotacji „${slug}” (${span(grant)}); sprawozdanie obejmuje tylko dni umowy: ${span(kept)}.`,
  needs: (format, option, tables) =>
    `format ${format} wymaga opcji --${option}${option === 'table' ? ` (dostępne tabele: ${tables})` : ''}.`,
  badSiteUrl: (got, source) =>
    `${source === '--site-url' ? 'opcja --site-url' : 'zmienna środowiskowa SITE_URL'} musi być bezwzględnym adresem http(s) witryny, np. https://mosty.example.org, a podano „${got}”${source === 'SITE_URL' ? '; popraw ją albo podaj adres opcją --site-url' : ''}.`,
  siteConfigUnreadable: (path, source, problem) =>
    sentence(
      `nie można odczytać pliku SITE_CONFIG „${path}” (${source === '--site-config' ? 'z opcji --site-config' : 'ze zmiennej SITE_CONFIG'})${
        {
          missing: ': nie ma takiego pliku',
          folder: ': to folder, a nie plik JSON',
          unreadable: ': brak prawa odczytu',
          json: ` jako JSON: ${problem.kind === 'json' ? problem.detail : ''}`,
        }[problem.kind]
      }`,
    ),
  siteConfigInvalid: (path, problems) => sentence(`plik SITE_CONFIG „${path}” ma błędne pola: ${problems.join('; ')}`),
  threeSixtyGivingNeedsPrefix: (format, path) =>
    path === undefined
      ? `format ${format} wymaga wydawcy i jego prefiksu 360Giving: wskaż plik witryny opcją --site-config albo zmienną SITE_CONFIG (publisher.name, publisher.threeSixtyGivingPrefix, license).`
      : `format ${format} wymaga prefiksu 360Giving wydawcy, a plik SITE_CONFIG „${path}” go nie ma: wpisz publisher.threeSixtyGivingPrefix (prefiks, który 360Giving nadało wydawcy, np. 360G-fundacja-fise).`,
  notAvailable: (format) => `format ${format} nie jest jeszcze dostępny.`,
  badEnv: (name, value) => `zmienna środowiskowa ${name} ma nieprawidłową wartość „${value}”.`,
  databaseMissing: (path, source, reason) =>
    `brak bazy danych „${path}” (${whereFromPl[source]}): ${
      {
        missing: 'nie ma takiego pliku',
        'not-a-file': 'to folder, a nie plik bazy SQLite',
        unreadable: 'nie da się go odczytać',
        empty: 'to pusty plik, a nie baza danych SQLite',
        'not-sqlite': 'to nie jest plik bazy danych SQLite (nie zaczyna się nagłówkiem SQLite)',
      }[reason]
    }; eksport tylko czyta bazę danych, nie zakłada nowej${source === 'default' ? ' (utworzy ją raz uruchomione pnpm start)' : ''}.`,
  databaseUnsupported: (url, source) =>
    `nieobsługiwany adres bazy danych „${url}” (${whereFromPl[source]}): oczekiwano ścieżki pliku SQLite, URL-a file: albo sqlite: albo URL-a postgres://.`,
  storeFailed: (code, message) =>
    code === 'DATABASE_OPEN'
      ? `nie udało się otworzyć bazy danych (${code}): ${sentence(message)}`
      : `${code}: ${sentence(message)}`,
  recordInvalid: (kind, id, slug, issues) =>
    `RECORD_INVALID: rekord w bazie danych łamie reguły domeny: ${ENTITY_KIND_LABELS[kind].pl} ${id} („${slug}”): ${problemList(
      issues.map((i) => `${i.path || '(całość)'}: ${i.message}`),
      (n) => `i jeszcze ${n}`,
    )}`,
  grantMissing: (record, grantId, path) =>
    `FORMAT_GRANT_MISSING: ${ENTITY_KIND_LABELS[record.kind].pl} ${record.id} („${record.slug}”) wskazuje w ${path} dotację ${grantId}, której nie ma w bazie danych; bez niej nie da się napisać wymaganej informacji o finansowaniu.`,
  referenceMissing: (record, reference, path) =>
    `FORMAT_REFERENCE_MISSING: ${ENTITY_KIND_LABELS[record.kind].pl} ${record.id} („${record.slug}”) wskazuje w ${path} identyfikator ${reference.id}, a w bazie danych brak ${ENTITY_KIND_GENITIVE_PL[reference.kind]} o tym identyfikatorze; eksport pominąłby ten rekord albo opisał go błędnie.`,

  notFound: (kind, key, nearest) => {
    const what = kind === 'event' ? 'wydarzenia' : 'dotacji';
    const none = kind === 'event' ? 'ani żadnego podobnego' : 'ani żadnej podobnej';
    return `brak ${what} „${key}”${nearest.length ? `; najbliższe: ${nearest.join(', ')}` : ` ${none}`}.`;
  },
  notFoundOther: (entity, key) => `nie znaleziono: ${entity} „${key}”.`,
  eventNotPublic: (slug) =>
    `wydarzenie „${slug}” jest szkicem: eksport obejmuje tylko wydarzenia opublikowane, odwołane i przełożone, jak strona internetowa; najpierw je opublikuj.`,
  invalid: (_what, issues) =>
    `nieprawidłowe dane: ${sentence(joinMessages(issues.map((i) => `${i.path || '(całość)'}: ${i.message}`)))}`,
  outputInvalid: (format, problems) =>
    `wynik ${format} nie przeszedł walidacji: ${problemList(problems, (n) => `i jeszcze ${n}`)}`,
  outputIsInput: (path, what) =>
    what === 'database'
      ? `--out „${path}” wskazuje bazę danych, którą eksport czyta i którą by nadpisał; podaj inną nazwę pliku.`
      : `--out „${path}” wskazuje plik SITE_CONFIG, który eksport czyta i który by nadpisał; podaj inną nazwę pliku.`,
  outputUnwritable: (path, folder, problem, target) =>
    `${
      {
        '--out': `nie można zapisać pliku „${path}” (--out)`,
        spool: `nie można zapisać kopii tymczasowej wyniku „${path}”`,
        stdout: 'nie można pisać na standardowe wyjście',
        '--out-stream': `nie można pisać do „${path}” (--out)`,
      }[target]
    }: ${
      {
        'folder-missing': `nie ma folderu „${folder}”`,
        'not-a-folder': `„${folder}” nie jest folderem`,
        'is-directory': 'to folder; podaj nazwę pliku',
        'not-writable': `brak prawa zapisu w folderze „${folder}”`,
        'disk-full': 'brak miejsca na dysku',
        closed: 'program, który je czytał, zakończył działanie przed końcem eksportu',
        other: `błąd systemu plików ${problem.kind === 'other' ? problem.code : ''}`,
      }[problem.kind]
    }; ${target === 'stdout' || target === '--out-stream' ? 'to, co zostało zapisane, jest niepełne' : 'nic nie zapisano'}.`,
  schemasMissing: (file, dir) =>
    `--validate potrzebuje pliku ${file} w folderze schematów ${dir}; wskaż folder opcją --schemas KATALOG.`,
  validatorMissing: (tool, format, debianPackage) =>
    `do sprawdzenia ${format} potrzebny jest ${tool} (Debian: ${debianPackage}).`,
  noValidator: (format) => `--validate nie obsługuje jeszcze formatu ${format}.`,
  check: {
    topComponent: (name) => `główny komponent to ${name}, a powinien być vcalendar.`,
    notFeed: (kind) => `to nie jest kanał ${kind}.`,
    jsonFeedVersion: 'version nie jest adresem wersji JSON Feed.',
    jsonFeedItems: 'items nie jest tablicą.',
    noSheet: 'skoroszyt nie ma żadnego arkusza.',
    noHeaderRow: 'brak wiersza nagłówka.',
    noText: 'dokument nie zawiera tekstu.',
    noHeading: 'Markdown nie ma żadnego nagłówka.',
    headerCell: (n, expected, got) =>
      expected === undefined
        ? `nagłówek: nadmiarowa kolumna ${n} „${got}”.`
        : got === undefined
          ? `nagłówek: brak kolumny ${n} „${expected}”.`
          : `nagłówek, kolumna ${n}: oczekiwano „${expected}”, jest „${got}”.`,
    rowFields: (row, got, expected) => `wiersz ${row}: liczba pól ${got}, oczekiwano ${expected}.`,
    duplicateColumn: (title) => `kolumna „${title}” występuje w nagłówku więcej niż raz.`,
    not360Column: (title) => `kolumna „${title}” nie jest polem schematu 360Giving.`,
    grantRow: (row, problem) => `wiersz ${row}: ${sentence(problem)}`,
    inSheet: (sheet, problem) => `arkusz „${sheet}”: ${sentence(problem)}`,
    blankRow: (row) => `wiersz ${row} jest pusty.`,
    cellBeyondHeader: (row, column) => `wiersz ${row}: wartość w kolumnie ${column}, poza nagłówkiem.`,
    cellType: (row, column, expected) =>
      `wiersz ${row}, kolumna „${column}”: oczekiwano ${{ number: 'liczby', date: 'daty', boolean: 'wartości logicznej' }[expected]}.`,
    docxMissing: (passage) => `DOCX nie zawiera fragmentu „${passage}”, który ma sprawozdanie w Markdownie.`,
    jsonLdEmpty: 'JSON-LD po rozwinięciu nie zawiera żadnego węzła.',
  },
  cause: (message) => `przyczyna: ${sentence(message)}`,
  failed: (what) => `niepowodzenie: ${sentence(what)}`,

  events: (n) => `${n} ${pluralPl(n, ['wydarzenie', 'wydarzenia', 'wydarzeń'])}`,
};

const en: Messages = {
  locale: 'en',
  usageLine: 'Usage: mosty-export <format> [options]',
  formatsHeading: 'Formats:',
  optionsHeading: 'Options:',
  options: (tables) => [
    ['--event SLUG', 'one event (by slug or id)'],
    ['--grant ID', 'one grant (by id or slug)'],
    [
      '--from DATE',
      "events starting on or after this day (YYYY-MM-DD); for 360Giving, grants whose period lasts until this day or later; for the grant report the period's start, without --to up to the end of the grant's period",
    ],
    [
      '--to DATE',
      "events starting on or before this day (YYYY-MM-DD); for 360Giving, grants whose period starts on this day or earlier; for the grant report the period's end, without --from from the start of the grant's period; a report covers the grant's period only",
    ],
    ['--lang pl|en', "language of the output's labels and funding statements (default pl) and of these messages"],
    ['--out FILE', 'write to FILE instead of standard output'],
    ['--db URL', 'database (an existing SQLite file, file: URL or postgres://); default DATABASE_URL or data/mosty.db'],
    [
      '--table NAME',
      `for csv and xlsx: ${tables}; events, agenda-items and event-people (the agenda's people, a row per person and item) take --event, --from, --to`,
    ],
    ['--delimiter CHAR', 'for csv: ";" or ","; default by --lang: ";" for pl (Polish Excel), "," for en'],
    [
      '--report-kind partial|final',
      'for the grant report: a partial or a final report (ticked; without it, to fill in)',
    ],
    [
      '--as-of INSTANT|DATE',
      'for the grant report: as of this instant (2026-12-15T12:00:00+01:00) or the end of the day YYYY-MM-DD, Polish time; an event not ended by then is planned, not held (default now)',
    ],
    ['--site-url URL', "the site's address, for absolute links (default SITE_URL or http://localhost:3000)"],
    [
      '--site-config FILE',
      "the site's JSON file (default SITE_CONFIG): the publisher, its 360Giving prefix and the data's licence; required for 360Giving",
    ],
    ['--validate', "check the result with the format's own validator before writing"],
    ['--schemas DIR', 'where --validate finds the schema files (default ../shared/schemas)'],
    ['-h, --help', 'this help; "mosty-export <format> --help" explains one format'],
  ],
  languageNote:
    'Language of these messages: --lang, else the first of LC_ALL, LC_MESSAGES, LANG that is set: Polish when\n' +
    'its language is pl (pl, pl_PL.UTF-8), English for any other (C, C.UTF-8, en_GB.UTF-8…) and when none is\n' +
    'set. Without --lang the output is Polish, whatever these variables say. The grant report (report-md,\n' +
    'report-docx) is always Polish.',
  exitCodes:
    'Exit codes: 0 done (warnings too, such as a selection that matched no event), 1 failed, 2 bad usage or a bad\n' +
    'environment variable (SITE_URL).',
  formatHelp: {
    ics: 'iCalendar (RFC 5545): one event with --event, else every public event in range.',
    rss: 'RSS 2.0 feed of published posts and events.',
    atom: 'Atom feed of published posts and events.',
    'json-feed': 'JSON Feed 1.1 of published posts and events.',
    jsonld: 'schema.org JSON-LD: one event with --event, else a list of public events.',
    'frab-xml': 'frab schedule XML of one event (what pretalx exports and conference apps read).',
    'frab-json': 'frab schedule JSON of one event.',
    '360giving-json': '360Giving JSON package of grants (one with --grant), linked to the events they paid for.',
    '360giving-csv': '360Giving CSV of grants (one with --grant).',
    csv: 'CSV table (RFC 4180, UTF-8 with BOM); --table NAME, --delimiter ";" or "," (default by --lang).',
    xlsx: 'XLSX table with typed cells and a frozen header row; --table NAME.',
    'report-docx': 'Grant report draft (sprawozdanie) as an editable DOCX; --grant ID or SLUG, --as-of (default now).',
    'report-md': 'Grant report draft (sprawozdanie) as Markdown; --grant ID or SLUG, --as-of (default now).',
  },
  requires: (flags) => `Requires: ${flags}`,

  missingFormat: (formats) => `missing format: expected one of ${formats}.`,
  unknownFormat: (format, close, formats) =>
    `unknown format "${format}"${maybe('did you mean ', close, '?')}: expected one of ${formats}.`,
  unexpectedArgument: (arg) => `unexpected argument "${arg}": give one format, options start with -- (two dashes).`,
  badDay: (option, got) => `--${option} must be a day as YYYY-MM-DD, got "${got}".`,
  fromAfterTo: (from, to) => `--from ${from} is after --to ${to}.`,
  unknownTable: (table, close, tables) =>
    `unknown table "${table}"${maybe('did you mean ', close, '?')}: expected one of ${tables}.`,
  badDelimiter: (got) => `--delimiter must be ";" or ",", got "${got}".`,
  badReportKind: (got) => `--report-kind must be "partial" or "final", got "${got}".`,
  reportKindOnlyForReport: (format) => `--report-kind is for the grant report (report-md, report-docx), not ${format}.`,
  badAsOf: (got) =>
    `--as-of must be an instant with a zone offset (2026-12-15T12:00:00+01:00 or 2026-12-15T11:00:00Z) or a day as YYYY-MM-DD, got "${got}".`,
  asOfOnlyForReport: (format) => `--as-of is for the grant report (report-md, report-docx), not ${format}.`,
  optionNotForFormat: (option, format, usedBy) =>
    `${format} does not read ${option}, so it would be ignored: it is for ${usedBy.join(', ')}.`,
  optionNotForTable: (option, table, tables) =>
    `${option} does not apply to table ${table}, which lists every record: it picks events for the tables ${tables.join(', ')}.`,
  rangeWithOne: (range, one) =>
    `${range} does not go with ${one}: ${one} names ${one === '--event' ? 'one event' : 'one grant'}, so the range of days would be ignored; give one or the other.`,
  schemasWithoutValidate: '--schemas is read by --validate only, which was not given.',
  reportPeriodOutside: (slug, asked, grant) =>
    `the report period ${span(asked)} (--from, --to) has no day in the period of grant "${slug}" (${span(grant)}); a report covers the agreement's days only, so give a period within them.`,
  finalReportRefused: (slug, problems, asOfGiven) =>
    `a final report (--report-kind final) of grant "${slug}" accounts for the whole task, which is not over: ${problems
      .map((p) =>
        p.code === 'periodNotWhole'
          ? `the report period ends on ${p.periodEnd} (--to), before the grant's period does (${p.grantEnd})`
          : p.code === 'asOfBeforeEnd'
            ? `it is drawn up as of ${asOfEn(p.asOf)} (${asOfGiven ? '--as-of' : 'now, without --as-of'}), before the period ends on ${lastDayOf(p.endsAt)}`
            : `${p.eventIds.length} ${p.eventIds.length === 1 ? 'event is' : 'events are'} still planned (${p.eventIds.join(', ')})`,
      )
      .join(
        '; ',
      )}; draw up a partial report (--report-kind partial), or a final one with an --as-of after the period's end, once every event has taken place.`,
  doubleFinancing: (slug, event, others, entrusted) =>
    `warning: event "${event}" of the report of grant "${slug}" is also funded by ${others.length === 1 ? 'grant' : 'grants'} ${others.map((o) => `"${o}"`).join(', ')}, and ${entrusted ? 'this grant is' : others.length === 1 ? 'that one is' : 'one of them is'} an entrustment (it finances the task in full): it may be financed twice; check that its costs are not accounted for in both reports.`,
  outsidePeriod: (slug, grant, events) =>
    `warning: ${events.length} ${events.length === 1 ? 'event' : 'events'} tagged with grant "${slug}" ${events.length === 1 ? 'falls' : 'fall'} outside its period (${span(grant)}), so the report lists but does not count ${events.length === 1 ? 'it' : 'them'}: ${events.map((e) => `${e.slug} (${e.day})`).join(', ')}; correct the grant or the event's date.`,
  threeSixtyGivingNotice: (n) =>
    n.code === 'awardDateFromPeriod'
      ? `warning: grant "${n.slug}" has no agreement date, so the file gives the start of its period, ${n.periodFrom}, as its award date (awardDate, which 360Giving requires), not the real one; enter the grant's agreement date.`
      : `warning: grant "${n.slug}" funded ${n.total} events, and a CSV row holds one related document: the first by date is given; 360giving-json lists them all.`,
  nothingSelected: ({ format, what, range, table }) => {
    const { from, to } = range;
    const given = from !== undefined || to !== undefined;
    const days = from && to ? `${from} to ${to}` : from ? `${from} or later` : `${to} or earlier`;
    const none = !given
      ? `the database holds no ${what === 'event' ? 'published, cancelled or postponed event' : 'grant'}`
      : what === 'event'
        ? `no published, cancelled or postponed event starts ${from && to ? `on a day from ${days}` : `on ${days}`} (${rangeOptions(range)})`
        : `no grant's period ${from && to ? `includes a day from ${days}` : from ? `lasts until ${days}` : `starts on ${days}`} (${rangeOptions(range)})`;
    return `warning: ${none}, so ${emptyOutputEn(format, what, table)}; ${
      given
        ? 'check the dates before you send the file on'
        : 'check that this is the database you meant (--db, DATABASE_URL)'
    }.`;
  },
  noTableRows: ({ format, table, events }) =>
    `warning: ${
      events === 1
        ? `the selected event has no ${table === 'agenda-items' ? 'agenda item' : 'person on its agenda'}`
        : `none of the ${events} selected events has ${table === 'agenda-items' ? 'an agenda item' : 'a person on its agenda'}`
    }, so table ${table} of the ${format} output has its header row only; check the events' agendas before you send the file on.`,
  reportNoEvents: (slug, period, given) =>
    `warning: grant "${slug}" funds no published, cancelled or postponed event in the report period ${span(period)}${given ? ' (--from, --to)' : ''}, so the report lists no event; check the period and the events' grants before you send the report.`,
  reportPeriodClipped: (slug, asked, grant, kept) =>
    `warning: the period ${span(asked)} (--from, --to) reaches past the period of grant "${slug}" (${span(grant)}); the report covers the agreement's days only: ${span(kept)}.`,
  needs: (format, option, tables) => `${format} needs --${option}${option === 'table' ? ` (one of ${tables})` : ''}.`,
  badSiteUrl: (got, source) =>
    `${source === '--site-url' ? 'the --site-url option' : 'the SITE_URL environment variable'} must be the site's absolute http(s) URL, such as https://mosty.example.org, got "${got}"${source === 'SITE_URL' ? '; correct it, or give the address with --site-url' : ''}.`,
  siteConfigUnreadable: (path, source, problem) =>
    sentence(
      `cannot read the SITE_CONFIG file "${path}" (${source === '--site-config' ? 'from --site-config' : 'from the SITE_CONFIG variable'})${
        {
          missing: ': no such file',
          folder: ': it is a folder, not a JSON file',
          unreadable: ': no permission to read it',
          json: ` as JSON: ${problem.kind === 'json' ? problem.detail : ''}`,
        }[problem.kind]
      }`,
    ),
  siteConfigInvalid: (path, problems) =>
    sentence(`the SITE_CONFIG file "${path}" has wrong fields: ${problems.join('; ')}`),
  threeSixtyGivingNeedsPrefix: (format, path) =>
    path === undefined
      ? `${format} needs the publisher and its 360Giving prefix: name the site's file with --site-config or SITE_CONFIG (publisher.name, publisher.threeSixtyGivingPrefix, license).`
      : `${format} needs the publisher's 360Giving prefix, which the SITE_CONFIG file "${path}" lacks: add publisher.threeSixtyGivingPrefix (the prefix 360Giving registered for the publisher, such as 360G-fundacja-fise).`,
  notAvailable: (format) => `${format} is not available yet.`,
  badEnv: (name, value) => `the ${name} environment variable holds a value the exporter cannot use: "${value}".`,
  databaseMissing: (path, source, reason) =>
    `no database at "${path}" (${whereFromEn[source]}): ${
      {
        missing: 'no such file',
        'not-a-file': 'a folder, not a SQLite database file',
        unreadable: 'it cannot be read',
        empty: 'an empty file, not a SQLite database',
        'not-sqlite': 'not a SQLite database file (it does not start with the SQLite header)',
      }[reason]
    }; an export only reads a database, it never creates one${source === 'default' ? ' (pnpm start, run once, creates it)' : ''}.`,
  databaseUnsupported: (url, source) =>
    `unsupported database URL "${url}" (${whereFromEn[source]}): expected a SQLite file path, a file: or sqlite: URL, or a postgres:// URL.`,
  storeFailed: (code, message) => `${code}: ${sentence(message)}`,
  recordInvalid: (kind, id, slug, issues) =>
    `RECORD_INVALID: a record in the database breaks the domain's rules: ${ENTITY_KIND_LABELS[kind].en} ${id} ("${slug}"): ${problemList(
      issues.map((i) => `${i.path || '(root)'}: ${i.message}`),
      (n) => `and ${n} more`,
    )}`,
  grantMissing: (record, grantId, path) =>
    `FORMAT_GRANT_MISSING: ${ENTITY_KIND_LABELS[record.kind].en} ${record.id} ("${record.slug}") names grant ${grantId} in ${path}, which is not in the database; its required funding statement cannot be written.`,
  referenceMissing: (record, reference, path) =>
    `FORMAT_REFERENCE_MISSING: ${ENTITY_KIND_LABELS[record.kind].en} ${record.id} ("${record.slug}") names ${ENTITY_KIND_LABELS[reference.kind].en} ${reference.id} in ${path}, which is not in the database; the export would leave it out or name it wrongly.`,

  notFound: (kind, key, nearest) =>
    `${kind} not found: ${key}${nearest.length ? ` (nearest: ${nearest.join(', ')})` : ' (no similar slug)'}.`,
  notFoundOther: (entity, key) => `${entity} not found: ${key}.`,
  eventNotPublic: (slug) =>
    `event "${slug}" is a draft: only published, cancelled and postponed events are exported, as the website shows them; publish it first.`,
  invalid: (what, issues) =>
    `${what || 'invalid data'}: ${sentence(joinMessages(issues.map((i) => `${i.path || '(root)'}: ${i.message}`)))}`,
  outputInvalid: (format, problems) =>
    `${format} output failed validation: ${problemList(problems, (n) => `and ${n} more`)}`,
  outputIsInput: (path, what) =>
    `--out "${path}" names the ${what === 'database' ? 'database' : 'SITE_CONFIG file'} the export reads, which it would overwrite; give another file name.`,
  outputUnwritable: (path, folder, problem, target) =>
    `${
      {
        '--out': `cannot write "${path}" (--out)`,
        spool: `cannot write the temporary copy of the output "${path}"`,
        stdout: 'cannot write to standard output',
        '--out-stream': `cannot write to "${path}" (--out)`,
      }[target]
    }: ${
      {
        'folder-missing': `folder "${folder}" does not exist`,
        'not-a-folder': `"${folder}" is not a folder`,
        'is-directory': 'it is a folder; give a file name',
        'not-writable': `folder "${folder}" is not writable`,
        'disk-full': 'the disk is full',
        closed: 'the program reading it stopped before the export ended',
        other: `file system error ${problem.kind === 'other' ? problem.code : ''}`,
      }[problem.kind]
    }; ${target === 'stdout' || target === '--out-stream' ? 'what was written is incomplete' : 'nothing was written'}.`,
  schemasMissing: (file, dir) => `--validate needs ${file} in the schemas folder ${dir}; pass --schemas DIR.`,
  validatorMissing: (tool, format, debianPackage) =>
    `${tool} is needed to validate ${format} (Debian: ${debianPackage}).`,
  noValidator: (format) => `--validate is not available for ${format} yet.`,
  check: {
    topComponent: (name) => `top component is ${name}, expected vcalendar.`,
    notFeed: (kind) => `not an ${kind} feed.`,
    jsonFeedVersion: 'version is not a JSON Feed version URL.',
    jsonFeedItems: 'items is not an array.',
    noSheet: 'the workbook has no sheet.',
    noHeaderRow: 'no header row.',
    noText: 'the document has no text.',
    noHeading: 'the Markdown has no heading.',
    headerCell: (n, expected, got) =>
      expected === undefined
        ? `header: extra column ${n} "${got}".`
        : got === undefined
          ? `header: column ${n} "${expected}" is missing.`
          : `header, column ${n}: expected "${expected}", got "${got}".`,
    rowFields: (row, got, expected) => `row ${row}: ${got} fields, expected ${expected}.`,
    duplicateColumn: (title) => `column "${title}" appears more than once in the header.`,
    not360Column: (title) => `column "${title}" is not a field of the 360Giving schema.`,
    grantRow: (row, problem) => `row ${row}: ${sentence(problem)}`,
    inSheet: (sheet, problem) => `sheet "${sheet}": ${sentence(problem)}`,
    blankRow: (row) => `row ${row} is blank.`,
    cellBeyondHeader: (row, column) => `row ${row}: a value in column ${column}, beyond the header.`,
    cellType: (row, column, expected) =>
      `row ${row}, column "${column}": expected ${{ number: 'a number', date: 'a date', boolean: 'a boolean' }[expected]}.`,
    docxMissing: (passage) => `the DOCX lacks "${passage}", which the Markdown report carries.`,
    jsonLdEmpty: 'the JSON-LD expands to no node.',
  },
  cause: (message) => `cause: ${sentence(message)}`,
  failed: (what) => `failed: ${sentence(what)}`,

  events: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
};

/** The CLI's messages by language: every function that says something is given the table to say it in. */
export const MESSAGES: Record<'pl' | 'en', Messages> = { pl, en };
