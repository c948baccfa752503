import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { EVENT_STATUSES, type Event, type EventInput, EventSchema } from './event.js';
import { GRANT_REPORT_FIGURE_LABELS, label } from './labels.js';
import {
  doubleFinancingRisks,
  endOfAgreementDay,
  finalReportProblems,
  type GrantReportFigures,
  grantReportFigures,
  reportingPeriod,
} from './report.js';

const grant = { id: 'g1', period: { from: '2026-09-01', to: '2026-12-15' } };
let n = 0;
const event = (over: Partial<EventInput> = {}): Event =>
  EventSchema.parse({
    id: `e${++n}`,
    slug: `e${n}`,
    title: 'Spotkanie',
    startsAt: '2026-10-10T10:00:00+02:00',
    endsAt: '2026-10-10T14:00:00+02:00',
    organizerId: 'fise',
    status: 'published',
    grantIds: ['g1'],
    ...over,
  });
const at = (hhmm: string) => `2026-10-10T${hhmm}:00+02:00`;

describe('grantReportFigures', () => {
  it('counts the organisations speakers speak for through their affiliations, as the publish check resolves them', () => {
    const panelists = ['jozwiak', 'alieva', 'skrobacka'].map((personId) => ({ kind: 'person' as const, personId }));
    const e = event({
      agenda: [
        {
          id: 'p',
          kind: 'panel',
          title: 'Sprawna organizacja',
          startsAt: at('10:00'),
          endsAt: at('11:00'),
          moderator: { kind: 'person', personId: 'komuda', authorityId: 'wol' },
          panelists,
        },
      ],
    });
    const people = [
      { id: 'jozwiak', affiliations: [{ organizationId: 'krw', role: 'wiceprezes zarządu' }] },
      { id: 'alieva', affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] },
      { id: 'skrobacka', affiliations: [{ organizationId: 'od', role: 'skarbniczka' }] },
      { id: 'komuda', affiliations: [{ organizationId: 'x' }, { authorityId: 'wol', role: 'radny' }] },
    ];
    const withPeople = grantReportFigures(grant, [e], { people });
    // fise (organiser), krw, kw, od; the moderator speaks for the authority his entry names, not his other affiliation.
    expect([withPeople.organizations, withPeople.authorities]).toEqual([4, 1]);
    const without = grantReportFigures(grant, [e]);
    expect([without.organizations, without.authorities]).toEqual([1, 1]);
  });

  it('counts events, items, panels, people, organisations, authorities and attendance', () => {
    const e1 = event({
      partners: [{ organizationId: 'mcps' }, { authorityId: 'maz', role: 'patron' }],
      attendance: { registered: 60, attended: 48 },
      agenda: [
        {
          id: 'p',
          kind: 'panel',
          title: 'Panel',
          startsAt: at('10:00'),
          endsAt: at('11:00'),
          moderator: { kind: 'person', personId: 'komuda' },
          panelists: [
            { kind: 'person', personId: 'jozwiak', organizationId: 'krw' },
            { kind: 'representatives', authorityId: 'wol', description: 'urzędnicy powiatu wołomińskiego' },
          ],
        },
        { id: 'b', kind: 'break', startsAt: at('11:00'), endsAt: at('11:15') },
      ],
    });
    const e2 = event({
      startsAt: '2026-11-26T10:00:00+01:00',
      endsAt: '2026-11-26T14:00:00+01:00',
      attendance: { registered: 30 },
      agenda: [
        {
          id: 'x',
          kind: 'presentation',
          title: 'Badania',
          startsAt: '2026-11-26T10:00:00+01:00',
          endsAt: '2026-11-26T11:00:00+01:00',
          speakers: [{ kind: 'person', personId: 'komuda' }],
        },
      ],
    });
    expect(grantReportFigures(grant, [e1, e2])).toEqual({
      grantId: 'g1',
      period: grant.period,
      eventIds: [e1.id, e2.id],
      realisedEventIds: [e1.id, e2.id],
      cancelledEventIds: [],
      postponedEventIds: [],
      plannedEventIds: [],
      events: 2,
      cancelledEvents: 0,
      postponedEvents: 0,
      plannedEvents: 0,
      agendaItems: 3,
      panels: 1,
      speakers: 2,
      organizations: 3,
      authorities: 2,
      registered: 90,
      attended: 48,
      eventsWithoutAttendance: 1,
      sharedEvents: [],
      outsidePeriodEventIds: [],
    });
  });

  it('leaves out drafts, other grants’ events and events outside the period; cancelled ones are counted apart', () => {
    const cancelled = event({ status: 'cancelled', attendance: { registered: 10, attended: 0 } });
    const figures = grantReportFigures(grant, [
      event({ status: 'draft' }),
      event({ grantIds: ['other'] }),
      event({ startsAt: '2026-12-16T10:00:00+01:00', endsAt: '2026-12-16T12:00:00+01:00' }),
      event({ startsAt: '2026-08-31T10:00:00+02:00', endsAt: '2026-08-31T12:00:00+02:00' }),
      cancelled,
    ]);
    expect(figures).toMatchObject({ eventIds: [cancelled.id], events: 0, cancelledEvents: 1, registered: 0 });
  });

  it('drafts never count, whatever their dates and asOf', () => {
    const draft = event({ status: 'draft', attendance: { registered: 10, attended: 9 } });
    for (const asOf of [undefined, '2026-10-01T00:00:00Z', '2027-01-10T12:00:00+01:00'])
      expect(grantReportFigures(grant, [draft], { asOf })).toMatchObject({
        eventIds: [],
        realisedEventIds: [],
        plannedEventIds: [],
        events: 0,
        plannedEvents: 0,
        registered: 0,
        attended: 0,
      });
  });

  // A postponed event was not held on its date: it is no activity carried out (u.d.p.p. art. 18 ust. 4
  // pkt 1), so neither it nor the people registered for it are realised.
  it('counts a postponed event apart, with nothing from its agenda or its participants', () => {
    const held = event({ attendance: { registered: 40, attended: 35 } });
    const postponed = event({
      status: 'postponed',
      statusNote: 'Nowy termin wkrótce',
      partners: [{ authorityId: 'wol' }],
      attendance: { registered: 25, attended: 0 },
      agenda: [
        {
          id: 'p',
          kind: 'panel',
          title: 'Panel',
          startsAt: at('10:00'),
          endsAt: at('11:00'),
          panelists: [{ kind: 'person', personId: 'jozwiak', organizationId: 'krw' }],
        },
      ],
    });
    const figures = grantReportFigures(grant, [held, postponed]);
    expect(figures).toMatchObject({
      eventIds: [held.id, postponed.id],
      realisedEventIds: [held.id],
      postponedEventIds: [postponed.id],
      cancelledEventIds: [],
      events: 1,
      postponedEvents: 1,
      cancelledEvents: 0,
      agendaItems: 0,
      panels: 0,
      speakers: 0,
      organizations: 1,
      authorities: 0,
      registered: 40,
      attended: 35,
      eventsWithoutAttendance: 0,
    });
  });

  it('with asOf, a published event that has not ended by then is planned and adds no participants', () => {
    const past = event({ attendance: { registered: 20, attended: 18 } });
    const running = event({
      startsAt: '2026-11-26T10:00:00+01:00',
      endsAt: '2026-11-26T14:00:00+01:00',
      attendance: { registered: 30 },
    });
    const future = event({
      startsAt: '2026-12-10T10:00:00+01:00',
      endsAt: '2026-12-10T14:00:00+01:00',
      attendance: { registered: 50 },
    });
    // 12:00 Warsaw time on 26 November: `running` started at 10:00 and ends at 14:00.
    const figures = grantReportFigures(grant, [past, running, future], { asOf: '2026-11-26T11:00:00Z' });
    expect(figures).toMatchObject({
      asOf: '2026-11-26T11:00:00Z',
      eventIds: [past.id, running.id, future.id],
      realisedEventIds: [past.id],
      plannedEventIds: [running.id, future.id],
      events: 1,
      plannedEvents: 2,
      registered: 20,
      attended: 18,
      eventsWithoutAttendance: 0,
    });
  });

  it('an event that ends exactly at asOf is realised; asOf is an instant, compared whatever the offsets', () => {
    const e = event({ startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T14:00:00+01:00' });
    expect(grantReportFigures(grant, [e], { asOf: '2026-11-26T13:00:00Z' }).realisedEventIds).toEqual([e.id]);
    expect(grantReportFigures(grant, [e], { asOf: '2026-11-26T12:59:59.999Z' }).plannedEventIds).toEqual([e.id]);
    expect(grantReportFigures(grant, [e], { asOf: '2026-11-26T15:00:00+02:00' }).realisedEventIds).toEqual([e.id]);
  });

  it('without asOf, every published event of the period counts as realised, as before', () => {
    const future = event({ startsAt: '2026-12-15T10:00:00+01:00', endsAt: '2026-12-15T12:00:00+01:00' });
    const figures = grantReportFigures(grant, [future]);
    expect(figures).toMatchObject({ realisedEventIds: [future.id], plannedEventIds: [], events: 1 });
    expect(figures).not.toHaveProperty('asOf');
  });

  it('refuses an asOf that is not an instant with an offset, saying what it got', () => {
    for (const asOf of ['2027-01-10', '2027-01-10T12:00:00', 'now']) {
      const refuse = () => grantReportFigures(grant, [event()], { asOf });
      expect(refuse).toThrow(ValidationError);
      expect(refuse).toThrow(`options.asOf: invalid date and time (e.g. 2026-11-26T10:00:00+01:00) (got "${asOf}").`);
    }
  });

  it('names every count in Polish and English, cancelled and postponed ones apart', () => {
    expect(label(GRANT_REPORT_FIGURE_LABELS, 'cancelledEvents')).toBe('Wydarzenia odwołane');
    expect(label(GRANT_REPORT_FIGURE_LABELS, 'postponedEvents')).toBe('Wydarzenia przełożone');
    expect(label(GRANT_REPORT_FIGURE_LABELS, 'plannedEvents')).toBe('Wydarzenia zaplanowane');
    expect(label(GRANT_REPORT_FIGURE_LABELS, 'postponedEvents', 'en')).toBe('Events postponed');
    expect(label(GRANT_REPORT_FIGURE_LABELS, 'plannedEvents', 'en')).toBe('Events planned');
    const figures = grantReportFigures(grant, [event()]);
    const counts = Object.keys(figures).filter((k) => typeof figures[k as keyof GrantReportFigures] === 'number');
    expect(Object.keys(GRANT_REPORT_FIGURE_LABELS).sort()).toEqual(counts.sort());
  });

  it('includes both end days of the period', () => {
    const first = event({ startsAt: '2026-09-01T10:00:00+02:00', endsAt: '2026-09-01T12:00:00+02:00' });
    const last = event({ startsAt: '2026-12-15T18:00:00+01:00', endsAt: '2026-12-15T20:00:00+01:00' });
    expect(grantReportFigures(grant, [first, last]).events).toBe(2);
  });

  // The period is in the days of the agreement (Polish days), so an event is placed by its day in its
  // own zone: one at 00:30 Warsaw time on 1 September starts on 31 August in UTC.
  it('places an event by its local day, not its UTC day', () => {
    const midnight = event({ startsAt: '2026-09-01T00:30:00+02:00', endsAt: '2026-09-01T02:00:00+02:00' });
    const lateLast = event({ startsAt: '2026-12-16T00:15:00+01:00', endsAt: '2026-12-16T01:00:00+01:00' });
    const figures = grantReportFigures(grant, [midnight, lateLast]);
    expect(figures.eventIds).toEqual([midnight.id]);
  });
});

// Events of two grants around the period (from 25 August to 20 December 2026), of every status, some with
// attendance and an agenda item, and an asOf (or none) in the same span.
const DAY_MS = 86_400_000;
const SPAN_START = Date.parse('2026-08-25T00:00:00Z');
const arbEvent = (i: number) =>
  fc
    .record({
      status: fc.constantFrom(...EVENT_STATUSES),
      startMinute: fc.integer({ min: 0, max: 117 * 24 * 60 }),
      minutes: fc.integer({ min: 30, max: 3 * 24 * 60 }),
      grant: fc.constantFrom('g1', 'g1', 'other'),
      zone: fc.constantFrom('Europe/Warsaw', 'UTC', 'America/New_York'),
      registered: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      attended: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      speaker: fc.option(fc.constantFrom('komuda', 'jozwiak', 'nowak'), { nil: undefined }),
      partner: fc.option(fc.constantFrom('mcps', 'krw'), { nil: undefined }),
    })
    .map((r): Event => {
      const startsAt = new Date(SPAN_START + r.startMinute * 60_000).toISOString();
      const endsAt = new Date(SPAN_START + (r.startMinute + r.minutes) * 60_000).toISOString();
      return EventSchema.parse({
        id: `p${i}`,
        slug: `p${i}`,
        title: 'Spotkanie',
        startsAt,
        endsAt,
        timeZone: r.zone,
        organizerId: 'fise',
        status: r.status,
        grantIds: [r.grant],
        partners: r.partner ? [{ organizationId: r.partner }] : [],
        attendance: { registered: r.registered, attended: r.attended },
        agenda: r.speaker
          ? [
              {
                id: 'a',
                kind: 'presentation',
                title: 'Wystąpienie',
                startsAt,
                endsAt,
                speakers: [{ kind: 'person', personId: r.speaker }],
              },
            ]
          : [],
      });
    });
const arbEvents = fc
  .nat(12)
  .chain((n) => (n ? fc.tuple(...Array.from({ length: n }, (_, i) => arbEvent(i))) : fc.constant<Event[]>([])));
const arbAsOf = fc.integer({ min: 0, max: 120 * DAY_MS }).map((ms) => new Date(SPAN_START + ms).toISOString());

// An asOf anywhere, or at an event's start, end or middle (where a wrong comparison shows), or none.
const arbCase = arbEvents.chain((events) => {
  const marks = events.flatMap((e) => {
    const [start, end] = [Date.parse(e.startsAt), Date.parse(e.endsAt)];
    return [start, end, end - 1, Math.floor((start + end) / 2)].map((ms) => new Date(ms).toISOString());
  });
  const asOf = marks.length ? fc.oneof(arbAsOf, { arbitrary: fc.constantFrom(...marks), weight: 3 }) : arbAsOf;
  return fc.tuple(fc.constant(events), fc.option(asOf, { nil: undefined }));
});

const SCALE = ['agendaItems', 'panels', 'speakers', 'organizations', 'authorities', 'registered', 'attended'] as const;

describe('grantReportFigures (properties)', () => {
  it('puts every counted event in exactly one of realised, cancelled, postponed and planned, by its status and asOf', () => {
    fc.assert(
      fc.property(arbCase, ([events, asOf]) => {
        const f = grantReportFigures(grant, events, { asOf });
        const byId = new Map(events.map((e) => [e.id, e]));
        const lists = [f.realisedEventIds, f.cancelledEventIds, f.postponedEventIds, f.plannedEventIds];
        expect(lists.flat().sort()).toEqual([...f.eventIds].sort());
        expect([f.events, f.cancelledEvents, f.postponedEvents, f.plannedEvents]).toEqual(lists.map((l) => l.length));
        for (const id of f.eventIds) expect(byId.get(id)?.status).not.toBe('draft');
        for (const id of f.realisedEventIds) {
          const e = byId.get(id)!;
          expect(e.status).toBe('published');
          if (asOf !== undefined) expect(Date.parse(e.endsAt)).toBeLessThanOrEqual(Date.parse(asOf));
        }
        for (const id of f.plannedEventIds) {
          expect(asOf).toBeDefined();
          expect(byId.get(id)?.status).toBe('published');
          expect(Date.parse(byId.get(id)!.endsAt)).toBeGreaterThan(Date.parse(asOf!));
        }
        for (const id of f.cancelledEventIds) expect(byId.get(id)?.status).toBe('cancelled');
        for (const id of f.postponedEventIds) expect(byId.get(id)?.status).toBe('postponed');
      }),
    );
  });

  it('counts agenda, people and attendance from realised events only', () => {
    fc.assert(
      fc.property(arbCase, ([events, asOf]) => {
        const f = grantReportFigures(grant, events, { asOf });
        const realised = events.filter((e) => f.realisedEventIds.includes(e.id));
        const onlyRealised = grantReportFigures(grant, realised, { asOf });
        for (const k of SCALE) expect(f[k]).toBe(onlyRealised[k]);
        expect(f.registered).toBe(realised.reduce((n, e) => n + (e.attendance.registered ?? 0), 0));
        expect(f.attended).toBe(realised.reduce((n, e) => n + (e.attendance.attended ?? 0), 0));
        expect(f.eventsWithoutAttendance).toBe(realised.filter((e) => e.attendance.attended === undefined).length);
      }),
    );
  });

  it('without asOf, realised is every published event of the period, as with an asOf after every event ends', () => {
    fc.assert(
      fc.property(arbEvents, (events) => {
        const f = grantReportFigures(grant, events);
        const byId = new Map(events.map((e) => [e.id, e]));
        expect(f.realisedEventIds).toEqual(f.eventIds.filter((id) => byId.get(id)?.status === 'published'));
        expect(f.plannedEventIds).toEqual([]);
        const { asOf: _, ...late } = grantReportFigures(grant, events, { asOf: '2030-01-01T00:00:00Z' });
        expect(late).toEqual(f);
      }),
    );
  });

  it('a later asOf never realises fewer events', () => {
    fc.assert(
      fc.property(arbEvents, arbAsOf, arbAsOf, (events, a, b) => {
        const [early, late] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const before = grantReportFigures(grant, events, { asOf: early });
        const after = grantReportFigures(grant, events, { asOf: late });
        expect(after.eventIds).toEqual(before.eventIds);
        for (const id of before.realisedEventIds) expect(after.realisedEventIds).toContain(id);
        expect(after.registered).toBeGreaterThanOrEqual(before.registered);
      }),
    );
  });

  it('counts only the overlap of options.period with the grant period, never days past the agreement', () => {
    const days = ['2026-08-31', '2026-09-01', '2026-10-10', '2026-12-15', '2026-12-16', '2027-01-20'];
    const events = days.map((d) => event({ startsAt: `${d}T10:00:00+02:00`, endsAt: `${d}T12:00:00+02:00` }));
    const wide = grantReportFigures(grant, events, { period: { from: '2026-08-01', to: '2027-02-01' } });
    expect(wide.period).toEqual(grant.period);
    expect(wide.events).toBe(3);
    expect(wide).toEqual(grantReportFigures(grant, events));
    const from = grantReportFigures(grant, events, { period: { from: '2026-10-01' } });
    expect(from.period).toEqual({ from: '2026-10-01', to: '2026-12-15' });
    expect(from.events).toBe(2);
    const to = grantReportFigures(grant, events, { period: { to: '2026-10-10' } });
    expect(to.period).toEqual({ from: '2026-09-01', to: '2026-10-10' });
    expect(to.events).toBe(2);
    expect(() => grantReportFigures(grant, events, { period: { from: '2027-01-01', to: '2027-02-01' } })).toThrow(
      /options\.period 2027-01-01 – 2027-02-01 has no day in the grant's period 2026-09-01 – 2026-12-15/,
    );
  });
});

describe('reportingPeriod', () => {
  const g = { from: '2026-09-01', to: '2026-12-15' };
  it('cuts the period asked for to the grant period, takes the grant end for a missing one, refuses no overlap', () => {
    expect(reportingPeriod(g)).toEqual({ ok: true, period: g, clipped: false });
    expect(reportingPeriod(g, { from: '2026-08-01', to: '2027-02-01' })).toEqual({
      ok: true,
      period: g,
      clipped: true,
    });
    expect(reportingPeriod(g, { from: '2026-10-01' })).toEqual({
      ok: true,
      period: { from: '2026-10-01', to: '2026-12-15' },
      clipped: false,
    });
    expect(reportingPeriod(g, { to: '2026-09-01' })).toEqual({
      ok: true,
      period: { from: '2026-09-01', to: '2026-09-01' },
      clipped: false,
    });
    expect(reportingPeriod(g, { from: '2026-12-16' })).toEqual({
      ok: false,
      code: 'outsideGrantPeriod',
      asked: { from: '2026-12-16', to: '2026-12-15' },
      grantPeriod: g,
    });
    expect(reportingPeriod(g, { from: '2027-01-01', to: '2027-02-01' }).ok).toBe(false);
  });

  it('is always within the grant period and inside the period asked for', () => {
    const day = fc
      .integer({ min: Date.parse('2026-06-01'), max: Date.parse('2027-06-01') })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const r = reportingPeriod(g, { from, to });
        const overlaps = from <= g.to && to >= g.from;
        expect(r.ok).toBe(overlaps);
        if (r.ok) {
          expect(r.period.from >= g.from && r.period.to <= g.to).toBe(true);
          expect(r.period.from >= from && r.period.to <= to).toBe(true);
          expect(r.clipped).toBe(from < g.from || to > g.to);
        }
      }),
    );
  });
});

describe('finalReportProblems', () => {
  const held = event({ startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T14:00:00+01:00' });
  it('refuses a final report before the period ends, with events still to come, or for part of the period', () => {
    const early = grantReportFigures(grant, [held], { asOf: '2026-11-01T12:00:00+01:00' });
    expect(finalReportProblems(grant, early)).toEqual([
      { code: 'asOfBeforeEnd', asOf: '2026-11-01T12:00:00+01:00', endsAt: '2026-12-16T00:00:00+01:00' },
      { code: 'eventsPlanned', eventIds: [held.id] },
    ]);
    // The period's last day is not over until its midnight in Warsaw.
    const lastDay = grantReportFigures(grant, [held], { asOf: '2026-12-15T23:59:00+01:00' });
    expect(finalReportProblems(grant, lastDay).map((p) => p.code)).toEqual(['asOfBeforeEnd']);
    expect(
      finalReportProblems(grant, grantReportFigures(grant, [held], { asOf: '2026-12-16T00:00:00+01:00' })),
    ).toEqual([]);
    const part = grantReportFigures(grant, [held], { asOf: '2027-01-10T12:00:00+01:00', period: { to: '2026-11-30' } });
    expect(finalReportProblems(grant, part)).toEqual([
      { code: 'periodNotWhole', periodEnd: '2026-11-30', grantEnd: '2026-12-15' },
    ]);
    // An event that runs past asOf, even after the period's end, is still to come.
    const running = event({ startsAt: '2026-12-15T10:00:00+01:00', endsAt: '2026-12-17T16:00:00+01:00' });
    const during = grantReportFigures(grant, [running], { asOf: '2026-12-16T12:00:00+01:00' });
    expect(finalReportProblems(grant, during)).toEqual([{ code: 'eventsPlanned', eventIds: [running.id] }]);
  });

  it('ends an agreement day at the midnight after it in Warsaw, in summer and winter time', () => {
    expect(endOfAgreementDay('2026-12-15')).toBe('2026-12-16T00:00:00+01:00');
    expect(endOfAgreementDay('2026-06-30')).toBe('2026-07-01T00:00:00+02:00');
    expect(endOfAgreementDay('2026-12-31')).toBe('2027-01-01T00:00:00+01:00');
  });
});

describe('shared events and double financing', () => {
  it('names, per counted event, the other grants that fund it; drafts and events outside the period are not counted', () => {
    const both = event({ grantIds: ['g2', 'g1', 'g3'] });
    const alone = event();
    const draft = event({ status: 'draft', grantIds: ['g1', 'g2'] });
    const f = grantReportFigures(grant, [both, alone, draft]);
    expect(f.sharedEvents).toEqual([{ eventId: both.id, otherGrantIds: ['g2', 'g3'] }]);
    // The figures stay as they are: the event did happen.
    expect(f.events).toBe(2);
  });

  it('flags an event shared with or by an entrustment grant, not one shared by two support grants', () => {
    const shared = [
      { eventId: 'e1', otherGrantIds: ['support'] },
      { eventId: 'e2', otherGrantIds: ['entrusted'] },
    ];
    const grants = [
      { id: 'support', form: 'support' as const },
      { id: 'entrusted', form: 'entrustment' as const },
    ];
    expect(doubleFinancingRisks({ form: 'entrustment' }, shared, grants)).toEqual(shared);
    expect(doubleFinancingRisks({ form: 'support' }, shared, grants)).toEqual([shared[1]]);
    expect(doubleFinancingRisks({ form: 'support' }, shared.slice(0, 1), grants)).toEqual([]);
  });
});

describe('events outside the grant period', () => {
  it('are not counted but returned, in the order given; drafts and events outside a narrower period only are not', () => {
    const before = event({ startsAt: '2026-08-31T18:00:00+02:00', endsAt: '2026-08-31T20:00:00+02:00' });
    // 00:30 on 16 December in Warsaw is the day after the period, though still 15 December in UTC.
    const after = event({ startsAt: '2026-12-16T00:30:00+01:00', endsAt: '2026-12-16T01:30:00+01:00' });
    const cancelledLate = event({
      status: 'cancelled',
      startsAt: '2027-01-20T10:00:00+01:00',
      endsAt: '2027-01-20T12:00:00+01:00',
    });
    const draft = event({
      status: 'draft',
      startsAt: '2027-01-20T10:00:00+01:00',
      endsAt: '2027-01-20T12:00:00+01:00',
    });
    const other = event({
      grantIds: ['g2'],
      startsAt: '2027-01-20T10:00:00+01:00',
      endsAt: '2027-01-20T12:00:00+01:00',
    });
    const inside = event();
    const f = grantReportFigures(grant, [after, inside, before, draft, other, cancelledLate]);
    expect(f.outsidePeriodEventIds).toEqual([after.id, before.id, cancelledLate.id]);
    expect(f.eventIds).toEqual([inside.id]);
    const narrow = grantReportFigures(grant, [inside, before], { period: { from: '2026-11-01' } });
    expect(narrow.outsidePeriodEventIds).toEqual([before.id]);
    expect(narrow.eventIds).toEqual([]);
  });
});

describe('organisations involved', () => {
  it('leave out the grant’s beneficiary (the Zleceniobiorca), however it takes part', () => {
    const e = event({
      organizerId: 'fise',
      partners: [{ organizationId: 'mcps' }, { organizationId: 'fise' }],
      agenda: [
        {
          id: 'i',
          kind: 'introduction',
          startsAt: at('10:00'),
          endsAt: at('10:15'),
          speakers: [{ kind: 'person', personId: 'komuda', organizationId: 'fise' }],
        },
      ],
    });
    expect(grantReportFigures({ ...grant, beneficiaryId: 'fise' }, [e]).organizations).toBe(1);
    // Without the beneficiary's id, as before: every organisation.
    expect(grantReportFigures(grant, [e]).organizations).toBe(2);
  });
});
