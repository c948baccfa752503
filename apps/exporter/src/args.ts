import { parseArgs } from 'node:util';

/** Every format the exporter writes, with what it needs and a line of help. Extend with a new row here and its runner in `run-export.ts`. */
export const FORMAT_HELP = {
  ics: { needs: [], help: 'iCalendar (RFC 5545): one event with --event, else every public event in range.' },
  rss: { needs: [], help: 'RSS 2.0 feed of published posts and events.' },
  atom: { needs: [], help: 'Atom feed of published posts and events.' },
  'json-feed': { needs: [], help: 'JSON Feed 1.1 of published posts and events.' },
  jsonld: { needs: [], help: 'schema.org JSON-LD: one event with --event, else a list of public events.' },
  'frab-xml': {
    needs: ['event'],
    help: 'frab schedule XML of one event (what pretalx exports and conference apps read).',
  },
  'frab-json': { needs: ['event'], help: 'frab schedule JSON of one event.' },
  '360giving-json': {
    needs: [],
    help: '360Giving JSON package of grants (one with --grant), linked to the events they paid for.',
  },
  '360giving-csv': { needs: [], help: '360Giving CSV of grants (one with --grant).' },
  csv: { needs: ['table'], help: 'CSV table (RFC 4180, UTF-8 with BOM); --table NAME, --delimiter ";" or ",".' },
  xlsx: { needs: ['table'], help: 'XLSX table with typed cells and a frozen header row; --table NAME.' },
  'report-docx': {
    needs: ['grant'],
    help: 'Grant report draft (sprawozdanie) as an editable DOCX; --grant ID or SLUG.',
  },
  'report-md': { needs: ['grant'], help: 'Grant report draft (sprawozdanie) as Markdown; --grant ID or SLUG.' },
} as const satisfies Record<string, { needs: readonly ('event' | 'grant' | 'table')[]; help: string }>;

export type FormatName = keyof typeof FORMAT_HELP;
export const FORMAT_NAMES = Object.keys(FORMAT_HELP) as FormatName[];
export const TABLE_NAMES = ['events', 'agenda-items', 'people', 'organizations', 'authorities', 'grants'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

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
  delimiter: ';' | ',';
  validate: boolean;
  siteUrl?: string;
  schemas?: string;
}

export type ParsedArgs = { kind: 'help'; text: string } | { kind: 'run'; options: ExportOptions };

/** A command line that cannot run: exit code 2 with this one-line reason. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: mosty-export <format> [options]

Formats:
${FORMAT_NAMES.map((f) => `  ${f.padEnd(16)}${FORMAT_HELP[f].help}`).join('\n')}

Options:
  --event SLUG      one event (by slug or id)
  --grant ID        one grant (by id or slug)
  --from DATE       events starting on or after this day (YYYY-MM-DD)
  --to DATE         events starting on or before this day (YYYY-MM-DD)
  --lang pl|en      language of labels and statements (default pl)
  --out FILE        write to FILE instead of standard output
  --db URL          database (file path, file: URL or postgres://); default DATABASE_URL or data/mosty.db
  --table NAME      for csv and xlsx: ${TABLE_NAMES.join(', ')}
  --delimiter C     for csv: ";" (default, Polish Excel) or ","
  --site-url URL    absolute links (default SITE_URL or http://localhost:3000)
  --validate        check the result with the format's own validator before writing
  --schemas DIR     where --validate finds the schema files (default ../shared/schemas)
  -h, --help        this help; "mosty-export <format> --help" explains one format

Exit codes: 0 done, 1 failed, 2 bad usage.`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses the command line into export options, or the help to print. Anything wrong throws a
 * `UsageError` whose message names the argument and what was expected.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        event: { type: 'string' },
        grant: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        lang: { type: 'string', default: 'pl' },
        out: { type: 'string', short: 'o' },
        db: { type: 'string' },
        table: { type: 'string' },
        delimiter: { type: 'string', default: ';' },
        'site-url': { type: 'string' },
        schemas: { type: 'string' },
        validate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  const [format, ...extra] = positionals;
  if (format === undefined) {
    if (values.help) return { kind: 'help', text: USAGE };
    throw new UsageError(`missing format: expected one of ${FORMAT_NAMES.join(', ')}`);
  }
  if (!(format in FORMAT_HELP)) {
    const close = FORMAT_NAMES.filter((f) => f.startsWith(format.slice(0, 3)) || f.includes(format));
    throw new UsageError(
      `unknown format "${format}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}: expected one of ${FORMAT_NAMES.join(', ')}`,
    );
  }
  const name = format as FormatName;
  if (values.help) {
    const needs: readonly string[] = FORMAT_HELP[name].needs;
    return {
      kind: 'help',
      text: `mosty-export ${name}: ${FORMAT_HELP[name].help}${needs.length ? `\nRequires: ${needs.map((n) => `--${n}`).join(', ')}` : ''}\n\n${USAGE}`,
    };
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}": give one format, options start with --`);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lang = str(values.lang);
  if (lang !== 'pl' && lang !== 'en') throw new UsageError(`--lang must be pl or en, got "${lang}"`);
  for (const key of ['from', 'to'] as const) {
    const v = str(values[key]);
    if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(v))))
      throw new UsageError(`--${key} must be a day as YYYY-MM-DD, got "${v}"`);
  }
  const from = str(values.from);
  const to = str(values.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const table = str(values.table);
  if (table !== undefined && !(TABLE_NAMES as readonly string[]).includes(table))
    throw new UsageError(`unknown table "${table}": expected one of ${TABLE_NAMES.join(', ')}`);
  const delimiter = str(values.delimiter);
  if (delimiter !== ';' && delimiter !== ',')
    throw new UsageError(`--delimiter must be ";" or ",", got "${delimiter}"`);
  const needs: readonly string[] = FORMAT_HELP[name].needs;
  for (const need of needs) {
    if (str(values[need]) === undefined)
      throw new UsageError(`${name} needs --${need}${need === 'table' ? ` (one of ${TABLE_NAMES.join(', ')})` : ''}`);
  }
  const siteUrl = str(values['site-url']);
  if (siteUrl !== undefined && !URL.canParse(siteUrl))
    throw new UsageError(`--site-url must be an absolute URL, got "${siteUrl}"`);
  return {
    kind: 'run',
    options: {
      format: name,
      event: str(values.event),
      grant: str(values.grant),
      from,
      to,
      lang,
      out: str(values.out),
      db: str(values.db),
      table: table as TableName | undefined,
      delimiter,
      validate: values.validate === true,
      siteUrl,
      schemas: str(values.schemas),
    },
  };
}
