import { describe, expect, it } from 'vitest';
import { type Event, type EventInput, EventSchema } from './event.js';
import { grantReportFigures } from './report.js';

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
      events: 2,
      cancelledEvents: 0,
      agendaItems: 3,
      panels: 1,
      speakers: 2,
      organizations: 3,
      authorities: 2,
      registered: 90,
      attended: 48,
      eventsWithoutAttendance: 1,
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
