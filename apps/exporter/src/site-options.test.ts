import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE_CONFIG, SHARE_IMAGE_PATH, strings, TOUCH_ICON_PATH } from '@org/site';
import { openStore, seedDemo } from '@org/store';
import { sharedFile } from '@org/testkit';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The exporter's files carry what the website's carry for the same records and site URL (both take @org/site's
// `siteFeedOptions` and `shareImageUrl`): the built CLI on a real SQLite store, its output read back by
// the feed parser and, with --validate, by the schema.org vocabulary and jsonld.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const siteConfig = fileURLToPath(new URL('../test/site-config.json', import.meta.url));
const schemas = sharedFile('schemas');
const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...baseEnv } = process.env;
// A site under a path: its assets are under the path too, as its pages link them.
const SITE = 'https://example.org/mosty';
const EVENT = 'sprawny-urzad-sprawna-organizacja';
let dir: string;
let db: string;

const runWith = (config: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...baseEnv, LANG: 'en_GB.UTF-8', SITE_URL: `${SITE}/`, SITE_CONFIG: config },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};
const run = (...args: string[]) => runWith(siteConfig, ...args);
/** With --validate when the schemas are there: the output passes the format's own validator as well. */
const validated = (...args: string[]) => run(...args, ...(schemas ? ['--validate', '--schemas', schemas] : []));

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`build the exporter first (pnpm build): ${cli} is missing`);
  dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-site-'));
  db = join(dir, 'mosty.db');
  const store = await openStore(db);
  await seedDemo(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the exporter's feeds and JSON-LD carry the website's options", () => {
  it.each(['pl', 'en'])("feeds in %s show the site's icon and share image under the site URL", (lang) => {
    const logo = `${SITE}${SHARE_IMAGE_PATH}`;
    const icon = `${SITE}${TOUCH_ICON_PATH}`;
    const rss = parseFeed(validated('rss', '--lang', lang));
    // RSS 2.0's <image> has the feed's title and link, as it requires.
    expect(rss.image).toEqual({ url: logo, title: rss.title });
    const atomXml = validated('atom', '--lang', lang);
    const atom = parseFeed(atomXml);
    expect(atom.image?.url).toBe(logo);
    expect(atom.element.findElementWithName('icon')?.textContentAsUrl).toBe(icon);
    const json = JSON.parse(validated('json-feed', '--lang', lang)) as { icon?: string; favicon?: string };
    // JSON Feed asks for a square icon (about 512 px) and a small favicon: the site's icon is both.
    expect(json).toMatchObject({ icon, favicon: icon });
  });

  it('JSON-LD gives an event the share image, as its page does, one event or all', () => {
    const image = `${SITE}${SHARE_IMAGE_PATH}`;
    const one = JSON.parse(validated('jsonld', '--event', EVENT)) as { image?: string };
    expect(one.image).toBe(image);
    const all = JSON.parse(validated('jsonld', '--lang', 'en')) as { image?: string }[];
    expect(all.length).toBeGreaterThan(0);
    for (const event of all) expect(event.image).toBe(image);
  });

  it.each(['pl', 'en'] as const)("feeds in %s are described by the site's tagline", (lang) => {
    const t = strings(lang);
    for (const format of ['rss', 'atom']) {
      const feed = parseFeed(run(format, '--lang', lang));
      expect(feed.description, format).toBe(t.siteTagline);
      expect(feed.title, format).toMatch(new RegExp(`^${t.siteName}: `));
    }
    expect(JSON.parse(run('json-feed', '--lang', lang))).toMatchObject({ description: t.siteTagline });
  });

  it("feeds are signed with the publisher's page and e-mail: its organisation's page when the database holds it", () => {
    const config = JSON.parse(readFileSync(siteConfig, 'utf8'));
    const withPage = join(dir, 'site-with-page.json');
    writeFileSync(
      withPage,
      JSON.stringify({
        ...config,
        publisher: { ...config.publisher, organizationSlug: DEMO_SITE_CONFIG.publisher.organizationSlug },
      }),
    );
    const deleted = join(dir, 'site-with-deleted-page.json');
    writeFileSync(
      deleted,
      JSON.stringify({ ...config, publisher: { ...config.publisher, organizationSlug: 'nie-ma' } }),
    );
    const name = 'Fundacja Inicjatyw Społeczno-Ekonomicznych';
    const email = 'kontakt@mosty.example.org';
    const cases = [
      [withPage, 'pl', `${SITE}/organizacje/fundacja-inicjatyw-spoleczno-ekonomicznych`],
      [withPage, 'en', `${SITE}/en/organisations/fundacja-inicjatyw-spoleczno-ekonomicznych`],
      // No organisation named, or one the database does not hold: the home page, not a broken link.
      [siteConfig, 'pl', `${SITE}/`],
      [deleted, 'en', `${SITE}/en/`],
    ] as const;
    for (const [file, lang, url] of cases) {
      expect(parseFeed(runWith(file, 'atom', '--lang', lang)).authors, `${file} ${lang}`).toEqual([
        { name, email, url },
      ]);
      const json = JSON.parse(runWith(file, 'json-feed', '--lang', lang)) as { authors: unknown[] };
      expect(json.authors, `${file} ${lang}`).toEqual([{ name, url }]);
    }
  });
});
