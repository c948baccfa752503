import { generateWorld, seedWorld } from '@org/demo';
import { ValidationError } from '@org/domain';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStore, type StoreDump } from './dump.js';
import { ENTITY_DEFS, type EntityDef } from './entities.js';
import { loadWorld } from './load-world.js';
import { contextOf, seamOf } from './open-store.js';
import { readAllRecords } from './repositories/entity-repository.js';
import { findMissingReferences } from './repositories/references.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import { steppingClock } from './test/fixtures.js';
import type { Store } from './types.js';

const withoutStamp = ({ createdAt: _c, ...rest }: StoreDump) => rest;

/** What filters and search read, in a fixed order. */
async function indexRows(store: Store) {
  const { db } = contextOf(store);
  return {
    links: await db.selectFrom('entity_links').selectAll().orderBy(['entity', 'entity_id', 'rel', 'target']).execute(),
    tokens: await db
      .selectFrom('search_tokens')
      .select(['entity', 'entity_id', 'token', 'sort_key'])
      .orderBy(['entity', 'entity_id', 'token'])
      .execute(),
  };
}

async function indexes(store: Store) {
  const seam = seamOf(store);
  const out: Record<string, string[]> = {};
  for (const table of ['organizations', 'events', 'people', 'entity_links', 'search_tokens'])
    out[table] = (await seam.secondaryIndexes(contextOf(store).db, table)).map((i) => i.create).sort();
  return out;
}

describe.each(DIALECTS)('loading a world on $name', (dialect) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('gives the same records, links, words and indexes in one bulk transaction as in batches', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const bulk = await dialect.open({ now: steppingClock() });
    const batched = await dialect.open({ now: steppingClock() });
    stores.push(bulk, batched);
    const world = generateWorld({ seed: 3, organizations: 300, events: 40 });
    const before = await indexes(bulk.store);
    expect(before.search_tokens?.length).toBeGreaterThan(0);
    const a = await loadWorld(bulk.store, world, { bulkFrom: 1 });
    const b = await loadWorld(batched.store, world, { bulkFrom: Number.POSITIVE_INFINITY, batchSize: 10_000 });
    expect(a).toEqual(b);
    expect(a.byKind.organization).toEqual({ added: 300, skipped: 0 });
    expect(withoutStamp(await dumpStore(bulk.store))).toEqual(withoutStamp(await dumpStore(batched.store)));
    expect(await indexRows(bulk.store)).toEqual(await indexRows(batched.store));
    // The dropped indexes are back, exactly as the migrations made them.
    expect(await indexes(bulk.store)).toEqual(before);
    const search = { search: 'fundacja', limit: 5 };
    expect(await bulk.store.organizations.list(search)).toEqual(await batched.store.organizations.list(search));
    // Loading again adds nothing: every id is there.
    expect((await loadWorld(bulk.store, world, { bulkFrom: 1 })).added).toBe(0);
  });

  it('leaves every reference of the seed and of a generated world pointing at a live record of its kind', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    // The loaders write rows without create's check, kind after kind in the order of ENTITY_DEFS (referenced
    // kinds first); this is the check, made once at the end over everything they wrote.
    for (const [world, options] of [
      [seedWorld(), {}],
      [generateWorld({ seed: 5, organizations: 200, events: 60 }), { bulkFrom: 1 }],
    ] as const) {
      const t = await dialect.open();
      stores.push(t);
      await loadWorld(t.store, world, options);
      const { db, locale } = contextOf(t.store);
      const dangling: unknown[] = [];
      let checked = 0;
      for (const def of ENTITY_DEFS)
        for (const { value, deletedAt } of await readAllRecords(db, def as EntityDef<unknown, unknown>, locale)) {
          if (deletedAt !== null) continue;
          const id = (value as { id: string }).id;
          checked++;
          for (const missing of await findMissingReferences(db, def.kind, value, id))
            dangling.push({ kind: def.kind, record: id, ...missing });
        }
      expect(checked).toBeGreaterThan(15);
      expect(dangling).toEqual([]);
    }
  });

  it('refuses an invalid value before writing anything, and a failed bulk load leaves no trace', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    const world = generateWorld({ seed: 4, organizations: 50, events: 0 });
    const empty = {
      ...world,
      authorities: [],
      events: [],
      posts: [],
      grants: [],
      people: [],
      venues: [],
      cooperations: [],
    };
    const broken = {
      ...empty,
      organizations: [...world.organizations, { ...world.organizations[0]!, id: 'x', nip: '1' }],
    };
    await expect(loadWorld(t.store, broken, { bulkFrom: 1 })).rejects.toBeInstanceOf(ValidationError);
    // A duplicate slug fails inside the transaction: rows and dropped indexes roll back together.
    const before = await indexes(t.store);
    const twice = { ...empty, organizations: [...world.organizations, { ...world.organizations[0]!, id: 'other-id' }] };
    await expect(loadWorld(t.store, twice, { bulkFrom: 1 })).rejects.toThrow();
    const { n } = await contextOf(t.store)
      .db.selectFrom('organizations')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(0);
    expect(await indexes(t.store)).toEqual(before);
  });
});
