import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { generated, PL, seed } from '../test/fixtures.js';
import { authorityJsonLd, eventJsonLd, organizationJsonLd, personJsonLd, venueJsonLd } from './json-ld.js';
import type { FormatValidation } from './validate/issue.js';
import { schemaOrgValidator } from './validate/schema-org.js';

const vocabPath = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');
const contextPath = sharedFile('schemas/schema.org/schemaorgcontext.jsonld');
const check: (doc: unknown) => FormatValidation = vocabPath
  ? schemaOrgValidator(JSON.parse(readFileSync(vocabPath, 'utf8')))
  : () => ({ ok: true });

// No network: schema.org's context comes from shared/, every other remote document is refused.
const loader = async (url: string) => {
  if (!contextPath || !/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.jsonld?)?$/.test(url))
    throw new Error(`offline document loader refuses ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(readFileSync(contextPath, 'utf8')) };
};

describe('schema.org JSON-LD', () => {
  it.skipIf(!vocabPath)(
    'the validator catches unknown types, misplaced properties and bad enumeration values (needs shared/, skipped without it)',
    () => {
      const bad = check({
        '@type': 'PanelDiscussionEvent',
        eventStatus: 'https://schema.org/EventFinished',
        location: { '@type': 'Place', taxID: '1' },
      });
      expect(bad.ok).toBe(false);
      const messages = bad.ok ? [] : bad.issues.map((i) => i.message).join('\n');
      expect(messages).toMatch(/PanelDiscussionEvent/);
      expect(messages).toMatch(/EventFinished/);
      expect(messages).toMatch(/taxID/);
    },
  );

  it.skipIf(!vocabPath)(
    'the seed event is valid against the vocabulary, with agenda, performers and funding (needs shared/, skipped without it)',
    () => {
      const { world, index } = seed();
      const doc = eventJsonLd(world.events[0]!, index, PL);
      expect(check(doc)).toEqual({ ok: true });
      expect(doc['@type']).toBe('EducationEvent');
      expect(doc.eventStatus).toBe('https://schema.org/EventScheduled');
      expect(doc.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
      const sub = doc.subEvent as Record<string, unknown>[];
      expect(sub).toHaveLength(5);
      const panel = sub[3]!.performer as Record<string, unknown>[];
      expect(panel[0]).toMatchObject({ '@type': 'Person', name: 'Wojciech Jóźwiak', jobTitle: 'wiceprezes zarządu' });
      expect((panel[0]!.affiliation as Record<string, unknown>).name).toBe('Spółdzielnia Socjalna „Kto Rano Wstaje”');
      const funding = doc.funding as Record<string, unknown>[];
      expect(funding[0]).toMatchObject({ '@type': 'MonetaryGrant', amount: { currency: 'PLN', value: 40000 } });
      expect((doc.funder as Record<string, unknown>[])[0]!['@type']).toBe('GovernmentOrganization');
      expect(doc.description).toContain(
        'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
      );
      expect(doc.location).toMatchObject({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Warszawa' },
      });
    },
  );

  it.skipIf(!vocabPath)(
    'generated events, organisations and authorities are valid; statuses map to members (needs shared/, skipped without it)',
    () => {
      const { world, index } = generated(60);
      for (const e of world.events) {
        const doc = eventJsonLd(e, index, PL);
        expect(check(doc), e.slug).toEqual({ ok: true });
        if (e.status === 'cancelled') expect(doc.eventStatus).toBe('https://schema.org/EventCancelled');
        if (e.status === 'postponed') expect(doc.eventStatus).toBe('https://schema.org/EventPostponed');
      }
      for (const o of world.organizations) {
        const doc = organizationJsonLd(o, PL);
        expect(check(doc)).toEqual({ ok: true });
        if (o.krs) expect(doc.identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'KRS', value: o.krs });
      }
      for (const a of world.authorities) expect(check(authorityJsonLd(a, PL))).toEqual({ ok: true });
    },
  );

  it.skipIf(!vocabPath)(
    "reference detail: speakers' organisations are linked by the @id of their own node, valid and smaller (needs shared/, skipped without it)",
    () => {
      const { world, index } = generated(60);
      let checked = 0;
      for (const e of world.events) {
        const full = eventJsonLd(e, index, PL);
        const compact = eventJsonLd(e, index, PL, 'reference');
        expect(check(compact), e.slug).toEqual({ ok: true });
        const parties = (doc: Record<string, unknown>) =>
          ((doc.subEvent ?? []) as Record<string, unknown>[]).flatMap((item) =>
            ((item.performer ?? []) as Record<string, unknown>[]).map((p) =>
              p['@type'] === 'Person' ? p.affiliation : p,
            ),
          ) as (Record<string, unknown> | undefined)[];
        const [a, b] = [parties(full), parties(compact)];
        expect(b).toHaveLength(a.length);
        for (const [i, ref] of b.entries()) {
          if (!ref || !a[i]?.['@id']) continue;
          // Same node, named and linked; the details stay on the organisation's own page.
          expect(ref['@id']).toBe(a[i]['@id']);
          expect(ref.name).toBe(a[i].name);
          expect(ref.url).toBe(a[i].url);
          expect(ref.address).toBeUndefined();
          checked++;
        }
        if (a.some((p) => p?.address)) expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length);
        // Everything but the speakers' organisations is as full as before.
        expect({ ...compact, subEvent: undefined }).toEqual({ ...full, subEvent: undefined });
      }
      expect(checked).toBeGreaterThan(20);
    },
  );

  it.skipIf(!vocabPath)(
    'people and venues are valid, with affiliations as references and addresses in full (needs shared/, skipped without it)',
    () => {
      const { world, index } = generated(60);
      let affiliated = 0;
      for (const p of world.people) {
        const doc = personJsonLd(p, index, PL);
        expect(check(doc), p.slug).toEqual({ ok: true });
        expect(doc['@id']).toBe(`https://mosty.example.org/osoby/${p.slug}#person`);
        const parties = (doc.affiliation ?? []) as Record<string, unknown>[];
        const expected = new Set(p.affiliations.map((a) => a.organizationId ?? a.authorityId));
        expect(parties).toHaveLength(expected.size);
        for (const party of parties) expect(Object.keys(party).sort()).toEqual(['@id', '@type', 'name', 'url']);
        if (parties.length) affiliated++;
      }
      expect(affiliated).toBeGreaterThan(10);
      for (const v of world.venues) {
        const doc = venueJsonLd(v, PL);
        expect(check(doc), v.slug).toEqual({ ok: true });
        expect(doc.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: v.address.city });
      }
      const { world: s, index: si } = seed();
      const weronika = s.people.find((p) => p.familyName === 'Chodacz')!;
      expect(personJsonLd(weronika, si, PL)).toMatchObject({
        name: 'Weronika Chodacz',
        affiliation: [{ name: 'Transfer HUB' }],
      });
    },
  );

  it.skipIf(!contextPath)(
    'expands with jsonld and the stored schema.org context, every term mapped (needs shared/, skipped without it)',
    async () => {
      const { world, index } = seed();
      const doc = eventJsonLd(world.events[0]!, index, PL);
      const expand = jsonld.expand as (doc: unknown, options: unknown) => Promise<unknown[]>;
      const expanded = await expand(doc, { documentLoader: loader, safe: true });
      expect(expanded).toHaveLength(1);
      const node = expanded[0] as Record<string, unknown>;
      expect(node['@type']).toEqual(['http://schema.org/EducationEvent']);
      expect(node['http://schema.org/subEvent']).toHaveLength(5);
    },
  );
});
