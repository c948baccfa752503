import { z } from 'zod';
import { itemPeople } from './agenda-rules.js';
import { type Instant, InstantSchema } from './common.js';
import { ValidationError } from './errors.js';
import type { Event } from './event.js';
import { localDayOf, localToInstant } from './format-time.js';
import type { Grant } from './grant.js';
import type { Person } from './person.js';
import { speakerStanding } from './speaker-standing.js';
import { validate } from './validation.js';

/**
 * What a grant report states about the events a grant paid for: the events of the grant's period, each
 * in exactly one of four lists (realised, cancelled, postponed, planned), and the scale of what was
 * realised (Part I.1 of the 2018 report: "liczbowe określenie skali działań zrealizowanych").
 *
 * @example
 * const f = grantReportFigures(grant, events, { asOf });
 * f.realisedEventIds // the events held, to report as done; f.events === f.realisedEventIds.length
 * f.eventIds // every counted event: f.realisedEventIds, f.cancelledEventIds, f.postponedEventIds, f.plannedEventIds
 */
export interface GrantReportFigures {
  grantId: string;
  /** The days counted: the grant's period, or `options.period` cut to it. */
  period: { from: string; to: string };
  /** The `asOf` the figures were computed for, when one was given. */
  asOf?: Instant;
  /**
   * Every event of the grant in the period that is not a draft, in the order given, whatever it came
   * to: realised, cancelled, postponed or planned (the four lists below, together).
   */
  eventIds: string[];
  /** Events held: published, and ended by `asOf` when one is given. Only these add to the figures below. */
  realisedEventIds: string[];
  /** Cancelled events (status `cancelled`). */
  cancelledEventIds: string[];
  /** Postponed events (status `postponed`): not held in the period as planned, so not realised. */
  postponedEventIds: string[];
  /** Published events that had not ended by `asOf` (always empty without `asOf`). */
  plannedEventIds: string[];
  /** How many events were realised (`realisedEventIds.length`). */
  events: number;
  cancelledEvents: number;
  postponedEvents: number;
  plannedEvents: number;
  /** Agenda items of the realised events. */
  agendaItems: number;
  panels: number;
  /** Named people who spoke, moderated or presented at realised events (each counted once). */
  speakers: number;
  /**
   * Organisations and authorities of realised events: organisers, partners, and those the agenda's people
   * speak for (the entry's, else the person's affiliation as `speakerStanding` resolves it, given
   * `options.people`), except the grant's beneficiary (the Zleceniobiorca, when `grant.beneficiaryId` is given):
   * the report counts the partners it worked with, not itself.
   */
  organizations: number;
  authorities: number;
  /** Participants of realised events only. */
  registered: number;
  attended: number;
  /** Realised events without attendance figures: the totals above are lower bounds while this is not zero. */
  eventsWithoutAttendance: number;
  /**
   * Counted events (`eventIds`) that other grants fund too, each with those grants' ids, in the order given. They
   * count in full here and in the other grants' reports (the event did happen): a report must name the others.
   */
  sharedEvents: SharedEvent[];
  /**
   * Events tagged with the grant (not drafts) whose day is outside the grant's own period, in the order given:
   * not counted (a report accounts for the agreement's days), but listed, so that a wrong date or a wrong grant
   * is seen and not lost. Events outside a narrower `options.period` but inside the grant's are not here.
   */
  outsidePeriodEventIds: string[];
}

/** An event a grant reports that other grants fund too. */
export interface SharedEvent {
  eventId: string;
  /** The other grants in the event's `grantIds`, in its order. */
  otherGrantIds: string[];
}

/**
 * The figures that are counts, each with a label in `GRANT_REPORT_FIGURE_LABELS`.
 *
 * @example
 * const key: GrantReportCount = 'postponedEvents';
 * `${label(GRANT_REPORT_FIGURE_LABELS, key)}: ${figures[key]}` // 'Wydarzenia przełożone: 1'
 */
export type GrantReportCount = {
  [K in keyof GrantReportFigures]-?: GrantReportFigures[K] extends number ? K : never;
}[keyof GrantReportFigures];

/**
 * Options of `grantReportFigures`.
 *
 * @example
 * grantReportFigures(grant, events, { asOf: new Date(nowMs).toISOString() }) // the caller's clock, not the domain's
 */
export interface GrantReportFiguresOptions {
  /**
   * The instant the report is drawn up for, passed by the caller (the domain reads no clock): a
   * published event that has not ended by then is planned, not realised. Callers should pass it; without
   * it every published event of the period counts as realised, as before this option existed, even one
   * still to come.
   */
  asOf?: Instant | undefined;
  /**
   * The people on the events' agendas, so that a speaker whose entry names no organisation counts the
   * one of their affiliation (`speakerStanding`). Without them, only parties written on the agenda count.
   */
  people?: readonly Pick<Person, 'id' | 'affiliations'>[] | undefined;
  /**
   * The period the report is for, when it is not the whole agreement (a partial report): only its overlap with
   * the grant's own period counts (`reportingPeriod`), and a missing end is the grant's. A period with no day in
   * the grant's throws a `ValidationError` on `options.period`: check it with `reportingPeriod` first.
   */
  period?: { from?: string | undefined; to?: string | undefined } | undefined;
}

/** What `reportingPeriod` gives: the days a report covers, or why there are none. */
export type ReportingPeriod =
  | {
      ok: true;
      /** The overlap of the period asked for with the grant's period. */
      period: { from: string; to: string };
      /** True when the period asked for reached past the grant's, and was cut to it. */
      clipped: boolean;
    }
  | {
      ok: false;
      code: 'outsideGrantPeriod';
      asked: { from: string; to: string };
      grantPeriod: { from: string; to: string };
    };

/**
 * The days a grant report covers: the period asked for, cut to the grant's own (agreement) period, since a
 * report accounts for the task only (u.d.p.p. art. 18: the task's execution, in its period). A missing end is
 * the grant's; no period asked is the grant's whole period. A period with no day in the grant's is refused.
 * Days are `YYYY-MM-DD`, compared as text.
 *
 * @example
 * const grant = { from: '2026-09-01', to: '2026-12-15' };
 * reportingPeriod(grant, { from: '2026-08-01', to: '2027-02-01' }) // { ok: true, period: grant, clipped: true }
 * reportingPeriod(grant, { from: '2026-10-01' }) // { ok: true, period: { from: '2026-10-01', to: '2026-12-15' }, clipped: false }
 * reportingPeriod(grant, { from: '2027-01-01', to: '2027-02-01' }).ok // false (code 'outsideGrantPeriod')
 */
export function reportingPeriod(
  grantPeriod: { from: string; to: string },
  asked: { from?: string | undefined; to?: string | undefined } = {},
): ReportingPeriod {
  const wanted = { from: asked.from ?? grantPeriod.from, to: asked.to ?? grantPeriod.to };
  // Days as YYYY-MM-DD order as text (Math.max would read them as NaN).
  const [, from = wanted.from] = [wanted.from, grantPeriod.from].sort();
  const [to = wanted.to] = [wanted.to, grantPeriod.to].sort();
  if (from > to) return { ok: false, code: 'outsideGrantPeriod', asked: wanted, grantPeriod };
  return { ok: true, period: { from, to }, clipped: from !== wanted.from || to !== wanted.to };
}

// The grant's period is in the agreement's (Polish) days: an event belongs to the day it starts on in
// its own zone. Its UTC day would move an event at 00:30 Warsaw time to the day before.
const dayOf = (event: Pick<Event, 'startsAt' | 'timeZone'>) => localDayOf(event.startsAt, event.timeZone);

type Standing = 'realised' | 'cancelled' | 'postponed' | 'planned';

// Only what was held is realised (u.d.p.p. art. 18 ust. 4 pkt 1: the activities carried out). A new status
// must be placed here: the switch does not compile until it is.
function standingOf(event: Event, asOfMs: number | undefined): Standing | undefined {
  switch (event.status) {
    case 'draft':
      return undefined;
    case 'cancelled':
      return 'cancelled';
    case 'postponed':
      return 'postponed';
    case 'published':
      return asOfMs !== undefined && Date.parse(event.endsAt) > asOfMs ? 'planned' : 'realised';
    default: {
      const unknown: never = event.status;
      return unknown;
    }
  }
}

const AsOfOptionSchema = z.object({ asOf: InstantSchema });

function asOfMillis(asOf: Instant | undefined): number | undefined {
  if (asOf === undefined) return undefined;
  const checked = validate(AsOfOptionSchema, { asOf }, 'en');
  if (!checked.ok)
    throw new ValidationError(
      `@org/domain grantReportFigures: options.${checked.issues.map((i) => i.message).join(' ')}`,
      checked.issues,
    );
  return Date.parse(asOf);
}

/**
 * The figures of a grant report, from the events funded by the grant (its id in their `grantIds`) that
 * start within the grant's period (or within `options.period`, cut to the grant's), on their day in their
 * own time zone. Drafts never count. Cancelled
 * and postponed events are counted apart, and so are published events that had not ended by
 * `options.asOf` (planned); only realised events add agenda items, people, organisations and
 * participants. Speakers count the organisation or authority they speak for, taken from their
 * affiliation when the agenda names none: pass `options.people`. Pass `asOf` (the instant the report is drawn up): without it, every published event
 * counts as realised. Throws a `ValidationError` for an `asOf` that is not an instant with an offset, and for
 * an `options.period` with no day in the grant's period.
 *
 * @example
 * grantReportFigures(grant, [seedEvent], { asOf: '2027-01-10T12:00:00+01:00' }).realisedEventIds // [seedEvent.id]
 * grantReportFigures(grant, [seedEvent], { asOf: '2026-11-01T12:00:00+01:00' })
 * // { …, eventIds: [seedEvent.id], realisedEventIds: [], plannedEventIds: [seedEvent.id], events: 0, plannedEvents: 1, registered: 0, … }
 * grantReportFigures(grant, [{ ...seedEvent, status: 'postponed' }]).postponedEvents // 1
 * // Khedi Alieva is on the agenda with no organisation; her only affiliation is Fundacja Kobiety Wędrowne:
 * grantReportFigures(grant, [event], { asOf, people: [{ id: 'alieva', affiliations: [{ organizationId: 'kw' }] }] })
 * // { …, organizations: 2, … } (the organiser and 'kw'; 1 without `people`)
 */
export function grantReportFigures(
  grant: Pick<Grant, 'id' | 'period'> & Partial<Pick<Grant, 'beneficiaryId'>>,
  events: readonly Event[],
  options: GrantReportFiguresOptions = {},
): GrantReportFigures {
  const asOfMs = asOfMillis(options.asOf);
  const chosen = reportingPeriod(grant.period, options.period);
  if (!chosen.ok)
    throw new ValidationError(
      `@org/domain grantReportFigures: options.period ${chosen.asked.from} – ${chosen.asked.to} has no day in the grant's period ${grant.period.from} – ${grant.period.to}; a report covers the agreement's days only.`,
      [{ path: 'period', field: 'period', code: 'outsideGrantPeriod', message: 'outside the grant period' }],
    );
  const period = chosen.period;
  const lists: Record<Standing, Event[]> = { realised: [], cancelled: [], postponed: [], planned: [] };
  const eventIds: string[] = [];
  const sharedEvents: SharedEvent[] = [];
  const outsidePeriodEventIds: string[] = [];
  for (const e of events) {
    if (!e.grantIds.includes(grant.id)) continue;
    const standing = standingOf(e, asOfMs);
    if (standing === undefined) continue;
    if (dayOf(e) < grant.period.from || dayOf(e) > grant.period.to) {
      outsidePeriodEventIds.push(e.id);
      continue;
    }
    if (dayOf(e) < period.from || dayOf(e) > period.to) continue;
    eventIds.push(e.id);
    lists[standing].push(e);
    const others = e.grantIds.filter((id) => id !== grant.id);
    if (others.length) sharedEvents.push({ eventId: e.id, otherGrantIds: others });
  }
  const held = lists.realised;
  const people = new Set<string>();
  const orgs = new Set<string>();
  const authorities = new Set<string>();
  const persons = new Map((options.people ?? []).map((p) => [p.id, p]));
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
      const day = localDayOf(item.startsAt, e.timeZone);
      for (const s of itemPeople(item)) {
        if (s.kind === 'person') people.add(s.personId);
        const party = speakerStanding(s, s.kind === 'person' ? persons.get(s.personId) : undefined, day);
        if (party.organizationId) orgs.add(party.organizationId);
        if (party.authorityId) authorities.add(party.authorityId);
      }
    }
  }
  // The Zleceniobiorca organises most events: counting it would make every report's partners one too many.
  if (grant.beneficiaryId !== undefined) orgs.delete(grant.beneficiaryId);
  const ids = (list: readonly Event[]) => list.map((e) => e.id);
  return {
    grantId: grant.id,
    period,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    eventIds,
    realisedEventIds: ids(held),
    cancelledEventIds: ids(lists.cancelled),
    postponedEventIds: ids(lists.postponed),
    plannedEventIds: ids(lists.planned),
    events: held.length,
    cancelledEvents: lists.cancelled.length,
    postponedEvents: lists.postponed.length,
    plannedEvents: lists.planned.length,
    agendaItems,
    panels,
    speakers: people.size,
    organizations: orgs.size,
    authorities: authorities.size,
    registered: held.reduce((n, e) => n + (e.attendance.registered ?? 0), 0),
    attended: held.reduce((n, e) => n + (e.attendance.attended ?? 0), 0),
    eventsWithoutAttendance: held.filter((e) => e.attendance.attended === undefined).length,
    sharedEvents,
    outsidePeriodEventIds,
  };
}

/**
 * Why a final report (sprawozdanie końcowe) cannot be drawn up from these figures yet, if it cannot: it
 * accounts for the whole task (u.d.p.p. art. 18 ust. 1: within 30 days of the task's end), so
 * - `periodNotWhole`: its period must reach the grant's end (`grantEnd`), not stop at `periodEnd`;
 * - `asOfBeforeEnd`: it must be drawn up as of the period's end (`endsAt`, the midnight after its last day in
 *   Warsaw) or later;
 * - `eventsPlanned`: no event may still be to come (`eventIds`, the figures' planned events).
 */
export type FinalReportProblem =
  | { code: 'periodNotWhole'; periodEnd: string; grantEnd: string }
  | { code: 'asOfBeforeEnd'; asOf: Instant; endsAt: Instant }
  | { code: 'eventsPlanned'; eventIds: string[] };

// The agreement's days are Polish: a period ends at the midnight after its last day, in Warsaw.
const AGREEMENT_ZONE = 'Europe/Warsaw';

/**
 * The instant a period's last day (YYYY-MM-DD) ends in Warsaw: the midnight after it.
 *
 * @example
 * endOfAgreementDay('2026-12-15') // '2026-12-16T00:00:00+01:00'
 */
export function endOfAgreementDay(day: string): Instant {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return localToInstant(`${next}T00:00`, AGREEMENT_ZONE) ?? `${next}T00:00:00Z`;
}

/**
 * What stands in the way of a final report (sprawozdanie końcowe) of `figures`, computed for `grant` with
 * an `asOf`: empty when it may be drawn up. Without `figures.asOf` the report's date is unknown and only the
 * period is checked. A partial report (sprawozdanie częściowe) has no such conditions.
 *
 * @example
 * const f = grantReportFigures(grant, [seedEvent], { asOf: '2026-11-01T12:00:00+01:00' }); // period to 2026-12-15
 * finalReportProblems(grant, f)
 * // [{ code: 'asOfBeforeEnd', asOf: '2026-11-01T12:00:00+01:00', endsAt: '2026-12-16T00:00:00+01:00' },
 * //  { code: 'eventsPlanned', eventIds: [seedEvent.id] }]
 * finalReportProblems(grant, grantReportFigures(grant, [seedEvent], { asOf: '2027-01-10T12:00:00+01:00' })) // []
 */
export function finalReportProblems(
  grant: Pick<Grant, 'period'>,
  figures: Pick<GrantReportFigures, 'period' | 'asOf' | 'plannedEventIds'>,
): FinalReportProblem[] {
  const problems: FinalReportProblem[] = [];
  if (figures.period.to < grant.period.to)
    problems.push({ code: 'periodNotWhole', periodEnd: figures.period.to, grantEnd: grant.period.to });
  const endsAt = endOfAgreementDay(figures.period.to);
  if (figures.asOf !== undefined && Date.parse(figures.asOf) < Date.parse(endsAt))
    problems.push({ code: 'asOfBeforeEnd', asOf: figures.asOf, endsAt });
  if (figures.plannedEventIds.length) problems.push({ code: 'eventsPlanned', eventIds: [...figures.plannedEventIds] });
  return problems;
}

/**
 * The shared events (`figures.sharedEvents`) that risk double financing: those where this grant or another one
 * funding the event is an entrustment (powierzenie, art. 11 ust. 1 pkt 2 u.d.p.p.), which finances the task in
 * full, so that no other grant should pay for the same event. `grants` are the other grants as known (one
 * not given counts as no entrustment). Two support grants (wsparcie, co-financing) sharing an event are not
 * flagged: co-financing from several sources is what support is.
 *
 * @example
 * doubleFinancingRisks({ form: 'entrustment' }, [{ eventId: 'e1', otherGrantIds: ['g2'] }], [{ id: 'g2', form: 'support' }])
 * // [{ eventId: 'e1', otherGrantIds: ['g2'] }]
 * doubleFinancingRisks({ form: 'support' }, [{ eventId: 'e1', otherGrantIds: ['g2'] }], [{ id: 'g2', form: 'support' }]) // []
 */
export function doubleFinancingRisks(
  grant: Pick<Grant, 'form'>,
  shared: readonly SharedEvent[],
  grants: readonly Pick<Grant, 'id' | 'form'>[],
): SharedEvent[] {
  const entrusted = new Set(grants.filter((g) => g.form === 'entrustment').map((g) => g.id));
  return shared.filter((s) => grant.form === 'entrustment' || s.otherGrantIds.some((id) => entrusted.has(id)));
}
