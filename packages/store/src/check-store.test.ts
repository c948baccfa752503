import { describe, expect } from 'vitest';
import { checkStore } from './check-store.js';
import { contextOf } from './open-store.js';
import { DIALECTS } from './test/dialects.js';
import { storeTest, withSeed } from './test/store-fixture.js';

describe.each(DIALECTS)('checkStore on $name', (dialect) => {
  const it = storeTest(dialect, { prepare: withSeed });

  it('finds nothing wrong with the demo seed, and counts every live record of each kind', async ({ store }) => {
    const result = await checkStore(store);
    expect(result.problems).toEqual([]);
    expect(result.checked.event).toBe((await store.events.list({ limit: 500 })).total);
    expect(result.checked.organization).toBe((await store.organizations.list({ limit: 500 })).total);
    expect(result.total).toBe(Object.values(result.checked).reduce((a, b) => a + b, 0));
    expect(result.total).toBeGreaterThan(10);
  });

  it('finds a record that breaks a rule, one that cannot be read, and one pointing at a record deleted by force; reads only', async ({
    store,
    t,
  }) => {
    const { db } = contextOf(store);
    const event = (await store.events.list({ limit: 1 })).items[0];
    if (!event) throw new Error('the seed has an event');
    const venueId = event.venueId;
    if (!venueId) throw new Error('the seed event has a venue');
    // Stored before a rule existed, or edited by hand: the document says what no write would take.
    await db
      .updateTable('events')
      .set({ doc: JSON.stringify({ ...event, version: undefined, title: '', endsAt: 'wczoraj' }) })
      .where('id', '=', event.id)
      .execute();
    const post = (await store.posts.list({ limit: 1 })).items[0];
    if (!post) throw new Error('the seed has a post');
    await db.updateTable('posts').set({ doc: '{"title":"Ucię' }).where('id', '=', post.id).execute();
    await store.venues.delete(venueId, (await store.venues.require(venueId)).version, undefined, { force: true });
    const version = await store.dataVersion();

    const pl = await checkStore(store);
    const bad = Object.fromEntries(pl.problems.map((p) => [p.entity, p]));
    expect(pl.problems.map((p) => p.entity).sort()).toEqual(['event', 'post']);
    expect(bad.event).toMatchObject({ id: event.id, slug: event.slug });
    expect(bad.event?.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['title', 'too_small'],
        ['endsAt', expect.any(String)],
        ['venueId', 'reference.missing'],
      ]),
    );
    expect(bad.event?.issues.find((i) => i.path === 'venueId')?.message).toContain(venueId);
    expect(bad.event?.issues.find((i) => i.path === 'title')?.message).toBe('Tytuł: to pole jest wymagane.');
    expect(bad.post?.issues).toEqual([
      expect.objectContaining({
        path: '',
        code: 'record.corrupt',
        message: expect.stringMatching(/^uszkodzony rekord/),
      }),
    ]);
    // The deleted venue is gone from what is checked; the store is unchanged.
    expect(pl.checked.venue).toBe((await store.venues.list({ limit: 500 })).total);
    expect(await store.dataVersion()).toBe(version);

    // In the store's language, or the one asked for.
    const en = await checkStore(await t.reopen({ migrate: false, locale: 'en' }));
    expect(
      (await checkStore(store, { locale: 'en' })).problems
        .find((p) => p.entity === 'event')
        ?.issues.find((i) => i.path === 'venueId')?.message,
    ).toMatch(/^Venue: no venue with the id/);
    expect(en.problems.find((p) => p.entity === 'event')?.issues.find((i) => i.path === 'title')?.message).toMatch(
      /^Title: /,
    );
  });
});
