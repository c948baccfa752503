import { sql } from 'kysely';
import type { StoreContext } from '../context.js';
import { pageBounds } from '../context.js';
import { parseStoredDoc } from '../corrupt-record-error.js';
import { ENTITY_DEFS } from '../entities.js';
import type { MissingReference } from '../missing-reference-error.js';
import { REFERENCE_REL, referenceKind, referencePaths } from '../references.js';
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

const TABLES = new Map(ENTITY_DEFS.map((d) => [d.kind, d.table]));
const ALL_TABLES = ENTITY_DEFS.map((d) => d.table);

/**
 * The ids `value` (a record of kind `holder`, to be written) holds that name no live record of the kind
 * their field names (any kind when it names none), with their field paths, in document order. `db` is
 * the write's transaction, after it has locked those ids (`lockRecords`), so that a delete of one of them
 * either committed before (and is seen here) or waits for the write.
 */
export async function findMissingReferences(
  db: Db,
  holder: (typeof ENTITY_DEFS)[number]['kind'],
  value: unknown,
  selfId: string,
): Promise<MissingReference[]> {
  const wanted = referencePaths(value, selfId).map(([path, id]) => {
    const entity = referenceKind(path, holder);
    return { path, id, entity, tables: entity ? [TABLES.get(entity) as string] : ALL_TABLES };
  });
  if (wanted.length === 0) return [];
  const idsByTable = new Map<string, Set<string>>();
  for (const w of wanted)
    for (const table of w.tables) {
      const ids = idsByTable.get(table) ?? new Set<string>();
      ids.add(w.id);
      idsByTable.set(table, ids);
    }
  const live = new Map<string, Set<string>>();
  for (const [table, ids] of idsByTable) {
    const found = new Set<string>();
    const list = [...ids];
    // Chunks keep the IN list under both dialects' bound-parameter limits.
    for (let i = 0; i < list.length; i += 500) {
      const rows = (await db
        .selectFrom(table)
        .select('id')
        .where('id', 'in', list.slice(i, i + 500))
        .where('deleted_at', 'is', null)
        .execute()) as { id: string }[];
      for (const row of rows) found.add(row.id);
    }
    live.set(table, found);
  }
  return wanted
    .filter((w) => !w.tables.some((table) => live.get(table)?.has(w.id)))
    .map(({ path, id, entity }) => (entity ? { path, id, entity } : { path, id }));
}
