import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { SEED_IDS } from '@org/demo';
import { FIELD_LABELS } from '@org/domain';
import { testEnv } from '@org/testkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vnuJar from 'vnu-jar';
import { launchChromium } from './testing/chromium.js';
import { type Harness, startHarness } from './testing/harness.js';
import { loginInBrowser } from './testing/login-in-browser.js';
import { requireWebsiteBuild, WEBSITE_SERVER, websiteBuilt } from './testing/website-build.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

const RESULTS = fileURLToPath(new URL('../test-results', import.meta.url));
mkdirSync(RESULTS, { recursive: true });

let h: Harness;
let browser: Browser;
const dialogs: string[] = [];

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await loginInBrowser(page, h, { email });
  return { context, page };
}

beforeAll(async () => {
  h = await startHarness();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('admin in Chromium', () => {
  let eventId = '';

  it('signs in, creates an event with a panel and two panelists, shows a field error before submitting', async () => {
    const { context, page } = await signedIn(h.users.editor.email);
    await page.goto(`${h.url}/events/new`);
    await page.fill('#f-title', 'Spotkanie testowe o współpracy');
    // An invalid slug: the schema's Polish message appears on leaving the field, before any submit.
    await page.fill('#f-slug', 'Zły slug!');
    await page.press('#f-slug', 'Tab');
    // The field's label as the domain words it (it is being reworded for staff), not a copy of it.
    await expect.poll(() => page.textContent('#f-slug-error')).toContain(FIELD_LABELS.slug?.pl ?? 'slug');
    expect(await page.getAttribute('#f-slug', 'aria-invalid')).toBe('true');
    await page.fill('#f-slug', '');
    await page.fill('#f-startsAt', '2026-12-03T10:00');
    await page.fill('#f-endsAt', '2026-12-03T13:00');
    await page.selectOption('#f-organizerId', SEED_IDS.fise);
    await page.selectOption('#f-venueId', SEED_IDS.venue);
    await page.selectOption('#f-agenda-0-kind', 'panel');
    await page.fill('#f-agenda-0-title', 'Panel: samorząd i organizacje');
    await page.fill('#f-agenda-0-startsAt', '2026-12-03T10:30');
    await page.fill('#f-agenda-0-endsAt', '2026-12-03T11:30');
    await page.selectOption('#f-agenda-0-people-0-personId', SEED_IDS.wojciechJozwiak);
    await page.fill('#f-agenda-0-people-0-role', 'wiceprezes zarządu');
    await page.selectOption('#f-agenda-0-people-0-organizationId', SEED_IDS.ktoRanoWstaje);
    await page.click('[data-agenda-item] [data-add-person]');
    await page.selectOption('#f-agenda-0-people-1-personId', SEED_IDS.khediAlieva);
    await page.fill('#f-agenda-0-people-1-role', 'współzałożycielka');
    await page.selectOption('#f-agenda-0-people-1-organizationId', SEED_IDS.kobietyWedrowne);
    await page.screenshot({ path: join(RESULTS, 'event-form.png'), fullPage: true });
    // Submitted from the keyboard: leaving the last field re-validates and may move the button under a mouse.
    await page.focus('form[data-entity] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=saved/);
    const shown = await page.$$eval('.error, .flash', (els) => els.map((e) => e.textContent ?? '').filter(Boolean));
    expect(shown).toEqual(['Zapisano.']);
    expect(page.url()).toMatch(/\/events\/[^/]+\?done=saved$/);
    eventId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    const stored = await h.store.events.get(eventId);
    expect(stored?.title).toBe('Spotkanie testowe o współpracy');
    expect(stored?.slug).toBe('spotkanie-testowe-o-wspolpracy');
    const panel = stored?.agenda[0];
    expect(panel?.kind).toBe('panel');
    expect(
      panel && 'panelists' in panel ? panel.panelists.map((p) => (p.kind === 'person' ? p.personId : '')) : [],
    ).toEqual([SEED_IDS.wojciechJozwiak, SEED_IDS.khediAlieva]);
    await context.close();
  });

  it('publishes after the compliance check and shows it in the audit log', async () => {
    const { context, page } = await signedIn(h.users.editor.email);
    await page.goto(`${h.url}/events/${eventId}/publish`);
    expect(await page.textContent('main')).toContain('Nie znaleziono problemów');
    await page.click(`form[action$="/publish"] button`);
    await page.waitForURL(/done=published/);
    expect((await h.store.events.get(eventId))?.status).toBe('published');
    await page.goto(`${h.url}/audit`);
    const audit = await page.textContent('main');
    expect(audit).toContain('publikacja: wydarzenie Spotkanie testowe o współpracy');
    expect(audit).toContain('Test editor');
    await page.goto(`${h.url}/events?q=wspolpracy`);
    expect(await page.textContent('main')).toContain('Spotkanie testowe o współpracy');
    await page.screenshot({ path: join(RESULTS, 'event-list.png'), fullPage: true });
    await context.close();
  });

  it.skipIf(!websiteBuilt && !testEnv.CI)(
    'shows the published event on the website (skipped when apps/website is not built and not under CI: run pnpm build; under CI a missing build fails)',
    async () => {
      requireWebsiteBuild();
      const port = await freePort();
      let website: ChildProcess | null = null;
      try {
        website = spawn(process.execPath, [WEBSITE_SERVER], {
          env: { ...process.env, DATABASE_URL: h.databaseUrl, PORT: String(port) },
          stdio: 'ignore',
        });
        const url = `http://127.0.0.1:${port}/wydarzenia/spotkanie-testowe-o-wspolpracy`;
        await expect
          .poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, { timeout: 30_000, interval: 250 })
          .toBe(200);
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url);
        expect(await page.textContent('body')).toContain('Spotkanie testowe o współpracy');
        expect(await page.textContent('body')).toContain('Khedi Alieva');
        await page.screenshot({ path: join(RESULTS, 'website-event.png'), fullPage: true });
        await context.close();
      } finally {
        website?.kill();
      }
    },
  );

  it('shows the second of two editors a conflict with both versions, and loses nothing', async () => {
    const a = await signedIn(h.users.editor.email);
    const b = await signedIn(h.users.administrator.email);
    await a.page.goto(`${h.url}/events/${eventId}`);
    await b.page.goto(`${h.url}/events/${eventId}`);
    await a.page.fill('#f-summary', 'Zmiana redaktora A');
    await a.page.fill('#f-title', 'Tytuł redaktora A');
    await a.page.focus('form[data-entity] button[type="submit"]');
    await a.page.keyboard.press('Enter');
    await a.page.waitForURL(/done=saved/);
    await b.page.fill('#f-summary', 'Zmiana redaktora B');
    await b.page.focus('form[data-entity] button[type="submit"]');
    await b.page.keyboard.press('Enter');
    await b.page.waitForSelector('.conflict');
    const text = await b.page.textContent('.conflict');
    expect(text).toContain('Zmiana redaktora A');
    expect(text).toContain('Zmiana redaktora B');
    expect(text).toContain('Wersja zapisana przez Test editor');
    // Only A changed the title: the merged form holds A's; both changed the summary: B's stays in the field until chosen.
    expect(await b.page.inputValue('#f-title')).toBe('Tytuł redaktora A');
    expect(await b.page.inputValue('#f-summary')).toBe('Zmiana redaktora B');
    expect((await h.store.events.get(eventId))?.summary).toBe('Zmiana redaktora A');
    const axe = await new AxeBuilder({ page: b.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const file = join(h.dir, 'conflict.html');
    writeFileSync(file, await b.page.content());
    let output = '';
    try {
      output = execFileSync('java', ['-jar', String(vnuJar), '--format', 'json', '--stdout', file], {
        encoding: 'utf8',
      });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? '');
    }
    const messages = (JSON.parse(output) as { messages: { type: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => m.message)).toEqual([]);
    await b.page.screenshot({ path: join(RESULTS, 'conflict.png'), fullPage: true });
    await b.page.click('label[for="keep-mine-summary"]');
    await b.page.focus('form[data-entity] button[type="submit"]');
    await b.page.keyboard.press('Enter');
    await b.page.waitForURL(/done=saved/);
    expect(await h.store.events.get(eventId)).toMatchObject({
      summary: 'Zmiana redaktora B',
      title: 'Tytuł redaktora A',
    });
    await a.context.close();
    await b.context.close();
  });

  it('has no WCAG 2.1 AA violation (axe) and no Nu Html Checker error on every page type', async () => {
    const { context, page } = await signedIn(h.users.administrator.email);
    // A blocked account (its page offers erasure, which asks first) and an erased one.
    const account = (email: string) =>
      h.store.users.create({ email, name: 'Konto Próbne', role: 'reviewer', password: 'a long enough password' });
    const leaving = await account('odchodzi@mosty.test');
    const blocked = await h.store.users.update(leaving.id, leaving.version, { disabled: true });
    const left = await account('odeszla@mosty.test');
    await h.store.users.erase(left.id, (await h.store.users.update(left.id, left.version, { disabled: true })).version);
    // A publication waiting for its time, so the dashboard shows its table of them (the event made above is its
    // upcoming one until 3 December 2026, the seed grant its report deadline).
    const post = await h.store.posts.create({
      id: 'wpis-zaplanowany',
      slug: 'wpis-zaplanowany',
      title: 'Wpis zaplanowany',
      body: 'Treść.',
      status: 'draft',
    });
    await h.store.scheduled.schedule('post', post.id, new Date(Date.now() + 365 * 86_400_000).toISOString());
    const pages = [
      '/',
      '/events',
      '/events/new',
      `/events/${SEED_IDS.event}`,
      `/events/${SEED_IDS.event}/history`,
      `/events/${SEED_IDS.event}/publish`,
      `/events/${SEED_IDS.event}/preview`,
      `/events/${SEED_IDS.event}/delete`,
      `/events/${SEED_IDS.event}/unpublish`,
      `/events/${SEED_IDS.event}/people`,
      `/people/${SEED_IDS.khediAlieva}`,
      `/grants/${SEED_IDS.grant}`,
      `/organizations/${SEED_IDS.fise}`,
      '/audit',
      '/users',
      '/users/new',
      `/users/${blocked.id}`,
      `/users/${blocked.id}/erase`,
      `/users/${left.id}`,
      '/import/terc',
      '/data-check',
    ];
    const files: string[] = [];
    const violations: string[] = [];
    for (const [i, path] of pages.entries()) {
      await page.goto(h.url + path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const html = await (await context.request.get(h.url + path)).text();
      if (path === '/') expect(html).toContain('/posts/wpis-zaplanowany/publish">Wpis zaplanowany</a>');
      const file = join(h.dir, `page-${i}.html`);
      writeFileSync(file, html);
      files.push(file);
    }
    const anonymous = await browser.newContext();
    const login = await anonymous.newPage();
    await login.goto(`${h.url}/login`);
    for (const v of (await new AxeBuilder({ page: login }).analyze()).violations) violations.push(`/login: ${v.id}`);
    writeFileSync(join(h.dir, 'login.html'), await login.content());
    files.push(join(h.dir, 'login.html'));
    await anonymous.close();
    expect(violations).toEqual([]);

    let output = '';
    try {
      output = execFileSync('java', ['-jar', String(vnuJar), '--format', 'json', '--stdout', ...files], {
        encoding: 'utf8',
      });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? '');
    }
    const messages = (JSON.parse(output) as { messages: { type: string; message: string; url: string }[] }).messages;
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').pop()}: ${m.message}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opened no dialog anywhere', () => {
    expect(dialogs).toEqual([]);
  });
});
