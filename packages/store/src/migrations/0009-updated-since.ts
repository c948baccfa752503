import { sql } from 'kysely';
import type { Migration } from './migration.js';

// Frozen on 2026-11-28. Do not edit: add a new migration instead.
// Lists take `updatedSince` (records changed at or after an instant, in updated_at order, ties by id), which
// the website's API reads for incremental sync; it used to read a list newest-changed first and stop at the
// instant, so an old instant read a whole table. The condition compares `updated_at` as text, on both dialects.
//
// - Text compares as time only when every value has one form: the store writes `toISOString()` (UTC,
//   milliseconds, 24 characters), but a restored dump kept whatever its meta said ('2026-11-27T10:00:00+01:00'
//   sorts after '2026-11-27T09:30:00.000Z'). Such values are rewritten here as the same instant in that form.
//   A value that names no instant is left as it is: nothing better can be said of it.
// - `<table>_updated (updated_at, id)` (0001) serves the kinds the API lists whole. Public events are three
//   statuses of four: a (status, updated_at, id) index would give three ranges to sort together, so events get
//   (updated_at, id, status), read in order with the status checked in the index; it replaces events_updated,
//   its prefix. Published posts are one status: (status, updated_at, id) is one range, in order.

const TABLES = ['authorities', 'organizations', 'venues', 'people', 'grants', 'events', 'posts', 'cooperations'];
const BATCH = 500;
const canonical = (text: string): string | null => {
  const time = Date.parse(text);
  // Only instants that toISOString writes as 24 characters (years 0000–9999).
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  return iso.length === 24 ? iso : null;
};

export const migration0009: Migration = {
  name: '0009-updated-since',
  async up(db) {
    for (const table of TABLES)
      for (const column of ['updated_at', 'created_at']) {
        // Every row in another form, in batches by id (a rewritten row no longer matches, a row left as it is
        // is passed by the id bound).
        for (let after = ''; ; ) {
          const rows = (await db
            .selectFrom(table)
            .select(['id', column])
            .where('id', '>', after)
            .where((eb) =>
              eb.or([
                eb(sql`length(${sql.ref(column)})`, '<>', 24),
                eb(column, 'not like', '____-__-__T__:__:__.___Z'),
              ]),
            )
            .orderBy('id')
            .limit(BATCH)
            .execute()) as Record<string, string>[];
          for (const row of rows) {
            const value = canonical(row[column] as string);
            if (value !== null && value !== row[column])
              await db
                .updateTable(table)
                .set({ [column]: value })
                .where('id', '=', row.id as string)
                .execute();
          }
          if (rows.length < BATCH) break;
          after = (rows[rows.length - 1] as Record<string, string>).id as string;
        }
      }
    await sql.raw('drop index events_updated').execute(db);
    await sql
      .raw('create index events_updated_status on events (updated_at, id, status) where deleted_at is null')
      .execute(db);
    await sql
      .raw('create index posts_status_updated on posts (status, updated_at, id) where deleted_at is null')
      .execute(db);
  },
};
