import { SEED_IDS, seedWorld } from '@org/demo';
import {
  AuditEntrySchema,
  ConflictError,
  EventSchema,
  NotFoundError,
  OrganizationSchema,
  slugify,
  UniqueViolationError,
  ValidationError,
} from '@org/domain';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchTokens } from '../entities.js';
import { loadWorld } from '../load-world.js';
import { MissingReferenceError } from '../missing-reference-error.js';
import { seamOf } from '../open-store.js';
import { polishSortKey } from '../sort-key.js';
import { DIALECTS, type TestStore } from '../test/dialects.js';
import { orgInput, steppingClock } from '../test/fixtures.js';
import type { Store } from '../types.js';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stores what the seed event points at (authorities, organisations, venue, people, grant) through the repositories. */
async function storeSeedParties(store: Store) {
  const world = seedWorld();
  for (const a of world.authorities) await store.authorities.create(a);
  for (const o of world.organizations) await store.organizations.create(o);
  for (const v of world.venues) await store.venues.create(v);
  for (const p of world.people) await store.people.create(p);
  for (const g of world.grants) await store.grants.create(g);
  return world;
}

describe.each(DIALECTS)('entity repositories on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    store = t.store;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('getMany reads records by id in one call: in the order given, each once, leaving out unknown and deleted ids', async () => {
    const [a, b, c] = [
      await store.organizations.create(orgInput('Fundacja Alfa')),
      await store.organizations.create(orgInput('Fundacja Beta')),
      await store.organizations.create(orgInput('Fundacja Gamma')),
    ];
    await store.organizations.delete(c!.id, c!.version);
    const got = await store.organizations.getMany([b!.id, 'nie-ma', a!.id, b!.id, c!.id, 'x\u0000y']);
    expect(got).toEqual([await store.organizations.get(b!.id), await store.organizations.get(a!.id)]);
    expect(await store.organizations.getMany([])).toEqual([]);
    // More ids than one query binds: read in parts, all found.
    const many = [];
    for (let i = 0; i < 501; i++)
      many.push(
        (
          await store.venues.create({
            name: `Sala ${i}`,
            address: { street: 'ul. Długa 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
          })
        ).id,
      );
    const venues = await store.venues.getMany([...many].reverse());
    expect(venues.map((v) => v.id)).toEqual([...many].reverse());
  });

  it('creates a record with an id, a slug from its name and version 1, and reads it back by id and slug', async () => {
    const created = await store.organizations.create(orgInput('Fundacja „Żółw” Łódź'));
    expect(created.slug).toBe('fundacja-zolw-lodz');
    expect(created.version).toBe(1);
    expect(created.createdAt).toMatch(/^2026-11-26T09:00:\d\d\.000Z$/);
    expect(created.updatedAt).toBe(created.createdAt);
    expect(OrganizationSchema.safeParse(created).success).toBe(true);
    expect(await store.organizations.get(created.id)).toEqual(created);
    expect(await store.organizations.getBySlug('fundacja-zolw-lodz')).toEqual(created);
    expect(await store.organizations.require('fundacja-zolw-lodz')).toEqual(created);
    expect(await store.organizations.require(created.id)).toEqual(created);
    await expect(store.organizations.require('nie-ma-takiej')).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.organizations.get('missing')).toBeNull();
  });

  it('gives a second record of the same name the next free slug, but refuses a slug given twice', async () => {
    const a = await store.organizations.create(orgInput('Fundacja Razem'));
    const b = await store.organizations.create(orgInput('Fundacja Razem'));
    expect([a.slug, b.slug]).toEqual(['fundacja-razem', 'fundacja-razem-2']);
    const error = await store.organizations.create(orgInput('Inna', { slug: 'fundacja-razem' })).catch((e) => e);
    expect(error).toBeInstanceOf(UniqueViolationError);
    expect(error).toMatchObject({ code: 'UNIQUE', entity: 'organization', field: 'slug', value: 'fundacja-razem' });
  });

  it('makes a slug of its parties’ names for a cooperation record that names only its organisation', async () => {
    await loadWorld(store, seedWorld());
    const input = { authorityId: SEED_IDS.powiatWolominski, organizationId: SEED_IDS.fise, form: 'zlecanie_zadan' };
    const authority = await store.authorities.require(SEED_IDS.powiatWolominski);
    const organization = await store.organizations.require(SEED_IDS.fise);
    const first = await store.cooperations.create(input);
    expect(first.slug).toBe(slugify(`${authority.name} ${organization.name}`));
    expect(first.slug).toMatch(/^powiat-wolominski-fundacja-/);
    const second = await store.cooperations.create(input);
    expect(second.slug).toBe(`${first.slug.slice(0, 75)}-2`);
    // What the record says of the organisation still comes first; neither party stored: the kind's name.
    const described = await store.cooperations.create({
      ...input,
      organizationId: undefined,
      organizationDescription: 'Koło gospodyń wiejskich z Tłuszcza',
    });
    expect(described.slug).toBe('kolo-gospodyn-wiejskich-z-tluszcza');
    // Parties that are not stored are refused (MissingReferenceError), so the fallback always has the authority.
    await expect(
      store.cooperations.create({ authorityId: 'nie-ma', organizationId: 'tez-nie', form: 'inna' }),
    ).rejects.toBeInstanceOf(MissingReferenceError);
  });

  it('refuses invalid domain values before any SQL, with the domain error naming the field', async () => {
    const before = await store.dataVersion();
    const error = await store.organizations.create(orgInput('Fundacja', { nip: '5252087228' })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([expect.objectContaining({ path: 'nip', code: 'nip.checksum' })]);
    expect(error.message).toContain('NIP');
    await expect(store.events.create({ title: 'Bez dat' })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.venues.create('not an object')).rejects.toBeInstanceOf(ValidationError);
    expect(await store.dataVersion()).toBe(before);
    expect((await store.organizations.list()).total).toBe(0);
  });

  it('updates with the version it read and refuses a stale one with a ConflictError', async () => {
    const created = await store.organizations.create(orgInput('Stowarzyszenie Otwarte Drzwi'));
    const updated = await store.organizations.update(created.id, 1, { ...created, shortName: 'Otwarte Drzwi' });
    expect(updated).toMatchObject({ version: 2, shortName: 'Otwarte Drzwi', createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const stale = await store.organizations.update(created.id, 1, { ...created, shortName: 'Stale' }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
    expect((await store.organizations.get(created.id))?.shortName).toBe('Otwarte Drzwi');
    await expect(store.organizations.update('missing', 1, { ...created, id: 'missing' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(store.organizations.update(created.id, 2, { ...created, id: 'other' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('keeps the slug when an update leaves it out, and refuses a slug taken by another record', async () => {
    const a = await store.organizations.create(orgInput('Alfa'));
    const b = await store.organizations.create(orgInput('Beta'));
    const { slug: _slug, ...withoutSlug } = a;
    expect((await store.organizations.update(a.id, 1, { ...withoutSlug, name: 'Alfa Nowa' })).slug).toBe('alfa');
    await expect(store.organizations.update(b.id, 1, { ...b, slug: 'alfa' })).rejects.toBeInstanceOf(
      UniqueViolationError,
    );
  });

  it('soft-deletes: the record leaves reads, lists and search, frees its slug, and the audit keeps it', async () => {
    const actor = { userId: null, note: 'test' };
    const a = await store.organizations.create(orgInput('Fundacja Znikająca'), actor);
    await expect(store.organizations.delete(a.id, 2, actor)).rejects.toBeInstanceOf(ConflictError);
    await store.organizations.delete(a.id, 1, actor);
    expect(await store.organizations.get(a.id)).toBeNull();
    expect((await store.organizations.list({ search: 'znikajaca' })).total).toBe(0);
    await expect(store.organizations.delete(a.id, 2)).rejects.toBeInstanceOf(NotFoundError);
    const again = await store.organizations.create(orgInput('Fundacja Znikająca'));
    expect(again.slug).toBe('fundacja-znikajaca');
    const audit = await store.audit.list({ entity: 'organization', entityId: a.id });
    expect(audit.items.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(audit.items[0]).toMatchObject({ before: { name: 'Fundacja Znikająca' }, after: null, note: 'test' });
  });

  it('records who changed what, with before and after, in the same transaction as the change', async () => {
    const user = await store.users.create({
      email: 'Ala@Example.org',
      name: 'Ala',
      role: 'editor',
      password: 'a'.repeat(12),
    });
    const actor = { userId: user.id };
    const org = await store.organizations.create(orgInput('Fundacja Audytowana'), actor);
    await store.organizations.update(org.id, 1, { ...org, opp: false, shortName: 'FA' }, actor);
    const page = await store.audit.list({ actorId: user.id });
    expect(page.total).toBe(2);
    for (const entry of page.items) expect(AuditEntrySchema.safeParse(entry).success).toBe(true);
    expect(page.items[0]).toMatchObject({
      action: 'update',
      entity: 'organization',
      entityId: org.id,
      actorId: user.id,
    });
    expect(page.items[0]?.before).toMatchObject({ name: 'Fundacja Audytowana' });
    expect(page.items[0]?.after).toMatchObject({ shortName: 'FA' });
    // A refused write leaves no audit entry behind.
    await store.organizations.update(org.id, 1, org, actor).catch(() => {});
    expect((await store.audit.list({ actorId: user.id })).total).toBe(2);
  });

  it('sorts names in Polish order and pages through them', async () => {
    for (const name of ['Zamość', 'Łódź', 'Lublin', 'Żyrardów', 'Ćmielów', 'Cegłów', 'Łomianki', 'Ludwin'])
      await store.organizations.create(orgInput(`Gmina ${name}`));
    const all = await store.organizations.list({ sort: { field: 'name' } });
    expect(all.items.map((o) => o.name.replace('Gmina ', ''))).toEqual([
      'Cegłów',
      'Ćmielów',
      'Lublin',
      'Ludwin',
      'Łomianki',
      'Łódź',
      'Zamość',
      'Żyrardów',
    ]);
    const desc = await store.organizations.list({ sort: { field: 'name', direction: 'desc' }, limit: 3, offset: 1 });
    expect(desc).toMatchObject({ total: 8, limit: 3, offset: 1 });
    expect(desc.items.map((o) => o.name)).toEqual(['Gmina Zamość', 'Gmina Łódź', 'Gmina Łomianki']);
    await expect(store.organizations.list({ limit: 501 })).rejects.toBeInstanceOf(ValidationError);
    // @ts-expect-error organisations do not sort by NIP: the type says so, and so does the store at run time.
    await expect(store.organizations.list({ sort: { field: 'nip' } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('searches ignoring case and Polish diacritics, by word prefix, combined with filters', async () => {
    await store.organizations.create(orgInput('Fundacja Żółw', { legalForm: 'fundacja' }));
    await store.organizations.create(orgInput('Stowarzyszenie Żółwie Łódzkie', { legalForm: 'stowarzyszenie' }));
    await store.organizations.create(
      orgInput('Koło Gospodyń Wiejskich w Zalesiu', { legalForm: 'kolo_gospodyn_wiejskich' }),
    );
    const names = async (search: string, legalForm?: string[]) =>
      (await store.organizations.list({ search, ...(legalForm ? { filter: { legalForm } } : {}) })).items
        .map((o) => o.name)
        .sort();
    expect(await names('zolw')).toEqual(['Fundacja Żółw', 'Stowarzyszenie Żółwie Łódzkie']);
    expect(await names('ŻÓŁW LODZ')).toEqual(['Stowarzyszenie Żółwie Łódzkie']);
    expect(await names('zolw', ['fundacja'])).toEqual(['Fundacja Żółw']);
    expect(await names('gospodyn')).toEqual(['Koło Gospodyń Wiejskich w Zalesiu']);
    expect(await names('olw')).toEqual([]);
    expect((await store.organizations.list({ search: '  ' })).total).toBe(3);
  });

  it('pages a search over several words of one prefix in Polish order, each record once', async () => {
    const names = [
      'Łódzkie Forum',
      'Fundacja Łódź Łódzka',
      'Akademia Łodzi',
      'Zespół Łódzki',
      'Biuro Lodziarz',
      'Inne',
    ];
    for (const name of names) await store.organizations.create(orgInput(name));
    const expected = ['Akademia Łodzi', 'Biuro Lodziarz', 'Fundacja Łódź Łódzka', 'Łódzkie Forum', 'Zespół Łódzki'];
    const page = async (offset: number, direction: 'asc' | 'desc' = 'asc') =>
      store.organizations.list({ search: 'LODZ', sort: { field: 'name', direction }, limit: 2, offset });
    const first = await page(0);
    expect(first.total).toBe(5);
    const all = [...first.items, ...(await page(2)).items, ...(await page(4)).items].map((o) => o.name);
    expect(all).toEqual(expected);
    expect((await page(0, 'desc')).items.map((o) => o.name)).toEqual(['Zespół Łódzki', 'Łódzkie Forum']);
    const twoWords = await store.organizations.list({ search: 'lodz fund' });
    expect(twoWords.items.map((o) => o.name)).toEqual(['Fundacja Łódź Łódzka']);
    expect(twoWords.total).toBe(1);
    const oneWord = await store.organizations.list({ search: 'inne' });
    expect([oneWord.total, oneWord.items.length]).toEqual([1, 1]);
  });

  it('finds a common word with the start of another, from the words kept beside each word or, when too long to keep, by probing', async () => {
    // 250 CJK letters make a sort key of about 1,750 bytes: too long to keep the words beside it.
    const long = `Fundacja ${'中'.repeat(250)} Wolna`;
    const names = [
      'Fundacja Łódź Wschód',
      'Fundacja Zielona',
      'Stowarzyszenie Wiosna',
      'Fundacja w Gdańsku',
      'Fundacja Ważka Łąka',
      long,
      'Fundacja Dobra',
    ];
    const ids: Record<string, string> = {};
    for (const name of names) ids[name] = (await store.organizations.create(orgInput(name))).id;
    const db = seamOf(store).db;
    const kept = async (id: string) =>
      (await db.selectFrom('search_tokens').select('words').where('entity_id', '=', id).execute()).map((r) => r.words);
    expect(await kept(ids[long] as string)).toEqual([null, null, null]);
    expect(new Set(await kept(ids['Fundacja Łódź Wschód'] as string))).toEqual(new Set([' fundacja lodz wschod ']));
    const both = async (search: string) => {
      // The name search and the general query (any filter runs it) must agree, order and count included.
      const byName = await store.organizations.list({ search });
      const general = await store.organizations.list({ search, filter: { legalForm: ['fundacja'] } });
      expect(general.items.map((o) => o.name)).toEqual(byName.items.map((o) => o.name));
      expect([general.total, general.totalIsLowerBound]).toEqual([byName.total, byName.totalIsLowerBound]);
      return byName.items.map((o) => o.name);
    };
    // Polish order: Ł before W, a word before a longer one, letters outside the alphabet last.
    const expected = ['Fundacja Łódź Wschód', 'Fundacja w Gdańsku', 'Fundacja Ważka Łąka', long];
    expect(await both('fundacja w')).toEqual(expected);
    expect(await both('W FUNDACJA')).toEqual(expected);
    expect(await both('fundacja ł')).toEqual(['Fundacja Łódź Wschód', 'Fundacja Ważka Łąka']);
    expect(await both('fundacja wol')).toEqual([long]);
    expect(await both('fundacja ndacja')).toEqual([]);
    // Words change with the record: the rows of an update carry its new words.
    const green = await store.organizations.require(ids['Fundacja Zielona'] as string);
    await store.organizations.update(green.id, green.version, { ...green, name: 'Fundacja Wierzba' });
    expect(await both('fundacja z')).toEqual([]);
    expect(await both('fundacja wi')).toEqual(['Fundacja Wierzba']);
  });

  it('finds by several word prefixes exactly what a plain reading of the words finds, in Polish order, by either query', async () => {
    const vocabulary = ['Fundacja', 'Łódź', 'Wschód', 'w', 'Wola', 'Żółw', 'Stowarzyszenie', 'Łąka', 'Wiosna', 'Koło'];
    // A fixed set of names from the vocabulary (one too long to keep its words beside them).
    const random = fc.sample(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }), {
      numRuns: 40,
      seed: 7,
    });
    const names = [...new Set([...random.map((ws) => ws.join(' ')), `Wola ${'中'.repeat(250)} Łąka`])];
    const ids = new Map<string, string>();
    for (const name of names) ids.set((await store.organizations.create(orgInput(name))).id, name);
    const order = [...ids].sort(
      ([ia, a], [ib, b]) => compareKeys(polishSortKey(a), polishSortKey(b)) || compareKeys(ia, ib),
    );
    const prefix = fc
      .tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 5 }), fc.boolean())
      .map(([w, n, upper]) => (upper ? w.toUpperCase() : w).slice(0, n));
    await fc.assert(
      fc.asyncProperty(fc.array(prefix, { minLength: 1, maxLength: 3 }), async (words) => {
        const search = words.join(' ');
        const query = searchTokens([search]);
        const expected = order
          .filter(([, name]) => query.every((q) => searchTokens([name]).some((w) => w.startsWith(q))))
          .map(([id]) => id);
        for (const filter of [undefined, { legalForm: ['fundacja' as const] }]) {
          const page = await store.organizations.list({ search, limit: 100, ...(filter ? { filter } : {}) });
          expect(page.items.map((o) => o.id)).toEqual(expected);
          expect([page.total, page.totalIsLowerBound]).toEqual([expected.length, false]);
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('counts at most 1000 matches of a search and says the total is a lower bound, pages still in order', async () => {
    const world = seedWorld();
    const orgs = Array.from({ length: 1003 }, (_, i) => ({
      id: `org-cap-${String(i).padStart(4, '0')}`,
      slug: `fundacja-liczna-${i}`,
      name: `Fundacja Liczna ${String(i).padStart(4, '0')}${i % 2 ? ' Rzadka' : ''}`,
      legalForm: 'fundacja' as const,
      opp: false,
    }));
    await loadWorld(store, {
      ...world,
      organizations: orgs,
      events: [],
      posts: [],
      grants: [],
      people: [],
      venues: [],
      cooperations: [],
      authorities: [],
    });
    const many = await store.organizations.list({ search: 'liczna', limit: 5, offset: 1000 });
    expect(many).toMatchObject({ total: 1000, totalIsLowerBound: true });
    expect(many.items.map((o) => o.name)).toEqual([
      'Fundacja Liczna 1000',
      'Fundacja Liczna 1001 Rzadka',
      'Fundacja Liczna 1002',
    ]);
    // Two words, the rarer one given last: still 501 exact, and in order.
    const both = await store.organizations.list({ search: 'fundacja rzadka', limit: 2 });
    expect(both).toMatchObject({ total: 501, totalIsLowerBound: false });
    expect(both.items.map((o) => o.name)).toEqual(['Fundacja Liczna 0001 Rzadka', 'Fundacja Liczna 0003 Rzadka']);
    // A one-letter word with 1000 matches or more never drives beside a longer word, one with fewer
    // does, and one-letter words alone are all counted: every way gives the same page and count.
    for (const [search, total, totalIsLowerBound, first] of [
      ['fundacja l', 1000, true, ['Fundacja Liczna 0000', 'Fundacja Liczna 0001 Rzadka']],
      ['liczna r', 501, false, ['Fundacja Liczna 0001 Rzadka', 'Fundacja Liczna 0003 Rzadka']],
      ['l r', 501, false, ['Fundacja Liczna 0001 Rzadka', 'Fundacja Liczna 0003 Rzadka']],
      ['r liczna fundacja', 501, false, ['Fundacja Liczna 0001 Rzadka', 'Fundacja Liczna 0003 Rzadka']],
    ] as const) {
      const page = await store.organizations.list({ search, limit: 2 });
      expect({ search, total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({
        search,
        total,
        totalIsLowerBound,
      });
      expect(page.items.map((o) => o.name)).toEqual(first);
    }
    // With a filter the general query runs; its count is capped the same way.
    const filtered = await store.organizations.list({
      search: 'liczna',
      filter: { legalForm: ['fundacja'] },
      limit: 1,
    });
    expect(filtered).toMatchObject({ total: 1000, totalIsLowerBound: true });
    const exact = await store.organizations.list({ search: 'liczna rzad', filter: { legalForm: ['fundacja'] } });
    expect(exact).toMatchObject({ total: 501, totalIsLowerBound: false });
    // Without a search, lists count exactly.
    expect(await store.organizations.list({ limit: 1 })).toMatchObject({ total: 1003, totalIsLowerBound: false });
  });

  it('audits making an event public as publish and withdrawing it as unpublish; cancelling keeps it public, deleting is delete', async () => {
    const world = await storeSeedParties(store);
    const userId = (
      await store.users.create({
        email: 'a@mosty.test',
        name: 'A',
        role: 'editor',
        password: 'correct horse battery staple',
      })
    ).id;
    const actor = { userId };
    let event = await store.events.create({ ...world.events[0]!, status: 'draft' }, actor);
    for (const status of ['published', 'cancelled', 'published', 'postponed', 'draft', 'cancelled'] as const)
      event = await store.events.update(event.id, event.version, { ...event, status }, actor);
    await store.events.delete(event.id, event.version, actor);
    const actions = (await store.audit.list({ entity: 'event', entityId: event.id })).items.map((e) => e.action);
    expect(actions.reverse()).toEqual([
      'create',
      'publish',
      'update',
      'update',
      'update',
      'unpublish',
      'publish',
      'delete',
    ]);
  });

  it('filters events by status, time, hashtag, organisation, authority, grant, venue and person', async () => {
    const world = await storeSeedParties(store);
    const seed = world.events[0]!;
    await store.events.create(seed);
    const other = await store.events.create({
      ...seed,
      id: undefined,
      slug: undefined,
      title: 'Inne spotkanie',
      status: 'draft',
      startsAt: '2027-03-01T09:00:00Z',
      endsAt: '2027-03-01T12:00:00Z',
      agenda: [],
      hashtags: ['Inny'],
      grantIds: [],
      partners: [],
      venueId: undefined,
    });
    expect(EventSchema.safeParse(other).success).toBe(true);
    const ids = async (filter: Record<string, unknown>) =>
      (await store.events.list({ filter })).items.map((e) => e.title);
    const speaker = world.people[1]!.id;
    expect(await ids({ status: ['published'] })).toEqual([seed.title]);
    expect(await ids({ status: ['draft', 'published'] })).toEqual([seed.title, 'Inne spotkanie']);
    expect(await ids({ from: '2027-01-01T00:00:00+01:00' })).toEqual(['Inne spotkanie']);
    expect(await ids({ to: '2026-12-31T23:59:59Z' })).toEqual([seed.title]);
    expect(await ids({ hashtag: seed.hashtags[0]!.toUpperCase() })).toEqual([seed.title]);
    expect(await ids({ hashtag: '#inny' })).toEqual(['Inne spotkanie']);
    expect(await ids({ organizationId: seed.organizerId })).toEqual([seed.title, 'Inne spotkanie']);
    expect(await ids({ grantId: seed.grantIds[0] })).toEqual([seed.title]);
    expect(await ids({ venueId: seed.venueId })).toEqual([seed.title]);
    expect(await ids({ personId: speaker })).toEqual([seed.title]);
    // The seed event has no partners; a representatives panelist speaks for Powiat Wołomiński, which
    // makes the authority take part in it (and the other event has no agenda).
    expect(seed.partners).toEqual([]);
    expect(await ids({ authorityId: SEED_IDS.powiatWolominski })).toEqual([seed.title]);
    // An organisation a panelist speaks for takes part in the event, though it neither organises nor partners it.
    const spokenFor = seed.agenda
      .flatMap((item) => ('panelists' in item ? item.panelists : []))
      .map((s) => s.organizationId)
      .find((o) => o && o !== seed.organizerId && !seed.partners.some((p) => p.organizationId === o));
    expect(spokenFor).toBeDefined();
    expect(await ids({ organizationId: spokenFor })).toEqual([seed.title]);
    await expect(store.events.list({ filter: { from: 'jutro' } })).rejects.toBeInstanceOf(ValidationError);
  });

  it('lists an event under the authority that funds one of its grants, as the grant says at the time of the query', async () => {
    const world = seedWorld();
    await loadWorld(store, world);
    const seed = world.events[0]!;
    const grant = world.grants[0]!;
    expect(grant.funderAuthorityId).toBe(SEED_IDS.wojewodztwoMazowieckie);
    // Funded only: no partner, no speaker, and an organiser that is not the authority's unit.
    const funded = await store.events.create({
      ...seed,
      id: undefined,
      slug: undefined,
      title: 'Finansowane z dotacji',
      status: 'draft',
      agenda: [],
      partners: [],
      grantIds: [grant.id],
    });
    const page = async (authorityId: string, status?: string[]) => {
      const result = await store.events.list({ filter: { authorityId, ...(status ? { status } : {}) } as never });
      return { titles: result.items.map((e) => e.title), total: result.total };
    };
    expect(await page(SEED_IDS.wojewodztwoMazowieckie)).toEqual({ titles: [seed.title, funded.title], total: 2 });
    // The status filter still applies; a speaker's authority still counts as before.
    expect(await page(SEED_IDS.wojewodztwoMazowieckie, ['published'])).toEqual({ titles: [seed.title], total: 1 });
    expect(await page(SEED_IDS.powiatWolominski)).toEqual({ titles: [seed.title], total: 1 });
    // The grant changes funder: nothing is re-indexed, and the next list follows it.
    const stored = await store.grants.require(grant.id);
    await store.grants.update(grant.id, stored.version, { ...stored, funderAuthorityId: SEED_IDS.powiatWolominski });
    expect(await page(SEED_IDS.wojewodztwoMazowieckie)).toEqual({ titles: [], total: 0 });
    expect(await page(SEED_IDS.powiatWolominski)).toEqual({ titles: [seed.title, funded.title], total: 2 });
    expect(await page(SEED_IDS.powiatWolominski, ['draft'])).toEqual({ titles: [funded.title], total: 1 });
    // A deleted grant funds nothing any more (force: events still point at it).
    const again = await store.grants.require(grant.id);
    await store.grants.delete(grant.id, again.version, undefined, { force: true });
    expect(await page(SEED_IDS.powiatWolominski)).toEqual({ titles: [seed.title], total: 1 });
  });

  it("lists the grants that name a record: an organisation's received and handled for the funder (refersTo)", async () => {
    const world = seedWorld();
    await loadWorld(store, world);
    const grant = world.grants[0]!;
    expect(grant.funderUnitId).toBe(SEED_IDS.mcps);
    const titles = async (refersTo: string) =>
      (await store.grants.list({ filter: { refersTo } })).items.map((g) => g.taskTitle);
    expect(await titles(grant.beneficiaryId)).toEqual([grant.taskTitle]);
    expect(await titles(SEED_IDS.mcps)).toEqual([grant.taskTitle]);
    // The funder is named too; an organisation the grant does not name is not.
    expect(await titles(SEED_IDS.wojewodztwoMazowieckie)).toEqual([grant.taskTitle]);
    expect(await titles(SEED_IDS.ktoRanoWstaje)).toEqual([]);
    // With the beneficiary filter, as before: the unit is not the beneficiary.
    expect((await store.grants.list({ filter: { beneficiaryId: SEED_IDS.mcps } })).total).toBe(0);
    // The grant no longer names a unit: the unit's list follows at once.
    const { funderUnitId: _unit, ...stored } = await store.grants.require(grant.id);
    await store.grants.update(grant.id, stored.version, stored);
    expect(await titles(SEED_IDS.mcps)).toEqual([]);
    expect(await titles(grant.beneficiaryId)).toEqual([grant.taskTitle]);
  });

  it('keeps list totals right while it reuses them: after its own writes, another connection’s, and inside a transaction', async () => {
    const total = async (s: Store = store) => (await s.organizations.list({ limit: 1 })).total;
    expect(await total()).toBe(0);
    await store.organizations.create(orgInput('Pierwsza'));
    await store.organizations.create(orgInput('Druga'));
    // A page of an unchanged list reuses the count; a write of this store is seen at once.
    expect(await total()).toBe(2);
    expect((await store.organizations.list({ limit: 1, offset: 1 })).total).toBe(2);
    const filtered = await store.organizations.list({ filter: { legalForm: ['stowarzyszenie'] } as never, limit: 1 });
    expect(filtered.total).toBe(0);
    // Another connection's write: at once on SQLite, after PostgreSQL's notification arrives.
    const other = await t.reopen({ migrate: false });
    await other.organizations.create(orgInput('Z innego połączenia'));
    await vi.waitFor(async () => expect(await total()).toBe(3), { timeout: 10_000, interval: 20 });
    expect(await total(other)).toBe(3);
    // Inside a transaction the list counts its own uncommitted writes; a rollback leaves the old total.
    await store
      .transaction(async (tx) => {
        await tx.organizations.create(orgInput('Wycofana'));
        expect(await total(tx)).toBe(4);
        throw new Error('rollback');
      })
      .catch(() => {});
    expect(await total()).toBe(3);
    const deleted = await store.organizations.require('pierwsza');
    await store.organizations.delete(deleted.id, deleted.version);
    expect(await total()).toBe(2);
  });

  it('runs several writes in one transaction that commits together or not at all', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.organizations.create(orgInput('Pierwsza'));
        await tx.organizations.create(orgInput('Druga'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await store.organizations.list()).total).toBe(0);
    const before = await store.dataVersion();
    await store.transaction(async (tx) => {
      await tx.organizations.create(orgInput('Pierwsza'));
      await tx.transaction((inner) => inner.organizations.create(orgInput('Druga')));
    });
    expect((await store.organizations.list()).total).toBe(2);
    expect(await store.dataVersion()).toBeGreaterThan(before);
  });

  it('raises the data version with every committed write, seen from another connection', async () => {
    const other = await t.reopen();
    const v0 = await other.dataVersion();
    await store.organizations.create(orgInput('Jedna'));
    const v1 = await other.dataVersion();
    expect(v1).toBeGreaterThan(v0);
    await store.organizations.create(orgInput('Dwie'));
    expect(await other.dataVersion()).toBeGreaterThan(v1);
  });
});
