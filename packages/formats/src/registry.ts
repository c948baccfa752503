/**
 * The format registry: what the exporter (and anyone else) can write, by name.
 *
 * To add a format: write its writer in its own file (domain values and a `WorldIndex` in, string or
 * chunks out), add an entry here with its media type and file extension, and a test that checks its
 * output with a parser or schema we did not write.
 */
import { type Event, type Grant, isPublicEvent, type Post } from '@org/domain';
import type { CsvOptions } from './csv.js';
import { FormatError } from './errors.js';
import { type FeedKind, writeFeed } from './feeds.js';
import type { GrantReportOptions } from './grant-report.js';
import { grantReportDocx } from './grant-report-docx.js';
import { grantReportMarkdown } from './grant-report-markdown.js';
import { calendarToIcs } from './ical.js';
import { eventJsonLd, type JsonLdOptions } from './json-ld.js';
import type { FormatOptions } from './options.js';
import { tableCsv } from './table-csv.js';
import { type TableName, type TableRecord, tableRecords } from './table-spec.js';
import { type TableXlsxOptions, tableXlsx } from './table-xlsx.js';
import { agendaCsv, eventsCsv } from './tables.js';
import { grantsTo360Giving, grantsTo360GivingCsv, type ThreeSixtyGivingOptions } from './three-sixty-giving.js';
import type { FormatValidation } from './validate/issue.js';
import type { SchemaOrgVocabulary } from './validate/schema-org.js';
import type { WorldIndex } from './world-index.js';

/** What a registered writer gets: the records to write and the world around them. */
export interface FormatInput {
  events: readonly Event[];
  posts: readonly Post[];
  grants: readonly Grant[];
  world: WorldIndex;
  /** The table to write, for `csv` and `xlsx`. */
  table?: TableName;
  /** The grant a report is about, for `report-md` and `report-docx` (else the only one in `grants`). */
  grant?: Grant;
}

/**
 * Options every registered writer accepts; each reads the ones it knows. `missing` is `jsonld`'s, which is
 * an export and so refuses a missing reference (`'throw'`) unless given `'omit'`.
 */
export type FormatWriteOptions = FormatOptions &
  CsvOptions &
  Pick<TableXlsxOptions, 'utcColumns'> &
  Pick<GrantReportOptions, 'reportKind' | 'period' | 'asOf'> &
  Pick<JsonLdOptions, 'missing'> & {
    /**
     * `360giving` and `360giving-csv`: the publisher (with its 360Giving prefix, required by both) and the
     * package's licence and dates (`ThreeSixtyGivingOptions`).
     */
    threeSixtyGiving?: Pick<ThreeSixtyGivingOptions, 'publisher' | 'license' | 'issued' | 'modified'>;
  };

/**
 * The schemas validators need, parsed by the caller (this package reads no file): schema.org's vocabulary,
 * the c3voc frab schedule JSON schema and the 360Giving package and grant schemas (see the README for where).
 */
export interface FormatSchemas {
  schemaOrgVocabulary?: SchemaOrgVocabulary;
  frabJsonSchema?: object;
  threeSixtyGivingPackageSchema?: object;
  threeSixtyGivingGrantSchema?: object;
}

/** One registered format. */
export interface FormatEntry {
  mediaType: string;
  extension: string;
  /** What the file holds, for `--help`. */
  description: string;
  /** What the input must carry beyond records: a table name or one grant. */
  needs?: 'table' | 'grant';
  /** Text formats return a string; binary ones (XLSX, DOCX) resolve to bytes. */
  write: (input: FormatInput, options: FormatWriteOptions) => string | Promise<Uint8Array>;
  /** Checks written output with the outside schema it must satisfy (validators load on first use). */
  validate?: (output: string, schemas: FormatSchemas) => Promise<FormatValidation>;
}

// Without `threeSixtyGiving` the writer refuses the missing publisher with a ValidationError naming it.
const threeSixtyGivingOptions = (options: FormatWriteOptions) =>
  ({ ...options, ...options.threeSixtyGiving }) as ThreeSixtyGivingOptions;

const schemaMissing = (name: keyof FormatSchemas) =>
  new FormatError('FORMAT_SCHEMA_MISSING', `validating needs schemas.${name}`, { path: `schemas.${name}` });

const tableOf = (input: FormatInput): TableName => {
  if (!input.table)
    throw new FormatError('FORMAT_TABLE_MISSING', 'csv and xlsx need input.table (events, agenda-items, …)', {
      path: 'input.table',
    });
  return input.table;
};

// Events (and their items and people) and grants are the ones selected for the export; the other tables list the world.
const recordsOf = <T extends TableName>(table: T, input: FormatInput): Iterable<TableRecord[T]> =>
  (table === 'events' || table === 'agenda-items' || table === 'event-people'
    ? input.events
    : table === 'grants'
      ? input.grants
      : tableRecords(table, input.world)) as Iterable<TableRecord[T]>;

const grantOf = (input: FormatInput): Grant => {
  const grant = input.grant ?? (input.grants.length === 1 ? input.grants[0] : undefined);
  if (!grant)
    throw new FormatError(
      'FORMAT_REPORT_GRANT_MISSING',
      `a report is about one grant: give input.grant (got ${input.grants.length} grants and no input.grant)`,
      { path: 'input.grant' },
    );
  return grant;
};

// Compiling a schema is the slow part; a caller validating many files passes the same parsed schema.
const compiled = new WeakMap<object, (doc: unknown) => FormatValidation>();
async function cachedBy<S extends object>(
  schema: S | undefined,
  name: keyof FormatSchemas,
  make: (schema: S) => Promise<(doc: unknown) => FormatValidation>,
): Promise<(doc: unknown) => FormatValidation> {
  if (!schema) throw schemaMissing(name);
  const hit = compiled.get(schema);
  if (hit) return hit;
  const check = await make(schema);
  compiled.set(schema, check);
  return check;
}

const feed = (kind: FeedKind) => (input: FormatInput, options: FormatOptions) =>
  writeFeed(kind, { posts: input.posts, events: input.events }, input.world, options);

/**
 * Every multi-record format by name. Per-event formats (frab schedule, one event's ICS) take one event
 * and are called directly: `frabScheduleXml`, `eventToIcs`. `csv` and `xlsx` need `input.table`; the
 * reports need one grant; XLSX and DOCX resolve to bytes. Formats with an outside schema have `validate`.
 *
 * @example
 * FORMATS.ics.write({ events, posts, grants, world }, { locale: 'pl', siteUrl }) // 'BEGIN:VCALENDAR…'
 */
export const FORMATS = {
  ics: {
    mediaType: 'text/calendar; charset=utf-8',
    extension: 'ics',
    description: 'iCalendar (RFC 5545) of public events',
    write: (input, options) => calendarToIcs(input.events, input.world, options),
  },
  rss: {
    mediaType: 'application/rss+xml',
    extension: 'xml',
    description: 'RSS 2.0 of posts and events',
    write: feed('rss'),
  },
  atom: {
    mediaType: 'application/atom+xml',
    extension: 'atom',
    description: 'Atom 1.0 of posts and events',
    write: feed('atom'),
  },
  jsonfeed: {
    mediaType: 'application/feed+json',
    extension: 'json',
    description: 'JSON Feed of posts and events',
    write: feed('json'),
  },
  '360giving': {
    mediaType: 'application/json',
    extension: 'json',
    description: '360Giving data package of grants',
    write: (input, options) => grantsTo360Giving(input.grants, input.world, threeSixtyGivingOptions(options)),
    validate: async (output, schemas) => {
      const grantSchema = schemas.threeSixtyGivingGrantSchema;
      if (!grantSchema) throw schemaMissing('threeSixtyGivingGrantSchema');
      const check = await cachedBy(
        schemas.threeSixtyGivingPackageSchema,
        'threeSixtyGivingPackageSchema',
        async (pkg) => {
          const { threeSixtyGivingValidator } = await import('./validate/three-sixty-giving.js');
          return threeSixtyGivingValidator(pkg, grantSchema);
        },
      );
      return check(JSON.parse(output));
    },
  },
  '360giving-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: '360Giving grants as CSV (template column titles)',
    write: (input, options) => grantsTo360GivingCsv(input.grants, input.world, threeSixtyGivingOptions(options)),
  },
  'events-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: 'Events table, CSV (UTF-8 with BOM, ;)',
    write: (input, options) => eventsCsv(input.events, input.world, options),
  },
  'agenda-csv': {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: 'Agenda items table, CSV (UTF-8 with BOM, ;)',
    write: (input, options) => agendaCsv(input.events, input.world, options),
  },
  jsonld: {
    mediaType: 'application/ld+json',
    extension: 'jsonld',
    description: 'schema.org JSON-LD of public events (a list of EducationEvent nodes)',
    write: (input, options) => {
      // A file to publish, not a page to render: a hole in it is refused unless the caller asks for one.
      const opts = { ...options, missing: options.missing ?? 'throw' };
      return `${JSON.stringify(
        input.events.filter(isPublicEvent).map((e) => eventJsonLd(e, input.world, opts)),
        null,
        2,
      )}\n`;
    },
    validate: async (output, schemas) => {
      const check = await cachedBy(schemas.schemaOrgVocabulary, 'schemaOrgVocabulary', async (vocabulary) => {
        const { schemaOrgValidator } = await import('./validate/schema-org.js');
        return schemaOrgValidator(vocabulary);
      });
      return check(JSON.parse(output));
    },
  },
  csv: {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description:
      'A table (input.table: events, agenda-items, event-people, people, organizations, authorities, grants) as CSV',
    needs: 'table',
    write: (input, options) => {
      const table = tableOf(input);
      return tableCsv(table, input.world, options, recordsOf(table, input));
    },
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    description: 'A table (input.table) as an Excel workbook with typed cells and a frozen header',
    needs: 'table',
    write: (input, options) => {
      const table = tableOf(input);
      return tableXlsx(table, input.world, options, recordsOf(table, input));
    },
  },
  'report-md': {
    mediaType: 'text/markdown; charset=utf-8',
    extension: 'md',
    description: 'Grant report draft (sprawozdanie, Dz.U. 2018 poz. 2057 zał. 5) as Markdown',
    needs: 'grant',
    write: (input, options) => grantReportMarkdown(grantOf(input), input.world, options),
  },
  'report-docx': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    description: 'Grant report draft (sprawozdanie) as an editable Word document',
    needs: 'grant',
    write: (input, options) => grantReportDocx(grantOf(input), input.world, options),
  },
} satisfies Record<string, FormatEntry>;

/** A registered format's name. */
export type FormatName = keyof typeof FORMATS;
