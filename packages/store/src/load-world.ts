import type { DemoWorld } from '@org/demo';
import { type Kysely, sql } from 'kysely';
import { nowIso, type StoreContext, write } from './context.js';
import { ENTITY_DEFS, type EntityDef } from './entities.js';
import { contextOf } from './open-store.js';
import {
  insertRecordRows,
  insertRecords,
  type RecordRows,
  type RecordState,
  recordRows,
  sortRecordRows,
  validateEntity,
} from './repositories/entity-repository.js';
import type { Store } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
type Db = Kysely<any>;

// Fewer records than this load in batches of their own transactions, indexes kept up as they go.
const BULK_LOAD_MIN = 10_000;

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

/** Ids of `ids` already stored (deleted records too). */
async function storedIds(db: Db, table: string, ids: string[]): Promise<Set<string>> {
  const present = new Set<string>();
  for (let j = 0; j < ids.length; j += 500) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', ids.slice(j, j + 500))
      .execute();
    for (const r of rows) present.add(r.id as string);
  }
  return present;
}

const countRows = async (db: Db, table: string): Promise<number> =>
  Number(
    (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0,
  );

/**
 * Inserts many records of one kind in one transaction. A table that gets more new rows than it holds
 * loses its secondary indexes for the load and gets them back, built by one sort, before the commit:
 * keeping them up row by row cost most of seeding's time. Primary keys and unique indexes stay, so
 * every constraint is checked as the rows go in; DDL is transactional in both dialects, so a failure
 * leaves tables and indexes as they were.
 */
async function bulkInsert(
  ctx: StoreContext,
  db: Db,
  def: EntityDef<unknown, unknown>,
  rows: RecordRows,
): Promise<void> {
  const tables: [string, number][] = [
    [def.table, rows.main.length],
    ['entity_links', rows.links.length],
    ['search_tokens', rows.tokens.length],
  ];
  const rebuilt: { name: string; create: string }[] = [];
  for (const [table, incoming] of tables) {
    if (incoming === 0 || incoming <= (await countRows(db, table))) continue;
    for (const index of await ctx.seam.secondaryIndexes(db, table)) {
      await sql`drop index ${sql.id(index.name)}`.execute(db);
      rebuilt.push(index);
    }
  }
  sortRecordRows(rows, rebuilt.length > 0);
  await insertRecordRows(db, def.table, rows, (trx, table, chunk) => ctx.seam.insertRows(trx, table, chunk));
  for (const index of rebuilt) await sql.raw(index.create).execute(db);
}

/**
 * Loads a world of domain values (the seed, or a generated one). A few records of a kind load in
 * batches, each its own transaction, so they never hold the write lock for long; many (10,000 or more,
 * and more than the table holds) load in one transaction that rebuilds the indexes once at its end,
 * so 100k records take seconds (`bulkFrom` moves the threshold). Every value is validated first.
 * Records whose id is already stored (even deleted) are skipped, which makes loading idempotent.
 *
 * @example
 * await loadWorld(store, generateWorld({ organizations: 100_000 })) // { added: 100_…, skipped: 0, … }
 */
export async function loadWorld(
  store: Store,
  world: DemoWorld,
  options: { batchSize?: number; bulkFrom?: number } = {},
): Promise<LoadResult> {
  const ctx = contextOf(store);
  const batchSize = options.batchSize ?? 5000;
  const bulkFrom = options.bulkFrom ?? BULK_LOAD_MIN;
  const result: LoadResult = { added: 0, skipped: 0, byKind: {} };
  for (const def of ENTITY_DEFS) {
    const anyDef = def as EntityDef<unknown, unknown>;
    const values = world[WORLD_KEYS[def.kind] as keyof DemoWorld] as unknown[];
    const counts = { added: 0, skipped: 0 };
    result.byKind[def.kind] = counts;
    const toStates = async (db: Db, batch: unknown[]): Promise<RecordState<unknown>[]> => {
      // Two processes that start on an empty database at once (two website processes, the website and
      // the admin) both load the demo data. On PostgreSQL their transactions would both find an id
      // absent and the second insert would fail on the primary key; one lock per table makes the second
      // wait for the first's commit and then skip what it stored. SQLite's writes already run one at a time.
      await ctx.seam.lockRecords(db, [`mosty:load:${def.table}`], 'exclusive');
      const present = await storedIds(
        db,
        def.table,
        batch.map((v) => (v as { id: string }).id),
      );
      const at = nowIso(ctx);
      const states = batch
        .filter((v) => !present.has((v as { id: string }).id))
        .map((value) => ({ value, meta: { version: 1, createdAt: at, updatedAt: at }, deletedAt: null }));
      counts.added += states.length;
      counts.skipped += batch.length - states.length;
      return states;
    };
    if (values.length >= bulkFrom && values.length > (await countRows(ctx.db, def.table))) {
      // Every value is validated before the transaction starts.
      const valid = values.map((v) => validateEntity(anyDef, v, ctx.locale));
      await write(ctx, async (db) => bulkInsert(ctx, db, anyDef, recordRows(anyDef, await toStates(db, valid))));
    } else
      for (let i = 0; i < values.length; i += batchSize) {
        const batch = values.slice(i, i + batchSize).map((v) => validateEntity(anyDef, v, ctx.locale));
        await write(ctx, async (db) => insertRecords(db, anyDef, await toStates(db, batch)));
      }
    result.added += counts.added;
    result.skipped += counts.skipped;
  }
  return result;
}
