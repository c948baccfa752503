import type { Migration } from './migration.js';

// Frozen on 2026-11-27. Do not edit: add a new migration instead.
// Editors change slugs, and every link to the old one (shared, in newsletters, in search engines) then
// found nothing. `former_slugs` keeps each slug a record gave up, per kind, naming the record, so the
// website can answer the old address with a redirect to the current one. One row per (kind, slug): the
// record that gave the slug up last. Looked up by that key, and by record (its former slugs, in dumps).
//
// Renames made before this migration are in the audit log (every admin write is audited with its before
// and after): they are replayed here in the order they happened, so links older than the upgrade work
// too, as far as the log knows (entries of one millisecond come in id order, which UUIDv7 leaves to
// chance; a record's slug now is dropped from its former slugs at the end whatever the order). The
// rules as they stand today are written out here, so that later
// changes to the store's code cannot change what this migration did.

const KINDS: [entity: string, table: string][] = [
  ['authority', 'authorities'],
  ['organization', 'organizations'],
  ['venue', 'venues'],
  ['person', 'people'],
  ['grant', 'grants'],
  ['event', 'events'],
  ['post', 'posts'],
  ['cooperation', 'cooperations'],
];
const BATCH = 500;

const slugOf = (json: string | null): string | null => {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    const slug = value !== null && typeof value === 'object' ? (value as { slug?: unknown }).slug : undefined;
    return typeof slug === 'string' ? slug : null;
  } catch {
    // An entry that does not parse names no slug; the audit log reports it where it is read.
    return null;
  }
};

export const migration0008: Migration = {
  name: '0008-former-slugs',
  async up(db) {
    await db.schema
      .createTable('former_slugs')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('replaced_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('former_slugs_pk', ['entity', 'slug'])
      .execute();
    await db.schema.createIndex('former_slugs_record').on('former_slugs').columns(['entity', 'entity_id']).execute();

    const kinds = KINDS.map(([entity]) => entity);
    for (let after = { at: '', id: '' }; ; ) {
      const rows = (await db
        .selectFrom('audit_log')
        .select(['id', 'at', 'entity', 'entity_id', 'before', 'after'])
        .where('entity', 'in', kinds)
        .where('before', 'is not', null)
        .where('after', 'is not', null)
        .where((eb) => eb.or([eb('at', '>', after.at), eb.and([eb('at', '=', after.at), eb('id', '>', after.id)])]))
        .orderBy('at')
        .orderBy('id')
        .limit(BATCH)
        .execute()) as {
        id: string;
        at: string;
        entity: string;
        entity_id: string;
        before: string | null;
        after: string | null;
      }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const from = slugOf(row.before);
        const to = slugOf(row.after);
        if (from === null || to === null || from === to) continue;
        await db
          .insertInto('former_slugs')
          .values({ entity: row.entity, slug: from, entity_id: row.entity_id, replaced_at: row.at })
          .onConflict((oc) =>
            oc.columns(['entity', 'slug']).doUpdateSet({ entity_id: row.entity_id, replaced_at: row.at }),
          )
          .execute();
        await db
          .deleteFrom('former_slugs')
          .where('entity', '=', row.entity)
          .where('slug', '=', to)
          .where('entity_id', '=', row.entity_id)
          .execute();
      }
      const last = rows[rows.length - 1] as { at: string; id: string };
      after = { at: last.at, id: last.id };
    }
    // A rename the log does not know (a write without an actor) may have given a record back a slug the
    // log says it gave up: a record's current slug is never one of its former ones.
    for (const [entity, table] of KINDS)
      await db
        .deleteFrom('former_slugs')
        .where('entity', '=', entity)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom(`${table} as t`)
              .select('t.id')
              .whereRef('t.id', '=', 'former_slugs.entity_id')
              .whereRef('t.slug', '=', 'former_slugs.slug'),
          ),
        )
        .execute();
  },
};
