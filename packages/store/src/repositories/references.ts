import { sql } from 'kysely';
import type { StoreContext } from '../context.js';
import { pageBounds } from '../context.js';
import { parseStoredDoc } from '../corrupt-record-error.js';
import { ENTITY_DEFS } from '../entities.js';
import { REFERENCE_REL, referencePaths } from '../references.js';
import { holdsNul } from '../text-guard.js';
import type { References } from '../types.js';

// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
type Db = any;

const KINDS = ENTITY_DEFS.map((d) => d.kind);

/**
 * The live records that point at `id`, from the `ref` rows of `entity_links` (one per id a record holds,
 * written with the record): at most `limit` of them, by kind and then by name, and how many there are.
 * `db` is the transaction's handle when a delete asks, so the answer is the one that delete commits with.
 */
export async function findReferrers(ctx: StoreContext, db: Db, id: string, limit: number): Promise<References> {
  // No stored id holds a NUL, and PostgreSQL would refuse to compare one (see text-guard.ts).
  if (holdsNul(id)) return { items: [], total: 0 };
  const counts = (await db
    .selectFrom('entity_links')
    .select(['entity', sql<number | string>`count(*)`.as('n')])
    .where('entity', 'in', KINDS)
    .where('rel', '=', REFERENCE_REL)
    .where('target', '=', id)
    .groupBy('entity')
    .execute()) as { entity: string; n: number | string }[];
  const byKind = new Map(counts.map((c) => [c.entity, Number(c.n)]));
  const result: References = { items: [], total: 0 };
  for (const def of ENTITY_DEFS) {
    const n = byKind.get(def.kind) ?? 0;
    if (n === 0) continue;
    result.total += n;
    const room = limit - result.items.length;
    if (room <= 0) continue;
    const rows = (await db
      .selectFrom(`${def.table} as t`)
      .innerJoin('entity_links as l', (join: Db) =>
        join
          .onRef('l.entity_id', '=', 't.id')
          .on('l.entity', '=', def.kind)
          .on('l.rel', '=', REFERENCE_REL)
          .on('l.target', '=', id),
      )
      .select(['t.id', 't.slug', 't.name', 't.doc'])
      .where('t.deleted_at', 'is', null)
      .orderBy('t.sort_key')
      .orderBy('t.id')
      .limit(room)
      .execute()) as { id: string; slug: string; name: string; doc: string }[];
    for (const row of rows) {
      const doc = parseStoredDoc(row.doc, { kind: def.kind, table: def.table, id: row.id, slug: row.slug }, ctx.locale);
      result.items.push({
        entity: def.kind,
        id: row.id,
        slug: row.slug,
        name: row.name,
        paths: referencePaths(doc, row.id).flatMap(([path, target]) => (target === id ? [path] : [])),
      });
    }
  }
  return result;
}

/** `Store.referencesTo`: `limit` checked as a list's is (1–500), 100 when not given. */
export function referencesTo(ctx: StoreContext) {
  return async (id: string, query?: { limit?: number }): Promise<References> => {
    const { limit } = pageBounds({ limit: query?.limit ?? 100 }, ctx.locale);
    return findReferrers(ctx, ctx.db, id, limit);
  };
}
