import { readFileSync } from 'node:fs';
import { CURRENCY_CODES, grantReportFigures } from '@org/domain';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { EN360, generated, PL, PL360, PUBLISHER_360, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import { isFormatError, ReferenceMissingError } from './errors.js';
import {
  AWARD_DATE_FROM_PERIOD,
  awardDate,
  grantsTo360Giving,
  grantsTo360GivingCsv,
  threeSixtyGivingNotices,
} from './three-sixty-giving.js';
import { threeSixtyGivingValidator } from './validate/three-sixty-giving.js';
import { fieldTitles, unflatten } from './validate/unflatten-360giving.js';
import { indexWorld } from './world-index.js';

const pkg = sharedFile('schemas/360giving/360-giving-package-schema.json');
const grantSchema = sharedFile('schemas/360giving/360-giving-schema.json');
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('360Giving', () => {
  it('describes a related event by its time in its own zone, named when it is not Warsaw', () => {
    const { world } = seed();
    const event = world.events[0]!;
    const abroad = {
      ...event,
      timeZone: 'America/New_York',
      startsAt: '2026-10-01T10:00:00-04:00',
      endsAt: '2026-10-01T12:00:00-04:00',
    };
    const index = indexWorld({ ...world, events: [abroad] });
    const [g] = JSON.parse(grantsTo360Giving(world.grants, index, PL360)).grants;
    expect(g.relatedDocument[0].description).toBe('1 października 2026, 10:00–12:00 (America/New_York)');
    const [home] = JSON.parse(grantsTo360Giving(world.grants, indexWorld(world), PL360)).grants;
    expect(home.relatedDocument[0].description).toBe('26 listopada 2026, 10:00–14:00');
  });

  it.skipIf(!pkg || !grantSchema)(
    'links the events the grant report counts: near midnight UTC, by their day in Warsaw (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world } = seed();
      const event = world.events[0]!;
      const grant = world.grants[0]!;
      expect(grant.period).toMatchObject({ from: '2026-09-01', to: '2026-12-15' });
      const at = (id: string, startsAt: string, endsAt: string) => ({ ...event, id, slug: id, startsAt, endsAt });
      const events = [
        // 1 September, 00:30 in Warsaw: inside the period, though its UTC date is 31 August.
        at('first-night', '2026-08-31T22:30:00Z', '2026-08-31T23:30:00Z'),
        // 16 December, 00:30 in Warsaw: after the period, though its UTC date is 15 December.
        at('after-end', '2026-12-15T23:30:00Z', '2026-12-16T00:30:00Z'),
      ];
      const index = indexWorld({ ...world, events });
      const doc = JSON.parse(grantsTo360Giving([grant], index, PL360));
      expect(check(doc)).toEqual({ ok: true });
      const linked = doc.grants[0].relatedDocument.map((d: { id: string }) => d.id);
      expect(linked).toEqual(['first-night']);
      expect(linked).toEqual(grantReportFigures(grant, events).realisedEventIds);
      const [header, row] = readCsv(grantsTo360GivingCsv([grant], index, PL360), ',');
      expect(row![header!.indexOf('Related Document:Identifier')]).toBe('first-night');
    },
  );

  // A grant-data reader takes a related document for an activity the grant paid for: the events held or
  // still to be held in its period, not the cancelled or postponed ones the grant report lists beside them.
  it.skipIf(!pkg || !grantSchema)(
    'links realised and planned events, not cancelled or postponed ones, in JSON and CSV (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world } = seed();
      const grant = world.grants[0]!;
      const base = world.events[0]!;
      const at = (id: string, day: string, status: 'published' | 'cancelled' | 'postponed') => ({
        ...base,
        id,
        slug: id,
        status,
        startsAt: `${day}T10:00:00+01:00`,
        endsAt: `${day}T12:00:00+01:00`,
      });
      const events = [
        at('odwolane', '2026-10-10', 'cancelled'),
        at('zrealizowane', '2026-10-20', 'published'),
        at('przelozone', '2026-11-05', 'postponed'),
        // Still to come today, or held: published either way, and funded.
        at('zaplanowane', '2026-12-10', 'published'),
      ];
      const index = indexWorld({ ...world, events });
      const doc = JSON.parse(grantsTo360Giving([grant], index, PL360));
      expect(check(doc)).toEqual({ ok: true });
      expect(doc.grants[0].relatedDocument.map((d: { id: string }) => d.id)).toEqual(['zrealizowane', 'zaplanowane']);
      const [header, row] = readCsv(grantsTo360GivingCsv([grant], index, PL360), ',');
      expect(row![header!.indexOf('Related Document:Identifier')]).toBe('zrealizowane');
      // Only cancelled and postponed events: no related document at all, and still a valid grant.
      const none = indexWorld({ ...world, events: [events[0]!, events[2]!] });
      const bare = JSON.parse(grantsTo360Giving([grant], none, PL360));
      expect(bare.grants[0].relatedDocument).toBeUndefined();
      expect(check(bare)).toEqual({ ok: true });
    },
  );

  it.skipIf(!grantSchema)(
    'every currency @org/domain accepts is one the standard lists (needs shared/, skipped without it)',
    () => {
      const listed = new Set<string>(load(grantSchema!).$defs.currency.enum);
      expect(listed.size).toBeGreaterThan(100);
      expect([...CURRENCY_CODES].filter((c) => !listed.has(c))).toEqual([]);
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'the seed grant is a valid package, linked to the event it paid for (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = seed();
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, PL360));
      expect(check(doc)).toEqual({ ok: true });
      const g = doc.grants[0];
      expect(g.id).toBe(`360G-fise-test-${world.grants[0]!.id}`);
      expect(g.amountAwarded).toBe(40000);
      expect(g.awardDate).toBe('2026-09-01');
      expect(g.fundingOrganization[0]).toMatchObject({
        id: '360G-fise-test-jst-14',
        name: 'Województwo Mazowieckie',
        department: 'Mazowieckie Centrum Polityki Społecznej',
      });
      expect(g.relatedDocument[0].url).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
      expect(g.description).toContain('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
      const [en] = JSON.parse(grantsTo360Giving(world.grants, index, { ...PL360, locale: 'en' })).grants;
      expect(en.description).toContain(
        'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego. Public task financed from the budget of the Mazowieckie Voivodeship',
      );
      expect(check({ grants: [en] })).toEqual({ ok: true });
      expect(check({ grants: [{ ...g, awardDate: 'soon' }] }).ok).toBe(false);
      // A currency the standard does not list: one short line naming a few allowed codes, not all 180.
      const wrong = check({ grants: [{ ...g, currency: 'ZZZ' }] });
      expect(wrong.ok).toBe(false);
      const messages = wrong.ok ? [] : wrong.issues.map((i) => i.message);
      expect(messages.some((m) => /more\)/.test(m))).toBe(true);
      for (const m of messages) expect(m.length).toBeLessThan(400);
    },
  );

  // The audit found a derived "co-financed" beside the agreement's "sfinansowane" in English outputs.
  it.skipIf(!pkg || !grantSchema)(
    'an English file carries the agreement’s Polish statement once when it gives no English one (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = seedPolishStatementOnly();
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, EN360));
      expect(check(doc)).toEqual({ ok: true });
      const statement = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
      expect(doc.grants[0].description.split(statement)).toHaveLength(2);
      expect(doc.grants[0].description).not.toMatch(/Public task|financed/);
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'generated grants are valid; KRS-registered recipients get PL-KRS org-ids (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = generated(120);
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, PL360));
      expect(check(doc)).toEqual({ ok: true });
      for (const [i, g] of world.grants.entries()) {
        const krs = index.organizations.get(g.beneficiaryId)?.krs;
        if (krs) expect(doc.grants[i].recipientOrganization[0].id).toBe(`PL-KRS-${krs}`);
      }
    },
  );

  // 360Giving's awardDate is "when the decision to award this grant was made", and required. Without an agreement
  // date the file gave the period's start and said nothing: its readers took it for the award decision's date.
  it.skipIf(!pkg || !grantSchema)(
    'a grant without an agreement date: awardDate is the period’s start and the description says so, JSON and CSV valid (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const titles = fieldTitles(load(grantSchema!));
      const { world, index } = seed();
      const grant = world.grants[0]!;
      expect(grant.agreementDate).toBeUndefined();
      expect(awardDate(grant)).toBe('2026-09-01');
      for (const [options, sentence] of [
        [PL360, AWARD_DATE_FROM_PERIOD.pl],
        [EN360, AWARD_DATE_FROM_PERIOD.en],
      ] as const) {
        const doc = JSON.parse(grantsTo360Giving([grant], index, options));
        expect(check(doc)).toEqual({ ok: true });
        const [g] = doc.grants;
        expect(g.awardDate).toBe(grant.period.from);
        expect(g.plannedDates[0].startDate).toBe(grant.period.from);
        expect(g.description.endsWith(`. ${sentence}`)).toBe(true);
        expect(g.description).toContain(
          'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
        );
        const [header, row] = readCsv(grantsTo360GivingCsv([grant], index, options), ',');
        expect(row![header!.indexOf('Award Date')]).toBe('2026-09-01');
        expect(row![header!.indexOf('Description')]).toBe(g.description);
        expect(check({ grants: [unflatten(header!, row!, titles)] })).toEqual({ ok: true });
      }
      // With the agreement date: that is the award date, and the description has no such sentence.
      const dated = { ...grant, agreementDate: '2026-08-20' };
      const datedIndex = indexWorld({ ...world, grants: [dated] });
      for (const options of [PL360, EN360]) {
        const doc = JSON.parse(grantsTo360Giving([dated], datedIndex, options));
        expect(check(doc)).toEqual({ ok: true });
        expect(doc.grants[0].awardDate).toBe('2026-08-20');
        expect(doc.grants[0].description).not.toMatch(/początek okresu|start of the task period/);
      }
      expect(threeSixtyGivingNotices([dated], datedIndex, 'json')).toEqual([]);
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'the CSV, read by csv-parse, has only the standard field titles and unflattens to valid grants (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const titles = fieldTitles(load(grantSchema!));
      for (const { world, index } of [seed(), generated(120)]) {
        const [header, ...rows] = readCsv(grantsTo360GivingCsv(world.grants, index, PL360), ',');
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
        const json = JSON.parse(grantsTo360Giving(world.grants, index, PL360)).grants;
        grants.forEach((g, i) => {
          expect(g.id).toBe(json[i].id);
          expect(g.amountAwarded).toBe(json[i].amountAwarded);
          expect(g.recipientOrganization).toEqual([
            { id: json[i].recipientOrganization[0].id, name: json[i].recipientOrganization[0].name },
          ]);
        });
      }
      const seedRow = readCsv(grantsTo360GivingCsv(seed().world.grants, seed().index, PL360), ',')[1]!;
      expect(seedRow).toContain('Województwo Mazowieckie');
      expect(seedRow).toContain('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    },
  );

  it.skipIf(!pkg || !grantSchema)(
    'lists related documents in date order, the CSV keeping the first; notices say what the CSV cut and a missing award date (needs shared/)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world } = seed();
      const event = world.events[0]!;
      const grant = world.grants[0]!;
      const at = (id: string, day: string) => ({
        ...event,
        id,
        slug: id,
        startsAt: `${day}T10:00:00+01:00`,
        endsAt: `${day}T12:00:00+01:00`,
      });
      // Given out of date order, as a store listing by another key would give them.
      const events = [at('listopad', '2026-11-20'), at('pazdziernik', '2026-10-10'), at('grudzien', '2026-12-01')];
      const index = indexWorld({ ...world, events });
      const doc = JSON.parse(grantsTo360Giving([grant], index, PL360));
      expect(check(doc)).toEqual({ ok: true });
      expect(doc.grants[0].relatedDocument.map((d: { id: string }) => d.id)).toEqual([
        'pazdziernik',
        'listopad',
        'grudzien',
      ]);
      const [header, row] = readCsv(grantsTo360GivingCsv([grant], index, PL360), ',');
      expect(row![header!.indexOf('Related Document:Identifier')]).toBe('pazdziernik');
      expect(grant.agreementDate).toBeUndefined();
      expect(threeSixtyGivingNotices([grant], index, 'csv')).toEqual([
        { code: 'awardDateFromPeriod', grantId: grant.id, slug: grant.slug, periodFrom: '2026-09-01' },
        { code: 'relatedDocumentsCut', grantId: grant.id, slug: grant.slug, kept: 1, total: 3 },
      ]);
      const dated = { ...grant, agreementDate: '2026-08-20' };
      expect(threeSixtyGivingNotices([dated], index, 'json')).toEqual([]);
      expect(JSON.parse(grantsTo360Giving([dated], index, PL360)).grants[0].awardDate).toBe('2026-08-20');
    },
  );
});

describe('360Giving: the publisher and the package metadata', () => {
  const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

  it.skipIf(!pkg || !grantSchema)(
    'the package names its publisher, licence and dates, and passes the package schema (needs shared/, skipped without it)',
    () => {
      const check = threeSixtyGivingValidator(load(pkg!), load(grantSchema!));
      const { world, index } = seed();
      const options = {
        ...PL,
        publisher: { ...PUBLISHER_360, identifier: 'PL-KRS-0000123456', website: 'https://fise.org.pl/' },
        license: LICENSE,
        issued: '2026-11-28',
        modified: '2026-11-27T10:00:00+01:00',
      };
      const doc = JSON.parse(grantsTo360Giving(world.grants, index, options));
      expect(check(doc)).toEqual({ ok: true });
      expect(doc).toMatchObject({
        publisher: { name: PUBLISHER_360.name, identifier: 'PL-KRS-0000123456', website: 'https://fise.org.pl/' },
        license: LICENSE,
        issued: '2026-11-28',
        modified: '2026-11-27T10:00:00+01:00',
      });
      // The minimal package: the publisher's name alone, no licence or dates, still valid.
      const bare = JSON.parse(grantsTo360Giving(world.grants, index, PL360));
      expect(check(bare)).toEqual({ ok: true });
      expect(Object.keys(bare)).toEqual(['publisher', 'grants']);
      expect(bare.publisher).toEqual({ name: PUBLISHER_360.name });
      // The schema itself refuses a licence that is no URI: the check above is not vacuous.
      expect(check({ ...doc, license: 'CC BY 4.0' }).ok).toBe(false);
    },
  );

  it('every id in the publisher’s own namespace starts with its prefix, in JSON and CSV, never 360G-mosty', () => {
    const { world, index } = seed();
    const other = { ...PL, publisher: { name: 'Stowarzyszenie B', prefix: '360G-stowarzyszenie-b' } };
    const json = grantsTo360Giving(world.grants, index, other);
    const csv = grantsTo360GivingCsv(world.grants, index, other);
    for (const text of [json, csv]) expect(text).not.toContain('360G-mosty');
    const [g] = JSON.parse(json).grants;
    expect(g.id).toBe(`360G-stowarzyszenie-b-${world.grants[0]!.id}`);
    expect(g.fundingOrganization[0].id).toBe('360G-stowarzyszenie-b-jst-14');
    const [header, row] = readCsv(csv, ',');
    expect(row![header!.indexOf('Identifier')]).toBe(g.id);
    expect(row![header!.indexOf('Funding Org:Identifier')]).toBe('360G-stowarzyszenie-b-jst-14');
  });

  it('refuses a missing publisher, a prefix that is not 360Giving’s form, and bad metadata, naming the option', () => {
    const { world, index } = seed();
    const write = (options: object) => () => grantsTo360Giving(world.grants, index, { ...PL, ...options } as never);
    const csv = (options: object) => () => grantsTo360GivingCsv(world.grants, index, { ...PL, ...options } as never);
    expect(write({})).toThrow(/options\.publisher is required/);
    expect(csv({})).toThrow(/options\.publisher is required/);
    for (const prefix of [undefined, '', 'mosty', '360G-', '360G-a b', '360G-fise-', '360g-fise', ' 360G-fise'])
      expect(write({ publisher: { name: 'F', prefix } }), String(prefix)).toThrow(
        /options\.publisher\.prefix must be the publisher's own 360Giving prefix/,
      );
    expect(write({ publisher: { name: ' ', prefix: '360G-f' } })).toThrow(/options\.publisher\.name/);
    expect(write({ publisher: { name: 'F', prefix: '360G-f', website: 'fise.org.pl' } })).toThrow(
      /options\.publisher\.website/,
    );
    expect(write({ publisher: PUBLISHER_360, license: 'CC BY 4.0' })).toThrow(/options\.license must be/);
    expect(write({ publisher: PUBLISHER_360, issued: '28.11.2026' })).toThrow(/options\.issued/);
    expect(write({ publisher: PUBLISHER_360, modified: '2026-11-27T10:00' })).toThrow(/options\.modified/);
    expect(write({ publisher: { name: 'F', prefix: '360G-Fise-2' } })).not.toThrow();
  });
});

describe('360Giving: a grant naming a record the world does not hold', () => {
  const { world } = seed();
  const grant = world.grants[0]!;
  const cases = [
    ['beneficiaryId', 'organization', 'organizations', grant.beneficiaryId],
    ['funderAuthorityId', 'authority', 'authorities', grant.funderAuthorityId],
    ['funderUnitId', 'organization', 'organizations', grant.funderUnitId],
  ] as const;

  it.each(cases)('%s: refused with the grant, the field and the id, in JSON and CSV', (path, kind, list, id) => {
    expect(id, 'the seed grant names it').toBeDefined();
    const lacking = indexWorld({ ...world, [list]: world[list].filter((r) => r.id !== id) });
    for (const write of [grantsTo360Giving, grantsTo360GivingCsv]) {
      let error: unknown;
      try {
        write([grant], lacking, PL360);
      } catch (e) {
        error = e;
      }
      expect(error, write.name).toBeInstanceOf(ReferenceMissingError);
      expect(isFormatError(error, 'FORMAT_REFERENCE_MISSING') && error).toMatchObject({
        path,
        record: { kind: 'grant', id: grant.id, slug: grant.slug },
        reference: { kind, id },
      });
    }
  });

  it('says why: a recipient it cannot name is not written as its bare id', () => {
    const lacking = indexWorld({
      ...world,
      organizations: world.organizations.filter((o) => o.id !== grant.beneficiaryId),
    });
    expect(() => grantsTo360Giving([grant], lacking, PL360)).toThrow(
      `@org/formats: grant "${grant.slug}" names organization ${grant.beneficiaryId} in beneficiaryId, which is not in the world given to the writer; a 360Giving grant cannot name its recipient organisation without it (grant id ${grant.id}, beneficiaryId)`,
    );
  });
});
