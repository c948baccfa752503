/**
 * Former slugs: the slugs records gave up, so an old link (shared, in a newsletter, in a search engine)
 * still finds the record it meant and the website can redirect it to the current slug.
 *
 * The rules, kept by `update` in its own transaction and read by `getByFormerSlug`:
 * - A record whose slug changes keeps the old one here, naming the record (`former_slugs`, one row per
 *   kind and slug). A chain A → B → C keeps both A and B.
 * - A record given back one of its own former slugs takes it out of here: the slug is live again.
 * - A slug names one record: of the records that gave it up, the last one.
 * - A live record holding the slug wins: a write taking another record's former slug is not refused,
 *   and the lookup finds nothing while the slug is live. The row stays, so if that record lets the slug
 *   go again it names it instead (it gave it up last), and if it is deleted the slug leads to the
 *   earlier record again.
 * - Only live records are found: a deleted record's former slugs lead nowhere (their rows stay with the
 *   record, as its audit entries do, and travel in dumps).
 * - Creating a record without a slug never picks a former slug of a live record (see `takenFormerSlugs`),
 *   so old links keep leading where they did; a slug given explicitly is the caller's choice.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
type Db = Kysely<any>;

/** A row of `former_slugs`, as the table keeps it. */
export type FormerSlugRow = {
  entity: string;
  slug: string;
  entity_id: string;
  replaced_at: string;
};

/**
 * Keeps `from` as a former slug of the record `id` when its slug becomes `to`, and forgets `to` as one
 * of its former slugs. Call it inside the write's transaction; nothing happens when the slug is kept.
 *
 * @example
 * await recordSlugChange(trx, 'event', id, 'spotkanie', 'spotkanie-2027', at) // 'spotkanie' now names id
 */
export async function recordSlugChange(
  db: Db,
  entity: string,
  id: string,
  from: string,
  to: string,
  at: string,
): Promise<void> {
  if (from === to) return;
  await db
    .insertInto('former_slugs')
    .values({ entity, slug: from, entity_id: id, replaced_at: at })
    .onConflict((oc) => oc.columns(['entity', 'slug']).doUpdateSet({ entity_id: id, replaced_at: at }))
    .execute();
  await db
    .deleteFrom('former_slugs')
    .where('entity', '=', entity)
    .where('slug', '=', to)
    .where('entity_id', '=', id)
    .execute();
}

/**
 * The query of the live record of `table` that `slug` formerly named, unless a live record holds the
 * slug now: three index lookups (the former slug's key, the record's id, the live slugs' unique index).
 *
 * @example
 * await formerSlugQuery(db, 'event', 'events', 'spotkanie').select('t.slug').executeTakeFirst() // { slug: 'spotkanie-2027' }
 */
export function formerSlugQuery(db: Db, entity: string, table: string, slug: string) {
  return followedFormerSlugs(db, entity, table).where('f.slug', '=', slug);
}

/** The former slugs of live records of `table` that no live record holds now, joined to their records (`t`). */
function followedFormerSlugs(db: Db, entity: string, table: string) {
  return db
    .selectFrom('former_slugs as f')
    .innerJoin(`${table} as t`, 't.id', 'f.entity_id')
    .where('f.entity', '=', entity)
    .where('t.deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom(`${table} as l`)
            .select(sql.lit(1).as('one'))
            .whereRef('l.slug', '=', 'f.slug')
            .where('l.deleted_at', 'is', null),
        ),
      ),
    );
}

/**
 * Every former slug of a live record of `table` that no live record holds now, with the record's current
 * slug, by former slug (bytewise, the same from either dialect): what `getByFormerSlug` would follow.
 */
export async function liveFormerSlugs(
  db: Db,
  entity: string,
  table: string,
): Promise<{ slug: string; currentSlug: string; id: string }[]> {
  const rows = await followedFormerSlugs(db, entity, table)
    .select(['f.slug as slug', 't.slug as currentSlug', 't.id as id'])
    .execute();
  return (rows as { slug: string; currentSlug: string; id: string }[]).sort((a, b) => compare(a.slug, b.slug));
}

/**
 * Of the former slugs of live records of `table`, those that are `base` or `base-…`: what `create`
 * leaves alone when it picks a free slug.
 */
export async function takenFormerSlugs(db: Db, entity: string, table: string, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('former_slugs as f')
    .innerJoin(`${table} as t`, 't.id', 'f.entity_id')
    .select('f.slug')
    .where('f.entity', '=', entity)
    .where('t.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('f.slug', '=', base), eb('f.slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((r) => r.slug as string);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every former slug, by kind and slug compared bytewise: what a dump writes, the same from either
 * dialect (PostgreSQL's default collation would put 'a-b' after 'ab').
 */
export async function readFormerSlugs(db: Db): Promise<FormerSlugRow[]> {
  const rows = (await db
    .selectFrom('former_slugs')
    .select(['entity', 'slug', 'entity_id', 'replaced_at'])
    .execute()) as FormerSlugRow[];
  return rows.sort((a, b) => compare(a.entity, b.entity) || compare(a.slug, b.slug));
}
