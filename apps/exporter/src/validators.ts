/**
 * `--validate`: each format checked by a validator nobody on the team wrote, before anything is
 * written. Schemas come from a folder (`--schemas`, default `../shared/schemas` beside the workspace);
 * they are never copied into the project. Extend by adding the format's check to `CHECKS`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MostyError } from '@org/domain';
import { frabJsonValidator, schemaOrgValidator, threeSixtyGivingValidator } from '@org/formats/validate';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { FormatName } from './args.js';
import { MESSAGES, type Messages } from './messages.js';

/** Validation failed: the output is not written. */
export class OutputInvalidError extends MostyError {
  readonly problems: readonly string[];
  constructor(format: string, problems: string[], m: Messages = MESSAGES.pl, options?: { cause?: unknown }) {
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

// Problems from outside validators (ajv, xmllint, ical.js) are kept in their own words.
type Check = (output: Uint8Array, schemasDir: string, m: Messages) => Promise<string[]> | string[];

const CHECKS: Partial<Record<FormatName, Check>> = {
  ics: (out, _dir, m) => {
    const cal = new ICAL.Component(ICAL.parse(text(out)));
    return cal.name === 'vcalendar' ? [] : [m.check.topComponent(cal.name)];
  },
  rss: (out, _dir, m) => (parseFeed(text(out)).meta.type === 'rss' ? [] : [m.check.notFeed('RSS')]),
  atom: (out, _dir, m) => (parseFeed(text(out)).meta.type === 'atom' ? [] : [m.check.notFeed('Atom')]),
  'json-feed': (out, _dir, m) => {
    const doc = JSON.parse(text(out)) as { version?: string; items?: unknown };
    const problems: string[] = [];
    if (!String(doc.version).startsWith('https://jsonfeed.org/version/')) problems.push(m.check.jsonFeedVersion);
    if (!Array.isArray(doc.items)) problems.push(m.check.jsonFeedItems);
    return problems;
  },
  jsonld: (out, dir, m) => {
    const check = schemaOrgValidator(json(schemaFile(dir, 'schema.org/schemaorg-current-http.jsonld', m)) as never);
    const doc = JSON.parse(text(out)) as unknown;
    return (Array.isArray(doc) ? doc : [doc]).flatMap((d) => issuesOf(check(d)));
  },
  'frab-xml': (out, dir, m) => {
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
  'frab-json': (out, dir, m) =>
    issuesOf(frabJsonValidator(json(schemaFile(dir, 'frab-schedule/schedule.schema.json', m)))(JSON.parse(text(out)))),
  '360giving-json': (out, dir, m) =>
    issuesOf(
      threeSixtyGivingValidator(
        json(schemaFile(dir, '360giving/360-giving-package-schema.json', m)),
        json(schemaFile(dir, '360giving/360-giving-schema.json', m)),
      )(JSON.parse(text(out))),
    ),
  '360giving-csv': (out, _dir, m) => csvProblems(out, ',', m),
  xlsx: async (out, _dir, m) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(out) as never);
    const sheet = workbook.worksheets[0];
    if (!sheet) return [m.check.noSheet];
    return sheet.rowCount >= 1 ? [] : [m.check.noHeaderRow];
  },
  'report-docx': async (out, _dir, m) => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out) });
    return value.trim().length > 0 ? [] : [m.check.noText];
  },
  'report-md': (out, _dir, m) => {
    const tokens = new MarkdownIt().parse(text(out), {});
    return tokens.some((t) => t.type === 'heading_open') ? [] : [m.check.noHeading];
  },
};

function csvProblems(out: Uint8Array, delimiter: ';' | ',', m: Messages): string[] {
  const rows = parseCsv(text(out), { bom: true, delimiter, relax_column_count: false }) as string[][];
  if (rows.length === 0) return [m.check.noHeaderRow];
  return [];
}

/**
 * Runs the format's validator on the finished output; throws `OutputInvalidError` listing the
 * problems. A format without a validator is refused, so `--validate` never passes silently.
 */
export async function validateOutput(
  format: FormatName,
  output: Uint8Array,
  schemasDir: string,
  delimiter: ';' | ',',
  m: Messages = MESSAGES.pl,
): Promise<void> {
  const check: Check | undefined = format === 'csv' ? (out) => csvProblems(out, delimiter, m) : CHECKS[format];
  if (!check) throw new MostyError('NO_VALIDATOR', m.noValidator(format));
  let problems: string[];
  try {
    problems = await check(output, schemasDir, m);
  } catch (cause) {
    if (cause instanceof MostyError) throw cause;
    throw new OutputInvalidError(format, [(cause as Error).message], m, { cause });
  }
  if (problems.length) throw new OutputInvalidError(format, problems, m);
}
