import { readFileSync } from 'node:fs';
import { ValidationError } from '@org/domain';
import { sharedFile } from '@org/testkit';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { EN, generated, PL, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import { isFormatError, ReferenceMissingError } from './errors.js';
import {
  authorityJsonLd,
  eventJsonLd,
  grantJsonLd,
  jsonLdId,
  organizationJsonLd,
  personJsonLd,
  venueJsonLd,
} from './json-ld.js';
import { postJsonLd } from './json-ld-pages.js';
import { FORMATS } from './registry.js';
import type { FormatValidation } from './validate/issue.js';
import { schemaOrgValidator } from './validate/schema-org.js';
import { indexWorld, type WorldInput } from './world-index.js';

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
    'reference detail: the organisations and authorities an event names are linked by the @id of their own node, valid and smaller (needs shared/, skipped without it)',
    () => {
      const { world, index } = generated(60);
      let checked = 0;
      for (const e of world.events) {
        const full = eventJsonLd(e, index, PL);
        const compact = eventJsonLd(e, index, PL, 'reference');
        expect(check(compact), e.slug).toEqual({ ok: true });
        type Node = Record<string, unknown>;
        const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Node[];
        // Every party the event names: speakers' organisations, organiser, partners, funders (twice).
        const parties = (doc: Node) =>
          [
            ...list(doc.subEvent).flatMap((item) =>
              list(item.performer).map((p) => (p['@type'] === 'Person' ? p.affiliation : p)),
            ),
            ...list(doc.organizer),
            ...list(doc.sponsor),
            ...list(doc.funder),
            ...list(doc.funding).map((g) => g.funder),
          ] as (Node | undefined)[];
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
        // Everything else (the venue with its address, the grants' amounts and statements) is as full as before.
        const rest = (doc: Node) => ({
          ...doc,
          subEvent: undefined,
          organizer: undefined,
          sponsor: undefined,
          funder: undefined,
          funding: list(doc.funding).map((g) => ({ ...g, funder: undefined })),
        });
        expect(rest(compact)).toEqual(rest(full));
        expect(compact.location).toEqual(full.location);
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

  it('every builder returns a document: @context at the top, none in the nodes it embeds', () => {
    const { world, index } = generated(30);
    /** Paths of every @context below the top. */
    const nested = (doc: unknown, path = ''): string[] => {
      if (Array.isArray(doc)) return doc.flatMap((d, i) => nested(d, `${path}[${i}]`));
      if (!doc || typeof doc !== 'object') return [];
      return Object.entries(doc).flatMap(([k, v]) => [
        ...(path && k === '@context' ? [path] : []),
        ...nested(v, `${path}.${k}`),
      ]);
    };
    const docs: [string, Record<string, unknown>][] = [
      ...world.events.map((e): [string, Record<string, unknown>] => [e.slug, eventJsonLd(e, index, PL)]),
      ...world.organizations.map((o): [string, Record<string, unknown>] => [o.slug, organizationJsonLd(o, PL)]),
      ...world.authorities.map((a): [string, Record<string, unknown>] => [a.slug, authorityJsonLd(a, EN)]),
      ...world.grants.map((g): [string, Record<string, unknown>] => [g.slug, grantJsonLd(g, index, PL)]),
      ...world.venues.map((v): [string, Record<string, unknown>] => [v.slug, venueJsonLd(v, EN)]),
      ...world.people.map((p): [string, Record<string, unknown>] => [p.slug, personJsonLd(p, index, PL)]),
    ];
    for (const [slug, doc] of docs) {
      expect(doc['@context'], slug).toBe('https://schema.org');
      expect(Object.keys(doc)[0], slug).toBe('@context');
      expect(nested(doc), slug).toEqual([]);
    }
    // The embedding documents do embed: organisers, funders and grants are there, context-free.
    expect(docs.filter(([, d]) => d.organizer || d.funder).length).toBeGreaterThan(10);
  });

  describe('in English: one @id per entity in both languages, url to the English page', () => {
    type Node = Record<string, unknown>;
    /** Every node with an @id, at any depth. */
    const nodes = (doc: unknown, out: Node[] = []): Node[] => {
      if (Array.isArray(doc)) for (const d of doc) nodes(d, out);
      else if (doc && typeof doc === 'object') {
        if ('@id' in doc) out.push(doc as Node);
        for (const v of Object.values(doc)) nodes(v, out);
      }
      return out;
    };
    const ids = (doc: unknown) => nodes(doc).map((n) => n['@id']);
    const ENGLISH_PAGE =
      /^https:\/\/mosty\.example\.org\/en\/(events|news|organisations|authorities|grants|people|venues)\/[a-z0-9-]+$/;

    it('the seed event: the same @ids as in Polish, none under /en/; every url an English page', () => {
      const { world, index } = seed();
      const event = world.events[0]!;
      for (const detail of ['full', 'reference'] as const) {
        const [pl, en] = [eventJsonLd(event, index, PL, detail), eventJsonLd(event, index, EN, detail)];
        expect(ids(en)).toEqual(ids(pl));
        expect(ids(en).length).toBeGreaterThan(15);
        for (const n of nodes(en)) {
          expect(n['@id']).toMatch(
            /^https:\/\/mosty\.example\.org\/(wydarzenia|organizacje|samorzady|granty|osoby|miejsca)\/[a-z0-9-]+#/,
          );
          // Agenda items are parts of the event's page and have no page, so no url, of their own.
          const agendaItem = n !== en && String(n['@id']).includes('/wydarzenia/');
          if (!agendaItem) expect(n.url, String(n['@id'])).toMatch(ENGLISH_PAGE);
        }
      }
      const en = eventJsonLd(event, index, EN);
      expect(en['@id']).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja#event');
      expect(en.url).toBe('https://mosty.example.org/en/events/sprawny-urzad-sprawna-organizacja');
    });

    it('organisations, authorities, grants, people and venues: @id on the Polish page, url on the English one', () => {
      const { world, index } = generated(30);
      const cases: [string, string, Node, Node][] = [
        ...world.organizations.map((o): [string, string, Node, Node] => [
          'organizacje',
          'organisations',
          organizationJsonLd(o, PL),
          organizationJsonLd(o, EN),
        ]),
        ...world.authorities.map((a): [string, string, Node, Node] => [
          'samorzady',
          'authorities',
          authorityJsonLd(a, PL),
          authorityJsonLd(a, EN),
        ]),
        ...world.grants.map((g): [string, string, Node, Node] => [
          'granty',
          'grants',
          grantJsonLd(g, index, PL),
          grantJsonLd(g, index, EN),
        ]),
        ...world.people.map((p): [string, string, Node, Node] => [
          'osoby',
          'people',
          personJsonLd(p, index, PL),
          personJsonLd(p, index, EN),
        ]),
        ...world.venues.map((v): [string, string, Node, Node] => [
          'miejsca',
          'venues',
          venueJsonLd(v, PL),
          venueJsonLd(v, EN),
        ]),
      ];
      for (const [pl, en, plDoc, enDoc] of cases) {
        const slug = String(plDoc.url).split('/').pop();
        expect(plDoc.url).toBe(`https://mosty.example.org/${pl}/${slug}`);
        expect(enDoc.url).toBe(`https://mosty.example.org/en/${en}/${slug}`);
        expect(enDoc['@id']).toBe(plDoc['@id']);
        expect(String(enDoc['@id'])).toMatch(new RegExp(`^https://mosty\\.example\\.org/${pl}/${slug}#`));
        expect(ids(enDoc)).toEqual(ids(plDoc));
        for (const n of nodes(enDoc)) if (n.url) expect(n.url).toMatch(ENGLISH_PAGE);
      }
      expect(new Set(cases.map((c) => c[0])).size).toBe(5);
    });

    it('jsonLdId ignores the language', () => {
      expect(jsonLdId('grant', 'g-1', EN, 'grant')).toBe('https://mosty.example.org/granty/g-1#grant');
      expect(jsonLdId('grant', 'g-1', PL, 'grant')).toBe(jsonLdId('grant', 'g-1', EN, 'grant'));
    });

    it.skipIf(!vocabPath)(
      'English documents are valid against the vocabulary (needs shared/, skipped without it)',
      () => {
        const { world, index } = generated(30);
        for (const e of world.events) expect(check(eventJsonLd(e, index, EN)), e.slug).toEqual({ ok: true });
        for (const p of world.people) expect(check(personJsonLd(p, index, EN)), p.slug).toEqual({ ok: true });
        for (const v of world.venues) expect(check(venueJsonLd(v, EN)), v.slug).toEqual({ ok: true });
        for (const g of world.grants) expect(check(grantJsonLd(g, index, EN)), g.slug).toEqual({ ok: true });
      },
    );
  });

  // The audit found `"description": ""` for an event with a body and no summary.
  it('describes an event without a summary by its body as text, and leaves an empty description out', () => {
    const { world, index } = seed();
    const base = { ...world.events[0]!, summary: undefined, grantIds: [] };
    const fromBody = eventJsonLd(
      { ...base, body: '## O wydarzeniu\n\nZapraszamy **samorządy** i [organizacje](https://fise.org.pl).' },
      index,
      PL,
    );
    expect(fromBody.description).toBe('O wydarzeniu Zapraszamy samorządy i organizacje.');
    expect(check(fromBody)).toEqual({ ok: true });
    const empty = eventJsonLd({ ...base, body: '' }, index, PL);
    expect(empty).not.toHaveProperty('description');
    expect(check(empty)).toEqual({ ok: true });
    const funded = eventJsonLd({ ...base, body: 'Zapraszamy.', grantIds: world.events[0]!.grantIds }, index, PL);
    expect(funded.description).toMatch(/^Zapraszamy\.\n\nZadanie publiczne sfinansowane/);
    const { world: many, index: manyIndex } = generated(40);
    for (const e of many.events) {
      const doc = eventJsonLd({ ...e, summary: undefined }, manyIndex, EN, 'reference');
      expect(doc.description === undefined || (typeof doc.description === 'string' && doc.description.length > 0)).toBe(
        true,
      );
    }
  });

  // The audit found a derived "co-financed" beside the agreement's "sfinansowane" in English outputs.
  it.skipIf(!vocabPath)(
    'English documents carry the agreement’s Polish statement once, tagged as Polish, when it gives no English one (needs shared/, skipped without it)',
    async () => {
      const { world, index } = seedPolishStatementOnly();
      const statement = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
      const grant = world.grants[0]!;
      const doc = eventJsonLd(world.events[0]!, index, EN);
      expect(check(doc)).toEqual({ ok: true });
      expect((doc.description as string).split(statement)).toHaveLength(2);
      expect(JSON.stringify(doc)).not.toMatch(/Public task|financed/);
      const alone = grantJsonLd(grant, index, EN);
      expect(check(alone)).toEqual({ ok: true });
      const expand = jsonld.expand as (doc: unknown, options: unknown) => Promise<Record<string, unknown>[]>;
      const [node] = await expand(alone, { documentLoader: loader, safe: true });
      expect(node?.['http://schema.org/description']).toEqual([{ '@value': statement, '@language': 'pl' }]);
      // Polish documents are Polish throughout: the statement stays a plain string.
      expect(grantJsonLd(grant, index, PL).description).toBe(statement);
    },
  );

  it('English documents carry the exact Polish statement with the English one and the hashtags', () => {
    const { world, index } = seed();
    const statement = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
    const english = 'Public task financed from the budget of the Mazowieckie Voivodeship';
    const doc = eventJsonLd(world.events[0]!, index, EN);
    expect(doc.description).toContain(`${statement}\n${english}\n#Mazowszepomaga`);
    expect((doc.funding as Record<string, unknown>[])[0]!.description).toBe(`${statement}\n${english}`);
    expect(grantJsonLd(world.grants[0]!, index, EN).description).toBe(`${statement}\n${english}`);
    expect(grantJsonLd(world.grants[0]!, index, PL).description).toBe(statement);
    const about = (doc.about as Record<string, string>).description as string;
    expect(about.split('\n').slice(0, 2)).toEqual([
      '10:00–10:15 Introduction: Wprowadzenie',
      '  Speaker: Łukasz Komuda',
    ]);
    expect((eventJsonLd(world.events[0]!, index, PL).about as Record<string, string>).description).toMatch(
      /^10:00–10:15 Wprowadzenie\n {2}Występuje: Łukasz Komuda\n/,
    );
  });
});

describe('what search engines ask of an event and an article', () => {
  const image = 'https://mosty.example/assets/share.png';

  it('with the image option, the event and the post name that image; without it, none', () => {
    const { world, index } = seed();
    const event = eventJsonLd(world.events[0]!, index, { ...PL, image });
    expect(event.image).toBe(image);
    expect(check(event)).toEqual({ ok: true });
    expect(eventJsonLd(world.events[0]!, index, PL)).not.toHaveProperty('image');
    const post = postJsonLd(world.posts[0]!, index, { ...EN, image });
    expect(post.image).toBe(image);
    expect(check(post)).toEqual({ ok: true });
    expect(postJsonLd(world.posts[0]!, index, EN)).not.toHaveProperty('image');
    // Agenda items are parts of the event, not events a search engine lists: no image of their own.
    for (const item of event.subEvent ?? []) expect(item).not.toHaveProperty('image');
  });

  it('refuses an image that is not an absolute http(s) URL, naming the option', () => {
    const { world, index } = seed();
    for (const bad of ['/assets/share.png', 'javascript:alert(1)', 'share.png']) {
      const error = (() => {
        try {
          eventJsonLd(world.events[0]!, index, { ...PL, image: bad });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toContain(
        `options.image must be an absolute http(s) URL, got "${bad}"`,
      );
      expect(() => postJsonLd(world.posts[0]!, index, { ...PL, image: bad })).toThrow(ValidationError);
    }
  });

  it('a free event is offered at price 0 on its page; a paid one, whose price no record holds, has no offer', () => {
    const { world, index } = seed();
    const free = eventJsonLd({ ...world.events[0]!, isFree: true }, index, PL);
    expect(free.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'PLN', url: free.url });
    expect(check(free)).toEqual({ ok: true });
    const paid = eventJsonLd({ ...world.events[0]!, isFree: false }, index, PL);
    expect(paid).not.toHaveProperty('offers');
    expect(paid.isAccessibleForFree).toBe(false);
  });
});

describe('a record the event names and the world does not hold', () => {
  const { world } = seed();
  const event = world.events[0]!;
  const grants = world.grants.filter((g) => event.grantIds.includes(g.id));
  const THROW = { ...PL, missing: 'throw' } as const;

  /** The value at a path as the errors write it (`agenda[1].panelists[0].personId`). */
  const valueAt = (record: unknown, path: string): unknown =>
    path
      .split(/\.|\[(\d+)\]/)
      .filter(Boolean)
      .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], record);

  const thrown = (call: () => unknown): unknown => {
    try {
      call();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  const KINDS = { organizations: 'organization', authorities: 'authority', venues: 'venue', people: 'person' } as const;

  it("with missing: 'throw', refuses exactly what the default ('omit') would leave out, naming the field and the id", () => {
    const whole = JSON.stringify(eventJsonLd(event, indexWorld(world), PL));
    const funders = new Set(grants.map((g) => g.funderAuthorityId));
    let refused = 0;
    for (const [list, kind] of Object.entries(KINDS) as [keyof typeof KINDS, (typeof KINDS)[keyof typeof KINDS]][])
      for (const record of world[list]) {
        const lacking = indexWorld({ ...world, [list]: world[list].filter((r) => r.id !== record.id) } as WorldInput);
        const changed = JSON.stringify(eventJsonLd(event, lacking, PL)) !== whole;
        for (const detail of ['full', 'reference'] as const) {
          const error = thrown(() => eventJsonLd(event, lacking, THROW, detail));
          // A grant's funder is written by the grant's own funderName without its authority: nothing is left out.
          if (!changed || (kind === 'authority' && funders.has(record.id) && error === undefined)) {
            expect(error, `${kind} ${record.id}`).toBeUndefined();
            continue;
          }
          expect(error, `${kind} ${record.id}`).toBeInstanceOf(ReferenceMissingError);
          if (!isFormatError(error, 'FORMAT_REFERENCE_MISSING')) continue;
          expect(error.reference).toEqual({ kind, id: record.id });
          expect(error.record).toEqual({ kind: 'event', id: event.id, slug: event.slug });
          expect(valueAt(event, error.path), error.path).toBe(record.id);
          refused++;
        }
      }
    // The seed event names its organiser, venue and speakers (people, their organisations and authorities).
    expect(refused).toBeGreaterThanOrEqual(2 * 8);
  });

  it('the message says which event, which field, which id and why', () => {
    const lacking = indexWorld({
      ...world,
      organizations: world.organizations.filter((o) => o.id !== event.organizerId),
    });
    expect(() => eventJsonLd(event, lacking, THROW)).toThrow(
      `@org/formats: event "${event.slug}" names organization ${event.organizerId} in organizerId, which is not in the world given to the writer; with options.missing 'throw' the JSON-LD does not leave it out (event id ${event.id}, organizerId)`,
    );
  });

  it('by default leaves out a missing organiser and venue, as a page about the event must still render', () => {
    const lacking = indexWorld({
      ...world,
      organizations: world.organizations.filter((o) => o.id !== event.organizerId),
      venues: [],
    });
    for (const options of [PL, { ...PL, missing: 'omit' } as const]) {
      const doc = eventJsonLd(event, lacking, options, 'reference');
      expect(doc.organizer).toBeUndefined();
      expect(doc.location).toBeUndefined();
      expect(doc.name).toBe(event.title);
    }
  });

  it("FORMATS.jsonld is an export: it refuses a missing reference unless given missing: 'omit'", () => {
    const lacking = indexWorld({ ...world, venues: [] });
    const input = { events: [event], posts: [], grants: world.grants, world: lacking };
    expect(() => FORMATS.jsonld.write(input, PL)).toThrow(
      expect.objectContaining({ code: 'FORMAT_REFERENCE_MISSING', path: 'venueId' }),
    );
    const [doc] = JSON.parse(FORMATS.jsonld.write(input, { ...PL, missing: 'omit' }));
    expect(doc.location).toBeUndefined();
  });

  it('postJsonLd: a missing event is left out by default and refused with missing: throw', () => {
    const post = world.posts.find((p) => p.eventId === event.id)!;
    const lacking = indexWorld({ ...world, events: [] });
    expect(postJsonLd(post, lacking, PL).about).toBeUndefined();
    expect(thrown(() => postJsonLd(post, lacking, THROW))).toMatchObject({
      code: 'FORMAT_REFERENCE_MISSING',
      path: 'eventId',
      record: { kind: 'post', id: post.id, slug: post.slug },
      reference: { kind: 'event', id: event.id },
    });
    // What the post's event names is refused too: the option reaches the embedded event.
    const noVenue = indexWorld({ ...world, venues: [] });
    expect(postJsonLd(post, noVenue, PL).about?.location).toBeUndefined();
    expect(thrown(() => postJsonLd(post, noVenue, THROW))).toMatchObject({
      path: 'venueId',
      record: { kind: 'event' },
    });
  });

  it('refuses an unknown missing option, as a typo would otherwise mean omit', () => {
    const error = thrown(() => eventJsonLd(event, indexWorld(world), { ...PL, missing: 'strict' as 'throw' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('missing');
  });
});
