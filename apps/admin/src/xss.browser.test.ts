import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { SEED_IDS } from '@org/demo';
import { testEnv } from '@org/testkit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from './forms/entities.js';
import { launchChromium } from './testing/chromium.js';
import { Client, type Harness, startHarness } from './testing/harness.js';
import { loginInBrowser } from './testing/login-in-browser.js';
import { createdId } from './testing/records.js';
import { requireWebsiteBuild, WEBSITE_SERVER, websiteBuilt } from './testing/website-build.js';

/** A selection of the OWASP XSS filter-evasion cheat sheet, each short enough for a name field. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "'';!--\"<XSS>=&{()}",
  "<BODY ONLOAD=alert('XSS')>",
  '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '</textarea><script>alert(1)</script>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<DIV STYLE="background-image: url(javascript:alert(1))">',
];

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

let h: Harness;
let browser: Browser;
/** The people the first test created, one per payload (the payload is the given name). */
const ids: string[] = [];
beforeAll(async () => {
  // A clock that starts before the events the tests postpone (2026-12-10): an event that has ended can be neither
  // cancelled nor postponed, and the real date would pass theirs.
  const started = Date.now();
  h = await startHarness({ now: () => new Date(Date.parse('2026-11-25T09:00:00Z') + Date.now() - started) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('XSS filter-evasion strings', () => {
  it('are stored as text and shown as text in every text field, with no dialog in Chromium', async () => {
    const client = new Client(h.url);
    await client.signIn(h.users.editor.email);
    const organizations = ENTITIES.find((e) => e.route === 'organizations');
    const textFields = (organizations?.fields ?? []).filter((f) => f.type === 'text' || f.type === 'textarea');
    for (const [i, payload] of PAYLOADS.entries()) {
      await client.request('/people/new');
      const person = await client.post('/people/new', { givenName: payload, familyName: `Test${i}`, bio: payload });
      expect(person.status).toBe(303);
      ids.push(createdId(person.headers.get('location')));
      // Free-text fields of an organisation (identifiers refuse such input and are checked by the fuzz test).
      await client.request(`/organizations/${SEED_IDS.otwarteDrzwi}`);
      const current = await h.store.organizations.get(SEED_IDS.otwarteDrzwi);
      const form: Record<string, string> = { version: String(current?.version), legalForm: 'stowarzyszenie' };
      for (const f of textFields)
        if (
          !['krs', 'nip', 'regon', 'website', 'email', 'slug', 'address.postalCode', 'address.country'].includes(f.name)
        )
          form[f.name] = payload;
      const saved = await client.post(`/organizations/${SEED_IDS.otwarteDrzwi}`, form);
      expect(saved.status).toBe(303);
      const stored = await h.store.organizations.get(SEED_IDS.otwarteDrzwi);
      expect(stored?.description).toBe(payload.trim());
      expect(stored?.name).toBe(payload.trim());
    }
    for (const [i, id] of ids.entries()) expect((await h.store.people.get(id))?.givenName).toBe(PAYLOADS[i]);

    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await loginInBrowser(page, h, h.users.reviewer, { submit: 'enter' });
    await page.goto(`${h.url}/people?sort=updatedAt&dir=desc`);
    const list = await page.textContent('table');
    for (const payload of PAYLOADS) expect(list).toContain(payload.trim());
    for (const [i, id] of ids.entries()) {
      await page.goto(`${h.url}/people/${id}`);
      expect(await page.inputValue('#f-givenName')).toBe(PAYLOADS[i]);
      expect(await page.inputValue('#f-bio')).toBe(PAYLOADS[i]);
      await page.goto(`${h.url}/people/${id}/history`);
    }
    await page.goto(`${h.url}/organizations/${SEED_IDS.otwarteDrzwi}/history`);
    await page.goto(`${h.url}/audit`);
    await page.goto(`${h.url}/events/${SEED_IDS.event}/preview`);
    expect(
      await page.evaluate(() => document.querySelectorAll('main script, main img, main svg, main iframe').length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it.skipIf(!websiteBuilt && !testEnv.CI)(
    'are shown as text on the website too (event title, summary, status note, speaker, organiser), with no dialog (skipped when apps/website is not built and not under CI: run pnpm build; under CI a missing build fails)',
    async () => {
      requireWebsiteBuild();
      // Admin side: one published, then postponed, event per payload, with the payload's person on a panel.
      const client = new Client(h.url);
      await client.signIn(h.users.editor.email);
      for (const [i, payload] of PAYLOADS.entries()) {
        await client.request('/events/new');
        const created = await client.post('/events/new', {
          title: payload,
          slug: `xss-${i}`,
          summary: payload,
          timeZone: 'Europe/Warsaw',
          startsAt: '2026-12-10T10:00',
          endsAt: '2026-12-10T12:00',
          organizerId: SEED_IDS.otwarteDrzwi,
          'agenda[0].kind': 'panel',
          'agenda[0].title': payload,
          'agenda[0].startsAt': '2026-12-10T10:30',
          'agenda[0].endsAt': '2026-12-10T11:30',
          'agenda[0].people[0].kind': 'person',
          'agenda[0].people[0].personId': ids[i] ?? '',
          'agenda[0].people[0].role': 'panelistka',
          'agenda[0].people[0].organizationId': SEED_IDS.otwarteDrzwi,
        });
        expect(created.status).toBe(303);
        const id = createdId(created.headers.get('location'));
        await client.request(`/events/${id}/publish`);
        const published = await client.post(`/events/${id}/publish`, {
          override: 'true',
          note: 'test XSS',
          version: String((await h.store.events.get(id))?.version),
        });
        expect(published.status).toBe(303);
        const event = await h.store.events.get(id);
        await client.request(`/events/${id}`);
        const postponed = await client.post(`/events/${id}/status`, {
          status: 'postponed',
          note: payload,
          version: String(event?.version),
        });
        expect(postponed.status).toBe(303);
        const stored = await h.store.events.get(id);
        expect([stored?.title, stored?.summary, stored?.statusNote, stored?.status]).toEqual([
          payload,
          payload,
          payload,
          'postponed',
        ]);
      }
      const organization = await h.store.organizations.get(SEED_IDS.otwarteDrzwi);
      const lastPayload = PAYLOADS.at(-1) ?? '';
      expect(organization?.name).toBe(lastPayload);

      // Website side: the built server on the same database.
      const port = await freePort();
      let website: ChildProcess | null = null;
      const context = await browser.newContext();
      try {
        website = spawn(process.execPath, [WEBSITE_SERVER], {
          env: { ...process.env, DATABASE_URL: h.databaseUrl, PORT: String(port) },
          stdio: 'ignore',
        });
        const site = `http://127.0.0.1:${port}`;
        await expect
          .poll(async () => (await fetch(`${site}/wydarzenia/xss-0`).catch(() => null))?.status ?? 0, {
            timeout: 30_000,
            interval: 250,
          })
          .toBe(200);
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', async (d) => {
          dialogs.push(d.message());
          await d.dismiss();
        });
        const injected = () =>
          page.evaluate(
            () =>
              document.querySelectorAll(
                'main script, main img[onerror], main svg[onload], main iframe, main [style*="javascript"], body[onload]',
              ).length,
          );
        for (const [i, payload] of PAYLOADS.entries()) {
          const res = await page.goto(`${site}/wydarzenia/xss-${i}`);
          expect(res?.status()).toBe(200);
          expect(await page.title()).toContain(payload);
          const main = (await page.textContent('main')) ?? '';
          expect(main.split(payload).length - 1).toBeGreaterThanOrEqual(3); // title, summary, status note (and panel)
          expect(main).toContain(`Test${i}`);
          expect(main).toContain(lastPayload);
          expect(await injected()).toBe(0);
        }
        await page.goto(`${site}/wydarzenia`);
        expect(await page.textContent('main')).toContain(PAYLOADS[0]);
        expect(await injected()).toBe(0);
        await page.goto(`${site}/organizacje/${organization?.slug}`);
        expect(await page.textContent('main')).toContain(lastPayload);
        expect(await injected()).toBe(0);
        await page.goto(`${site}/wydarzenia/${(await h.store.events.get(SEED_IDS.event))?.slug}`);
        expect(await page.textContent('main')).toContain(lastPayload);
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
        website?.kill();
      }
    },
  );
});
