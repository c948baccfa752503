import { SEED_IDS } from '@org/demo';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './testing/chromium.js';
import { type Harness, startHarness } from './testing/harness.js';
import { loginInBrowser } from './testing/login-in-browser.js';

/** The event form in Chromium with the browser bundle, as staff postpone an event. */
let h: Harness;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await loginInBrowser(page, h, h.users.editor);
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const problems = () => page.locator('[data-agenda-problems] li').allTextContents();

describe('postponing an event in the browser', () => {
  it('lists no item as outside the event when the server will move it, and saves with the agenda moved', async () => {
    const event = await h.store.events.create({
      id: 'follows-browser',
      slug: 'przelozone-w-przegladarce',
      title: 'Spotkanie przełożone',
      startsAt: '2026-11-26T10:00:00+01:00',
      endsAt: '2026-11-26T14:00:00+01:00',
      timeZone: 'Europe/Warsaw',
      organizerId: SEED_IDS.fise,
      agenda: [
        {
          id: 'fb-1',
          kind: 'break',
          title: 'Kawa',
          startsAt: '2026-11-26T10:00:00+01:00',
          endsAt: '2026-11-26T11:00:00+01:00',
        },
        {
          id: 'fb-2',
          kind: 'break',
          title: 'Obiad',
          startsAt: '2026-11-26T12:00:00+01:00',
          endsAt: '2026-11-26T13:00:00+01:00',
        },
      ],
    });
    await page.goto(`${h.url}/events/${event.id}`);
    await page.waitForSelector('html.js');
    await page.fill('#f-startsAt', '2026-11-29T10:00');
    await page.fill('#f-endsAt', '2026-11-29T14:00');
    await page.locator('#f-endsAt').dispatchEvent('change');
    await expect.poll(() => page.locator('[data-agenda-none]').isVisible()).toBe(true);
    expect(await problems()).toEqual([]);
    // An item typed by hand is kept as typed, so one typed outside the new day is still listed.
    await page.fill('#f-agenda-1-startsAt', '2026-11-26T12:30');
    await page.locator('#f-agenda-1-startsAt').dispatchEvent('change');
    await expect.poll(problems).toContain('Punkt „2. Przerwa: Obiad” wykracza poza czas wydarzenia.');
    expect(await problems()).not.toContain('Punkt „1. Przerwa: Kawa” wykracza poza czas wydarzenia.');
    await page.fill('#f-agenda-1-startsAt', '2026-11-26T12:00');
    await page.locator('#f-agenda-1-startsAt').dispatchEvent('change');
    await expect.poll(problems).toEqual([]);
    await Promise.all([page.waitForURL(/done=agendaMoved/), page.click('form[data-entity] button[type="submit"]')]);
    expect(await page.locator('body').textContent()).toContain(
      'Zapisano. Program przesunięto o 3 dni razem z wydarzeniem (na 29 listopada 2026).',
    );
    const agenda = (await h.store.events.get(event.id))?.agenda as { startsAt: string }[];
    expect(agenda.map((i) => new Date(i.startsAt).toISOString())).toEqual([
      '2026-11-29T09:00:00.000Z',
      '2026-11-29T11:00:00.000Z',
    ]);
  });
});
