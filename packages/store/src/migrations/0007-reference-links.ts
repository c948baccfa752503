import type { Migration } from './migration.js';

// Frozen on 2026-11-27. Do not edit: add a new migration instead.
// Deleting a record that others point at is refused by the store, which needs to find those others
// without reading every record: each live record now has an `entity_links` row (rel 'ref') for every
// id it holds in a field named …Id or …Ids (`id` itself excepted), found by the existing index on
// (entity, rel, target). This adds them for the records already stored, reading each one's document
// (the rule as it stands today, written out here so that later changes to the store's code cannot
// change what this migration did).

const TABLES: [entity: string, table: string][] = [
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

function targets(value: unknown, selfId: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) targets(item, selfId, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'id') continue;
    if (/Id$/.test(key) && typeof child === 'string') {
      if (child !== selfId) out.add(child);
    } else if (/Ids$/.test(key) && Array.isArray(child)) {
      for (const item of child) if (typeof item === 'string' && item !== selfId) out.add(item);
    } else targets(child, selfId, out);
  }
}

export const migration0007: Migration = {
  name: '0007-reference-links',
  async up(db) {
    for (const [entity, table] of TABLES) {
      for (let after = ''; ; ) {
        const rows = (await db
          .selectFrom(table)
          .select(['id', 'doc'])
          .where('deleted_at', 'is', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(BATCH)
          .execute()) as { id: string; doc: string }[];
        if (rows.length === 0) break;
        const links: { entity: string; entity_id: string; rel: string; target: string }[] = [];
        for (const row of rows) {
          let doc: unknown;
          try {
            doc = JSON.parse(row.doc);
          } catch {
            // A corrupt document is reported where it is read (CorruptRecordError); it points at nothing here.
            continue;
          }
          const found = new Set<string>();
          targets(doc, row.id, found);
          for (const target of found) links.push({ entity, entity_id: row.id, rel: 'ref', target });
        }
        for (let i = 0; i < links.length; i += 2000)
          await db
            .insertInto('entity_links')
            .values(links.slice(i, i + 2000))
            .onConflict((oc) => oc.doNothing())
            .execute();
        after = (rows[rows.length - 1] as { id: string }).id;
      }
    }
  },
};
