import { seedWorld } from '@org/demo';
import type { Event, Organization, Post } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// Incremental sync from an old instant: a new mirror asks for everything changed since long ago and pages through
// more than one page of it. Every record of a kind is loaded at one instant, so the order rests on the ties by id;
// a few records are then changed, and come last. Real store (SQLite file), real server.

type Listed = { items: { id: string; updatedAt: string }[]; total: number; limit: number; offset: number };
const OLD = 'updatedSince=2000-01-01T00:00:00Z';
const byChange = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
  Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let site: SeededSite;
beforeAll(async () => {
  const world = seedWorld();
  const org = world.organizations[0] as Organization;
  const event = world.events[0] as Event;
  const post = world.posts[0] as Post;
  // Ids in another order than names and creation, so an order by anything but the id would show.
  const id = (prefix: string, i: number) => `${prefix}-${String((i * 7919) % 1000).padStart(4, '0')}-${i}`;
  site = await seededSite({
    world: {
      ...world,
      organizations: [
        ...world.organizations,
        ...Array.from({ length: 120 }, (_, i) => ({
          ...org,
          id: id('org', i),
          slug: `org-${i}`,
          name: `Fundacja ${i}`,
        })),
      ],
      // A third of them drafts, which the API never lists.
      events: [
        ...world.events,
        ...Array.from({ length: 120 }, (_, i) => ({
          ...event,
          id: id('ev', i),
          slug: `wydarzenie-${i}`,
          title: `Wydarzenie ${i}`,
          status: i % 3 === 0 ? ('draft' as const) : ('published' as const),
        })),
      ],
      posts: [
        ...world.posts,
        ...Array.from({ length: 60 }, (_, i) => ({
          ...post,
          id: id('post', i),
          slug: `wpis-${i}`,
          title: `Wpis ${i}`,
          status: i % 4 === 0 ? ('draft' as const) : ('published' as const),
        })),
      ],
    },
  });
  // Changed after the load: these come after every record of the load, in the order they were changed. Each
  // in a later millisecond than the one before (updatedAt's unit), or two could tie and be ordered by id.
  const nextMillisecond = async () => {
    const start = Date.now();
    while (Date.now() === start) await new Promise((r) => setTimeout(r, 1));
  };
  for (const slug of ['org-7', 'org-3', world.organizations[1]!.slug]) {
    await nextMillisecond();
    const o = (await site.store.organizations.getBySlug(slug))!;
    await site.store.organizations.update(o.id, o.version, { ...o, shortName: 'Zmieniona' });
  }
  const e = (await site.store.events.getBySlug('wydarzenie-1'))!;
  await site.store.events.update(e.id, e.version, { ...e, summary: 'Zmiana.' });
});
afterAll(() => site?.close());

/** Every page of a list from `query`, `limit` at a time, checking that each says the same total. */
async function allPages(list: string, query: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let total: number | undefined;
  let pages = 0;
  for (let offset = 0; ; offset += limit) {
    const res = await site.get(`${list}?${query}&limit=${limit}&offset=${offset}`);
    expect(res.status, `${list} offset ${offset}`).toBe(200);
    const body = (await res.json()) as Listed;
    total ??= body.total;
    expect(body.total, `${list} offset ${offset}`).toBe(total);
    expect([body.limit, body.offset]).toEqual([limit, offset]);
    ids.push(...body.items.map((r) => r.id));
    pages++;
    if (body.items.length < limit) break;
  }
  expect(ids).toHaveLength(total as number);
  return { ids, pages };
}

/** What the API lists of a kind, whole (its own order, no updatedSince), in the order sync gives it. */
async function listedByChange(list: string) {
  const res = await site.get(`${list}?limit=500`);
  const { items } = (await res.json()) as Listed;
  return [...items].sort(byChange).map((r) => r.id);
}

describe('updatedSince from long ago', () => {
  it.each([
    ['/api/v1/organizations', 50],
    ['/api/v1/events', 50],
    ['/api/v1/posts', 20],
    ['/api/v1/people', 2],
    ['/api/v1/cooperations', 1],
  ])(
    '%s pages through every listed record, changed ones last, ties by id, each once (limit %i)',
    async (list, limit) => {
      const expected = await listedByChange(list);
      const { ids, pages } = await allPages(list, OLD, limit);
      expect(pages).toBeGreaterThan(1);
      expect(ids).toEqual(expected);
    },
  );

  it('puts the records changed after the load last, in the order they changed', async () => {
    const { ids } = await allPages('/api/v1/organizations', OLD, 50);
    const slugs = await Promise.all(ids.slice(-3).map(async (id) => (await site.store.organizations.get(id))?.slug));
    expect(slugs).toEqual(['org-7', 'org-3', seedWorld().organizations[1]!.slug]);
    // Resuming from the first of them gives just those, and the event changed with them is the only one since.
    const since = (await site.store.organizations.getBySlug('org-7'))!.updatedAt;
    expect((await allPages('/api/v1/organizations', `updatedSince=${encodeURIComponent(since)}`, 50)).ids).toEqual(
      ids.slice(-3),
    );
    const events = await allPages('/api/v1/events', `updatedSince=${encodeURIComponent(since)}`, 50);
    expect(events.ids).toEqual([(await site.store.events.getBySlug('wydarzenie-1'))!.id]);
  });

  it('refuses an instant in the year 10000 (UTC) with 400, not a 500', async () => {
    for (const list of ['/api/v1/organizations', '/api/v1/people']) {
      const res = await site.get(`${list}?updatedSince=${encodeURIComponent('9999-12-31T23:00:00-05:00')}`);
      expect(res.status, list).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe(
        'Query parameter updatedSince must be an instant before the year 10000 (UTC), got "9999-12-31T23:00:00-05:00".',
      );
    }
  });
});
