import { SEED_IDS, seedWorld } from '@org/demo';
import { EventSchema, personName } from '@org/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import type { Store } from './types.js';

describe.each(DIALECTS)('seed-demo on $name', (dialect) => {
  let t: TestStore;
  let store: Store;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open();
    store = t.store;
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('loads the seed event and its world into an empty store, once', async () => {
    const world = seedWorld();
    const total = Object.values(world).reduce((n, xs) => n + xs.length, 0);
    expect(await seedDemo(store)).toMatchObject({ added: total, skipped: 0 });
    const event = await store.events.require(SEED_IDS.event);
    expect(EventSchema.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({ ...world.events[0], version: 1 });
    expect(event.agenda).toHaveLength(5);
    // The README's example reads it by slug.
    expect((await store.events.require('sprawny-urzad-sprawna-organizacja')).id).toBe(SEED_IDS.event);
    const venue = await store.venues.require(event.venueId as string);
    expect(venue.name).toBe('Centrum Wielokulturowe w Warszawie');
    const speakers = await store.people.list({ sort: { field: 'name' } });
    expect(speakers.items.map(personName)).toContain('Khedi Alieva');

    const org = await store.organizations.require(SEED_IDS.fise);
    await store.organizations.update(org.id, org.version, { ...org, shortName: 'FISE' });
    expect(await seedDemo(store)).toMatchObject({ added: 0, skipped: total });
    expect((await store.organizations.get(SEED_IDS.fise))?.shortName).toBe('FISE');
    expect((await store.events.list()).total).toBe(world.events.length);
  });

  it('loads once when two processes start on an empty database at the same moment', async () => {
    // Two stores on one database, as two website processes (or the website and the admin) that both
    // found no events at start: one adds every record, the other skips them, and neither fails.
    const world = seedWorld();
    const total = Object.values(world).reduce((n, xs) => n + xs.length, 0);
    const other = await t.reopen({ migrate: false });
    const results = await Promise.all([seedDemo(store), seedDemo(other)]);
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(total);
    expect(results.reduce((n, r) => n + r.skipped, 0)).toBe(total);
    expect((await store.events.list()).total).toBe(world.events.length);
  });
});
