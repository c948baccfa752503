/**
 * The records an event names by id (organiser, venue, partners, and the people, organisations and
 * authorities of its agenda's speakers), with the path of each, so a writer that must not leave one out can
 * say which is missing and where; and the JSON-LD builders' `missing` option that asks for that. A new kind
 * of agenda item lists its speakers in `itemSpeakers`.
 */
import { type AgendaItem, type Event, type Speaker, ValidationError } from '@org/domain';
import { type RecordReference, ReferenceMissingError } from './errors.js';
import type { WorldIndex } from './world-index.js';

/** `options.missing` of the JSON-LD builders (`'omit'` when absent), or a `ValidationError` naming `missing`. */
export function checkedMissing(missing: unknown): 'omit' | 'throw' {
  if (missing === undefined || missing === 'omit') return 'omit';
  if (missing === 'throw') return 'throw';
  throw new ValidationError(`@org/formats: options.missing must be "omit" or "throw", got "${String(missing)}"`, [
    { path: 'missing', field: 'missing', code: 'enum', message: 'not omit or throw' },
  ]);
}

/** What a `ReferenceMissingError` of the JSON-LD builders says they would otherwise have done. */
export const JSON_LD_LEFT_OUT = "with options.missing 'throw' the JSON-LD does not leave it out";

/** An id an event names: where in the event, and the kind of record it names. */
export interface EventReference extends RecordReference {
  kind: 'organization' | 'authority' | 'venue' | 'person';
  path: string;
}

function* itemSpeakers(item: AgendaItem): Generator<[string, Speaker]> {
  switch (item.kind) {
    case 'panel':
      if (item.moderator) yield ['moderator', item.moderator];
      for (const [i, s] of item.panelists.entries()) yield [`panelists[${i}]`, s];
      return;
    case 'discussion':
      for (const [i, s] of item.facilitators.entries()) yield [`facilitators[${i}]`, s];
      return;
    case 'break':
      return;
    default:
      for (const [i, s] of item.speakers.entries()) yield [`speakers[${i}]`, s];
  }
}

/**
 * Every id the event names, in the order of its fields: `organizerId`, `venueId`, `partners[i].…`, then
 * `agenda[i].<speakers>[j].personId`, `.organizationId` and `.authorityId`.
 */
export function* eventReferences(event: Event): Generator<EventReference> {
  yield { path: 'organizerId', kind: 'organization', id: event.organizerId };
  if (event.venueId) yield { path: 'venueId', kind: 'venue', id: event.venueId };
  for (const [i, p] of event.partners.entries()) {
    if (p.organizationId) yield { path: `partners[${i}].organizationId`, kind: 'organization', id: p.organizationId };
    if (p.authorityId) yield { path: `partners[${i}].authorityId`, kind: 'authority', id: p.authorityId };
  }
  for (const [i, item] of event.agenda.entries())
    for (const [where, s] of itemSpeakers(item)) {
      const at = `agenda[${i}].${where}`;
      if (s.kind === 'person') yield { path: `${at}.personId`, kind: 'person', id: s.personId };
      if (s.organizationId) yield { path: `${at}.organizationId`, kind: 'organization', id: s.organizationId };
      if (s.authorityId) yield { path: `${at}.authorityId`, kind: 'authority', id: s.authorityId };
    }
}

/** The map of the world that holds each kind of record an event names. */
export const REFERENCE_MAPS = {
  organization: 'organizations',
  authority: 'authorities',
  venue: 'venues',
  person: 'people',
} as const satisfies Record<EventReference['kind'], keyof WorldIndex>;

/**
 * Throws a `ReferenceMissingError` for the first id the event names that the world does not hold;
 * `consequence` says what the writer would otherwise have done, for the message.
 */
export function requireEventReferences(event: Event, world: WorldIndex, consequence: string): void {
  for (const ref of eventReferences(event))
    if (!world[REFERENCE_MAPS[ref.kind]].has(ref.id))
      throw new ReferenceMissingError(
        { kind: 'event', id: event.id, slug: event.slug },
        { kind: ref.kind, id: ref.id },
        ref.path,
        consequence,
      );
}
