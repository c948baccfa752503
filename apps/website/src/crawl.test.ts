import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { SHARE_IMAGE_PATH } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite, fileFor } from './export-site.js';
import { crawl, siteLinks } from './testing/crawl.js';
import { seededStore } from './testing/seeded-store.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

const SITE_URL = 'http://localhost:3000';
const NOW = Date.parse('2026-11-20T12:00:00Z');

let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ siteUrl: SITE_URL, now: () => NOW });
});
afterAll(() => site?.close());

describe('crawl', () => {
  it('every link reachable from / answers without an error, in both languages, feeds and sitemaps included', async () => {
    const { seen, failures } = await crawl(site, SITE_URL);
    expect(failures).toEqual([]);
    // The crawl really walked the site: seed pages in both languages, feeds and calendars.
    for (const path of [
      '/wydarzenia/sprawny-urzad-sprawna-organizacja',
      '/en/events/sprawny-urzad-sprawna-organizacja',
      '/organizacje/stowarzyszenie-otwarte-drzwi',
      '/samorzady/powiat-wolominski',
      '/granty/wspolpraca-jst-i-ngo-2026',
      '/osoby/marta-skrobacka',
      '/en/people/marta-skrobacka',
      '/miejsca/centrum-wielokulturowe-w-warszawie',
      '/aktualnosci/wspolpraca-samorzadow-i-organizacji-w-centrum-wielokulturowym',
      '/kalendarz.ics',
      '/wydarzenia/sprawny-urzad-sprawna-organizacja.ics',
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/otwarte-dane',
      '/en/data',
      SHARE_IMAGE_PATH,
    ])
      expect(seen, path).toContain(path);
  });
});

describe('the open data page', () => {
  it('is listed in the sitemap in both languages', async () => {
    const sitemap = await (await site.get('/sitemap-1.xml')).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}/otwarte-dane</loc>`);
    expect(sitemap).toContain(`<loc>${SITE_URL}/en/data</loc>`);
  });

  it.each(['/otwarte-dane', '/en/data'])(
    '%s: every link it gives, the API and the filtered calendars included, answers 200',
    async (path) => {
      const links = siteLinks(await (await site.get(path)).text(), SITE_URL);
      for (const wanted of ['/api/openapi.json', '/api/v1/events', '/sitemap.xml', '/rss.xml', '/en/calendar.ics'])
        expect(links, wanted).toContain(wanted);
      expect(links.some((l) => l.includes('.ics?'))).toBe(true);
      const failures: string[] = [];
      for (const link of new Set(links)) {
        const res = await site.get(link);
        if (res.status !== 200) failures.push(`${res.status} ${link}`);
        await res.arrayBuffer();
      }
      expect(failures).toEqual([]);
    },
  );
});

describe('static export', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'mosty-export-'));
    await exportSite(site.store, { outDir: out, siteUrl: SITE_URL, now: NOW });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
    );

  it('writes both languages, feeds, calendars and the sitemap', () => {
    for (const file of [
      'index.html',
      'en/index.html',
      'wydarzenia/sprawny-urzad-sprawna-organizacja/index.html',
      'en/events/sprawny-urzad-sprawna-organizacja/index.html',
      'wydarzenia/sprawny-urzad-sprawna-organizacja.ics',
      'rss.xml',
      'atom.xml',
      'feed.json',
      'kalendarz.ics',
      'otwarte-dane/index.html',
      'en/data/index.html',
      'sitemap.xml',
      'robots.txt',
      'favicon.ico',
      'apple-touch-icon.png',
      'apple-touch-icon-precomposed.png',
      '404.html',
    ])
      expect(existsSync(join(out, file)), file).toBe(true);
    const page = readFileSync(join(out, 'wydarzenia/sprawny-urzad-sprawna-organizacja/index.html'), 'utf8');
    expect(page).toContain(SEED_FUNDING_STATEMENT);
  });

  it('gives page URLs ending in / in its JSON-LD, feeds and calendars, as its links do', () => {
    const page = readFileSync(join(out, 'wydarzenia/sprawny-urzad-sprawna-organizacja/index.html'), 'utf8');
    const jsonLd = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(JSON.parse(jsonLd).url).toBe(`${SITE_URL}/wydarzenia/sprawny-urzad-sprawna-organizacja/`);
    const rss = readFileSync(join(out, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link, link).toMatch(/\/$/);
    const ics = readFileSync(join(out, 'kalendarz.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`URL;VALUE=URI:${SITE_URL}/wydarzenia/sprawny-urzad-sprawna-organizacja/`);
  });

  it('neither writes nor links an API document: a static copy has no API', async () => {
    expect(existsSync(join(out, 'api'))).toBe(false);
    for (const file of htmlFiles(out)) expect(readFileSync(file, 'utf8'), relative(out, file)).not.toContain('/api/');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Kalendarz (.ics)');
    // The served site has one, and links it.
    expect(await (await site.get('/')).text()).toContain('href="/api/openapi.json"');
  });

  it('the sitemap lists the hashtag and month pages the site links, in both languages, each a 200 to index and a file of the export', async () => {
    const seed = seedWorld().events[0];
    if (!seed) throw new Error('no seed event');
    const served = await (await site.get('/sitemap-1.xml')).text();
    const locs = [...served.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] as string).slice(SITE_URL.length));
    const month = seed.startsAt.slice(0, 7);
    const lists = locs.filter((l) => /\/(tag|miesiac|month)\//.test(l));
    // Every hashtag of the seed event and its month, in Polish and English, with their hreflang alternates.
    const wanted = [
      ...seed.hashtags.flatMap((tag) => [
        `/wydarzenia/tag/${encodeURIComponent(tag)}`,
        `/en/events/tag/${encodeURIComponent(tag)}`,
      ]),
      `/wydarzenia/miesiac/${month}`,
      `/en/events/month/${month}`,
    ];
    expect(seed.hashtags.length).toBeGreaterThan(0);
    expect(lists).toEqual(expect.arrayContaining(wanted));
    expect(served).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE_URL}/en/events/month/${month}"/>`);
    for (const path of lists) {
      const res = await site.get(path);
      expect(res.status, path).toBe(200);
      // A sitemap lists what is to be indexed: no empty list, no facet.
      expect(await res.text(), path).not.toContain('noindex');
    }
    // The export's sitemap lists the same pages (its links ending in /), each a file of the export.
    const exported = readFileSync(join(out, 'sitemap-1.xml'), 'utf8');
    const exportedLists = [...exported.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => (m[1] as string).slice(SITE_URL.length))
      .filter((l) => /\/(tag|miesiac|month)\//.test(l));
    expect(exportedLists).toEqual(lists.map((l) => `${l}/`));
    for (const path of exportedLists) expect(existsSync(join(out, fileFor(path))), path).toBe(true);
  });

  it('every link in every exported page points at a file of the export', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const file of files)
      for (const link of siteLinks(readFileSync(file, 'utf8'), SITE_URL)) {
        const path = (link.split('#')[0] as string).split('?')[0] as string;
        if (!existsSync(join(out, fileFor(path)))) broken.push(`${relative(out, file)} → ${link}`);
      }
    expect(broken).toEqual([]);
  });
});

describe('static export of long hashtag lists and post-only hashtags', () => {
  let out: string;
  let many: Awaited<ReturnType<typeof seededStore>>;
  beforeAll(async () => {
    // 60 events under one hashtag (two pages of 50) and a post whose hashtag no event has.
    const world = seedWorld();
    const seed = world.events[0];
    const post = world.posts[0];
    if (!seed || !post) throw new Error('no seed event or post');
    for (let i = 0; i < 60; i++)
      world.events.push({
        ...seed,
        id: `mnogo-${i}`,
        slug: `spotkanie-robocze-${i}`,
        title: `Spotkanie robocze ${i}`,
        hashtags: ['Mnogość'],
        startsAt: new Date(Date.parse(seed.startsAt) - (i + 1) * 86_400_000).toISOString(),
        endsAt: new Date(Date.parse(seed.endsAt) - (i + 1) * 86_400_000).toISOString(),
      });
    world.posts.push({ ...post, id: 'tylko-wpis', slug: 'wpis-z-wlasnym-tagiem', hashtags: ['TylkoWeWpisie'] });
    many = await seededStore(world);
    out = mkdtempSync(join(tmpdir(), 'mosty-export-many-'));
    await exportSite(many.store, { outDir: out, siteUrl: SITE_URL, now: NOW });
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await many?.dispose();
  });

  it('writes every page of a hashtag, in both languages, and the tag pages posts link to', () => {
    for (const file of [
      'wydarzenia/tag/Mnogość/index.html',
      'wydarzenia/tag/Mnogość/strona/2/index.html',
      'en/events/tag/Mnogość/page/2/index.html',
      'wydarzenia/tag/TylkoWeWpisie/index.html',
      'en/events/tag/TylkoWeWpisie/index.html',
    ])
      expect(existsSync(join(out, file)), file).toBe(true);
    expect(existsSync(join(out, 'wydarzenia/tag/Mnogość/strona/3/index.html'))).toBe(false);
    const second = readFileSync(join(out, 'wydarzenia/tag/Mnogość/strona/2/index.html'), 'utf8');
    expect(second).toContain('/wydarzenia/spotkanie-robocze-59/');
    const post = readFileSync(join(out, 'aktualnosci/wpis-z-wlasnym-tagiem/index.html'), 'utf8');
    expect(post).toContain('/wydarzenia/tag/TylkoWeWpisie/');
  });
});
