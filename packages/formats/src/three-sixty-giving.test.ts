import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { generated, PL, seed } from '../test/fixtures.js';
import { grantsTo360Giving, grantsTo360GivingCsv } from './three-sixty-giving.js';
import { threeSixtyGivingValidator } from './validate/three-sixty-giving.js';

const pkg = sharedFile('schemas/360giving/360-giving-package-schema.json');
const grantSchema = sharedFile('schemas/360giving/360-giving-schema.json');
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

type JsonSchema = {
  title?: string;
  type?: string | string[];
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
};

/**
 * The spreadsheet column titles the standard defines, read from its own schema: a field's `title`, and
 * for a list of objects "<list title>:<field title>" (how 360Giving's flatten-tool names columns).
 * Each maps to the JSON path it fills and whether it is a number.
 */
function fieldTitles(schema: JsonSchema): Map<string, { path: (string | number)[]; number: boolean }> {
  const defs = schema.$defs ?? {};
  const deref = (s: JsonSchema): JsonSchema => (s.$ref ? (defs[s.$ref.split('/').pop()!] ?? s) : s);
  const isNumber = (s: JsonSchema) => [s.type].flat().includes('number');
  const out = new Map<string, { path: (string | number)[]; number: boolean }>();
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const prop = deref(raw);
    const title = raw.title ?? prop.title;
    if (!title) continue;
    const items = prop.items ? deref(prop.items) : undefined;
    if (items?.properties) {
      for (const [child, c] of Object.entries(items.properties))
        if (c.title) out.set(`${title}:${c.title}`, { path: [key, 0, child], number: isNumber(c) });
    } else out.set(title, { path: [key], number: isNumber(prop) });
  }
  return out;
}

// A grant record under construction: nested objects and lists addressed by key or index.
type Grant360 = Record<string | number, unknown>;

function unflatten(
  header: string[],
  row: string[],
  titles: Map<string, { path: (string | number)[]; number: boolean }>,
): Grant360 {
  const out: Grant360 = {};
  header.forEach((h, i) => {
    const cell = row[i]!;
    if (cell === '') return;
    const { path, number } = titles.get(h)!;
    let at: Grant360 = out;
    for (const [k, step] of path.slice(0, -1).entries()) {
      at[step] ??= typeof path[k + 1] === 'number' ? [] : {};
      at = at[step] as Grant360;
    }
    at[path.at(-1)!] = number ? Number(cell) : cell;
  });
  return out;
}

describe('360Giving', () => {
  it.skipIf(!pkg || !grantSchema)(
    'the seed grant is a valid package, linked to the event it paid for (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = seed();
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, PL));
      expect(check(doc)).toEqual({ ok: true });
      const g = doc.grants[0];
      expect(g.id).toBe(`360G-mosty-${world.grants[0]!.id}`);
      expect(g.amountAwarded).toBe(40000);
      expect(g.awardDate).toBe('2026-09-01');
      expect(g.fundingOrganization[0]).toMatchObject({
        id: '360G-mosty-jst-14',
        name: 'Województwo Mazowieckie',
        department: 'Mazowieckie Centrum Polityki Społecznej',
      });
      expect(g.relatedDocument[0].url).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
      expect(g.description).toContain('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
      expect(check({ grants: [{ ...g, awardDate: 'soon' }] }).ok).toBe(false);
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'generated grants are valid; KRS-registered recipients get PL-KRS org-ids (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = generated(120);
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, PL));
      expect(check(doc)).toEqual({ ok: true });
      for (const [i, g] of world.grants.entries()) {
        const krs = index.organizations.get(g.beneficiaryId)?.krs;
        if (krs) expect(doc.grants[i].recipientOrganization[0].id).toBe(`PL-KRS-${krs}`);
      }
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'the CSV, read by csv-parse, has only the standard field titles and unflattens to valid grants (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const titles = fieldTitles(load(grantSchema!));
      for (const { world, index } of [seed(), generated(120)]) {
        const [header, ...rows] = readCsv(grantsTo360GivingCsv(world.grants, index, PL), ',');
        for (const h of header!) expect(titles.has(h), `column "${h}" is not a 360Giving field title`).toBe(true);
        for (const required of ['Identifier', 'Title', 'Description', 'Currency', 'Amount Awarded', 'Award Date'])
          expect(header).toContain(required);
        for (const want of [
          'Recipient Org:Identifier',
          'Recipient Org:Name',
          'Funding Org:Identifier',
          'Funding Org:Name',
        ])
          expect(header).toContain(want);
        expect(rows).toHaveLength(world.grants.length);
        const grants = rows.map((row) => unflatten(header!, row, titles));
        expect(check({ grants })).toEqual({ ok: true });
        const json = JSON.parse(grantsTo360Giving(world.grants, index, PL)).grants;
        grants.forEach((g, i) => {
          expect(g.id).toBe(json[i].id);
          expect(g.amountAwarded).toBe(json[i].amountAwarded);
          expect(g.recipientOrganization).toEqual([
            { id: json[i].recipientOrganization[0].id, name: json[i].recipientOrganization[0].name },
          ]);
        });
      }
      const seedRow = readCsv(grantsTo360GivingCsv(seed().world.grants, seed().index, PL), ',')[1]!;
      expect(seedRow).toContain('Województwo Mazowieckie');
      expect(seedRow).toContain('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    },
  );
});
