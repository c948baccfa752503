import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { generated, PL, seed } from '../test/fixtures.js';
import { grantsTo360Giving, grantsTo360GivingCsv } from './three-sixty-giving.js';
import { threeSixtyGivingValidator } from './validate/three-sixty-giving.js';

const pkg = sharedFile('schemas/360giving/360-giving-package-schema.json');
const grantSchema = sharedFile('schemas/360giving/360-giving-schema.json');
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('360Giving', () => {
  it.skipIf(!pkg || !grantSchema)(
    'the seed grant is a valid package, linked to the event it paid for (skipped: shared/ not found)',
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
    'generated grants are valid; KRS-registered recipients get PL-KRS org-ids (skipped: shared/ not found)',
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

  it('writes the CSV with the template titles, one row per grant', () => {
    const { world, index } = seed();
    const csv = grantsTo360GivingCsv(world.grants, index, PL);
    const lines = csv.split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFIdentifier,Title,Description')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Województwo Mazowieckie');
  });
});
