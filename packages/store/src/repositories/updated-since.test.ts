import { seedWorld } from '@org/demo';
import { type Event, ValidationError } from '@org/domain';
import { describe, expect } from 'vitest';
import { loadWorld } from '../load-world.js';
import { DIALECTS } from '../test/dialects.js';
import { orgInput } from '../test/fixtures.js';
import { storeTest } from '../test/store-fixture.js';
import type { ListQuery, Page, Store, Stored } from '../types.js';

// `updatedSince` on every list: what the website's API pages through for incremental sync. The stepping clock
// gives each write its own second; `loadWorld` gives each kind's records one instant, so ties are many.

type AnyList = (query: ListQuery<never>) => Promise<Page<Stored<{ id: string }>>>;
const KINDS = [
  'events',
  'posts',
  'organizations',
  'authorities',
  'venues',
  'people',
  'grants',
  'cooperations',
] as const;
const listOf = (store: Store, kind: (typeof KINDS)[number]) => store[kind].list as unknown as AnyList;
const byChange = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
  Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const later = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

/** Every record of a list query, `limit` at a time, checking that the pages join up. */
async function everyPage(list: AnyList, query: ListQuery<never>, limit: number) {
  const ids: string[] = [];
  let total = -1;
  for (let offset = 0; ; offset += limit) {
    const page = await list({ ...query, limit, offset });
    total = page.total;
    ids.push(...page.items.map((r) => r.id));
    if (page.items.length < limit) break;
  }
  expect(ids).toHaveLength(total);
  return ids;
}

describe.each(DIALECTS)('updatedSince on $name', (dialect) => {
  const it = storeTest(dialect);

  it('lists what changed at or after the instant, in any offset, oldest change first, and nothing older', async ({
    store,
  }) => {
    const a = await store.organizations.create(orgInput('Fundacja Alfa'));
    const b = await store.organizations.create(orgInput('Fundacja Beta'));
    const c = await store.organizations.create(orgInput('Fundacja Gamma'));
    const changed = async (updatedSince: string) =>
      (await store.organizations.list({ updatedSince, sort: { field: 'updatedAt' } })).items.map((o) => o.name);
    expect(await changed(b.updatedAt)).toEqual(['Fundacja Beta', 'Fundacja Gamma']);
    // One millisecond later is after b's change: at or after, not just after.
    expect(await changed(later(b.updatedAt, 1))).toEqual(['Fundacja Gamma']);
    // The same instant written with an offset, and with no fraction of a second.
    const warsaw = new Date(Date.parse(b.updatedAt) + 3_600_000).toISOString().replace(/\.000Z$/, '+01:00');
    expect(await changed(warsaw)).toEqual(['Fundacja Beta', 'Fundacja Gamma']);
    // A change moves a record to the end; a deleted record is not listed at all.
    const a2 = await store.organizations.update(a.id, a.version, { ...a, shortName: 'Alfa' });
    await store.organizations.delete(c.id, c.version);
    expect(await changed(b.updatedAt)).toEqual(['Fundacja Beta', 'Fundacja Alfa']);
    expect(await changed(a2.updatedAt)).toEqual(['Fundacja Alfa']);
    expect(await changed(later(a2.updatedAt, 3_600_000))).toEqual([]);
    // With a search, a filter and another order, the condition is one more: counted, paged, sorted as asked.
    const page = await store.organizations.list({
      updatedSince: b.updatedAt,
      search: 'fundacja',
      filter: { legalForm: ['fundacja'] },
      sort: { field: 'name', direction: 'desc' },
      limit: 1,
    });
    expect(page.items.map((o) => o.name)).toEqual(['Fundacja Beta']);
    expect(page.total).toBe(2);
  });

  it('takes updatedSince on every kind, with its filters, and pages through ties by id', async ({ store }) => {
    const world = seedWorld();
    const template = world.events[0] as Event;
    // 130 events of one instant (two thirds published), more than two pages of 50: ties fall back to the id.
    const events: Event[] = Array.from({ length: 130 }, (_, i) => ({
      ...template,
      id: `ev-${String((i * 7919) % 1000).padStart(4, '0')}-${i}`,
      slug: `wydarzenie-${i}`,
      title: `Wydarzenie ${i}`,
      status: i % 3 === 0 ? 'draft' : 'published',
      agenda: [],
    }));
    await loadWorld(store, { ...world, events });
    for (const kind of KINDS) {
      const list = listOf(store, kind);
      const all = (await list({ limit: 500 })).items;
      expect(all.length, kind).toBeGreaterThan(0);
      const oldest = all.map((r) => r.updatedAt).sort()[0] as string;
      // An old instant: every record, in (updatedAt, id) order, whatever the page size.
      const expected = [...all].sort(byChange).map((r) => r.id);
      for (const limit of [7, 50])
        expect(
          await everyPage(list, { updatedSince: '2000-01-01T00:00:00Z', sort: { field: 'updatedAt' } }, limit),
          kind,
        ).toEqual(expected);
      expect((await list({ updatedSince: oldest, limit: 1 })).total, kind).toBe(all.length);
      expect((await list({ updatedSince: later(oldest, 1), limit: 1 })).total, kind).toBe(0);
    }
    // One changed event among the published ones: with the status filter, and without it.
    const published = (await store.events.list({ filter: { status: ['published'] }, limit: 500 })).items;
    expect(published.length).toBeGreaterThan(50);
    const draft = (await store.events.list({ filter: { status: ['draft'] }, limit: 1 })).items[0] as Stored<Event>;
    const edited = await store.events.update(draft.id, draft.version, { ...draft, summary: 'Zmiana.' });
    const since = edited.updatedAt;
    expect((await store.events.list({ updatedSince: since })).items.map((e) => e.id)).toEqual([draft.id]);
    expect((await store.events.list({ updatedSince: since, filter: { status: ['published'] } })).total).toBe(0);
    // Paged through the published events changed since the load, 7 at a time, as one list would order them.
    const sinceLoad = published.map((e) => e.updatedAt).sort()[0] as string;
    expect(
      await everyPage(
        store.events.list as unknown as AnyList,
        { updatedSince: sinceLoad, filter: { status: ['published'] } as never, sort: { field: 'updatedAt' } },
        7,
      ),
    ).toEqual([...published].sort(byChange).map((e) => e.id));
    // Inside a transaction (no remembered anchors) the pages are the same.
    const query = { updatedSince: sinceLoad, sort: { field: 'updatedAt' as const }, limit: 7, offset: 63 };
    expect((await store.transaction((tx) => tx.events.list(query))).items).toEqual(
      (await store.events.list(query)).items,
    );
  });

  it('refuses what names no instant, with the field named; before year 0 every record is changed since', async ({
    store,
  }) => {
    await store.organizations.create(orgInput('Fundacja Alfa'));
    for (const value of ['wczoraj', '2026-11-27', '2026-11-27T10:00:00', '2026-02-31T10:00:00Z', 42, '']) {
      const query = { updatedSince: value as string };
      await expect(store.organizations.list(query), String(value)).rejects.toBeInstanceOf(ValidationError);
      await expect(store.organizations.list(query), String(value)).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: 'updatedSince' })],
      });
    }
    // Past 9999 the ISO text of the instant would not sort after the stored ones: refused, saying so.
    await expect(store.organizations.list({ updatedSince: '9999-12-31T23:00:00-05:00' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'updatedSince', message: expect.stringMatching(/10000/) })],
    });
    expect((await store.organizations.list({ updatedSince: '0000-01-01T00:00:00+01:00' })).total).toBe(1);
    expect((await store.organizations.list({ updatedSince: '9999-12-31T23:59:59.999Z' })).total).toBe(0);
  });
});
