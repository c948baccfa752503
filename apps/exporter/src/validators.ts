/**
 * `--validate`: each format checked by a validator nobody on the team wrote, before anything is
 * written. Schemas come from a folder (`--schemas`, default `../shared/schemas` beside the workspace);
 * they are never copied into the project. Extend by adding the format's check to `CHECKS`; what a check
 * needs besides the output (the table, the language, the Markdown report) comes in `ValidationContext`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MostyError } from '@org/domain';
import { type TableName, tableColumns, xlsxColumns } from '@org/formats';
import {
  fieldTitles,
  frabJsonValidator,
  schemaOrgValidator,
  threeSixtyGivingValidator,
  unflatten,
} from '@org/formats/validate';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { FormatName } from './args.js';
import type { Messages } from './messages.js';

/** What the checks need besides the output. */
export interface ValidationContext {
  /** The folder of schema files (`--schemas`). */
  schemasDir: string;
  /** The CSV delimiter of `csv` (360Giving CSV is always `,`). */
  delimiter: ';' | ',';
  /** The output's language (`--lang`): it titles the table columns. */
  lang: 'pl' | 'en';
  /** The table of `csv` and `xlsx`. */
  table?: TableName | undefined;
  /** For `report-docx`: the Markdown report of the same grant and options, every passage of which the DOCX must carry. */
  reportMarkdown?: string | undefined;
}

/** Validation failed: the output is not written. */
export class OutputInvalidError extends MostyError {
  readonly problems: readonly string[];
  constructor(format: string, problems: string[], m: Messages, options?: { cause?: unknown }) {
    super('OUTPUT_INVALID', m.outputInvalid(format, problems), options);
    this.problems = problems;
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function schemaFile(dir: string, relative: string, m: Messages): string {
  const path = join(dir, relative);
  if (!existsSync(path)) throw new MostyError('SCHEMAS_MISSING', m.schemasMissing(relative, dir));
  return path;
}
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;

const issuesOf = (v: { ok: true } | { ok: false; issues: { path: string; message: string }[] }) =>
  v.ok ? [] : v.issues.map((i) => `${i.path || '/'}: ${i.message}`);

// Problems from outside validators (ajv, xmllint, ical.js, jsonld, csv-parse) are kept in their own words.
type Check = (output: Uint8Array, context: ValidationContext, m: Messages) => Promise<string[]> | string[];

const CHECKS: Partial<Record<FormatName, Check>> = {
  ics: (out, _c, m) => {
    const cal = new ICAL.Component(ICAL.parse(text(out)));
    return cal.name === 'vcalendar' ? [] : [m.check.topComponent(cal.name)];
  },
  rss: (out, _c, m) => (parseFeed(text(out)).meta.type === 'rss' ? [] : [m.check.notFeed('RSS')]),
  atom: (out, _c, m) => (parseFeed(text(out)).meta.type === 'atom' ? [] : [m.check.notFeed('Atom')]),
  'json-feed': (out, _c, m) => {
    const doc = JSON.parse(text(out)) as { version?: string; items?: unknown };
    const problems: string[] = [];
    if (!String(doc.version).startsWith('https://jsonfeed.org/version/')) problems.push(m.check.jsonFeedVersion);
    if (!Array.isArray(doc.items)) problems.push(m.check.jsonFeedItems);
    return problems;
  },
  jsonld: async (out, { schemasDir: dir }, m) => {
    const check = schemaOrgValidator(json(schemaFile(dir, 'schema.org/schemaorg-current-http.jsonld', m)) as never);
    const context = json(schemaFile(dir, 'schema.org/schemaorgcontext.jsonld', m));
    const doc = JSON.parse(text(out)) as unknown;
    const vocabulary = (Array.isArray(doc) ? doc : [doc]).flatMap((d) => issuesOf(check(d)));
    return [...vocabulary, ...(await jsonLdProblems(doc, context, m))];
  },
  'frab-xml': (out, { schemasDir: dir }, m) => {
    const xsd = schemaFile(dir, 'frab-schedule/schedule.xml.xsd', m);
    const tmp = mkdtempSync(join(tmpdir(), 'mosty-frab-'));
    try {
      const file = join(tmp, 'schedule.xml');
      writeFileSync(file, out);
      const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
      if (r.error)
        throw new MostyError('VALIDATOR_MISSING', m.validatorMissing('xmllint', 'frab-xml', 'libxml2-utils'), {
          cause: r.error,
        });
      return r.status === 0 ? [] : r.stderr.split('\n').filter((l) => l && !l.endsWith('validates'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  'frab-json': (out, { schemasDir: dir }, m) =>
    issuesOf(frabJsonValidator(json(schemaFile(dir, 'frab-schedule/schedule.schema.json', m)))(JSON.parse(text(out)))),
  '360giving-json': (out, { schemasDir: dir }, m) => issuesOf(threeSixtyGiving(dir, m)(JSON.parse(text(out)))),
  '360giving-csv': (out, { schemasDir: dir }, m) => {
    const validate = threeSixtyGiving(dir, m);
    const titles = fieldTitles(json(schemaFile(dir, '360giving/360-giving-schema.json', m)));
    const [header, ...body] = readCsv(out, ',');
    if (!header) return [m.check.noHeaderRow];
    const problems = [
      ...header.filter((h) => !titles.has(h)).map((h) => m.check.not360Column(h)),
      ...header.filter((h, i) => header.indexOf(h) !== i).map((h) => m.check.duplicateColumn(h)),
      ...rowLengthProblems(body, header.length, m),
    ];
    if (problems.length) return problems;
    const v = validate({ grants: body.map((row) => unflatten(header, row, titles)) });
    if (v.ok) return [];
    // ajv names /grants/N/…; whoever reads this has the CSV, where grant N is row N + 2.
    return v.issues.map((i) => {
      const [, n, rest] = /^\/grants\/(\d+)(.*)$/.exec(i.path) ?? [];
      return n === undefined
        ? `${i.path || '/'}: ${i.message}`
        : m.check.grantRow(Number(n) + 2, `${rest || '/'}: ${i.message}`);
    });
  },
  csv: (out, { delimiter, table, lang }, m) => {
    const [header, ...body] = readCsv(out, delimiter);
    if (!header) return [m.check.noHeaderRow];
    const columns = tableColumns(table as TableName, lang).map((c) => c.title);
    return [...headerProblems(header, columns, m), ...rowLengthProblems(body, columns.length, m)];
  },
  xlsx: async (out, { table, lang }, m) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(out) as never);
    if (workbook.worksheets.length === 0) return [m.check.noSheet];
    // The exporter writes each date-time column beside its UTC twin (`utcColumns`), which is a date-time too.
    const types = tableColumns(table as TableName, lang);
    const columns = xlsxColumns(table as TableName, lang, { utcColumns: true }).map((c) => ({
      title: c.title,
      type: types[c.source]?.type ?? 'text',
    }));
    return workbook.worksheets.flatMap((sheet) =>
      sheetProblems(sheet, columns, m).map((p) => m.check.inSheet(sheet.name, p)),
    );
  },
  'report-docx': async (out, { reportMarkdown }, m) => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out) });
    const docx = squash(value);
    if (!docx) return [m.check.noText];
    return markdownPassages(reportMarkdown ?? '')
      .filter((passage) => !docx.includes(passage))
      .map((passage) => m.check.docxMissing(passage.length > 80 ? `${passage.slice(0, 79)}…` : passage));
  },
  'report-md': (out, _c, m) => {
    const tokens = new MarkdownIt().parse(text(out), {});
    return tokens.some((t) => t.type === 'heading_open') ? [] : [m.check.noHeading];
  },
};

const threeSixtyGiving = (dir: string, m: Messages) =>
  threeSixtyGivingValidator(
    json(schemaFile(dir, '360giving/360-giving-package-schema.json', m)),
    json(schemaFile(dir, '360giving/360-giving-schema.json', m)),
  );

// Rows of any length are read, so that a short or long row is named by its number.
const readCsv = (out: Uint8Array, delimiter: ';' | ',') =>
  parseCsv(text(out), { bom: true, delimiter, relax_column_count: true }) as string[][];

function headerProblems(got: readonly string[], expected: readonly string[], m: Messages): string[] {
  const problems: string[] = [];
  for (let i = 0; i < Math.max(got.length, expected.length); i++)
    if (got[i] !== expected[i]) problems.push(m.check.headerCell(i + 1, expected[i], got[i]));
  return problems;
}

/** Rows after the header (row 1), each of `width` fields. */
const rowLengthProblems = (body: readonly string[][], width: number, m: Messages) =>
  body.flatMap((row, i) => (row.length === width ? [] : [m.check.rowFields(i + 2, row.length, width)]));

const CELL_KINDS: Record<string, 'number' | 'date' | 'boolean'> = {
  integer: 'number',
  money: 'number',
  date: 'date',
  datetime: 'date',
  boolean: 'boolean',
};

/**
 * One sheet of an export table, as exceljs reads it back: the header is the table's columns, no row
 * after it is blank (the last row number is the count of rows), no value sits beyond the header, and
 * number, date and boolean columns hold numbers, dates and booleans, as a spreadsheet computes with them.
 */
function sheetProblems(
  sheet: ExcelJS.Worksheet,
  columns: readonly { title: string; type: string }[],
  m: Messages,
): string[] {
  if (sheet.rowCount < 1) return [m.check.noHeaderRow];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const problems = headerProblems(
    header,
    columns.map((c) => c.title),
    m,
  );
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) {
      problems.push(m.check.blankRow(r));
      continue;
    }
    row.eachCell((cell, c) => {
      const column = columns[c - 1];
      if (!column) {
        problems.push(m.check.cellBeyondHeader(r, c));
        return;
      }
      const kind = CELL_KINDS[column.type];
      const v = cell.value;
      if (
        kind &&
        !(
          (kind === 'number' && typeof v === 'number') ||
          (kind === 'date' && v instanceof Date) ||
          (kind === 'boolean' && typeof v === 'boolean')
        )
      )
        problems.push(m.check.cellType(r, column.title, kind));
    });
  }
  return problems;
}

// No network under --validate: the schema.org context comes from the schemas folder, and any other
// remote document is refused, so a stray @context fails instead of being fetched.
const SCHEMA_ORG_CONTEXT = /^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.jsonld?)?$/;

/** jsonld's expansion in safe mode, which fails on anything it would otherwise drop silently. */
async function jsonLdProblems(doc: unknown, context: object, m: Messages): Promise<string[]> {
  const documentLoader = async (url: string) => {
    if (!SCHEMA_ORG_CONTEXT.test(url)) throw new Error(`offline document loader refuses ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  // @types/jsonld predates the `safe` option.
  const expand = jsonld.expand as (doc: unknown, options: object) => Promise<unknown[]>;
  try {
    const expanded = await expand(doc, { documentLoader, safe: true });
    return expanded.length > 0 ? [] : [m.check.jsonLdEmpty];
  } catch (error) {
    return [jsonLdMessage(error)];
  }
}

// jsonld's own words: its message, then what its details name (the safe-mode event, the failed load).
function jsonLdMessage(error: unknown): string {
  const e = error as { message?: string; details?: Record<string, unknown> };
  const details = e.details ?? {};
  const event = details.event as { message?: string; details?: Record<string, unknown> } | undefined;
  const cause = details.cause as { message?: string } | undefined;
  const named = event?.details
    ? ['id', 'property', 'type', 'term'].map((k) => event.details?.[k]).find(Boolean)
    : undefined;
  const parts = [event?.message, named === undefined ? undefined : JSON.stringify(named), cause?.message];
  return [e.message ?? String(error), ...parts.filter((p) => p !== undefined).map(String)].join(': ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of every heading, paragraph, list item and table cell of a Markdown document, as a reader sees it. */
function markdownPassages(markdown: string): string[] {
  const passages: string[] = [];
  for (const token of new MarkdownIt().parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    const plain = (token.children ?? [])
      .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type.endsWith('break') ? ' ' : ''))
      .join('');
    const passage = squash(plain);
    if (passage) passages.push(passage);
  }
  return passages;
}

/**
 * Runs the format's validator on the finished output; throws `OutputInvalidError` listing the
 * problems. A format without a validator is refused, so `--validate` never passes silently.
 */
export async function validateOutput(
  format: FormatName,
  output: Uint8Array,
  context: ValidationContext,
  m: Messages,
): Promise<void> {
  const check: Check | undefined = CHECKS[format];
  if (!check) throw new MostyError('NO_VALIDATOR', m.noValidator(format));
  // A missing context is a bug of the caller, not a problem of the output.
  if ((format === 'csv' || format === 'xlsx') && !context.table)
    throw new Error(`validateOutput: ${format} needs context.table`);
  if (format === 'report-docx' && context.reportMarkdown === undefined)
    throw new Error('validateOutput: report-docx needs context.reportMarkdown');
  let problems: string[];
  try {
    problems = await check(output, context, m);
  } catch (cause) {
    if (cause instanceof MostyError) throw cause;
    throw new OutputInvalidError(format, [(cause as Error).message], m, { cause });
  }
  if (problems.length) throw new OutputInvalidError(format, problems, m);
}
