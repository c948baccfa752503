import { seedWorld } from '@org/demo';
import type { Event } from '@org/domain';
import { describe, expect } from 'vitest';
import { loadWorld } from '../load-world.js';
import { DIALECTS } from '../test/dialects.js';
import { orgInput } from '../test/fixtures.js';
import { storeTest } from '../test/store-fixture.js';
import type { EventSortField, ListQuery } from '../types.js';

// The seed's records the events point at (organiser, venue, grant), so that an event can be created and
// updated; none of the seed's posts and cooperations, which point at the seed's own event.
const EMPTY = { posts: [], cooperations: [] };

/** Every page of a list, `limit` at a time, one past the end included. */
async function pages(
  list: (q: { limit: number; offset: number }) => Promise<{ items: { id: string }[] }>,
  limit: number,
  total: number,
) {
  const out: string[][] = [];
  for (let offset = 0; offset <= total + limit; offset += limit)
    out.push((await list({ limit, offset })).items.map((e) => e.id));
  return out;
}

describe.each(DIALECTS)('list pages on $name', (dialect) => {
  const it = storeTest(dialect);

  it('gives the same pages from remembered anchors as a plain OFFSET does, before and after writes', async ({
    store,
  }) => {
    const template = seedWorld().events[0] as Event;
    const venue = { ...seedWorld().venues[0], id: undefined, slug: undefined };
    // 250 events, many sharing a start time (ties fall back to the id), two thirds published.
    const events: Event[] = Array.from({ length: 250 }, (_, i) => {
      const start = Date.parse('2026-01-05T09:00:00Z') + (i % 37) * 86_400_000;
      return {
        ...template,
        id: `ev-${String((i * 7919) % 1000).padStart(4, '0')}-${i}`,
        slug: `wydarzenie-${i}`,
        title: `Wydarzenie ${['Łódź', 'Lublin', 'Żory', 'Ćmielów', 'Zamość'][i % 5]} ${i % 11}`,
        status: i % 3 === 0 ? 'draft' : 'published',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
        agenda: [],
      };
    });
    await loadWorld(store, { ...seedWorld(), ...EMPTY, events });
    const queries: ListQuery<{ status?: Event['status'][]; from?: string }, EventSortField>[] = [
      { filter: { status: ['published'] }, sort: { field: 'startsAt' } },
      { filter: { status: ['published'] }, sort: { field: 'startsAt', direction: 'desc' } },
      { filter: { from: '2026-01-20T00:00:00Z', status: ['published'] } },
      { sort: { field: 'title' } },
      { sort: { field: 'createdAt', direction: 'desc' } },
      { sort: { field: 'publishedAt' } },
    ];
    const same = async () => {
      for (const query of queries)
        for (const limit of [20, 7]) {
          const { total } = await store.events.list({ ...query, limit: 1 });
          const remembered = await pages((p) => store.events.list({ ...query, ...p }), limit, total);
          // Inside a transaction nothing is remembered: every page is a plain OFFSET.
          const plain = await store.transaction(async (tx) =>
            pages((p) => tx.events.list({ ...query, ...p }), limit, total),
          );
          expect(remembered).toEqual(plain);
          // Deep pages first, after a write elsewhere (nothing remembered): the anchors grow backwards.
          await store.venues.create({ ...venue, name: `Sala ${limit} ${JSON.stringify(query)}` });
          const backwards = [];
          for (let offset = Math.floor((total + limit) / limit) * limit; offset >= 0; offset -= limit)
            backwards.unshift((await store.events.list({ ...query, limit, offset })).items.map((e) => e.id));
          expect(backwards).toEqual(plain);
          // Pages in a scattered order, after another write: each block's first row is found from the
          // nearest one known before it, or from the start.
          await store.venues.create({ ...venue, name: `Sala rozrzucona ${limit} ${JSON.stringify(query)}` });
          const order = plain.map((_, i) => i).sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101) || a - b);
          const scattered: string[][] = [];
          for (const i of order)
            scattered[i] = (await store.events.list({ ...query, limit, offset: i * limit })).items.map((e) => e.id);
          expect(scattered).toEqual(plain);
          expect(remembered.flat()).toHaveLength(total);
          expect(new Set(remembered.flat()).size).toBe(total);
        }
    };
    await same();
    // Writes move rows across block boundaries: the anchors of the old data must not be reused.
    const first = (await store.events.list({ filter: { status: ['published'] }, limit: 1 })).items[0] as Event & {
      version: number;
    };
    await store.events.delete(first.id, first.version);
    await store.events.create({
      ...template,
      id: 'ev-0000-new',
      slug: 'nowe',
      title: 'Nowe',
      startsAt: '2026-01-05T09:00:00Z',
      endsAt: '2026-01-05T10:00:00Z',
      agenda: [],
    });
    const moved = await store.events.require('wydarzenie-100');
    await store.events.update(moved.id, moved.version, {
      ...moved,
      startsAt: '2027-06-01T09:00:00Z',
      endsAt: '2027-06-01T10:00:00Z',
    });
    await same();
  });

  it('pages a search the same way with and without a filter, and sees its own writes at once', async ({ store }) => {
    const names = [
      'Fundacja Łódź Łódzka',
      'Łódzkie Forum Fundacji',
      'Akademia Łodzi',
      'Fundacja Lodziarzy',
      'Zespół Łódzki',
      'Fundusz Łódzki',
      'Fundacja Żółw',
      'Żółwie Łódzkie Fundacja',
      'Inna',
    ];
    for (const name of names) await store.organizations.create(orgInput(name));
    for (const search of ['lodz', 'FUND lodz', 'łódź fundacja', 'zolw', 'fundacja', 'zzz'])
      for (const direction of ['asc', 'desc'] as const)
        for (const offset of [0, 1, 2, 3, 5]) {
          const query = { search, sort: { field: 'name' as const, direction }, limit: 2, offset };
          const bySearch = await store.organizations.list(query);
          // A filter sends the query down the general path (one SQL query with IN and OFFSET).
          const general = await store.organizations.list({ ...query, filter: { legalForm: ['fundacja'] } });
          expect(bySearch.items.map((o) => o.name)).toEqual(general.items.map((o) => o.name));
          expect(bySearch.total).toBe(general.total);
        }
    const zolw = async () => (await store.organizations.list({ search: 'ŻOLW' })).items.map((o) => o.name);
    expect(await zolw()).toEqual(['Fundacja Żółw', 'Żółwie Łódzkie Fundacja']);
    const added = await store.organizations.create(orgInput('Żółwik'));
    expect(await zolw()).toEqual(['Fundacja Żółw', 'Żółwie Łódzkie Fundacja', 'Żółwik']);
    await store.organizations.delete(added.id, added.version);
    expect(await zolw()).toEqual(['Fundacja Żółw', 'Żółwie Łódzkie Fundacja']);
  });
});
