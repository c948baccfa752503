import { itemPeople } from './agenda-rules.js';
import type { Event } from './event.js';
import { localDayOf } from './format-time.js';
import type { Grant } from './grant.js';

/** What a grant report states about the events a grant paid for. */
export interface GrantReportFigures {
  grantId: string;
  period: { from: string; to: string };
  eventIds: string[];
  events: number;
  cancelledEvents: number;
  agendaItems: number;
  panels: number;
  /** Named people who spoke, moderated or presented (each counted once). */
  speakers: number;
  /** Organisations and authorities represented on agendas, as organisers or partners. */
  organizations: number;
  authorities: number;
  registered: number;
  attended: number;
  /** Events without attendance figures: the totals above are lower bounds while this is not zero. */
  eventsWithoutAttendance: number;
}

// The grant's period is in the agreement's (Polish) days: an event belongs to the day it starts on in
// its own zone. Its UTC day would move an event at 00:30 Warsaw time to the day before.
const dayOf = (event: Pick<Event, 'startsAt' | 'timeZone'>) => localDayOf(event.startsAt, event.timeZone);

/**
 * The figures of a grant report, derived from the events funded by the grant (its id in their
 * `grantIds`) that start within the grant's period, on their day in their own time zone. Drafts do not count; cancelled events are
 * counted apart and add no participants.
 *
 * @example
 * grantReportFigures(grant, [seedEvent]).events // 1
 */
export function grantReportFigures(grant: Pick<Grant, 'id' | 'period'>, events: readonly Event[]): GrantReportFigures {
  const inPeriod = events.filter(
    (e) =>
      e.grantIds.includes(grant.id) &&
      e.status !== 'draft' &&
      dayOf(e) >= grant.period.from &&
      dayOf(e) <= grant.period.to,
  );
  const held = inPeriod.filter((e) => e.status !== 'cancelled');
  const people = new Set<string>();
  const orgs = new Set<string>();
  const authorities = new Set<string>();
  let agendaItems = 0;
  let panels = 0;
  for (const e of held) {
    orgs.add(e.organizerId);
    for (const p of e.partners) {
      if (p.organizationId) orgs.add(p.organizationId);
      if (p.authorityId) authorities.add(p.authorityId);
    }
    for (const item of e.agenda) {
      agendaItems++;
      if (item.kind === 'panel') panels++;
      for (const s of itemPeople(item)) {
        if (s.kind === 'person') people.add(s.personId);
        if (s.organizationId) orgs.add(s.organizationId);
        if (s.authorityId) authorities.add(s.authorityId);
      }
    }
  }
  return {
    grantId: grant.id,
    period: grant.period,
    eventIds: inPeriod.map((e) => e.id),
    events: held.length,
    cancelledEvents: inPeriod.length - held.length,
    agendaItems,
    panels,
    speakers: people.size,
    organizations: orgs.size,
    authorities: authorities.size,
    registered: held.reduce((n, e) => n + (e.attendance.registered ?? 0), 0),
    attended: held.reduce((n, e) => n + (e.attendance.attended ?? 0), 0),
    eventsWithoutAttendance: held.filter((e) => e.attendance.attended === undefined).length,
  };
}
