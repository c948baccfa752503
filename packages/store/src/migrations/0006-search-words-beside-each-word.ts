import { sql } from 'kysely';
import type { Migration } from './migration.js';

// Frozen on 2026-11-28. Do not edit: add a new migration instead.
// Measured with 100k organisations (bench/RESULTS.md, EXPLAIN ANALYZE on PostgreSQL): a search of two
// words such as 'fundacja w' reads the rarest word's matches in order and checked each one for the
// other word with an index probe; counting to the cap of 1,001 took thousands of probes (about 6 µs
// each on PostgreSQL, 8–57 ms per query). Each search word's row now also carries all of its record's
// words (' fundacja dobry start w lodzi ', a space at each end), kept in the sorted index, so the other
// words are a LIKE on the row being read: 'fundacja w' counts from the index alone in under 1 ms.
// It costs the space of those words once more in the table and in the index. A PostgreSQL index entry
// holds at most 2,704 bytes, so a record whose words and sort key together pass 1,600 bytes (long
// event summaries, cooperation descriptions) keeps NULL there and is still checked with a probe.

const MAX_BYTES = 1600;

export const migration0006: Migration = {
  name: '0006-search-words-beside-each-word',
  async up(db, { name, keyText }) {
    await sql.raw('drop index search_tokens_sorted').execute(db);
    if (name === 'sqlite') {
      await sql.raw(`alter table search_tokens add column words ${keyText}`).execute(db);
      await sql
        .raw(
          `update search_tokens set words = (select case when length(cast(w.words as blob)) + length(cast(search_tokens.sort_key as blob)) <= ${MAX_BYTES} then w.words end from (select ' ' || group_concat(s.token, ' ') || ' ' as words from search_tokens s where s.entity = search_tokens.entity and s.entity_id = search_tokens.entity_id) w)`,
        )
        .execute(db);
      // SQLite has no INCLUDE: a last key column keeps the words in the index all the same.
      await sql
        .raw('create index search_tokens_sorted on search_tokens (entity, token, sort_key, entity_id, words)')
        .execute(db);
      return;
    }
    // PostgreSQL: an UPDATE of every row left the old row versions in the table and, built in the same
    // transaction, in the new index too (twice its size until a REINDEX). A copy is compact and quicker.
    await sql
      .raw(
        `create table search_tokens_words (entity text not null, entity_id text not null, token ${keyText} not null, sort_key ${keyText}, words ${keyText})`,
      )
      .execute(db);
    await sql
      .raw(
        `insert into search_tokens_words (entity, entity_id, token, sort_key, words) select t.entity, t.entity_id, t.token, t.sort_key, case when octet_length(w.words) + octet_length(t.sort_key) <= ${MAX_BYTES} then w.words end from search_tokens t join (select entity, entity_id, ' ' || string_agg(token, ' ') || ' ' as words from search_tokens group by entity, entity_id) w on w.entity = t.entity and w.entity_id = t.entity_id order by t.entity, t.entity_id, t.token`,
      )
      .execute(db);
    await sql.raw('drop table search_tokens').execute(db);
    await sql.raw('alter table search_tokens_words rename to search_tokens').execute(db);
    await sql
      .raw('alter table search_tokens add constraint search_tokens_pkey primary key (entity, entity_id, token)')
      .execute(db);
    // INCLUDE keeps the words beside the index entries without ordering by them.
    await sql
      .raw('create index search_tokens_sorted on search_tokens (entity, token, sort_key, entity_id) include (words)')
      .execute(db);
  },
};
