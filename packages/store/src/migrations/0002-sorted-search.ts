import { sql } from 'kysely';
import type { Migration } from './migration.js';

// Frozen on 2026-11-26. Do not edit: add a new migration instead.
// Measured with 100k organisations: a search matched thousands of rows and then looked each one up to
// sort and count it. Keeping the record's sort key beside each search word lets count and page come
// from one covering index. Events get the end time beside the start, so "upcoming" needs no row lookups.

const ENTITY_TABLES = ['events', 'organizations', 'authorities', 'venues', 'people', 'grants', 'posts', 'cooperations'];
const KIND_OF: Record<string, string> = {
  events: 'event',
  organizations: 'organization',
  authorities: 'authority',
  venues: 'venue',
  people: 'person',
  grants: 'grant',
  posts: 'post',
  cooperations: 'cooperation',
};

export const migration0002: Migration = {
  name: '0002-sorted-search',
  async up(db, { keyText }) {
    await sql.raw(`alter table search_tokens add column sort_key ${keyText}`).execute(db);
    for (const table of ENTITY_TABLES)
      await sql
        .raw(
          `update search_tokens set sort_key = (select t.sort_key from ${table} t where t.id = search_tokens.entity_id) where entity = '${KIND_OF[table]}'`,
        )
        .execute(db);
    await sql.raw('drop index search_tokens_token').execute(db);
    await sql
      .raw('create index search_tokens_sorted on search_tokens (entity, token, sort_key, entity_id)')
      .execute(db);
    await sql.raw('drop index events_status_starts').execute(db);
    await sql
      .raw('create index events_status_starts_ends on events (status, starts_at, ends_at, id) where deleted_at is null')
      .execute(db);
    await sql.raw('drop index events_starts').execute(db);
    await sql
      .raw('create index events_starts_ends on events (starts_at, ends_at, id) where deleted_at is null')
      .execute(db);
  },
};
