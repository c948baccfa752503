import { SEED_IDS } from '@org/demo';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from './forms/entities.js';
import { launchChromium } from './testing/chromium.js';
import { Client, type Harness, PASSWORD, startHarness } from './testing/harness.js';

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

let h: Harness;
let browser: Browser;
beforeAll(async () => {
  h = await startHarness();
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
    const ids: string[] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      await client.request('/people/new');
      const person = await client.post('/people/new', { givenName: payload, familyName: `Test${i}`, bio: payload });
      expect(person.status).toBe(303);
      ids.push(decodeURIComponent((person.headers.get('location') ?? '').split('/')[2]?.split('?')[0] ?? ''));
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
    await page.goto(`${h.url}/login`);
    await page.fill('#email', h.users.reviewer.email);
    await page.fill('#password', PASSWORD);
    await page.focus('form[action="/login"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.url}/`);
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
});
