/**
 * When what a calendar or a feed shows of an event last changed. A writer that shows data of another kind
 * of record in an event's text adds that kind in `shownRecords`.
 */
import type { Event } from '@org/domain';
import { eventReferences, REFERENCE_MAPS } from './event-references.js';
import type { WorldIndex } from './world-index.js';

/** A record's `updatedAt` when it carries one, as the store returns records (`Stored<T>`). */
function updatedAtOf(record: object | undefined): string | undefined {
  if (!record || !('updatedAt' in record)) return undefined;
  const value = record.updatedAt;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/**
 * The records whose data an event's DESCRIPTION, LOCATION, ORGANIZER and feed entry show: the organiser, the
 * venue, the people, organisations and authorities of its agenda's speakers, and its grants (the funding
 * statements). Not its partners: neither calendars nor feeds name them, so a partner's change changes nothing
 * a subscriber sees.
 */
function* shownRecords(event: Event, world: WorldIndex): Generator<object | undefined> {
  for (const ref of eventReferences(event))
    if (!ref.path.startsWith('partners[')) yield world[REFERENCE_MAPS[ref.kind]].get(ref.id);
  for (const id of event.grantIds) yield world.grants.get(id);
}

/**
 * The latest `updatedAt` among the event and the records whose data its calendar entry and feed entry show
 * (organiser, venue, speakers' people, organisations and authorities, grants), as far as the world holds them
 * with `updatedAt` (pass them as the store returns them); undefined when none has one. A venue's new address
 * or an organiser's new name changes every event that shows it, so it is a revision of what subscribers read,
 * though not of the event's own record. Internal (not in index.ts).
 *
 * @example
 * eventRevisedAt({ ...event, updatedAt: '2026-11-20T10:00:00Z' }, indexWorld({ venues: [{ ...venue, updatedAt: '2026-11-24T08:00:00Z' }] }))
 * // '2026-11-24T08:00:00Z'
 */
export function eventRevisedAt(event: Event, world: WorldIndex): string | undefined {
  let latest = updatedAtOf(event);
  let latestMs = latest === undefined ? Number.NEGATIVE_INFINITY : Date.parse(latest);
  for (const record of shownRecords(event, world)) {
    const at = updatedAtOf(record);
    if (at !== undefined && Date.parse(at) > latestMs) {
      latest = at;
      latestMs = Date.parse(at);
    }
  }
  return latest;
}
