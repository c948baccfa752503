import { seedWorld } from '@org/demo';
import { TOUCH_ICON_PATH as ICON, SHARE_IMAGE_PATH } from '@org/site';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type SeededSite, seededSite } from './testing/start-site.js';

// Sixty events announced before the seed event but held years after it: a feed of the events that
// start furthest ahead would be all of them and leave the seed event, the newest announcement, out.
const world = seedWorld();
const seed = world.events[0]!;
const later = Array.from({ length: 60 }, (_, i) => {
  const start = Date.parse('2028-01-10T09:00:00Z') + i * 86_400_000;
  return {
    ...seed,
    id: `pozniej-${i}`,
    slug: `wydarzenie-za-rok-${i}`,
    title: `Wydarzenie za rok ${i}`,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3_600_000).toISOString(),
    agenda: [],
    publishedAt: new Date(Date.parse('2026-10-01T08:00:00Z') + i * 60_000).toISOString(),
  };
});
world.events.push(...later);

let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ world, now: '2026-11-27T12:00:00Z' });
});
afterAll(() => site?.close());

describe('feeds', () => {
  it('carry the newest announcements, not the events that start furthest ahead', async () => {
    for (const path of ['/feed.json', '/en/feed.json']) {
      const feed = (await (await site.get(path)).json()) as { items: { url: string }[] };
      const urls = feed.items.map((i) => i.url);
      expect(
        urls.some((u) => u.endsWith(`/${seed.slug}`)),
        path,
      ).toBe(true);
      // 50 entries: the seed event and its post, and the 48 latest of the sixty announced before them.
      expect(urls.filter((u) => u.includes('wydarzenie-za-rok-'))).toHaveLength(48);
      expect(urls.some((u) => u.endsWith('/wydarzenie-za-rok-0'))).toBe(false);
    }
    for (const path of ['/rss.xml', '/atom.xml']) {
      const xml = await (await site.get(path)).text();
      expect(xml, path).toContain(`/wydarzenia/${seed.slug}`);
    }
  });

  // The exporter's comparison: an event published without publishedAt (an import) is dated by its createdAt in the
  // feed, but came last in the store's publishedAt order, so the sixty older announcements kept it out.
  it('carry a newly added event that records no publishedAt, dated by its creation', async () => {
    const { publishedAt: _, ...unstamped } = { ...later[0]!, id: undefined };
    const added = await site.store.events.create({
      ...unstamped,
      slug: 'zaimportowane-bez-daty-publikacji',
      title: 'Zaimportowane bez daty publikacji',
      status: 'published',
    } as Parameters<typeof site.store.events.create>[0]);
    expect(added.publishedAt).toBeUndefined();
    for (const path of ['/feed.json', '/en/feed.json']) {
      const feed = (await (await site.get(path)).json()) as { items: { url: string }[] };
      expect(
        feed.items.map((i) => i.url).some((u) => u.endsWith('/zaimportowane-bez-daty-publikacji')),
        path,
      ).toBe(true);
      expect(feed.items).toHaveLength(50);
    }
  });

  it('describe the site and are signed by its publisher (Atom needs an author)', async () => {
    const json = (await (await site.get('/feed.json')).json()) as {
      version: string;
      description: string;
      language: string;
      authors: { name: string; url: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.description).toBe('Współpraca samorządów z organizacjami pozarządowymi i ekonomią społeczną');
    expect(json.language).toBe('pl');
    expect(json.authors[0]).toMatchObject({
      name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
      url: 'http://localhost:3000/organizacje/fundacja-inicjatyw-spoleczno-ekonomicznych',
    });
    const atom = await (await site.get('/en/atom.xml')).text();
    expect(atom).toMatch(/<author>\s*<name>Fundacja Inicjatyw Społeczno-Ekonomicznych<\/name>/);
  });

  it('state the terms of reuse: the publisher and the licence in RSS <copyright> and Atom <rights>, linked in Atom', async () => {
    const licence = 'CC BY 4.0: https://creativecommons.org/licenses/by/4.0/';
    for (const [path, terms] of [
      ['/rss.xml', 'Dane udostępniane na licencji'],
      ['/atom.xml', 'Dane udostępniane na licencji'],
      ['/en/rss.xml', 'Data available under the licence'],
      ['/en/atom.xml', 'Data available under the licence'],
    ] as const)
      expect(parseFeed(await (await site.get(path)).text()).copyright, path).toBe(
        `Fundacja Inicjatyw Społeczno-Ekonomicznych. ${terms} ${licence}`,
      );
    const atom = await (await site.get('/atom.xml')).text();
    expect(atom).toContain('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>');
  });

  // The audit found no icon or image in any feed. They are the site's icon (the square PNG the pages link for
  // phones) and the Open Graph image the pages show, absolute, and the site serves both.
  it('show the site’s icon and share image: RSS <image>, Atom <logo> and <icon>, JSON Feed icon and favicon (the square icon)', async () => {
    const base = 'http://localhost:3000';
    for (const prefix of ['', '/en']) {
      for (const file of ['rss.xml', 'atom.xml']) {
        const xml = await (await site.get(`${prefix}/${file}`)).text();
        expect(parseFeed(xml).image?.url, file).toBe(`${base}${SHARE_IMAGE_PATH}`);
      }
      const atom = await (await site.get(`${prefix}/atom.xml`)).text();
      expect(atom).toContain(`<icon>${base}${ICON}</icon>`);
      const rss = parseFeed(await (await site.get(`${prefix}/rss.xml`)).text());
      expect(rss.image?.title).toBe(rss.title);
      const json = (await (await site.get(`${prefix}/feed.json`)).json()) as { icon: string; favicon: string };
      expect(json).toMatchObject({ icon: `${base}${ICON}`, favicon: `${base}${ICON}` });
    }
    for (const path of [SHARE_IMAGE_PATH, ICON]) {
      const response = await site.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^image\//);
    }
  });
});
