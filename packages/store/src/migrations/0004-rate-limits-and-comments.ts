import type { Migration } from './migration.js';

// Frozen on 2026-11-26. Do not edit: add a new migration instead.
// Rate-limit counters live in the database so every website and admin process counts the same hits
// (login per account and per address). Reviewers' comments are data: they travel in dumps.

export const migration0004: Migration = {
  name: '0004-rate-limits-and-comments',
  async up(db) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      // Milliseconds since the epoch: the window is compared arithmetically in one UPSERT.
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('comments_entity')
      .on('comments')
      .columns(['entity', 'entity_id', 'at', 'id'])
      .execute();
  },
};
