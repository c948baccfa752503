import type { DemoWorld } from '@org/demo';
import { nowIso, write } from './context.js';
import { ENTITY_DEFS, type EntityDef } from './entities.js';
import { contextOf } from './open-store.js';
import { insertRecords, type RecordState, validateEntity } from './repositories/entity-repository.js';
import type { Store } from './types.js';

/** What a load did, per kind and in total. */
export interface LoadResult {
  added: number;
  skipped: number;
  byKind: Record<string, { added: number; skipped: number }>;
}

const WORLD_KEYS: Record<string, keyof DemoWorld> = {
  authority: 'authorities',
  organization: 'organizations',
  venue: 'venues',
  person: 'people',
  grant: 'grants',
  event: 'events',
  post: 'posts',
  cooperation: 'cooperations',
};

/**
 * Loads a world of domain values (the seed, or a generated one) in batches, each its own transaction,
 * so 100k records take seconds and never hold the write lock for long. Every value is validated first.
 * Records whose id is already stored (even deleted) are skipped, which makes loading idempotent.
 *
 * @example
 * await loadWorld(store, generateWorld({ organizations: 100_000 })) // { added: 100_…, skipped: 0, … }
 */
export async function loadWorld(
  store: Store,
  world: DemoWorld,
  options: { batchSize?: number } = {},
): Promise<LoadResult> {
  const ctx = contextOf(store);
  const batchSize = options.batchSize ?? 5000;
  const result: LoadResult = { added: 0, skipped: 0, byKind: {} };
  for (const def of ENTITY_DEFS) {
    const values = world[WORLD_KEYS[def.kind] as keyof DemoWorld] as unknown[];
    const counts = { added: 0, skipped: 0 };
    result.byKind[def.kind] = counts;
    for (let i = 0; i < values.length; i += batchSize) {
      const batch = values.slice(i, i + batchSize).map((v) => validateEntity(def as EntityDef<unknown, unknown>, v));
      await write(ctx, async (db) => {
        const ids = batch.map((v) => (v as { id: string }).id);
        const present = new Set<string>();
        for (let j = 0; j < ids.length; j += 500) {
          const rows = await db
            .selectFrom(def.table)
            .select('id')
            .where('id', 'in', ids.slice(j, j + 500))
            .execute();
          for (const r of rows) present.add(r.id as string);
        }
        const at = nowIso(ctx);
        const states: RecordState<unknown>[] = batch
          .filter((v) => !present.has((v as { id: string }).id))
          .map((value) => ({ value, meta: { version: 1, createdAt: at, updatedAt: at }, deletedAt: null }));
        await insertRecords(db, def as EntityDef<unknown, unknown>, states);
        counts.added += states.length;
        counts.skipped += batch.length - states.length;
      });
    }
    result.added += counts.added;
    result.skipped += counts.skipped;
  }
  return result;
}
