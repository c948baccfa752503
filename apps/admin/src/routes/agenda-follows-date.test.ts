import { SEED_IDS } from '@org/demo';
import { instantToLocal } from '@org/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const ZONE = 'Europe/Warsaw';
type Item = { id: string; startsAt: string; endsAt: string };

/** A draft event made in the store, its times and its items' given as Warsaw wall clocks with their offsets. */
async function eventWith(n: number, startsAt: string, endsAt: string, items: [string, string][]) {
  return h.store.events.create({
    id: `follows-${n}`,
    slug: `program-za-data-${n}`,
    title: `Spotkanie przełożone ${n}`,
    startsAt,
    endsAt,
    timeZone: ZONE,
    organizerId: SEED_IDS.fise,
    agenda: items.map(([s, e], i) => ({ id: `follows-${n}-item-${i}`, kind: 'break', startsAt: s, endsAt: e })),
  });
}

/** The event's form as the browser posts it, with the event's times typed as `start` and `end` (datetime-local). */
async function formWithDates(id: string, start: string, end: string) {
  const form = formOf((await editor.request(`/events/${id}`)).text);
  form.set('_csrf', editor.csrf);
  form.set('startsAt', start);
  form.set('endsAt', end);
  return form;
}

const localTimes = (agenda: unknown) =>
  (agenda as Item[]).map((i) => `${instantToLocal(i.startsAt, ZONE)}–${instantToLocal(i.endsAt, ZONE)}`);

async function saveAndFollow(id: string, form: URLSearchParams) {
  const res = await editor.request(`/events/${id}`, { form });
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  return { location, page: (await editor.request(location)).text };
}

describe("an event moved to another day takes its agenda along (the items' times of day kept)", () => {
  it('moves every item by the days the start moved, says so in Polish, and logs the new times', async () => {
    const event = await eventWith(1, '2026-11-26T10:00:00+01:00', '2026-11-26T16:00:00+01:00', [
      ['2026-11-26T10:00:00+01:00', '2026-11-26T11:00:00+01:00'],
      ['2026-11-26T11:15:00+01:00', '2026-11-26T12:45:00+01:00'],
      ['2026-11-26T15:00:00+01:00', '2026-11-26T16:00:00+01:00'],
    ]);
    const { location, page } = await saveAndFollow(
      event.id,
      await formWithDates(event.id, '2026-11-29T10:00', '2026-11-29T16:00'),
    );
    expect(location).toBe(`/events/${event.id}?done=agendaMoved&days=3`);
    const stored = await h.store.events.get(event.id);
    expect(localTimes(stored?.agenda)).toEqual([
      '2026-11-29T10:00–2026-11-29T11:00',
      '2026-11-29T11:15–2026-11-29T12:45',
      '2026-11-29T15:00–2026-11-29T16:00',
    ]);
    expect(page).toContain('Zapisano. Program przesunięto o 3 dni razem z wydarzeniem (na 29 listopada 2026).');
    expect(page).not.toContain('wykracza poza czas wydarzenia');
    // The audit entry holds the items' new times, as any other change of them.
    const log = await h.store.audit.list({ entity: 'event', entityId: event.id, limit: 5 });
    const entry = (Array.isArray(log) ? log : log.items).find((e) => e.action === 'update');
    const agendaOf = (side: unknown) => (side as { agenda?: unknown } | null | undefined)?.agenda ?? [];
    expect(localTimes(agendaOf(entry?.after))[0]).toBe('2026-11-29T10:00–2026-11-29T11:00');
    expect(localTimes(agendaOf(entry?.before))[0]).toBe('2026-11-26T10:00–2026-11-26T11:00');
  });

  it('keeps 10:00 at 10:00 across the end of October DST, on every day of a multi-day event', async () => {
    // Friday and Saturday in summer time (CEST, UTC+2), moved three days to Monday and Tuesday in winter time (CET).
    const event = await eventWith(2, '2026-10-23T10:00:00+02:00', '2026-10-24T16:00:00+02:00', [
      ['2026-10-23T10:00:00+02:00', '2026-10-23T11:00:00+02:00'],
      ['2026-10-24T10:00:00+02:00', '2026-10-24T12:00:00+02:00'],
    ]);
    const { page } = await saveAndFollow(
      event.id,
      await formWithDates(event.id, '2026-10-26T10:00', '2026-10-27T16:00'),
    );
    const agenda = (await h.store.events.get(event.id))?.agenda as Item[];
    expect(localTimes(agenda)).toEqual(['2026-10-26T10:00–2026-10-26T11:00', '2026-10-27T10:00–2026-10-27T12:00']);
    expect(new Date(agenda[0]?.startsAt ?? '').toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(page).toContain('Program przesunięto o 3 dni razem z wydarzeniem (na 26 października 2026).');
  });

  it('moves nothing when only the time of day changed, even across midnight UTC, and then follows a change of day', async () => {
    // 00:30 in Warsaw on 27 November is 23:30 UTC on the 26th; corrected to 01:30 it is 00:30 UTC on the 27th: the
    // same day in the event's zone, so the items (perhaps already right) stay.
    const event = await eventWith(3, '2026-11-27T00:30:00+01:00', '2026-11-27T05:00:00+01:00', [
      ['2026-11-27T01:30:00+01:00', '2026-11-27T02:30:00+01:00'],
    ]);
    const first = await saveAndFollow(event.id, await formWithDates(event.id, '2026-11-27T01:30', '2026-11-27T05:00'));
    expect(first.location).toBe(`/events/${event.id}?done=saved`);
    expect(localTimes((await h.store.events.get(event.id))?.agenda)).toEqual(['2026-11-27T01:30–2026-11-27T02:30']);
    expect(first.page).not.toContain('Program przesunięto');
    // A later change of the day moves the items by days only: the earlier hour's correction is not carried over.
    const second = await saveAndFollow(event.id, await formWithDates(event.id, '2026-11-28T01:30', '2026-11-28T05:00'));
    expect(second.location).toBe(`/events/${event.id}?done=agendaMoved&days=1`);
    expect(localTimes((await h.store.events.get(event.id))?.agenda)).toEqual(['2026-11-28T01:30–2026-11-28T02:30']);
  });

  it('keeps an item changed in the same submission as typed, and one that already lay outside the event', async () => {
    const event = await eventWith(4, '2026-11-26T10:00:00+01:00', '2026-11-26T14:00:00+01:00', [
      ['2026-11-26T10:00:00+01:00', '2026-11-26T11:00:00+01:00'],
      ['2026-11-26T11:00:00+01:00', '2026-11-26T12:00:00+01:00'],
      ['2026-11-26T15:00:00+01:00', '2026-11-26T16:00:00+01:00'],
    ]);
    const form = await formWithDates(event.id, '2026-11-28T10:00', '2026-11-28T14:00');
    form.set('agenda[1].startsAt', '2026-11-28T12:00');
    form.set('agenda[1].endsAt', '2026-11-28T13:30');
    const { page } = await saveAndFollow(event.id, form);
    expect(localTimes((await h.store.events.get(event.id))?.agenda)).toEqual([
      '2026-11-28T10:00–2026-11-28T11:00',
      '2026-11-28T12:00–2026-11-28T13:30',
      '2026-11-26T15:00–2026-11-26T16:00',
    ]);
    expect(page).toContain('Program przesunięto o 2 dni razem z wydarzeniem (na 28 listopada 2026).');
  });

  it('says how many days in the right Polish plural (1 dzień, 2–4 dni, 5 dni) and in English', async () => {
    const event = await eventWith(5, '2026-11-26T10:00:00+01:00', '2026-11-26T14:00:00+01:00', [
      ['2026-11-26T10:00:00+01:00', '2026-11-26T11:00:00+01:00'],
    ]);
    // Moved a day earlier: the count is of days, the date says which way.
    const { page } = await saveAndFollow(
      event.id,
      await formWithDates(event.id, '2026-11-25T10:00', '2026-11-25T14:00'),
    );
    expect(page).toContain('Zapisano. Program przesunięto o 1 dzień razem z wydarzeniem (na 25 listopada 2026).');
    expect(localTimes((await h.store.events.get(event.id))?.agenda)).toEqual(['2026-11-25T10:00–2026-11-25T11:00']);
    for (const [days, words] of [
      [4, '4 dni'],
      [5, '5 dni'],
      [22, '22 dni'],
    ] as const) {
      const text = (await editor.request(`/events/${event.id}?done=agendaMoved&days=${days}`)).text;
      expect(text).toContain(`Program przesunięto o ${words} razem z wydarzeniem (na 25 listopada 2026).`);
    }
    editor.cookies.set('mosty_lang', 'en');
    try {
      const one = (await editor.request(`/events/${event.id}?done=agendaMoved&days=-1`)).text;
      expect(one).toContain('Saved. The agenda moved 1 day with the event (to 25 November 2026).');
      const five = (await editor.request(`/events/${event.id}?done=agendaMoved&days=5`)).text;
      expect(five).toContain('The agenda moved 5 days with the event (to 25 November 2026).');
    } finally {
      editor.cookies.delete('mosty_lang');
    }
  });

  it('saves a postponed (public) event moved a day: the check before saving sees the agenda where it moved to', async () => {
    const seed = await h.store.events.get(SEED_IDS.event);
    if (!seed) throw new Error('seed event missing');
    const { version: _v, createdAt: _c, updatedAt: _u, ...value } = seed;
    const event = await h.store.events.create({ ...value, id: 'follows-6', slug: 'przelozone-6', status: 'postponed' });
    const form = formOf((await editor.request(`/events/${event.id}`)).text);
    const [start, end] = [form.get('startsAt') ?? '', form.get('endsAt') ?? ''];
    const next = (local: string) => {
      const d = new Date(`${local.slice(0, 10)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 1);
      return `${d.toISOString().slice(0, 10)}${local.slice(10)}`;
    };
    form.set('_csrf', editor.csrf);
    form.set('startsAt', next(start));
    form.set('endsAt', next(end));
    const { location, page } = await saveAndFollow(event.id, form);
    expect(location).toBe(`/events/${event.id}?done=agendaMoved&days=1`);
    expect(page).toContain('Zapisano. Program przesunięto o 1 dzień razem z wydarzeniem');
    const before = localTimes(seed.agenda);
    const after = localTimes((await h.store.events.get(event.id))?.agenda);
    expect(after).toEqual(before.map((t) => t.split('–').map(next).join('–')));
  });
});
