import type { Migration } from './migration.js';

// Frozen on 2026-11-27. Do not edit: add a new migration instead.
// An organisation takes part in an event when someone speaks for it there, as an authority already
// did: events now link to their speakers' organisations too. This adds those links to the events
// already stored, reading each event's own document (the rule as it stands today, written out here
// so that later changes to the store's code cannot change what this migration did).

interface SpeakerShape {
  organizationId?: unknown;
}
interface ItemShape {
  speakers?: SpeakerShape[];
  panelists?: SpeakerShape[];
  facilitators?: SpeakerShape[];
  moderator?: SpeakerShape;
}

const BATCH = 500;

export const migration0005: Migration = {
  name: '0005-speaker-organization-links',
  async up(db) {
    for (let after = ''; ; ) {
      const rows = (await db
        .selectFrom('events')
        .select(['id', 'doc'])
        .where('deleted_at', 'is', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute()) as { id: string; doc: string }[];
      if (rows.length === 0) return;
      const links = new Map<string, { entity: string; entity_id: string; rel: string; target: string }>();
      for (const row of rows) {
        const agenda = (JSON.parse(row.doc) as { agenda?: ItemShape[] }).agenda ?? [];
        for (const item of agenda) {
          const speakers = [
            ...(item.speakers ?? []),
            ...(item.panelists ?? []),
            ...(item.facilitators ?? []),
            ...(item.moderator ? [item.moderator] : []),
          ];
          for (const s of speakers)
            if (typeof s.organizationId === 'string')
              links.set(`${row.id} ${s.organizationId}`, {
                entity: 'event',
                entity_id: row.id,
                rel: 'organization',
                target: s.organizationId,
              });
        }
      }
      if (links.size > 0)
        await db
          .insertInto('entity_links')
          .values([...links.values()])
          .onConflict((oc) => oc.doNothing())
          .execute();
      after = (rows[rows.length - 1] as { id: string }).id;
    }
  },
};
