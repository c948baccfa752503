import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedWorld } from '@org/demo';
import { JSON_FEED_EXTENSION } from '@org/formats';
import { DEMO_SITE_CONFIG, type SiteConfig } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from './export-site.js';
import { loadSiteConfig } from './site-config.js';
import { seededStore } from './testing/seeded-store.js';
import { startSite } from './testing/start-site.js';

const dir = mkdtempSync(join(tmpdir(), 'mosty-site-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

const REAL: SiteConfig = {
  ...DEMO_SITE_CONFIG,
  license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.pl' },
  accessibility: {
    ...DEMO_SITE_CONFIG.accessibility,
    contactPerson: 'Zofia Wiśniewska',
    email: 'dostepnosc@fundacja.org.pl',
    status: 'partial',
    nonCompliant: { pl: ['Filmy z 2025 roku nie mają napisów.'], en: ['Videos from 2025 have no captions.'] },
  },
};

describe('SITE_CONFIG', () => {
  it('without a file, says the demo placeholders stand in', () => {
    expect(loadSiteConfig(undefined)).toEqual({ config: DEMO_SITE_CONFIG, demo: true });
  });

  it('names the file and every wrong field of a config that does not match', () => {
    const bad = {
      ...REAL,
      accessibility: { ...REAL.accessibility, email: 'nie-adres', updated: '2020-01-01', nonCompliant: undefined },
    };
    const path = file('bad.json', JSON.stringify(bad));
    expect(() => loadSiteConfig(path)).toThrow(path);
    expect(() => loadSiteConfig(path)).toThrow(
      /accessibility\.email: .*accessibility\.nonCompliant: .*accessibility\.updated: /s,
    );
    expect(() => loadSiteConfig(file('broken.json', '{"publisher":'))).toThrow(/broken\.json: cannot read it as JSON/);
    expect(() => loadSiteConfig(join(dir, 'nie-ma.json'))).toThrow(/nie-ma\.json: cannot read it/);
  });

  it('needs the licence of the data: a file without one, or with an http URL, fails naming license', () => {
    const { license: _license, ...unlicensed } = REAL;
    expect(() => loadSiteConfig(file('unlicensed.json', JSON.stringify(unlicensed)))).toThrow(
      /unlicensed\.json: license: is required/,
    );
    const http = { ...REAL, license: { name: 'CC BY 4.0', url: 'http://creativecommons.org/licenses/by/4.0/' } };
    expect(() => loadSiteConfig(file('http.json', JSON.stringify(http)))).toThrow(/license\.url: must be an https URL/);
  });

  describe('a real config reaches the accessibility statement, served and exported', () => {
    const POST_SLUG = seedWorld().posts[0]!.slug;
    const newsArticle = (html: string) => {
      const doc = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? 'null');
      expect(doc?.['@type']).toBe('NewsArticle');
      return doc as { license?: string };
    };
    const jsonFeedLicence = (body: string) =>
      (JSON.parse(body) as Record<string, { license?: unknown } | undefined>)[JSON_FEED_EXTENSION.name]?.license;
    let env: Awaited<ReturnType<typeof seededStore>>;
    beforeAll(async () => {
      env = await seededStore(seedWorld());
    });
    afterAll(async () => env?.dispose());

    it('is shown on /deklaracja-dostepnosci and in the export', async () => {
      const { config, demo } = loadSiteConfig(file('site.json', JSON.stringify(REAL)));
      expect(demo).toBe(false);
      const site = await startSite(env.store, { site: config });
      try {
        const html = await (await site.get('/deklaracja-dostepnosci')).text();
        expect(html).toContain('Zofia Wiśniewska');
        expect(html).toContain('dostepnosc@fundacja.org.pl');
        expect(html).toContain('Filmy z 2025 roku nie mają napisów.');
        expect(html).not.toContain(DEMO_SITE_CONFIG.accessibility.contactPerson);
        const en = await (await site.get('/en/accessibility')).text();
        expect(en).toContain('Videos from 2025 have no captions.');
        expect(en).toContain('CC BY-SA 4.0</a> — <span lang="pl">Fundacja Inicjatyw Społeczno-Ekonomicznych</span>');
        expect(await (await site.get('/en/atom.xml')).text()).toContain(
          '<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl"/>',
        );
        // A post's NewsArticle and the JSON Feed (its extension, JSON Feed having no licence field) state it too.
        for (const path of [`/aktualnosci/${POST_SLUG}`, `/en/news/${POST_SLUG}`])
          expect(newsArticle(await (await site.get(path)).text()).license, path).toBe(REAL.license.url);
        for (const path of ['/feed.json', '/en/feed.json'])
          expect(jsonFeedLicence(await (await site.get(path)).text()), path).toEqual(REAL.license);
      } finally {
        await site.close();
      }
      const out = join(dir, 'export');
      await exportSite(env.store, { outDir: out, siteUrl: 'http://localhost:3000', now: Date.now(), site: config });
      expect(readFileSync(join(out, 'deklaracja-dostepnosci/index.html'), 'utf8')).toContain('Zofia Wiśniewska');
      // Its licence, served and exported: pages (the 404 too) and feeds.
      const licensed =
        '<a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl">CC BY-SA 4.0</a>';
      for (const page of ['index.html', 'en/index.html', '404.html'])
        expect(readFileSync(join(out, page), 'utf8'), page).toContain(licensed);
      expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain(
        '<copyright>Fundacja Inicjatyw Społeczno-Ekonomicznych. Dane udostępniane na licencji CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/deed.pl</copyright>',
      );
      for (const page of [`aktualnosci/${POST_SLUG}/index.html`, `en/news/${POST_SLUG}/index.html`])
        expect(newsArticle(readFileSync(join(out, page), 'utf8')).license, page).toBe(REAL.license.url);
      for (const file of ['feed.json', 'en/feed.json'])
        expect(jsonFeedLicence(readFileSync(join(out, file), 'utf8')), file).toEqual(REAL.license);
    });
  });
});
