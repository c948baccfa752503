import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { PL, PUBLISHER_360, seed } from '../test/fixtures.js';
import { FORMATS, type FormatEntry, type FormatInput } from './registry.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

const input = (): FormatInput => {
  const { world, index } = seed();
  return { events: world.events, posts: world.posts, grants: world.grants, world: index, table: 'grants' };
};

/** The text of any output: strings as they are, zip containers (XLSX, DOCX) as all their XML parts. */
async function textOf(out: string | Uint8Array): Promise<string> {
  if (typeof out === 'string') return out;
  const zip = await JSZip.loadAsync(out);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('FORMATS', () => {
  // The agenda table lists items, not publications; the events table beside it carries the statement.
  it.each(Object.entries(FORMATS).filter(([name]) => name !== 'agenda-csv') as [string, FormatEntry][])(
    '%s writes the seed world with its funding statement',
    async (_name, format) => {
      const out = await format.write(input(), { ...PL, threeSixtyGiving: { publisher: PUBLISHER_360 } });
      expect(out.length).toBeGreaterThan(0);
      // Unfold iCalendar lines and unescape JSON so the statement is searchable as text.
      const text = (await textOf(out)).replace(/\r\n /g, '').replace(/\\n/g, '\n');
      expect(text).toContain(STATEMENT);
    },
  );

  it('csv and xlsx need a table, reports one grant: a missing one is a coded error', async () => {
    const { table: _table, ...noTable } = input();
    expect(() => FORMATS.csv.write(noTable, PL)).toThrow(expect.objectContaining({ code: 'FORMAT_TABLE_MISSING' }));
    const twoGrants = { ...input(), grants: [...input().grants, ...input().grants] };
    expect(() => FORMATS['report-md'].write(twoGrants, PL)).toThrow(
      expect.objectContaining({ code: 'FORMAT_REPORT_GRANT_MISSING', path: 'input.grant' }),
    );
    const csv = FORMATS.csv.write({ ...input(), table: 'people' }, { ...PL, delimiter: ',' });
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFIdentyfikator,Tytuł,Imię,Nazwisko,Imię i nazwisko,Funkcja,Organizacja,Samorząd,Od,Do,Adres strony',
    );
  });

  // apps/admin downloads reports through the registry: its asOf must reach the figures.
  it('report-md and report-docx take asOf: an event not ended by then is planned, and the date is stated', async () => {
    const asOf = '2026-11-26T12:00:00+01:00'; // during the seed event (10:00–14:00)
    const md = new MarkdownIt();
    const inlines = (text: string) =>
      md
        .parse(text, {})
        .filter((t) => t.type === 'inline')
        .map((t) => (t.children ?? []).map((c) => c.content).join(''));
    const cells = inlines(FORMATS['report-md'].write(input(), { ...PL, asOf }));
    expect(cells).toContain('Stan na: 26.11.2026, 12:00');
    expect(cells[cells.indexOf('Wydarzenia zaplanowane') + 1]).toBe('1');
    expect(cells[cells.indexOf('Wydarzenia zrealizowane') + 1]).toBe('0');
    const docx = await textOf(await FORMATS['report-docx'].write(input(), { ...PL, asOf }));
    expect(docx).toContain('26.11.2026, 12:00');
    expect(docx).toContain('zaplanowane');
  });

  const vocab = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');
  const pkg = sharedFile('schemas/360giving/360-giving-package-schema.json');
  const grant = sharedFile('schemas/360giving/360-giving-schema.json');
  it.skipIf(!vocab || !pkg || !grant)(
    'validate: 360Giving and JSON-LD outputs pass their schemas, and tampered ones fail (needs shared/, skipped without it)',
    async () => {
      const load = (p: string | null) => JSON.parse(readFileSync(p!, 'utf8'));
      const schemas = {
        schemaOrgVocabulary: load(vocab),
        threeSixtyGivingPackageSchema: load(pkg),
        threeSixtyGivingGrantSchema: load(grant),
      };
      // Without a publisher (and its 360Giving prefix) neither 360Giving writer writes anything.
      expect(() => FORMATS['360giving'].write(input(), PL)).toThrow(/options\.publisher is required/);
      expect(() => FORMATS['360giving-csv'].write(input(), PL)).toThrow(/options\.publisher is required/);
      const threeSixtyGiving = {
        publisher: PUBLISHER_360,
        license: 'https://creativecommons.org/licenses/by/4.0/',
        issued: '2026-11-28',
        modified: '2026-11-27T10:00:00+01:00',
      };
      const giving = FORMATS['360giving'].write(input(), { ...PL, threeSixtyGiving }) as string;
      expect(JSON.parse(giving)).toMatchObject({ publisher: { name: PUBLISHER_360.name }, issued: '2026-11-28' });
      expect(await FORMATS['360giving'].validate(giving, schemas)).toEqual({ ok: true });
      expect((await FORMATS['360giving'].validate(giving.replace('"PLN"', '"ZŁ"'), schemas)).ok).toBe(false);
      const jsonld = FORMATS.jsonld.write(input(), PL);
      expect(await FORMATS.jsonld.validate(jsonld, schemas)).toEqual({ ok: true });
      expect((await FORMATS.jsonld.validate(jsonld.replace('"startDate"', '"startsAt"'), schemas)).ok).toBe(false);
      await expect(FORMATS.jsonld.validate(jsonld, {})).rejects.toMatchObject({ code: 'FORMAT_SCHEMA_MISSING' });
    },
  );
});
