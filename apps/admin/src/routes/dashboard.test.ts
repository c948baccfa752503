import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlText } from '../testing/field-error.js';
import { formOf } from '../testing/form-of.js';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';
import { daysFromToday, reportDeadlines } from '../views/dashboard.js';

// Six days before the seed event (26 November 2026, 10:00–14:00 in Warsaw); the seed grant ends on 15 December
// 2026, so its report is due on 14 January 2027, in 55 days.
const NOW = new Date('2026-11-20T09:00:00Z');

let h: Harness;
let reviewer: Client;
beforeAll(async () => {
  ({ h, client: reviewer } = await signedInHarness('reviewer', { now: () => NOW }));
});
afterAll(() => h?.close());

/** The rows of the dashboard's table under the heading `id`, each as its cells' text. */
function rowsUnder(html: string, id: string): string[][] {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return [];
  // Up to the next list's heading: a list with no rows has no table of its own.
  const next = html.indexOf('<h2', start);
  const section = html.slice(start, next < 0 ? undefined : next);
  if (!section.includes('<tbody>')) return [];
  const body = section.slice(section.indexOf('<tbody>'), section.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      htmlText((cell[1] ?? '').replace(/<[^>]+>/g, '')),
    ),
  );
}

const grant = (id: string, to: string, extra: Record<string, unknown> = {}) => ({
  id,
  taskTitle: `Zadanie ${id}`,
  period: { from: '2026-01-01', to },
  ...extra,
});

describe('report deadlines', () => {
  it('are the days 30 days after each task ends, or the agreed deadline, from 30 days back to 90 ahead, soonest first', () => {
    const found = reportDeadlines(
      [
        grant('a', '2026-12-15'), // due 2027-01-14: in 46 days
        grant('b', '2026-10-01', { reportingDeadline: '2026-10-30' }), // the agreement's day: 30 days ago
        grant('c', '2026-09-29'), // due 2026-10-29: 31 days ago, too long ago
        grant('d', '2027-01-27'), // due 2027-02-26: in 89 days
        grant('e', '2027-01-29'), // due 2027-02-28: in 91 days, too far ahead
        grant('f', '2026-06-30', { reportingDeadline: '2026-11-29' }), // today
        grant('g', '2026-12-01', { reportSubmittedOn: '2026-11-28' }), // due in 32 days, but handed in
      ],
      '2026-11-29',
    );
    expect(found).toEqual([
      { grant: { id: 'b', taskTitle: 'Zadanie b' }, due: '2026-10-30', days: -30 },
      { grant: { id: 'f', taskTitle: 'Zadanie f' }, due: '2026-11-29', days: 0 },
      { grant: { id: 'a', taskTitle: 'Zadanie a' }, due: '2027-01-14', days: 46 },
      { grant: { id: 'd', taskTitle: 'Zadanie d' }, due: '2027-02-26', days: 89 },
    ]);
  });

  it('leave out a grant whose end or deadline is no day (records are read without validation), instead of failing', () => {
    const found = reportDeadlines(
      [
        { id: 'x', taskTitle: 'Bez okresu' },
        grant('y', '15.12.2026'),
        grant('z', '2026-12-15', { reportingDeadline: 'jutro' }),
        grant('ok', '2026-12-15'),
      ],
      '2026-11-29',
    );
    expect(found.map((d) => d.grant.id)).toEqual(['ok']);
  });

  it('say how far they are from today in words, Polish and English', () => {
    expect([-3, -1, 0, 1, 2, 46].map((n) => daysFromToday('pl', n))).toEqual([
      '3\u00a0dni temu',
      'wczoraj',
      'dziś',
      'jutro',
      'za 2\u00a0dni',
      'za 46\u00a0dni',
    ]);
    expect([-3, -1, 0, 1, 1002].map((n) => daysFromToday('en', n))).toEqual([
      '3\u00a0days ago',
      'yesterday',
      'today',
      'tomorrow',
      'in 1,002\u00a0days',
    ]);
  });
});

describe('the dashboard', () => {
  it('lists the events not ended yet, drafts too, with their time and status, the reports due and what is scheduled', async () => {
    const draft = await h.store.events.create({
      id: 'dashboard-draft',
      slug: 'szkic-na-pulpicie',
      title: 'Spotkanie w przygotowaniu',
      startsAt: '2026-12-03T17:00:00+01:00',
      endsAt: '2026-12-03T19:00:00+01:00',
      timeZone: 'Europe/Warsaw',
      organizerId: SEED_IDS.fise,
      status: 'draft',
    });
    await h.store.events.create({
      id: 'dashboard-past',
      slug: 'juz-bylo',
      title: 'Spotkanie, które już było',
      startsAt: '2026-10-01T17:00:00+02:00',
      endsAt: '2026-10-01T19:00:00+02:00',
      organizerId: SEED_IDS.fise,
      status: 'published',
    });
    await h.store.scheduled.schedule('event', draft.id, '2026-11-25T08:00:00Z');
    const res = await reviewer.request('/');
    expect(res.status).toBe(200);
    expect(rowsUnder(res.text, 'upcoming-h')).toEqual([
      [
        'Sprawny urząd, sprawna organizacja. Współpraca samorządów z organizacjami pozarządowymi',
        '26 listopada 2026, 10:00–14:00',
        'opublikowane',
      ],
      ['Spotkanie w przygotowaniu', '3 grudnia 2026, 17:00–19:00', 'szkic'],
    ]);
    expect(res.text).toContain(`<a href="/events/${draft.id}">Spotkanie w przygotowaniu</a>`);
    expect(res.text).toContain('<time datetime="2026-12-03T17:00:00+01:00">');
    expect(rowsUnder(res.text, 'deadlines-h')).toEqual([
      [
        'Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi i podmiotami ekonomii społecznej',
        '14 stycznia 2027 (za 55\u00a0dni)',
      ],
    ]);
    expect(res.text).toContain(`<a href="/grants/${SEED_IDS.grant}#grant-report-h">`);
    // The publication waiting for its time, in the office's wall-clock time, linked to where it can be cancelled.
    expect(rowsUnder(res.text, 'scheduled-h')).toEqual([
      ['Spotkanie w przygotowaniu', 'Wydarzenie', '25 listopada 2026, 09:00'],
    ]);
    expect(res.text).toContain(`<a href="/events/${draft.id}/publish">Spotkanie w przygotowaniu</a>`);
  });

  it('says so when nothing is coming, in English too', async () => {
    const later = await signedInHarness('editor', { now: () => new Date('2027-06-01T08:00:00Z') });
    try {
      const pl = await later.client.request('/');
      expect(pl.text).toContain('Nie ma nadchodzących wydarzeń.');
      expect(pl.text).toContain(
        'W ciągu najbliższych 90 dni nie przypada żaden termin sprawozdania i żaden nie minął w ciągu ostatnich 30 dni.',
      );
      expect(rowsUnder(pl.text, 'upcoming-h')).toEqual([]);
      expect(pl.text).toContain('Nie zaplanowano żadnej publikacji.');
      await later.client.request('/lang/en');
      const en = await later.client.request('/');
      expect(en.text).toContain('<h2 id="upcoming-h">Upcoming events</h2>');
      expect(en.text).toContain('There are no upcoming events.');
      expect(en.text).toContain('<h2 id="deadlines-h">Report deadlines</h2>');
      expect(en.text).toContain('No publication is scheduled.');
    } finally {
      await later.h.close();
    }
  });

  it('shows an English date and distance for a report due', async () => {
    const english = await h.signIn('reviewer');
    await english.request('/lang/en');
    const res = await english.request('/');
    expect(rowsUnder(res.text, 'deadlines-h')[0]?.[1]).toBe('14 January 2027 (in 55\u00a0days)');
  });

  it('leaves out a grant once staff enter the day its report was handed in', async () => {
    const editor = await h.signIn('editor');
    const form = await editor.request(`/grants/${SEED_IDS.grant}`);
    expect(form.text).toContain('<label for="f-reportSubmittedOn">Sprawozdanie złożono</label>');
    const fields = formOf(form.text);
    fields.set('reportSubmittedOn', '2026-11-19');
    const saved = await editor.request(`/grants/${SEED_IDS.grant}`, { form: fields });
    expect(saved.status).toBe(303);
    expect((await h.store.grants.get(SEED_IDS.grant))?.reportSubmittedOn).toBe('2026-11-19');
    const res = await reviewer.request('/');
    expect(rowsUnder(res.text, 'deadlines-h')).toEqual([]);
    expect(res.text).toContain('W ciągu najbliższych 90 dni nie przypada żaden termin sprawozdania');
  });
});
