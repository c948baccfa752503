import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSiteConfig,
  DEMO_CONFIG_WARNING,
  DEMO_SITE_CONFIG,
  loadSiteConfig,
  SiteConfigError,
  SiteConfigSchema,
} from './site-config.js';

const dir = mkdtempSync(join(tmpdir(), 'mosty-site-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const load = (config: unknown) => {
  const path = join(dir, 'site.json');
  writeFileSync(path, JSON.stringify(config));
  return () => loadSiteConfig(path);
};
const { license: _license, ...unlicensed } = DEMO_SITE_CONFIG;

describe('the licence of the site’s data', () => {
  it('is in the demo config, as CC BY 4.0 with its canonical https URL', () => {
    expect(DEMO_SITE_CONFIG.license).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(SiteConfigSchema.safeParse(DEMO_SITE_CONFIG).success).toBe(true);
    // A site started without SITE_CONFIG says the licence is the demo's, not the foundation's choice.
    expect(loadSiteConfig(undefined)).toEqual({ config: DEMO_SITE_CONFIG, demo: true });
    expect(DEMO_CONFIG_WARNING).toContain(`data licence (${DEMO_SITE_CONFIG.license.name})`);
  });

  it('is required: a real config without one fails, naming the field and saying what to write', () => {
    expect(load(unlicensed)).toThrow(
      /: license: is required: the licence the data is published under, such as \{"name": "CC BY 4\.0"/,
    );
  });

  it('needs a name and an https URL, each wrong one named', () => {
    expect(
      load({ ...DEMO_SITE_CONFIG, license: { name: ' ', url: 'http://creativecommons.org/licenses/by/4.0/' } }),
    ).toThrow(/license\.name: .*; license\.url: must be an https URL/);
    expect(load({ ...DEMO_SITE_CONFIG, license: { name: 'CC BY 4.0', url: 'creativecommons.org' } })).toThrow(
      /license\.url: must be an https URL/,
    );
    expect(load({ ...DEMO_SITE_CONFIG, license: 'CC BY 4.0' })).toThrow(/license: /);
  });
});

describe('the publisher’s 360Giving prefix', () => {
  const withPrefix = (threeSixtyGivingPrefix: unknown) => ({
    ...DEMO_SITE_CONFIG,
    publisher: { ...DEMO_SITE_CONFIG.publisher, threeSixtyGivingPrefix },
  });

  it('is optional, and kept when of 360Giving’s form', () => {
    const { threeSixtyGivingPrefix: _p, ...publisher } = DEMO_SITE_CONFIG.publisher;
    expect(load({ ...DEMO_SITE_CONFIG, publisher })().config.publisher.threeSixtyGivingPrefix).toBeUndefined();
    expect(load(withPrefix('360G-Fundacja-FISE-2'))().config.publisher.threeSixtyGivingPrefix).toBe(
      '360G-Fundacja-FISE-2',
    );
  });

  it.each(['mosty', '360G-', '360g-fise', '360G-fise-', '360G-fise demo', 'GB-CHC-123'])(
    'refuses "%s", naming the field',
    (prefix) => {
      expect(load(withPrefix(prefix))).toThrow(
        /publisher\.threeSixtyGivingPrefix: must be the prefix 360Giving registered/,
      );
    },
  );
});

describe('a SITE_CONFIG file’s problems, in the language asked for', () => {
  const path = join(dir, 'jezyk.json');
  const bad = {
    ...DEMO_SITE_CONFIG,
    publisher: { ...DEMO_SITE_CONFIG.publisher, email: 'biuro(at)fundacja.pl' },
    license: { name: 'CC BY 4.0', url: 'http://creativecommons.org/licenses/by/4.0/' },
    accessibility: {
      ...DEMO_SITE_CONFIG.accessibility,
      status: 'partial',
      nonCompliant: undefined,
      updated: '2020-01-01',
    },
  };

  it('says each wrong field in Polish: the schema’s own rules and the built-in checks alike', () => {
    expect(checkSiteConfig(bad, 'pl')).toEqual({
      ok: false,
      problems: [
        'publisher.email: nieprawidłowy adres e-mail (np. biuro@example.org) (otrzymano: „biuro(at)fundacja.pl”)',
        'license.url: musi być adresem https, np. https://creativecommons.org/licenses/by/4.0/',
        'accessibility.nonCompliant: deklaracja, która nie jest w pełni zgodna, musi wymieniać, co nie jest zgodne, po polsku (pl) i po angielsku (en)',
        'accessibility.updated: jest wcześniejsza niż data publikacji',
      ],
    });
    const { license: _l, ...noLicense } = DEMO_SITE_CONFIG;
    expect(checkSiteConfig(noLicense, 'pl')).toMatchObject({
      problems: [expect.stringMatching(/^license: jest wymagane: licencja/)],
    });
    expect(
      checkSiteConfig({ ...DEMO_SITE_CONFIG, publisher: { ...DEMO_SITE_CONFIG.publisher, name: ' ' } }, 'pl'),
    ).toEqual({
      ok: false,
      problems: ['publisher.name: to pole jest wymagane'],
    });
  });

  it('says the same in English, and loadSiteConfig throws them with the file’s path', () => {
    writeFileSync(path, JSON.stringify(bad));
    expect(() => loadSiteConfig(path)).toThrow(
      `SITE_CONFIG ${path}: publisher.email: invalid e-mail address (e.g. office@example.org) (got "biuro(at)fundacja.pl"); license.url: must be an https URL, such as https://creativecommons.org/licenses/by/4.0/; accessibility.nonCompliant: a statement that is not fully compliant must list what does not comply, in pl and en; accessibility.updated: is before the publication date`,
    );
    expect(() => loadSiteConfig(path, 'pl')).toThrow(SiteConfigError);
    try {
      loadSiteConfig(path, 'pl');
    } catch (error) {
      expect((error as SiteConfigError).path).toBe(path);
      expect((error as SiteConfigError).problems).toEqual(
        (checkSiteConfig(bad, 'pl') as { problems: string[] }).problems,
      );
    }
  });
});
