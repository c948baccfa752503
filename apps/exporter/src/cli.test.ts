import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { openStore, seedDemo } from '@org/store';
import { sharedFile } from '@org/testkit';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const schemas = sharedFile('schemas');
let dir: string;
let db: string;

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'https://mosty.example' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// The same without blocking the test runner, so the format checks run side by side.
const runAsync = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cli, '--db', db, ...args],
      { encoding: 'utf8', env: { ...process.env, SITE_URL: 'https://mosty.example' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the exporter first (pnpm build): ${cli} is missing`);
  dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-'));
  db = join(dir, 'mosty.db');
  const store = await openStore(db);
  await seedDemo(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mosty-export', () => {
  it('prints help and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: mosty-export <format>');
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    const r = run('pdf');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
  });

  it('names the nearest slugs when a slug is unknown', () => {
    const r = run('ics', '--event', 'sprawny-urzad');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sprawny-urzad-sprawna-organizacja');
  });

  it('writes the seed event as iCalendar that ical.js reads, with the funding statement', () => {
    const r = run('ics', '--event', 'sprawny-urzad-sprawna-organizacja');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const vevent = cal.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('description')).toContain(SEED_FUNDING_STATEMENT);
  });

  it('writes an RSS feed that a real feed parser reads', () => {
    const out = join(dir, 'feed.xml');
    expect(run('rss', '--out', out).code).toBe(0);
    const feed = parseFeed(readFileSync(out, 'utf8'));
    expect(feed.items.length).toBeGreaterThan(0);
    expect(readdirPartial()).toEqual([]);
  });

  const validated = [
    ['ics'],
    ['rss'],
    ['atom'],
    ['json-feed'],
    ['jsonld', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['frab-xml', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['frab-json', '--event', 'sprawny-urzad-sprawna-organizacja'],
    ['360giving-json'],
    ['360giving-csv'],
    ['csv', '--table', 'events'],
    ['csv', '--table', 'agenda-items', '--delimiter', ','],
    ['csv', '--table', 'people'],
    ['csv', '--table', 'organizations'],
    ['csv', '--table', 'authorities'],
    ['csv', '--table', 'grants'],
    ['xlsx', '--table', 'events'],
    ['xlsx', '--table', 'organizations'],
    ['report-md', '--grant', 'wspolpraca-jst-i-ngo-2026'],
    ['report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026'],
  ];
  describe.skipIf(!schemas).concurrent('--validate (needs shared/schemas, skipped without)', () => {
    it.each(validated.map((args) => [args.join(' '), args] as const))(
      '%s passes its own validator',
      async (_name, args) => {
        const out = join(dir, `out-${args.join('-')}`);
        const r = await runAsync(...args, '--validate', '--schemas', schemas as string, '--out', out);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(readFileSync(out).length).toBeGreaterThan(0);
      },
    );
  });

  it('keeps Polish letters and the grant link in 360Giving', () => {
    const r = run('360giving-json', '--grant', SEED_IDS.grant);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { grants: { title: string }[] };
    expect(doc.grants[0]?.title).toMatch(/Współpraca jednostek samorządu/);
  });

  it('writes the grant report as a DOCX whose text carries the statement and Polish letters', async () => {
    const out = join(dir, 'report.docx');
    expect(run('report-docx', '--grant', 'wspolpraca-jst-i-ngo-2026', '--out', out).code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain(SEED_FUNDING_STATEMENT);
    expect(value).toContain('Jóźwiak');
  });

  it('writes the people table as CSV that csv-parse reads, one row per affiliation', () => {
    const r = run('csv', '--table', 'people', '--delimiter', ',');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { bom: true, delimiter: ',' }) as string[][];
    expect(rows.some((row) => row.includes('współzałożycielka'))).toBe(true);
  });

  it('refuses an export whose output fails validation, and writes nothing', () => {
    const out = join(dir, 'never.xml');
    const r = run(
      'frab-xml',
      '--event',
      'sprawny-urzad-sprawna-organizacja',
      '--validate',
      '--schemas',
      dir,
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schedule\.xml\.xsd/);
    expect(existsSync(out)).toBe(false);
  });
});

function readdirPartial(): string[] {
  return readdirSync(dir).filter((f) => f.includes('.partial-'));
}
