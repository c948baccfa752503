import { parseArgs } from 'node:util';
import { InstantSchema, LocalDateSchema, localToInstant } from '@org/domain';
import { TABLE_NAMES, type TableName } from '@org/formats';
import { COMMAND_LINE_MESSAGES, parseArgsProblem, requestedLang as storeRequestedLang } from '@org/store';
import type { Messages } from './messages.js';
import { nearestMatches } from './nearest.js';
import type { ExporterSite } from './site-config.js';

/**
 * Every format the exporter writes and the options it needs. Extend with a new row here, its line of
 * help in both tables of `messages.ts`, and its runner in `run-export.ts`.
 */
export const FORMATS = {
  ics: { needs: [] },
  rss: { needs: [] },
  atom: { needs: [] },
  'json-feed': { needs: [] },
  jsonld: { needs: [] },
  'frab-xml': { needs: ['event'] },
  'frab-json': { needs: ['event'] },
  '360giving-json': { needs: [] },
  '360giving-csv': { needs: [] },
  csv: { needs: ['table'] },
  xlsx: { needs: ['table'] },
  'report-docx': { needs: ['grant'] },
  'report-md': { needs: ['grant'] },
} as const satisfies Record<string, { needs: readonly ('event' | 'grant' | 'table')[] }>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
// The tables are @org/formats' own: a table it gains is one more `--table` here.
export { TABLE_NAMES, type TableName } from '@org/formats';

export interface ExportOptions {
  format: FormatName;
  event?: string;
  grant?: string;
  from?: string;
  to?: string;
  lang: 'pl' | 'en';
  out?: string;
  db?: string;
  table?: TableName;
  /** For csv; without it @org/formats takes the language's (`csvDelimiter`: ';' in Polish, ',' in English). */
  delimiter?: ';' | ',';
  /**
   * For the grant report: the instant it is drawn up for (ISO 8601 with an offset), always set for report-md
   * and report-docx: `--as-of`, else the clock's now when the command line was read.
   */
  asOf?: string;
  /** For the grant report: `asOf` is `--as-of`'s, not the clock's now. */
  asOfGiven?: boolean;
  /** For the grant report: a partial or a final report (its box ticked); without it, marked to fill in. */
  reportKind?: 'partial' | 'final';
  validate: boolean;
  siteUrl?: string;
  /** `--site-config`: the website's SITE_CONFIG file (publisher, 360Giving prefix, licence); SITE_CONFIG without it. */
  siteConfig?: string;
  /** What the SITE_CONFIG file says (`readExporterSite`), read by the CLI before the export runs. */
  site?: ExporterSite;
  schemas?: string;
}

export type ParsedArgs = { kind: 'help'; text: string } | { kind: 'run'; options: ExportOptions };

/** A command line that cannot run: exit code 2 with this one-line reason. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The whole `--help` text in the CLI's language. */
export function usage(m: Messages): string {
  const options = m.options(TABLE_NAMES.join(', '));
  const width = Math.max(16, ...options.map(([flag]) => flag.length)) + 2;
  return [
    m.usageLine,
    '',
    m.formatsHeading,
    ...FORMAT_NAMES.map((f) => `  ${f.padEnd(16)}${m.formatHelp[f]}`),
    '',
    m.optionsHeading,
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    m.languageNote,
    '',
    m.exitCodes,
  ].join('\n');
}

const OPTIONS = {
  event: { type: 'string' },
  grant: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  lang: { type: 'string', default: 'pl' },
  out: { type: 'string', short: 'o' },
  db: { type: 'string' },
  table: { type: 'string' },
  delimiter: { type: 'string' },
  'report-kind': { type: 'string' },
  'as-of': { type: 'string' },
  'site-url': { type: 'string' },
  'site-config': { type: 'string' },
  schemas: { type: 'string' },
  validate: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The language `--lang` asks for, read leniently before the command line is checked (`@org/store`'s rule). */
export const requestedLang = (argv: readonly string[]): 'pl' | 'en' | undefined => storeRequestedLang(argv, OPTIONS);

/** What to suggest for a mistyped name: same first letters or contained, else the nearest by edit distance. */
function suggest(typed: string, names: readonly string[]): string[] {
  const close = names.filter((n) => n.startsWith(typed.slice(0, 3)) || n.includes(typed));
  return close.length ? close : nearestMatches(typed, names);
}

const FLAGS = Object.keys(OPTIONS).map((o) => `--${o}`);
/** The long options to offer for a mistyped one (a short one is one letter: nothing to compare). */
const suggestFlag = (option: string): string[] => (option.startsWith('--') ? suggest(option, FLAGS) : []);

// The grant's days are Polish: a day given to --as-of ends at midnight in Warsaw.
const REPORT_ZONE = 'Europe/Warsaw';

/**
 * What `--as-of` means as an instant: an instant with an offset as given, a day (YYYY-MM-DD) as its end, the
 * midnight after it in Warsaw, so that events ending that day are held; undefined for anything else.
 *
 * @example
 * asOfInstant('2026-12-15') // '2026-12-16T00:00:00+01:00'
 */
export function asOfInstant(value: string): string | undefined {
  if (InstantSchema.safeParse(value).success) return value;
  // The domain's calendar day, not Date.parse, which rolls 2026-02-30 over to 2 March.
  if (!LocalDateSchema.safeParse(value).success) return undefined;
  const next = new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return localToInstant(`${next}T00:00`, REPORT_ZONE) ?? undefined;
}

/** The options that pick or shape what a format writes; the rest (--lang, --out, --db, …) apply to every one. */
type Selector = 'event' | 'grant' | 'from' | 'to' | 'table' | 'delimiter';
const SELECTORS: readonly Selector[] = ['event', 'grant', 'from', 'to', 'table', 'delimiter'];
const EVENTS_AND_RANGE = ['event', 'from', 'to'] as const;
/**
 * What each format reads of the selectors (`--report-kind` and `--as-of` are the report's, refused apart). An
 * option a format does not read would be dropped without a word: `report-md --event x` would report on every event
 * of the grant, `ics --grant g` would be the whole calendar, so either is refused. Extend with the format's row.
 */
const SELECTORS_OF: Record<FormatName, readonly Selector[]> = {
  ics: EVENTS_AND_RANGE,
  rss: EVENTS_AND_RANGE,
  atom: EVENTS_AND_RANGE,
  'json-feed': EVENTS_AND_RANGE,
  jsonld: EVENTS_AND_RANGE,
  'frab-xml': ['event'],
  'frab-json': ['event'],
  '360giving-json': ['grant', 'from', 'to'],
  '360giving-csv': ['grant', 'from', 'to'],
  csv: ['table', 'delimiter', ...EVENTS_AND_RANGE],
  xlsx: ['table', ...EVENTS_AND_RANGE],
  'report-docx': ['grant', 'from', 'to'],
  'report-md': ['grant', 'from', 'to'],
};
/** The tables made of events, which --event, --from and --to pick; the others list the whole directory. */
const EVENT_TABLES: readonly TableName[] = ['events', 'agenda-items', 'event-people'];

/**
 * Refuses a selector the export would ignore: one the format does not read, --event, --from or --to for a table
 * that is not made of events, --from or --to beside the one record --event (or, for 360Giving, --grant) names.
 */
function refuseUnused(
  format: FormatName,
  table: TableName | undefined,
  values: Partial<Record<Selector, string>>,
  m: Messages,
): void {
  const given = SELECTORS.filter((s) => values[s] !== undefined);
  for (const option of given) {
    if (SELECTORS_OF[format].includes(option)) continue;
    throw new UsageError(
      m.optionNotForFormat(
        `--${option}`,
        format,
        FORMAT_NAMES.filter((f) => SELECTORS_OF[f].includes(option)),
      ),
    );
  }
  const eventOption = given.find((s) => s === 'event' || s === 'from' || s === 'to');
  if (table !== undefined && eventOption !== undefined && !EVENT_TABLES.includes(table))
    throw new UsageError(m.optionNotForTable(`--${eventOption}`, table, EVENT_TABLES));
  const range = given.find((s) => s === 'from' || s === 'to');
  const one =
    values.event !== undefined ? 'event' : format.startsWith('360giving') && values.grant ? 'grant' : undefined;
  if (range !== undefined && one !== undefined) throw new UsageError(m.rangeWithOne(`--${range}`, `--${one}`));
}

/**
 * Parses the command line into export options, or the help to print. Anything wrong throws a
 * `UsageError` whose message, in the CLI's language, names the argument and what was expected. `now` is
 * the clock (epoch milliseconds), read once, for the report's default `--as-of`; tests pass their own.
 */
export function parseCommandLine(argv: readonly string[], m: Messages, now: () => number = Date.now): ParsedArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (cause) {
    // @org/store's translation of node's refusal, shared with the store's commands.
    throw new UsageError(parseArgsProblem(cause, m.locale, { suggest: suggestFlag }), { cause });
  }
  const { values, positionals } = parsed;
  const [format, ...extra] = positionals;
  const formats = FORMAT_NAMES.join(', ');
  const tables = TABLE_NAMES.join(', ');
  if (format === undefined) {
    if (values.help) return { kind: 'help', text: usage(m) };
    throw new UsageError(m.missingFormat(formats));
  }
  if (!(format in FORMATS)) throw new UsageError(m.unknownFormat(format, suggest(format, FORMAT_NAMES), formats));
  const name = format as FormatName;
  const needs: readonly ('event' | 'grant' | 'table')[] = FORMATS[name].needs;
  if (values.help) {
    const requires = needs.length ? `\n${m.requires(needs.map((n) => `--${n}`).join(', '))}` : '';
    return { kind: 'help', text: `mosty-export ${name}: ${m.formatHelp[name]}${requires}\n\n${usage(m)}` };
  }
  if (extra[0] !== undefined) throw new UsageError(m.unexpectedArgument(extra[0]));
  const lang = values.lang;
  if (lang !== 'pl' && lang !== 'en') throw new UsageError(COMMAND_LINE_MESSAGES.badLang[m.locale](String(lang)));
  for (const key of ['from', 'to'] as const) {
    const v = values[key];
    // The domain's calendar day, not Date.parse, which rolls 2026-02-30 over to 2 March.
    if (v !== undefined && !LocalDateSchema.safeParse(v).success) throw new UsageError(m.badDay(key, v));
  }
  const { from, to, table } = values;
  if (from && to && from > to) throw new UsageError(m.fromAfterTo(from, to));
  if (table !== undefined && !(TABLE_NAMES as readonly string[]).includes(table))
    throw new UsageError(m.unknownTable(table, suggest(table, TABLE_NAMES), tables));
  const delimiter = values.delimiter;
  if (delimiter !== undefined && delimiter !== ';' && delimiter !== ',')
    throw new UsageError(m.badDelimiter(delimiter));
  const reportKind = values['report-kind'];
  if (reportKind !== undefined && reportKind !== 'partial' && reportKind !== 'final')
    throw new UsageError(m.badReportKind(reportKind));
  if (reportKind !== undefined && name !== 'report-md' && name !== 'report-docx')
    throw new UsageError(m.reportKindOnlyForReport(name));
  const isReport = name === 'report-md' || name === 'report-docx';
  const asOfValue = values['as-of'];
  if (asOfValue !== undefined && !isReport) throw new UsageError(m.asOfOnlyForReport(name));
  const asOf = asOfValue === undefined ? undefined : asOfInstant(asOfValue);
  if (asOfValue !== undefined && asOf === undefined) throw new UsageError(m.badAsOf(asOfValue));
  refuseUnused(name, table as TableName | undefined, values, m);
  if (values.schemas !== undefined && !values.validate) throw new UsageError(m.schemasWithoutValidate);
  for (const need of needs) {
    if (values[need] === undefined) throw new UsageError(m.needs(name, need, tables));
  }
  // An empty --db would open the default database, an empty --out write to standard output: neither was asked for.
  for (const key of ['db', 'out'] as const)
    if (values[key]?.trim() === '') throw new UsageError(COMMAND_LINE_MESSAGES.missingValue[m.locale](`--${key}`));
  const siteUrl = values['site-url'];
  if (siteUrl !== undefined && !(URL.canParse(siteUrl) && /^https?:$/.test(new URL(siteUrl).protocol)))
    throw new UsageError(m.badSiteUrl(siteUrl, '--site-url'));
  return {
    kind: 'run',
    options: {
      format: name,
      event: values.event,
      grant: values.grant,
      from,
      to,
      lang,
      out: values.out,
      db: values.db,
      ...(reportKind ? { reportKind } : {}),
      ...(isReport ? { asOf: asOf ?? new Date(now()).toISOString(), asOfGiven: asOf !== undefined } : {}),
      table: table as TableName | undefined,
      ...(delimiter ? { delimiter } : {}),
      validate: values.validate === true,
      siteUrl,
      ...(values['site-config'] ? { siteConfig: values['site-config'] } : {}),
      schemas: values.schemas,
    },
  };
}
