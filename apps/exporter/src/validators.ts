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

/** Validation failed: the output is not written. */
export class OutputInvalidError extends MostyError {
  constructor(format: string, problems: string[]) {
    super(
      'OUTPUT_INVALID',
      `${format} output failed validation: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function schemaFile(dir: string, relative: string): string {
  const path = join(dir, relative);
  if (!existsSync(path))
    throw new MostyError(
      'SCHEMAS_MISSING',
      `--validate needs ${relative} in the schemas folder ${dir}; pass --schemas DIR`,
    );
  return path;
}
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;

const issuesOf = (v: { ok: true } | { ok: false; issues: { path: string; message: string }[] }) =>
  v.ok ? [] : v.issues.map((i) => `${i.path || '/'}: ${i.message}`);

type Check = (output: Uint8Array, schemasDir: string) => Promise<string[]> | string[];

const CHECKS: Partial<Record<FormatName, Check>> = {
  ics: (out) => {
    const cal = new ICAL.Component(ICAL.parse(text(out)));
    return cal.name === 'vcalendar' ? [] : [`top component is ${cal.name}, expected vcalendar`];
  },
  rss: (out) => (parseFeed(text(out)).meta.type === 'rss' ? [] : ['not an RSS feed']),
  atom: (out) => (parseFeed(text(out)).meta.type === 'atom' ? [] : ['not an Atom feed']),
  'json-feed': (out) => {
    const doc = JSON.parse(text(out)) as { version?: string; items?: unknown };
    const problems: string[] = [];
    if (!String(doc.version).startsWith('https://jsonfeed.org/version/'))
      problems.push('version is not a JSON Feed version URL');
    if (!Array.isArray(doc.items)) problems.push('items is not an array');
    return problems;
  },
  jsonld: (out, dir) => {
    const check = schemaOrgValidator(json(schemaFile(dir, 'schema.org/schemaorg-current-http.jsonld')) as never);
    const doc = JSON.parse(text(out)) as unknown;
    return (Array.isArray(doc) ? doc : [doc]).flatMap((d) => issuesOf(check(d)));
  },
  'frab-xml': (out, dir) => {
    const xsd = schemaFile(dir, 'frab-schedule/schedule.xml.xsd');
    const tmp = mkdtempSync(join(tmpdir(), 'mosty-frab-'));
    try {
      const file = join(tmp, 'schedule.xml');
      writeFileSync(file, out);
      const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
      if (r.error)
        throw new MostyError('VALIDATOR_MISSING', 'xmllint is needed to validate frab-xml (Debian: libxml2-utils)', {
          cause: r.error,
        });
      return r.status === 0 ? [] : r.stderr.split('\n').filter((l) => l && !l.endsWith('validates'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  'frab-json': (out, dir) =>
    issuesOf(frabJsonValidator(json(schemaFile(dir, 'frab-schedule/schedule.schema.json')))(JSON.parse(text(out)))),
  '360giving-json': (out, dir) =>
    issuesOf(
      threeSixtyGivingValidator(
        json(schemaFile(dir, '360giving/360-giving-package-schema.json')),
        json(schemaFile(dir, '360giving/360-giving-schema.json')),
      )(JSON.parse(text(out))),
    ),
  '360giving-csv': (out) => csvProblems(out, ','),
  xlsx: async (out) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(out) as never);
    const sheet = workbook.worksheets[0];
    if (!sheet) return ['the workbook has no sheet'];
    return sheet.rowCount >= 1 ? [] : ['the sheet has no header row'];
  },
  'report-docx': async (out) => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(out) });
    return value.trim().length > 0 ? [] : ['the document has no text'];
  },
  'report-md': (out) => {
    const tokens = new MarkdownIt().parse(text(out), {});
    return tokens.some((t) => t.type === 'heading_open') ? [] : ['the Markdown has no heading'];
  },
};

function csvProblems(out: Uint8Array, delimiter: ';' | ','): string[] {
  const rows = parseCsv(text(out), { bom: true, delimiter, relax_column_count: false }) as string[][];
  if (rows.length === 0) return ['no header row'];
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
): Promise<void> {
  const check = format === 'csv' ? (out: Uint8Array) => csvProblems(out, delimiter) : CHECKS[format];
  if (!check) throw new MostyError('NO_VALIDATOR', `--validate is not available for ${format} yet`);
  let problems: string[];
  try {
    problems = await check(output, schemasDir);
  } catch (cause) {
    if (cause instanceof MostyError) throw cause;
    throw new OutputInvalidError(format, [(cause as Error).message]);
  }
  if (problems.length) throw new OutputInvalidError(format, problems);
}
