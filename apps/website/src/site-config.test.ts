import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedWorld } from '@org/demo';
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

  describe('a real config reaches the accessibility statement, served and exported', () => {
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
      } finally {
        await site.close();
      }
      const out = join(dir, 'export');
      await exportSite(env.store, { outDir: out, siteUrl: 'http://localhost:3000', now: Date.now(), site: config });
      expect(readFileSync(join(out, 'deklaracja-dostepnosci/index.html'), 'utf8')).toContain('Zofia Wiśniewska');
    });
  });
});
