import {
  type AuditEntry,
  ConflictError,
  type Event,
  isPublicEvent,
  type Locale,
  NotFoundError,
  type RecordMeta,
  slugify,
  UniqueViolationError,
  validate,
} from '@org/domain';
import { type Kysely, sql } from 'kysely';
import { changeStamp, newId, nowIso, pageBounds, queryError, type StoreContext, write } from '../context.js';
import { parseStoredDoc } from '../corrupt-record-error.js';
import { type Condition, type EntityDef, searchTokens, updatedSinceCondition } from '../entities.js';
import { EXPECTED, MESSAGES, shown } from '../messages.js';
import { MissingReferenceError } from '../missing-reference-error.js';
import { REFERRERS_IN_ERROR, ReferencedError } from '../referenced-error.js';
import { REFERENCE_REL, referenceTargets } from '../references.js';
import { polishSortKey } from '../sort-key.js';
import { holdsNul } from '../text-guard.js';
import type { Actor, ListQuery, Page, Repository, Stored } from '../types.js';
import { insertAudit } from './audit.js';
import { formerSlugQuery, liveFormerSlugs, recordSlugChange, takenFormerSlugs } from './former-slugs.js';
import { findMissingReferences, findReferrers } from './references.js';
import { cancelPendingOnDelete } from './scheduled.js';
import { validationError } from './validation-error.js';

// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
type Db = Kysely<any>;

/** A row as the entity tables keep it (the indexed columns an entity adds are not read back). */
export interface EntityRow {
  id: string;
  slug: string;
  doc: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A record with everything a dump keeps and a restore needs. */
export interface RecordState<T> {
  value: T;
  meta: RecordMeta;
  deletedAt: string | null;
}

const META_KEYS = ['version', 'createdAt', 'updatedAt'];
// Beyond this many distinct words starting with the query ("a", "s"), merging costs more than sorting.
const MAX_MERGED_WORDS = 24;
/**
 * A search counts at most this many matches and then says "1000+" (`totalIsLowerBound`): with 100k
 * records, counting every match of two common words cost ~150 ms, and nobody pages to the 1001st.
 */
export const SEARCH_COUNT_CAP = 1000;
// Values kept per change stamp and repository (totals, search words, page anchors) before starting afresh.
const MAX_MEMO_ENTRIES = 512;
// A page starts from the first row of its block of this many rows (see `blockAnchor`).
const ANCHOR_STEP = 100;

/** A row of a list by its sort value and id: where a block of `ANCHOR_STEP` rows starts. */
interface Anchor {
  v: string;
  id: string;
}
// Sort columns that may be NULL: lists put NULLs last by hand, which a keyset bound does not follow.
const NULLABLE_SORT_COLUMNS = new Set(['published_at']);
// Choosing the rarest word of a multi-word search counts each word's matches up to this many.
const RARITY_CAP = 5000;
// A one-letter word beside longer ones ('fundacja w') counts only this far: with as many matches it
// is common, and drives only when every word is one letter (see `searchByName`).
const ONE_LETTER_CAP = 1000;

/** A counted total as a page reports it: at most the cap, flagged when there are more. */
const capped = (n: number): { total: number; totalIsLowerBound: boolean } =>
  n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };

/** The columns a record is read back from: its document, its metadata, and what names it when the document is corrupt. */
type ReadRow = Pick<EntityRow, 'id' | 'slug' | 'doc' | 'version' | 'created_at' | 'updated_at'>;

/** A row's document, or a `CorruptRecordError` naming the record (see `parseStoredDoc`). */
const docOf = <T>(def: Pick<EntityDef<T, unknown>, 'kind' | 'table'>, row: ReadRow, locale: Locale): T =>
  parseStoredDoc<T>(row.doc, { kind: def.kind, table: def.table, id: row.id, slug: row.slug }, locale);

/** The domain value of a row, with its metadata spread in. */
export function storedFromRow<T>(
  def: Pick<EntityDef<T, unknown>, 'kind' | 'table'>,
  row: ReadRow,
  locale: Locale,
): Stored<T> {
  return {
    ...docOf(def, row, locale),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const withoutMeta = (value: Record<string, unknown>): Record<string, unknown> => {
  const copy = { ...value };
  for (const key of META_KEYS) delete copy[key];
  return copy;
};

const asObject = (input: unknown, what: string, locale: Locale): Record<string, unknown> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw validationError(
      what,
      [{ path: '', field: what, code: 'invalid_type', message: MESSAGES.notObject[locale](what, input) }],
      locale,
    );
  return input as Record<string, unknown>;
};

// Chunks keep every INSERT under SQLite's and PostgreSQL's bound-parameter limits.
const chunks = <T>(xs: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

function mainRow<T>(def: EntityDef<T, unknown>, state: RecordState<T>, sortKey: string) {
  const value = state.value as T & { id: string; slug: string };
  return {
    id: value.id,
    slug: value.slug,
    name: def.name(state.value),
    sort_key: sortKey,
    ...def.columns(state.value),
    version: state.meta.version,
    created_at: state.meta.createdAt,
    updated_at: state.meta.updatedAt,
    deleted_at: state.deletedAt,
    doc: JSON.stringify(state.value),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The rows that records become: one in the entity's table, and for live ones their links and words. */
export interface RecordRows {
  main: Record<string, unknown>[];
  links: { entity: string; entity_id: string; rel: string; target: string }[];
  /** `words`: all of the record's words, each row's own included, or null when too long (see `wordsBeside`). */
  tokens: { entity: string; entity_id: string; token: string; sort_key: string; words: string | null }[];
}

// A PostgreSQL index entry holds at most 2,704 bytes, and the words sit in the sorted index beside the
// word (at most 100 characters) and the sort key: past this many bytes of words and sort key together,
// a record keeps NULL and search checks its words with a probe instead (migration 0006 does the same).
const MAX_WORDS_BESIDE_BYTES = 1600;

/**
 * A record's search words as each of its word rows keeps them: between spaces, so that ' w' occurs
 * exactly when a word starts with 'w'; null when they and the sort key would not fit an index entry.
 */
function wordsBeside(tokens: string[], sortKey: string): string | null {
  const words = ` ${tokens.join(' ')} `;
  return Buffer.byteLength(words) + Buffer.byteLength(sortKey) <= MAX_WORDS_BESIDE_BYTES ? words : null;
}

/** Works out every row of `states` (each record's sort key once). */
export function recordRows<T>(
  def: EntityDef<T, unknown>,
  states: RecordState<T>[],
  extraColumns?: (state: RecordState<T>) => Record<string, string | null>,
): RecordRows {
  const rows: RecordRows = { main: [], links: [], tokens: [] };
  for (const state of states) {
    const sortKey = polishSortKey(def.name(state.value));
    rows.main.push({ ...mainRow(def, state, sortKey), ...extraColumns?.(state) });
    // Deleted records have no rows that filters and search read.
    if (state.deletedAt !== null) continue;
    const id = (state.value as { id: string }).id;
    for (const [rel, target] of def.links(state.value))
      rows.links.push({ entity: def.kind, entity_id: id, rel, target });
    // Every id the record holds, so that `referencesTo` and `delete` find who points at a record.
    for (const target of referenceTargets(state.value, id))
      rows.links.push({ entity: def.kind, entity_id: id, rel: REFERENCE_REL, target });
    const tokens = searchTokens(def.searchText(state.value));
    const words = wordsBeside(tokens, sortKey);
    for (const token of tokens) rows.tokens.push({ entity: def.kind, entity_id: id, token, sort_key: sortKey, words });
  }
  return rows;
}

/**
 * Sorts rows for insertion: by the tables' primary keys when their other indexes are being rebuilt
 * afterwards (a bulk load then only appends), else in the order of their largest index, so a batch
 * appends to a few index pages at a time instead of touching pages all over a large index.
 */
export function sortRecordRows(rows: RecordRows, byPrimaryKey: boolean): void {
  rows.main.sort((a, b) => compare(a.id as string, b.id as string));
  rows.links.sort((a, b) =>
    byPrimaryKey
      ? compare(a.entity_id, b.entity_id) || compare(a.rel, b.rel) || compare(a.target, b.target)
      : compare(a.rel, b.rel) || compare(a.target, b.target) || compare(a.entity_id, b.entity_id),
  );
  rows.tokens.sort((a, b) =>
    byPrimaryKey
      ? compare(a.entity_id, b.entity_id) || compare(a.token, b.token)
      : compare(a.token, b.token) || compare(a.sort_key, b.sort_key) || compare(a.entity_id, b.entity_id),
  );
}

type InsertRows = (db: Db, table: string, rows: Record<string, unknown>[]) => Promise<void>;

// Multi-row INSERTs, in chunks under SQLite's and PostgreSQL's bound-parameter limits.
const insertInChunks: InsertRows = async (db, table, rows) => {
  const size = table === 'search_tokens' ? 2500 : table === 'entity_links' ? 2000 : 500;
  for (const chunk of chunks(rows, size)) await db.insertInto(table).values(chunk).execute();
};

/** Inserts the rows of records into their three tables (`insert`: the dialect's bulk insert, for loads). */
export async function insertRecordRows(
  db: Db,
  table: string,
  rows: RecordRows,
  insert: InsertRows = insertInChunks,
): Promise<void> {
  if (rows.main.length > 0) await insert(db, table, rows.main);
  if (rows.links.length > 0) await insert(db, 'entity_links', rows.links);
  if (rows.tokens.length > 0) await insert(db, 'search_tokens', rows.tokens);
}

/** Writes the rows that filters and search read for live records; deleted records have none. */
async function insertIndexRows<T>(db: Db, def: EntityDef<T, unknown>, states: RecordState<T>[]): Promise<void> {
  const rows = recordRows(def, states);
  sortRecordRows(rows, false);
  await insertRecordRows(db, def.table, { ...rows, main: [] });
}

async function deleteIndexRows(db: Db, kind: string, id: string): Promise<void> {
  await db.deleteFrom('entity_links').where('entity', '=', kind).where('entity_id', '=', id).execute();
  await db.deleteFrom('search_tokens').where('entity', '=', kind).where('entity_id', '=', id).execute();
}

/**
 * Inserts records as they are (validated values, their versions and timestamps), in batches. The
 * bulk path of seeding, importing and restoring; the caller brings the transaction.
 */
export async function insertRecords<T>(
  db: Db,
  def: EntityDef<T, unknown>,
  states: RecordState<T>[],
  extraColumns?: (state: RecordState<T>) => Record<string, string | null>,
): Promise<void> {
  const rows = recordRows(def, states, extraColumns);
  sortRecordRows(rows, false);
  await insertRecordRows(db, def.table, rows);
}

/** Every record of a kind, deleted ones included, in id order: what a dump writes. */
export async function readAllRecords<T>(db: Db, def: EntityDef<T, unknown>, locale: Locale): Promise<RecordState<T>[]> {
  const rows = (await db
    .selectFrom(def.table)
    .select(['id', 'slug', 'doc', 'version', 'created_at', 'updated_at', 'deleted_at'])
    .orderBy('id')
    .execute()) as EntityRow[];
  return rows.map((row) => ({
    value: docOf(def, row, locale),
    meta: { version: Number(row.version), createdAt: row.created_at, updatedAt: row.updated_at },
    deletedAt: row.deleted_at,
  }));
}

/** Validates with the entity's domain schema, or throws the domain's `ValidationError` in `locale`. */
export function validateEntity<T>(def: EntityDef<T, unknown>, input: unknown, locale: Locale): T {
  const checked = validate(def.schema, input, locale);
  if (!checked.ok) throw validationError(def.kind, checked.issues, locale);
  return checked.value as T;
}

/**
 * An update that makes an event or post public is audited as `publish`, one that withdraws it as
 * `unpublish`. A public event is one the public sees: published, and also cancelled or postponed, which
 * stay public, clearly marked (`isPublicEvent`); so cancelling a published event is an update, not an
 * unpublish. A create or a delete keeps its own action.
 */
function publishAction(kind: string, before: unknown, after: unknown): AuditEntry['action'] | null {
  if ((kind !== 'event' && kind !== 'post') || before == null || after == null) return null;
  const status = (record: unknown) => (record as { status?: string }).status;
  const visible = (record: unknown) =>
    kind === 'event'
      ? status(record) !== undefined && isPublicEvent(record as Pick<Event, 'status'>)
      : status(record) === 'published';
  const was = visible(before);
  const is = visible(after);
  if (!was && is) return 'publish';
  if (was && !is) return 'unpublish';
  return null;
}

function applyCondition(
  // biome-ignore lint/suspicious/noExplicitAny: the query is over a table chosen at run time
  query: any,
  kind: string,
  condition: Condition,
  // biome-ignore lint/suspicious/noExplicitAny: as above
): any {
  switch (condition.kind) {
    case 'column':
      return query.where(`t.${condition.column}`, condition.op, condition.value);
    case 'in':
      return query.where(`t.${condition.column}`, 'in', condition.values);
    case 'link':
      return query.where('t.id', 'in', (eb: Db) => {
        const direct = eb
          .selectFrom('entity_links')
          .select('entity_id')
          .where('entity', '=', kind)
          .where('rel', '=', condition.rel)
          .where('target', '=', condition.target);
        const via = condition.via;
        if (!via) return direct;
        // One IN over a UNION: both halves are index lookups (entity_links_target, and the column's index).
        return direct.union(
          eb
            .selectFrom('entity_links as v')
            .innerJoin(`${via.table} as r`, 'r.id', 'v.target')
            .select('v.entity_id')
            .where('v.entity', '=', kind)
            .where('v.rel', '=', via.rel)
            .where(`r.${via.column}`, '=', condition.target)
            .where('r.deleted_at', 'is', null),
        );
      });
  }
}

/**
 * The repository of one entity kind: validated domain values in, domain values out, optimistic
 * versions on every change, an audit entry for every write that names its actor.
 *
 * @example
 * const orgs = entityRepository(ctx, organizationDef);
 * await orgs.create({ name: 'Fundacja Razem', legalForm: 'fundacja' }); // { id, slug: 'fundacja-razem', version: 1, … }
 */
export function entityRepository<T, F, S extends string>(
  ctx: StoreContext,
  def: EntityDef<T, F, S>,
): Repository<T, F, S> {
  const anyDef = def as EntityDef<T, unknown>;
  const { locale } = ctx;

  const unique = (error: unknown, value: Record<string, unknown>): unknown => {
    const violation = ctx.seam.uniqueViolation(error);
    if (!violation) return error;
    const field = violation.field;
    const shown = violation.value ?? String(value[field] ?? '');
    return new UniqueViolationError(def.kind, field, shown, { cause: error });
  };

  async function liveRow(db: Db, id: string): Promise<EntityRow | undefined> {
    // No stored id holds a NUL, and PostgreSQL would refuse to compare one (see text-guard.ts).
    if (holdsNul(id)) return undefined;
    return (await db
      .selectFrom(def.table)
      .select(['id', 'slug', 'doc', 'version', 'created_at', 'updated_at', 'deleted_at'])
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()) as EntityRow | undefined;
  }

  /** A slug from the names of the records `slugFallback` names (see `EntityDef.slugFallback`). */
  async function fallbackSlug(object: Record<string, unknown>): Promise<string> {
    const fallback = def.slugFallback as NonNullable<typeof def.slugFallback>;
    const names: string[] = [];
    for (const [table, id] of fallback.records(object)) {
      if (typeof id !== 'string' || holdsNul(id)) continue;
      const row = (await ctx.db
        .selectFrom(table)
        .select('name')
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()) as { name: string } | undefined;
      if (row) names.push(row.name);
    }
    return slugify(names.join(' ')) || slugify(fallback.last);
  }

  async function freeSlug(db: Db, base: string): Promise<string> {
    const taken = new Set(
      (
        await db
          .selectFrom(def.table)
          .select('slug')
          .where('deleted_at', 'is', null)
          .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
          .execute()
      ).map((r) => r.slug as string),
    );
    // An old link to a renamed record keeps leading to it: a made-up slug is never one a live record gave up.
    for (const slug of await takenFormerSlugs(db, def.kind, def.table, base)) taken.add(slug);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 75)}-${n}`;
    return slug;
  }

  async function audit(
    db: Db,
    actor: Actor | undefined,
    action: AuditEntry['action'],
    id: string,
    before: unknown,
    after: unknown,
  ) {
    if (!actor) return;
    await insertAudit(ctx, db, {
      actorId: actor.userId,
      action: publishAction(def.kind, before, after) ?? action,
      entity: def.kind,
      entityId: id,
      before: before ?? null,
      after: after ?? null,
      ...(actor.note ? { note: actor.note } : {}),
    });
  }

  async function versionGuard(db: Db, id: string, expectedVersion: number): Promise<EntityRow> {
    const row = await liveRow(db, id);
    if (!row) throw new NotFoundError(def.kind, id);
    if (Number(row.version) !== expectedVersion)
      throw new ConflictError(def.kind, id, expectedVersion, Number(row.version));
    return row;
  }

  /**
   * Refuses a record that points at ids naming no live record (`MissingReferenceError`), read in the
   * write's transaction after `lockRecords` has locked them, so nothing is written and no delete slips between.
   */
  async function requireReferences(db: Db, value: unknown, id: string): Promise<void> {
    const missing = await findMissingReferences(db, def.kind, value, id);
    if (missing.length > 0) throw new MissingReferenceError(def.kind, missing, locale);
  }

  /** Counts the rows of `query` up to one past the cap, so a common search stops counting early. */
  // biome-ignore lint/suspicious/noExplicitAny: a query over a table chosen at run time
  function cappedCount(query: any): Promise<{ n: number | string }> {
    return ctx.db
      .selectFrom(query.limit(SEARCH_COUNT_CAP + 1).as('capped'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
  }

  /**
   * Values that depend only on the data (list totals, a search's words, a list's page anchors), kept
   * while the store's change stamp stays the same: paging through an unchanged list works them out
   * once, not on every page. Never inside a transaction (no stamp), where everything is fresh.
   */
  const memo = new Map<string, { stamp: string; value: unknown }>();
  const recall = <V>(stamp: string, key: string): V | undefined => {
    const hit = memo.get(key);
    return hit && hit.stamp === stamp ? (hit.value as V) : undefined;
  };
  const remember = (stamp: string, key: string, value: unknown): void => {
    if (memo.size >= MAX_MEMO_ENTRIES && !memo.has(key)) memo.clear();
    memo.set(key, { stamp, value });
  };
  async function perStamp<V>(stamp: string | null, key: string, compute: () => Promise<V>): Promise<V> {
    if (stamp === null) return compute();
    const hit = recall<V>(stamp, key);
    if (hit !== undefined) return hit;
    const value = await compute();
    remember(stamp, key, value);
    return value;
  }

  /**
   * The first row of block `block` of a list, or null past its end. Anchors found are remembered per
   * change stamp; a new one is one query that seeks to the nearest remembered anchor before it (or
   * starts at the list's start) and skips the index entries of the blocks between. Skipping costs a
   * tenth of numbering the same rows with row_number() (EXPLAIN QUERY PLAN / ANALYZE: the window
   * materialises and sorts what it numbers; see bench/RESULTS.md).
   */
  async function blockAnchor(
    stamp: string,
    key: string,
    block: number,
    find: (from: Anchor | null, skip: number) => Promise<Anchor | null>,
  ): Promise<Anchor | null> {
    let known = recall<Map<number, Anchor | null>>(stamp, key);
    if (!known) {
      known = new Map();
      remember(stamp, key, known);
    }
    const hit = known.get(block);
    if (hit !== undefined) return hit;
    let from = -1;
    for (const [b, anchor] of known) {
      // A block before this one already lies past the end: so does this one.
      if (anchor === null && b < block) return null;
      if (anchor !== null && b < block && b > from) from = b;
    }
    const anchor = await find(from < 0 ? null : (known.get(from) ?? null), (block - Math.max(from, 0)) * ANCHOR_STEP);
    known.set(block, anchor);
    return anchor;
  }

  /**
   * The stored words starting with `prefix`, in order, at most `MAX_MERGED_WORDS + 1` of them: one
   * query that hops from word to word through the index (a loose index scan), however many records
   * share each word. With a `cap`, the same statement also counts the prefix's matches up to it (0
   * when no word starts so), which chooses the word that drives a multi-word search.
   */
  async function wordsStarting(
    prefix: string,
    cap: number | null,
  ): Promise<{ prefix: string; words: string[]; n: number | null }> {
    const end = `${prefix}\uffff`;
    const matches =
      cap === null
        ? sql`null`
        : sql`(select count(*) from (select 1 from search_tokens where entity = ${def.kind} and token >= ${prefix} and token < ${end} limit ${sql.lit(cap)}) c)`;
    const { rows } = await sql<{ w: string; n: number | string }>`
      with recursive words (w, n) as (
        select min(token), 1 from search_tokens where entity = ${def.kind} and token >= ${prefix} and token < ${end}
        union all
        select (select min(s.token) from search_tokens s where s.entity = ${def.kind} and s.token > words.w and s.token < ${end}), words.n + 1
        from words where words.w is not null and words.n <= ${sql.lit(MAX_MERGED_WORDS)}
      )
      select w, ${matches} as n from words where w is not null`.execute(ctx.db);
    const first = rows[0];
    return { prefix, words: rows.map((r) => r.w), n: cap === null ? null : first ? Number(first.n) : 0 };
  }

  /**
   * Search sorted by name, without other filters (the search box). The words' index is ordered by
   * (word, sort key), so each distinct word starting with the query gives its matches already sorted:
   * the page is one query that merges a few short index reads, and the count (capped at
   * `SEARCH_COUNT_CAP`) of a one-word query is a pure index count. Which words to merge and the count
   * are kept per change stamp. Null when the prefix is too common to merge (then the general query runs).
   */
  async function searchByName(
    stamp: string | null,
    tokens: string[],
    direction: 'asc' | 'desc',
    limit: number,
    offset: number,
  ): Promise<Page<Stored<T>> | null> {
    const plan = await perStamp(stamp, `plan:${JSON.stringify(tokens)}`, async () => {
      // The rarest word (fewest records with a word starting so; longer first on a tie) drives: its
      // matches are read in order, and the others only check each match. Each word's stored forms and
      // count come in one statement, all words at once: one round trip before the page. Counting is
      // most of that statement's work (EXPLAIN ANALYZE: about 1.5-2.5 ms per common word on PostgreSQL),
      // so a one-letter word beside longer ones counts only to ONE_LETTER_CAP and is common when it
      // gets there, and a single longer word is not counted: it drives unless the letter is rare.
      const longer = tokens.filter((token) => token.length > 1).length;
      const capOf = (token: string): number | null => {
        if (tokens.length === 1) return null;
        if (token.length === 1) return longer > 0 ? ONE_LETTER_CAP : RARITY_CAP;
        return longer > 1 ? RARITY_CAP : null;
      };
      const rankOf = ({ prefix, n }: { prefix: string; n: number | null }): number => {
        if (n === null) return RARITY_CAP;
        return prefix.length === 1 && longer > 0 && n >= ONE_LETTER_CAP ? Number.POSITIVE_INFINITY : n;
      };
      const facts = (await Promise.all(tokens.map((token) => wordsStarting(token, capOf(token))))).map((f) => ({
        ...f,
        rank: rankOf(f),
      }));
      facts.sort((a, b) => a.rank - b.rank || b.prefix.length - a.prefix.length);
      const [{ prefix: first, words }, ...others] = facts as [(typeof facts)[number], ...typeof facts];
      const rest = others.map((o) => o.prefix);
      return words.length > MAX_MERGED_WORDS ? null : { first, rest, words };
    });
    if (plan === null) return null;
    const { first, rest, words } = plan;
    if (words.length === 0) return { items: [], total: 0, totalIsLowerBound: false, limit, offset };
    const end = `${first}\uffff`;
    // The other words are checked on the row being read, from the record's words kept beside it
    // (`wordsBeside`): an index probe per row cost about 6 µs on PostgreSQL, and counting 'fundacja w'
    // to the cap took thousands of them. Only a record whose words were too long to keep is probed.
    // Words hold only letters and digits (`searchTokens`), so never a LIKE wildcard or escape.
    // biome-ignore lint/suspicious/noExplicitAny: a query over search_tokens, typed loosely like the rest
    const alsoMatching = (query: any): any => {
      let q = query;
      for (const token of rest)
        q = q.where((eb: Db) => {
          // biome-ignore lint/suspicious/noExplicitAny: as above
          const e = eb as any;
          return e.or([
            e('s.words', 'like', `% ${token}%`),
            e.and([
              e('s.words', 'is', null),
              e.exists(
                ctx.db
                  .selectFrom('search_tokens as s2')
                  .select(sql.lit(1).as('one'))
                  .whereRef('s2.entity_id', '=', 's.entity_id')
                  .where('s2.entity', '=', def.kind)
                  .where('s2.token', '>=', token)
                  .where('s2.token', '<', `${token}\uffff`)
                  // PostgreSQL turns a plain EXISTS into a hash semi join that reads every match of both
                  // words before sorting; an OFFSET keeps it a per-row check of the matches read in order.
                  .limit(1)
                  .offset(0),
              ),
            ]),
          ]);
        });
      return q;
    };
    const counted = perStamp(stamp, `total:${JSON.stringify([[], tokens])}`, async () =>
      capped(
        Number(
          (
            await (words.length === 1
              ? // One stored form: a record has each word once, so the matches need no DISTINCT and
                // the count streams and stops at the cap.
                cappedCount(
                  alsoMatching(
                    ctx.db
                      .selectFrom('search_tokens as s')
                      .select('s.entity_id')
                      .where('s.entity', '=', def.kind)
                      .where('s.token', '=', words[0] as string),
                  ),
                )
              : // Several forms: a record appears at most once per form, so the first (cap + 1) × forms
                // matches hold more than the cap distinct records whenever there are more; the DISTINCT
                // runs over that bounded prefix, never over every match of a common word.
                cappedCount(
                  ctx.db
                    .selectFrom(
                      alsoMatching(
                        ctx.db
                          .selectFrom('search_tokens as s')
                          .select('s.entity_id')
                          .where('s.entity', '=', def.kind)
                          .where('s.token', '>=', first)
                          .where('s.token', '<', end),
                      )
                        .limit((SEARCH_COUNT_CAP + 1) * words.length)
                        .as('prefix'),
                    )
                    .select('prefix.entity_id')
                    .distinct(),
                ))
          ).n,
        ),
      ),
    );
    // Counted while the page is read, and awaited after it: should the page's query fail first, this
    // one's failure must not go unhandled (Node ends the process on an unhandled rejection).
    counted.catch(() => {});
    // Each word's first (offset + limit) matches in name order, merged, without duplicates (a record's
    // words share its sort key), cut to the page and joined to the records: one statement.
    const need = offset + limit;
    const streams = words.map((word, i) =>
      ctx.db
        .selectFrom(
          alsoMatching(
            ctx.db
              .selectFrom('search_tokens as s')
              .select(['s.entity_id', 's.sort_key'])
              .where('s.entity', '=', def.kind)
              .where('s.token', '=', word)
              .orderBy('s.sort_key', direction)
              .orderBy('s.entity_id', direction),
          )
            .limit(need)
            .as(`w${i}`),
        )
        .selectAll(),
    );
    // biome-ignore lint/suspicious/noExplicitAny: a compound query over search_tokens
    let merged: any = streams[0];
    for (const stream of streams.slice(1)) merged = merged.unionAll(stream);
    const page = ctx.db
      .selectFrom(merged.as('u'))
      .select(['u.entity_id', 'u.sort_key'])
      .distinct()
      .orderBy('u.sort_key', direction)
      .orderBy('u.entity_id', direction)
      .limit(limit)
      .offset(offset);
    const [count, rows] = await Promise.all([
      counted,
      ctx.db
        .selectFrom(page.as('m'))
        .innerJoin(`${def.table} as t`, 't.id', 'm.entity_id')
        .select(['t.id', 't.slug', 't.doc', 't.version', 't.created_at', 't.updated_at'])
        .where('t.deleted_at', 'is', null)
        .orderBy('m.sort_key', direction)
        .orderBy('m.entity_id', direction)
        .execute() as Promise<EntityRow[]>,
    ]);
    return { items: rows.map((r) => storedFromRow(anyDef, r, locale)), ...count, limit, offset };
  }

  const repo: Repository<T, F> = {
    async create(input, actor) {
      const object = withoutMeta(asObject(input, def.kind, locale));
      if (object.id === undefined) object.id = newId(ctx);
      const slugGiven = object.slug !== undefined;
      const source = def.slugSource(object);
      if (!slugGiven && typeof source === 'string' && slugify(source)) object.slug = slugify(source);
      if (!slugGiven && object.slug === undefined && def.slugFallback) object.slug = await fallbackSlug(object);
      const value = validateEntity(anyDef, object, locale);
      const at = nowIso(ctx);
      try {
        return await write(ctx, async (db) => {
          const record = value as T & { slug: string; id: string };
          if (!slugGiven) record.slug = await freeSlug(db, record.slug);
          await ctx.seam.lockRecords(db, referenceTargets(record, record.id), 'shared');
          await requireReferences(db, record, record.id);
          const state: RecordState<T> = {
            value: record,
            meta: { version: 1, createdAt: at, updatedAt: at },
            deletedAt: null,
          };
          await insertRecords(db, anyDef, [state]);
          await audit(db, actor, 'create', record.id, null, record);
          return { ...record, ...state.meta };
        });
      } catch (error) {
        throw unique(error, object);
      }
    },

    async get(id) {
      const row = await liveRow(ctx.db, id);
      return row ? storedFromRow(anyDef, row, locale) : null;
    },

    async getMany(ids) {
      // One query per 500 ids (both dialects bind far more parameters), not one per id: a page that shows
      // a panel's people, their organisations and the grants reads each kind at once.
      const wanted = [...new Set(ids)].filter((id) => typeof id === 'string' && !holdsNul(id));
      const found = new Map<string, Stored<T>>();
      for (let i = 0; i < wanted.length; i += 500) {
        const rows = (await ctx.db
          .selectFrom(def.table)
          .select(['id', 'slug', 'doc', 'version', 'created_at', 'updated_at'])
          .where('id', 'in', wanted.slice(i, i + 500))
          .where('deleted_at', 'is', null)
          .execute()) as EntityRow[];
        for (const row of rows) found.set(row.id, storedFromRow(anyDef, row, locale) as Stored<T>);
      }
      return wanted.flatMap((id) => {
        const record = found.get(id);
        return record ? [record] : [];
      });
    },

    async getBySlug(slug) {
      if (holdsNul(slug)) return null;
      const row = (await ctx.db
        .selectFrom(def.table)
        .select(['id', 'slug', 'doc', 'version', 'created_at', 'updated_at'])
        .where('slug', '=', slug)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()) as EntityRow | undefined;
      return row ? storedFromRow(anyDef, row, locale) : null;
    },

    async getByFormerSlug(slug) {
      if (holdsNul(slug)) return null;
      const row = (await formerSlugQuery(ctx.db, def.kind, def.table, slug)
        .select(['t.id', 't.slug', 't.doc', 't.version', 't.created_at', 't.updated_at'])
        .executeTakeFirst()) as EntityRow | undefined;
      return row ? storedFromRow(anyDef, row, locale) : null;
    },

    formerSlugs: () => liveFormerSlugs(ctx.db, def.kind, def.table),

    async require(idOrSlug) {
      const found = (await repo.get(idOrSlug)) ?? (await repo.getBySlug(idOrSlug));
      if (!found) throw new NotFoundError(def.kind, idOrSlug);
      return found;
    },

    async update(id, expectedVersion, input, actor) {
      const object = withoutMeta(asObject(input, def.kind, locale));
      if (object.id !== undefined && object.id !== id)
        throw validationError(
          def.kind,
          [{ path: 'id', field: 'id', code: 'idMismatch', message: MESSAGES.idMismatch[locale](id, shown(object.id)) }],
          locale,
        );
      object.id = id;
      if (object.slug === undefined) {
        const current = await liveRow(ctx.db, id);
        if (!current) throw new NotFoundError(def.kind, id);
        object.slug = current.slug;
      }
      const value = validateEntity(anyDef, object, locale);
      try {
        return await write(ctx, async (db) => {
          await ctx.seam.lockRecords(db, referenceTargets(value, id), 'shared');
          const row = await versionGuard(db, id, expectedVersion);
          await requireReferences(db, value, id);
          const before = docOf(anyDef, row, locale);
          const meta: RecordMeta = { version: expectedVersion + 1, createdAt: row.created_at, updatedAt: nowIso(ctx) };
          const { id: _id, ...fields } = mainRow(
            anyDef,
            { value, meta, deletedAt: null },
            polishSortKey(def.name(value)),
          );
          const result = await db
            .updateTable(def.table)
            .set(fields)
            .where('id', '=', id)
            .where('version', '=', expectedVersion)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          // Another transaction committed between our read and our write (PostgreSQL, READ COMMITTED).
          if (Number(result.numUpdatedRows) !== 1) {
            const now = await liveRow(db, id);
            throw new ConflictError(def.kind, id, expectedVersion, now ? Number(now.version) : null);
          }
          await deleteIndexRows(db, def.kind, id);
          await insertIndexRows(db, anyDef, [{ value, meta, deletedAt: null }]);
          await recordSlugChange(db, def.kind, id, row.slug, (value as { slug: string }).slug, meta.updatedAt);
          await audit(db, actor, 'update', id, before, value);
          return { ...value, ...meta };
        });
      } catch (error) {
        throw unique(error, object);
      }
    },

    async delete(id, expectedVersion, actor, options) {
      const force = options?.force === true;
      await write(ctx, async (db) => {
        // Taken before the checks and held to the commit: a write pointing at this record, or scheduling
        // its publication, either committed first (and is seen here) or waits until this delete is done.
        if (!holdsNul(id)) await ctx.seam.lockRecords(db, [id], 'exclusive');
        const row = await versionGuard(db, id, expectedVersion);
        if (!force) {
          const references = await findReferrers(ctx, db, id, REFERRERS_IN_ERROR);
          if (references.total > 0) {
            const target = { entity: def.kind, id, name: def.name(docOf(anyDef, row, locale)), slug: row.slug };
            throw new ReferencedError(target, references, locale);
          }
        }
        const at = nowIso(ctx);
        const result = await db
          .updateTable(def.table)
          .set({ deleted_at: at, updated_at: at, version: expectedVersion + 1 })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          const now = await liveRow(db, id);
          throw new ConflictError(def.kind, id, expectedVersion, now ? Number(now.version) : null);
        }
        await deleteIndexRows(db, def.kind, id);
        // A deleted record is not published later: its pending publications go with it, audited as cancelled.
        if (def.kind === 'event' || def.kind === 'post')
          await cancelPendingOnDelete(ctx, db, def.kind, id, actor, locale);
        await audit(db, actor, 'delete', id, docOf(anyDef, row, locale), null);
      });
    },

    async list(query: ListQuery<F, S> = {}): Promise<Page<Stored<T>>> {
      const { limit, offset } = pageBounds(query, locale);
      const sortField = query.sort?.field ?? def.defaultSort.field;
      // The type names the fields, but a query built from a form or a URL is checked here: own fields
      // only, so 'toString' or 'constructor' is refused like any other unknown field.
      const column = Object.hasOwn(def.sortFields, sortField) ? def.sortFields[sortField] : undefined;
      if (typeof column !== 'string')
        throw queryError(
          locale,
          'sort.field',
          EXPECTED.sortField[locale](Object.keys(def.sortFields).join(', ')),
          sortField,
        );
      const direction = query.sort?.direction ?? (query.sort ? 'asc' : def.defaultSort.direction);
      if (direction !== 'asc' && direction !== 'desc')
        throw queryError(locale, 'sort.direction', EXPECTED.sortDirection[locale], direction);
      // `updatedSince` is one more condition, so it keys the remembered totals and page anchors as the filter does.
      const conditions = [
        ...def.filter(query.filter ?? ({} as F), locale),
        ...(query.updatedSince === undefined ? [] : [updatedSinceCondition(query.updatedSince, locale)]),
      ];
      // Text with a NUL matches nothing stored, on either dialect; PostgreSQL would refuse the query.
      if (holdsNul(query.filter) || holdsNul(query.search))
        return { items: [], total: 0, totalIsLowerBound: false, limit, offset };
      const tokens = searchTokens([query.search]);
      const stamp = await changeStamp(ctx);
      if (tokens.length > 0 && conditions.length === 0 && column === 'name') {
        const page = await searchByName(stamp, tokens, direction, limit, offset);
        if (page) return page;
      }
      // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time
      let base: any = ctx.db.selectFrom(`${def.table} as t`).where('t.deleted_at', 'is', null);
      for (const condition of conditions) base = applyCondition(base, def.kind, condition);
      for (const token of tokens) {
        // Word prefix: every token of a folded word that starts with the query's word.
        base = base.where('t.id', 'in', (eb: Db) =>
          eb
            .selectFrom('search_tokens')
            .select('entity_id')
            .where('entity', '=', def.kind)
            .where('token', '>=', token)
            .where('token', '<', `${token}\uffff`),
        );
      }
      const sortColumn = column === 'name' ? 'sort_key' : column;
      // biome-ignore lint/suspicious/noExplicitAny: as above
      const ordered = (query: any): any =>
        (sortColumn === 'published_at'
          ? // SQLite puts NULLs first and PostgreSQL last; unpublished records go last in both.
            query.orderBy(sql`t.published_at is null`)
          : query
        )
          .orderBy(`t.${sortColumn}`, direction)
          .orderBy('t.id', direction);
      const counted = perStamp(stamp, `total:${JSON.stringify([conditions, tokens])}`, async () => {
        const n = Number(
          (
            await (tokens.length > 0
              ? cappedCount(base.select('t.id'))
              : base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow())
          ).n,
        );
        return tokens.length > 0 ? capped(n) : { total: n, totalIsLowerBound: false };
      });
      // Awaited after the page's queries: should one of them fail first, this one's failure must not go
      // unhandled (Node ends the process on an unhandled rejection).
      counted.catch(() => {});
      // The page's ids first, from the index alone, then only those rows: skipping `offset` wide
      // rows (PostgreSQL visits each one's heap page) cost far more than skipping index entries.
      // biome-ignore lint/suspicious/noExplicitAny: as above
      let ids: any = ordered(base.select('t.id'));
      let skip = offset;
      if (stamp !== null && tokens.length === 0 && !NULLABLE_SORT_COLUMNS.has(sortColumn)) {
        // A deep OFFSET skips every index entry before the page (10,000 for the last page of 10k
        // events), and a filtered list may match only deep in its index ("upcoming" skips every past
        // event). Remembered per change stamp, the first row of the page's block of ANCHOR_STEP rows
        // (the list's first row for the first pages) lets a page seek to it and skip fewer than
        // ANCHOR_STEP entries; a block's first row is found by skipping from the nearest one known.
        const key = JSON.stringify([conditions, sortColumn, direction]);
        const block = Math.floor(offset / ANCHOR_STEP);
        const [after, same] = direction === 'asc' ? (['>', '>='] as const) : (['<', '<='] as const);
        // biome-ignore lint/suspicious/noExplicitAny: a query over a table chosen at run time
        const fromAnchor = (query: any, anchor: Anchor): any =>
          query.where((eb: Db) => {
            // biome-ignore lint/suspicious/noExplicitAny: a column of a table chosen at run time
            const e = eb as any;
            return e.and([
              e(`t.${sortColumn}`, same, anchor.v),
              e.or([e(`t.${sortColumn}`, after, anchor.v), e('t.id', same, anchor.id)]),
            ]);
          });
        const anchor = await blockAnchor(stamp, `anchors:${key}`, block, async (from, rows) => {
          const firsts = base.select([`t.${sortColumn} as v`, 't.id as id']);
          const found = (await ordered(from ? fromAnchor(firsts, from) : firsts)
            .limit(1)
            .offset(rows)
            .executeTakeFirst()) as Anchor | undefined;
          return found ?? null;
        });
        if (!anchor) return { items: [], ...(await counted), limit, offset };
        ids = fromAnchor(ids, anchor);
        skip = offset - block * ANCHOR_STEP;
      }
      const [count, rows] = await Promise.all([
        counted,
        ordered(
          ctx.db
            .selectFrom(`${def.table} as t`)
            .select(['t.id', 't.slug', 't.doc', 't.version', 't.created_at', 't.updated_at'])
            .where('t.id', 'in', ids.limit(limit).offset(skip)),
        ).execute(),
      ]);
      return {
        items: (rows as EntityRow[]).map((r) => storedFromRow(anyDef, r, locale)),
        total: count.total,
        totalIsLowerBound: count.totalIsLowerBound,
        limit,
        offset,
      };
    },
  };
  return repo;
}
