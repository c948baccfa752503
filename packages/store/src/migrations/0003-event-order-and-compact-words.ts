import { sql } from 'kysely';
import type { Migration } from './migration.js';

// Frozen on 2026-11-26. Do not edit: add a new migration instead.
// Measured with 10k events and 100k organisations (bench/RESULTS.md):
// - lists order events by (starts_at, id); with ends_at between them in the index, SQLite sorted every
//   matching row in a temporary B-tree. Putting id right after starts_at lets the index give the order.
// - SQLite kept the search words three times (rowid table, primary key, sorted index). A WITHOUT ROWID
//   table is its own primary key, which makes it a third smaller. PostgreSQL has no such tables.

export const migration0003: Migration = {
  name: '0003-event-order-and-compact-words',
  async up(db, { name, keyText }) {
    await sql.raw('drop index events_status_starts_ends').execute(db);
    await sql
      .raw('create index events_status_starts_id on events (status, starts_at, id, ends_at) where deleted_at is null')
      .execute(db);
    await sql.raw('drop index events_starts_ends').execute(db);
    await sql
      .raw('create index events_starts_id on events (starts_at, id, ends_at) where deleted_at is null')
      .execute(db);
    if (name !== 'sqlite') return;
    await sql
      .raw(
        `create table search_tokens_compact (entity text not null, entity_id text not null, token ${keyText} not null, sort_key ${keyText}, primary key (entity, entity_id, token)) without rowid`,
      )
      .execute(db);
    await sql
      .raw(
        'insert into search_tokens_compact (entity, entity_id, token, sort_key) select entity, entity_id, token, sort_key from search_tokens',
      )
      .execute(db);
    await sql.raw('drop table search_tokens').execute(db);
    await sql.raw('alter table search_tokens_compact rename to search_tokens').execute(db);
    await sql
      .raw('create index search_tokens_sorted on search_tokens (entity, token, sort_key, entity_id)')
      .execute(db);
  },
};
