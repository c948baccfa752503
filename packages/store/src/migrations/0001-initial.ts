import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

// Frozen on 2026-11-26. Do not edit: add a new migration instead.

const ENTITY_TABLES: Record<string, [string, string][]> = {
  events: [
    ['status', 'text not null'],
    ['starts_at', 'text not null'],
    ['ends_at', 'text not null'],
    ['venue_id', 'text'],
    ['organizer_id', 'text'],
    ['published_at', 'text'],
  ],
  organizations: [['legal_form', 'text not null']],
  authorities: [
    ['kind', 'text not null'],
    ['terc', 'text not null'],
    ['parent_id', 'text'],
    // The register's own name and description of the unit as last imported from TERC: an import
    // renames a record only when the register renamed the unit, never over a name staff chose.
    ['terc_name', 'text'],
  ],
  venues: [],
  people: [],
  grants: [
    ['funder_authority_id', 'text not null'],
    ['beneficiary_id', 'text not null'],
    ['period_from', 'text not null'],
  ],
  posts: [
    ['status', 'text not null'],
    ['event_id', 'text'],
    ['published_at', 'text'],
  ],
  cooperations: [
    ['authority_id', 'text not null'],
    ['organization_id', 'text'],
  ],
};

// biome-ignore lint/suspicious/noExplicitAny: a frozen migration sees no typed schema
async function index(db: Kysely<any>, name: string, table: string, columns: string, where = true, unique = false) {
  const live = where ? ' where deleted_at is null' : '';
  await sql.raw(`create ${unique ? 'unique ' : ''}index ${name} on ${table} (${columns})${live}`).execute(db);
}

export const migration0001: Migration = {
  name: '0001-initial',
  async up(db, { keyText }) {
    for (const [table, extra] of Object.entries(ENTITY_TABLES)) {
      const columns = [
        'id text primary key',
        'slug text not null',
        'name text not null',
        `sort_key ${keyText} not null`,
        ...extra.map(([name, type]) => `${name} ${type}`),
        'version integer not null',
        'created_at text not null',
        'updated_at text not null',
        'deleted_at text',
        // Last, so SQLite keeps the narrow columns on the row's first page and scans skip the document.
        'doc text not null',
      ];
      await sql.raw(`create table ${table} (${columns.join(', ')})`).execute(db);
      // Soft-deleted rows keep their slug but free it: the unique index covers live rows only.
      await index(db, `${table}_slug_unique`, table, 'slug', true, true);
      await index(db, `${table}_sort`, table, 'sort_key, id');
      await index(db, `${table}_updated`, table, 'updated_at, id');
    }
    await index(db, 'events_starts', 'events', 'starts_at, id');
    await index(db, 'events_status_starts', 'events', 'status, starts_at, id');
    await index(db, 'events_ends', 'events', 'ends_at');
    await index(db, 'organizations_form_sort', 'organizations', 'legal_form, sort_key, id');
    await index(db, 'authorities_terc_unique', 'authorities', 'terc', true, true);
    await index(db, 'authorities_parent', 'authorities', 'parent_id, sort_key');
    await index(db, 'authorities_kind_sort', 'authorities', 'kind, sort_key, id');
    await index(db, 'grants_funder', 'grants', 'funder_authority_id');
    await index(db, 'grants_beneficiary', 'grants', 'beneficiary_id');
    await index(db, 'posts_published', 'posts', 'published_at, id');
    await index(db, 'posts_status_published', 'posts', 'status, published_at, id');
    await index(db, 'posts_event', 'posts', 'event_id');
    await index(db, 'cooperations_authority', 'cooperations', 'authority_id');
    await index(db, 'cooperations_organization', 'cooperations', 'organization_id');

    // What list filters need and a JSON column cannot index portably: who and what an event involves.
    await sql
      .raw(
        `create table entity_links (entity text not null, entity_id text not null, rel text not null, target ${keyText} not null, primary key (entity, entity_id, rel, target))`,
      )
      .execute(db);
    await sql.raw('create index entity_links_target on entity_links (entity, rel, target, entity_id)').execute(db);

    // Word-prefix search: one row per folded word, so "zolw" is an index range, not a table scan.
    await sql
      .raw(
        `create table search_tokens (entity text not null, entity_id text not null, token ${keyText} not null, primary key (entity, entity_id, token))`,
      )
      .execute(db);
    await sql.raw('create index search_tokens_token on search_tokens (entity, token, entity_id)').execute(db);

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sort_key', sql.raw(keyText), (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('csrf_secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('meta', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('note', 'text')
      .execute();
    await db.schema.createIndex('audit_at').on('audit_log').columns(['at', 'id']).execute();
    await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id', 'at']).execute();
    await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_id', 'at']).execute();

    await db.schema
      .createTable('scheduled_publications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .execute();
    await db.schema.createIndex('scheduled_pending').on('scheduled_publications').columns(['done_at', 'at']).execute();

    // One row whose value every write transaction bumps: visible exactly when the write commits.
    await db.schema
      .createTable('data_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('value', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('data_version').values({ id: 1, value: 0 }).execute();
  },
};
