import { describe, expect, it } from 'vitest';
import { agendaFollowsDate } from './agenda-follows-date.js';

const stored = {
  startsAt: '2026-03-27T10:00:00+01:00',
  endsAt: '2026-03-27T16:00:00+01:00',
  timeZone: 'Europe/Warsaw',
  agenda: [
    { id: 'a', startsAt: '2026-03-27T02:30:00+01:00', endsAt: '2026-03-27T03:00:00+01:00' },
    { id: 'b', startsAt: '2026-03-27T10:00:00+01:00', endsAt: '2026-03-27T11:00:00+01:00' },
  ],
};
const postponed = { ...stored, startsAt: '2026-03-29T10:00:00+02:00', endsAt: '2026-03-29T16:00:00+02:00' };

describe('agendaFollowsDate', () => {
  it('moves the items within the stored event by whole days in its zone, across the March change too', () => {
    const inside = { ...stored, startsAt: '2026-03-27T02:00:00+01:00' };
    const result = agendaFollowsDate(inside, { ...postponed, startsAt: '2026-03-29T01:00:00+01:00' });
    expect(result?.move).toEqual({ days: 2, moved: 2 });
    // 02:30 does not exist on 29 March in Warsaw: it moves forward by the gap, as a typed time is read.
    expect(result?.agenda.map((i) => [i.startsAt, i.endsAt])).toEqual([
      ['2026-03-29T03:30:00+02:00', '2026-03-29T04:00:00+02:00'],
      ['2026-03-29T10:00:00+02:00', '2026-03-29T11:00:00+02:00'],
    ]);
  });

  it('moves nothing for another time of day, another zone, or items already outside the stored event', () => {
    expect(agendaFollowsDate(stored, { ...stored, startsAt: '2026-03-27T09:00:00+01:00' })).toBeNull();
    expect(agendaFollowsDate(stored, { ...postponed, timeZone: 'Europe/London' })).toBeNull();
    const result = agendaFollowsDate(stored, postponed);
    expect(result?.move).toEqual({ days: 2, moved: 1 });
    expect(result?.agenda[0]).toEqual(stored.agenda[0]);
  });
});
