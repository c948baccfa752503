import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { loadWorld, openStore, type Store } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPreview } from './preview.js';
import { renderRoute } from './render-pages.js';
import { linkContext } from './routes.js';
import { DEMO_SITE_CONFIG } from './site-config.js';

const world = seedWorld();
const seed = world.events[0]!;
const draft = {
  ...seed,
  id: 'preview-draft-1',
  slug: 'szkic-do-podgladu',
  title: 'Szkic do podglądu',
  status: 'draft' as const,
};
world.events.push(draft);
const NOW = Date.parse('2026-11-01T12:00:00Z');
let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mosty-site-'));
  store = await openStore(join(dir, 'site.db'));
  await loadWorld(store, world);
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const notice = {
  text: 'Podgląd: strona nie jest jeszcze opublikowana.',
  link: { href: '/events/x/publish', label: 'Wróć' },
};

describe('preview', () => {
  it('renders a draft event as the public page it will be, with the notice and noindex', async () => {
    const ctx = linkContext('https://mosty.example.org', 'pl');
    expect(await renderRoute({ store, ctx, now: NOW }, { kind: 'event', slug: draft.slug })).toBeNull();
    const stored = await store.events.get(draft.id);
    const page = await renderPreview(store, 'event', stored, { ...ctx, notice }, NOW);
    const html = String(page?.body);
    expect(text(html)).toContain('Szkic do podglądu');
    expect(text(html)).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(text(html)).toContain(SEED_FUNDING_STATEMENT);
    expect(html).toContain(
      '<p class="notice" role="status">Podgląd: strona nie jest jeszcze opublikowana. <a href="/events/x/publish">Wróć</a></p>',
    );
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    // Shown elsewhere (the admin), links can lead to the public site while the stylesheet stays local.
    const elsewhere = String(
      (await renderPreview(store, 'event', stored, { ...ctx, notice, linkOrigin: 'https://mosty.example.org' }, NOW))
        ?.body,
    );
    expect(elsewhere).toContain('<a href="https://mosty.example.org/osoby/weronika-chodacz">Weronika Chodacz</a>');
    expect(elsewhere).toMatch(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]+\.css"\/>/);
    expect(html).toContain('<a href="/osoby/weronika-chodacz">Weronika Chodacz</a>');
    // The same renderer as the public page: the published seed event's preview is its page plus the notice.
    const published = await renderRoute({ store, ctx, now: NOW }, { kind: 'event', slug: seed.slug });
    const previewOfPublished = await renderPreview(store, 'event', await store.events.get(seed.id), ctx, NOW);
    expect(previewOfPublished?.body).toBe(published?.body);
  });

  it('renders a draft post with its Markdown, and refuses what is not a valid record yet', async () => {
    const ctx = linkContext('https://mosty.example.org', 'en');
    const post = await store.posts.create({
      title: 'Wersja robocza',
      body: 'Tekst z **pogrubieniem** i [linkiem](javascript:alert(1)).',
      status: 'draft',
      language: 'pl',
    });
    const page = await renderPreview(store, 'post', post, { ...ctx, notice }, NOW);
    const html = String(page?.body);
    expect(html).toContain('<strong>pogrubieniem</strong>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('Wersja robocza');
    expect(await renderPreview(store, 'event', { ...draft, title: '' }, ctx, NOW)).toBeNull();
  });

  it("names the publisher the site is configured with, not the demo's", async () => {
    const ctx = linkContext('https://mosty.example.org', 'pl');
    const post = world.posts[0]!;
    const site = { ...DEMO_SITE_CONFIG, publisher: { ...DEMO_SITE_CONFIG.publisher, name: 'Fundacja Mosty Testowe' } };
    const configured = String((await renderPreview(store, 'post', post, { ...ctx, notice }, NOW, site))?.body);
    const demo = String((await renderPreview(store, 'post', post, { ...ctx, notice }, NOW))?.body);
    expect(configured).toContain('"name":"Fundacja Mosty Testowe"');
    expect(demo).not.toContain('Fundacja Mosty Testowe');
    expect(demo).toContain(`"name":"${DEMO_SITE_CONFIG.publisher.name}"`);
  });
});
