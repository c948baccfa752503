import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { openStore } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite, startSite } from './testing/start-site.js';

const world = seedWorld();
const seedEvent = world.events[0];
if (!seedEvent) throw new Error('no seed event');
// A draft and a cancelled event beside the seed one, and a title that tries to inject script.
const draft = {
  ...seedEvent,
  id: 'draft-1',
  slug: 'szkic-wydarzenia',
  title: 'Tajny szkic',
  status: 'draft' as const,
  agenda: [],
};
const cancelled = {
  ...seedEvent,
  id: 'cancelled-1',
  slug: 'odwolane-spotkanie',
  title: '<script>alert(1)</script>',
  status: 'cancelled' as const,
  statusNote: 'Choroba prelegentów',
  agenda: [],
};
// Someone who speaks only at a draft: no page of theirs may exist yet.
const hidden = {
  id: 'person-hidden',
  slug: 'anna-tajemnicza',
  givenName: 'Anna',
  familyName: 'Tajemnicza',
  affiliations: [],
};
const intro = seedEvent.agenda.find((i) => i.kind === 'introduction');
if (!intro) throw new Error('no introduction in the seed agenda');
const draftWithSpeaker = {
  ...draft,
  id: 'draft-2',
  slug: 'szkic-z-prelegentka',
  agenda: [{ ...intro, speakers: [{ kind: 'person' as const, personId: hidden.id }] }],
};
world.people.push(hidden);
world.events.push(draft, cancelled, draftWithSpeaker);

let site: SeededSite;
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

beforeAll(async () => {
  site = await seededSite({ world, now: '2026-11-01T12:00:00Z' });
});
afterAll(() => site?.close());

describe('website over HTTP', () => {
  it.each([
    ['/', 'text/html'],
    ['/en/', 'text/html'],
    ['/wydarzenia', 'text/html'],
    ['/en/events', 'text/html'],
    ['/wydarzenia/tag/Współpraca', 'text/html'],
    ['/wydarzenia/miesiac/2026-11', 'text/html'],
    ['/wydarzenia?hasztag=Współpraca&miesiac=2026-11', 'text/html'],
    ['/wydarzenia/sprawny-urzad-sprawna-organizacja', 'text/html'],
    ['/en/events/sprawny-urzad-sprawna-organizacja', 'text/html'],
    ['/wydarzenia/sprawny-urzad-sprawna-organizacja.ics', 'text/calendar'],
    ['/aktualnosci', 'text/html'],
    ['/aktualnosci/wspolpraca-samorzadow-i-organizacji-w-centrum-wielokulturowym', 'text/html'],
    ['/en/news/wspolpraca-samorzadow-i-organizacji-w-centrum-wielokulturowym', 'text/html'],
    ['/organizacje', 'text/html'],
    ['/organizacje/fundacja-inicjatyw-spoleczno-ekonomicznych', 'text/html'],
    ['/en/organisations/fundacja-inicjatyw-spoleczno-ekonomicznych', 'text/html'],
    ['/samorzady', 'text/html'],
    ['/samorzady/powiat-wolominski', 'text/html'],
    ['/en/authorities/wojewodztwo-mazowieckie', 'text/html'],
    ['/granty', 'text/html'],
    ['/granty/wspolpraca-jst-i-ngo-2026', 'text/html'],
    ['/en/grants/wspolpraca-jst-i-ngo-2026', 'text/html'],
    ['/osoby/weronika-chodacz', 'text/html'],
    ['/en/people/weronika-chodacz', 'text/html'],
    ['/miejsca/centrum-wielokulturowe-w-warszawie', 'text/html'],
    ['/en/venues/centrum-wielokulturowe-w-warszawie', 'text/html'],
    ['/deklaracja-dostepnosci', 'text/html'],
    ['/en/accessibility', 'text/html'],
    ['/otwarte-dane', 'text/html'],
    ['/en/data', 'text/html'],
    ['/rss.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
    ['/feed.json', 'application/feed+json'],
    ['/en/rss.xml', 'application/rss+xml'],
    ['/kalendarz.ics', 'text/calendar'],
    ['/kalendarz.ics?hasztag=Współpraca', 'text/calendar'],
    ['/kalendarz.ics?organizacja=fundacja-inicjatyw-spoleczno-ekonomicznych', 'text/calendar'],
    ['/sitemap.xml', 'application/xml'],
    ['/sitemap-1.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
    ['/api/openapi.json', 'application/json'],
    ['/api/v1/events', 'application/json'],
    ['/api/v1/events/sprawny-urzad-sprawna-organizacja', 'application/json'],
    ['/api/v1/organizations?limit=2&offset=1', 'application/json'],
  ])('GET %s answers 200 %s', async (path, type) => {
    const res = await site.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(50);
  });

  it.each([
    '/nie-ma-takiej-strony',
    '/wydarzenia/nie-ma-takiego',
    '/wydarzenia/szkic-wydarzenia',
    '/wydarzenia/szkic-wydarzenia.ics',
    '/wydarzenia/strona/999',
    '/organizacje/%E0%A4%A',
    '/en/nothing',
    '/sitemap-99.xml',
  ])('GET %s is a helpful 404 page', async (path) => {
    const res = await site.get(path);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toMatch(/Nie znaleziono strony|Page not found/);
    expect(html).toMatch(/href="\/(en\/events|wydarzenia)"/);
  });

  it.each([
    ['/wydarzenia?miesiac=zly', 'Nie ma takiego miesiąca', '„zly” nie jest miesiącem'],
    // A month page's address with a month that cannot be one gets the same page.
    ['/wydarzenia/miesiac/2026-13', 'Nie ma takiego miesiąca', '„2026-13” nie jest miesiącem: miesiące mają numery'],
    ['/wydarzenia?organizacja=nie-ma', 'Nie ma takiej organizacji', '„nie-ma”'],
    ['/en/events?authority=nie-ma', 'No such local authority', '“nie-ma”'],
    ['/en/events?hashtag=Zima%E2%80%8B', 'No such hashtag', '“Zima\\u200B” is not a hashtag'],
    ['/kalendarz.ics?organizacja=nie-ma', 'Nie ma takiej organizacji', '„nie-ma”'],
  ])(
    'GET %s is a 404 headed by the filter at fault, naming the value, linking the whole list',
    async (path, title, value) => {
      const res = await site.get(path);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(`<title>${title} — Mosty</title>`);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).not.toMatch(/Nie znaleziono strony|Page not found/);
      expect(html).toContain(value);
      expect(html).toMatch(/href="\/(en\/events|wydarzenia)"/);
    },
  );

  it.each([
    ['/api/v1/events?limit=0', 400],
    ['/api/v1/events?offset=-1', 400],
    ['/api/v1/events/szkic-wydarzenia', 404],
    ['/api/v1/nothing', 404],
  ])('API %s answers %i with JSON', async (path, status) => {
    const res = await site.get(path);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toBeTruthy();
  });

  it('keeps drafts out of lists, feeds, calendars, sitemap and API', async () => {
    for (const path of ['/wydarzenia', '/rss.xml', '/kalendarz.ics', '/sitemap-1.xml', '/api/v1/events?limit=500']) {
      const body = await (await site.get(path)).text();
      expect(body, path).not.toContain('szkic-wydarzenia');
      expect(body, path).not.toContain('Tajny szkic');
    }
  });

  it('shows a cancelled event, marked, with its title escaped', async () => {
    const html = await (await site.get('/wydarzenia/odwolane-spotkanie')).text();
    expect(text(html)).toContain('Wydarzenie odwołane: Choroba prelegentów');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const list = await (await site.get('/wydarzenia')).text();
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(list).not.toContain('<script>alert(1)');
  });

  it('shows the seed event with every panelist and the exact funding statement', async () => {
    const html = await (await site.get('/wydarzenia/sprawny-urzad-sprawna-organizacja')).text();
    const t = text(html);
    expect(t).toContain('26 listopada 2026, 10:00–14:00');
    expect(t).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(t).toContain('Khedi Alieva — współzałożycielka, Fundacja Kobiety Wędrowne');
    expect(t).toContain('Marta Skrobacka — skarbniczka, Stowarzyszenie Otwarte Drzwi');
    expect(t).toContain('samorządowcy oraz urzędnicy powiatu wołomińskiego — Powiat wołomiński');
    expect(t).toContain(SEED_FUNDING_STATEMENT);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('hreflang="en" href="http://localhost:3000/en/events/sprawny-urzad-sprawna-organizacja"');
    expect(html).toContain('property="og:title"');
  });

  it('gives every speaker and venue of a public event a page, linked from the event', async () => {
    const event = await (await site.get('/wydarzenia/sprawny-urzad-sprawna-organizacja')).text();
    expect(event).toContain('<a href="/osoby/weronika-chodacz">Weronika Chodacz</a>');
    expect(event).toContain(
      '<a href="/miejsca/centrum-wielokulturowe-w-warszawie">Centrum Wielokulturowe w Warszawie</a>',
    );
    const person = await (await site.get('/osoby/weronika-chodacz')).text();
    expect(text(person)).toContain('Weronika Chodacz');
    expect(person).toContain('<a href="/organizacje/transfer-hub">Transfer HUB</a>');
    expect(person).toContain('href="/wydarzenia/sprawny-urzad-sprawna-organizacja"');
    expect(person).toContain('"@type":"Person"');
    const english = await (await site.get('/en/people/weronika-chodacz')).text();
    expect(english).toContain('href="/en/events/sprawny-urzad-sprawna-organizacja"');
    const venue = text(await (await site.get('/miejsca/centrum-wielokulturowe-w-warszawie')).text());
    expect(venue).toContain('ul. Jagiellońska 54');
    expect(venue).toContain('Pokaż na mapie');
    expect(venue).toContain('Sprawny urząd, sprawna organizacja');
    // The sitemap lists them, so crawlers and the static export find them.
    const sitemap = await (await site.get('/sitemap-1.xml')).text();
    expect(sitemap).toContain('/osoby/khedi-alieva</loc>');
    expect(sitemap).toContain('/miejsca/centrum-wielokulturowe-w-warszawie</loc>');
  });

  it('lists an event on the profile of every organisation a speaker speaks for', async () => {
    const html = await (await site.get('/organizacje/fundacja-kobiety-wedrowne')).text();
    expect(html).toContain('href="/wydarzenia/sprawny-urzad-sprawna-organizacja"');
    expect(text(html)).not.toContain('Brak wydarzeń');
  });

  it('has no page for someone who speaks only at a draft, and no page for an unknown person or venue', async () => {
    for (const path of ['/osoby/anna-tajemnicza', '/osoby/nikt-taki', '/miejsca/nigdzie', '/osoby', '/miejsca']) {
      const res = await site.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('Tajemnicza');
    }
    for (const path of ['/sitemap-1.xml', '/api/v1/events?limit=500']) {
      const body = await (await site.get(path)).text();
      expect(body, path).not.toContain('anna-tajemnicza');
    }
  });

  it('answers conditional requests with 304 and compresses on request', async () => {
    const path = '/wydarzenia/sprawny-urzad-sprawna-organizacja';
    const first = await site.get(path);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(lastModified).toBeTruthy();
    expect((await site.get(path, { headers: { 'if-none-match': etag ?? '' } })).status).toBe(304);
    expect((await site.get(path, { headers: { 'if-modified-since': lastModified ?? '' } })).status).toBe(304);
    expect((await site.get(path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    const gz = await site.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(text(await gz.text())).toContain(SEED_FUNDING_STATEMENT);
    const head = await site.get(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('shows a change written by another connection on the next request', async () => {
    const path = '/organizacje/transfer-hub';
    expect(text(await (await site.get(path)).text())).toContain('Transfer HUB');
    expect(site.cache.size).toBeGreaterThan(0);
    const other = await openStore(site.url);
    try {
      const org = await other.organizations.require('transfer-hub');
      await other.organizations.update(org.id, org.version, { ...org, name: 'Transfer HUB — inkubator' });
    } finally {
      await other.close();
    }
    expect(text(await (await site.get(path)).text())).toContain('Transfer HUB — inkubator');
  });

  it('without the page cache, answers pages asked for at once in every encoding, as HEAD and as 304', async () => {
    // Uncached pages are encoded into buffers used again once sent (page-cache.ts, whose tests hold writes
    // pending): on the real server, requests of several pages at once must each get their own page's bytes.
    const uncached = await startSite(site.store, {
      now: () => Date.parse('2026-11-01T12:00:00Z'),
      cache: { enabled: false, ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024 },
    });
    try {
      const paths = [
        '/',
        '/en',
        '/wydarzenia',
        `/wydarzenia/${seedEvent.slug}`,
        '/organizacje/transfer-hub',
        '/nie-ma',
      ];
      const expected = await Promise.all(paths.map(async (path) => (await site.get(path)).text()));
      const etag = (await site.get(paths[3] as string)).headers.get('etag') as string;
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all(
          paths.flatMap((path, i) => [
            uncached.get(path).then(async (r) => ['identity', i, await r.text()] as const),
            uncached
              .get(path, { headers: { 'accept-encoding': 'gzip' } })
              .then(async (r) => ['gzip', i, await r.text()] as const),
            uncached.get(path, { method: 'HEAD' }).then((r) => ['head', i, String(r.status)] as const),
            uncached
              .get(paths[3] as string, { headers: { 'if-none-match': etag } })
              .then((r) => ['304', i, String(r.status)] as const),
          ]),
        );
        for (const [kind, i, body] of answers) {
          if (kind === 'head') expect(body).toBe(i === 5 ? '404' : '200');
          else if (kind === '304') expect(body).toBe('304');
          else expect(body === expected[i], `${kind} ${paths[i]}`).toBe(true);
        }
      }
    } finally {
      await uncached.close();
    }
  });

  it('without the page cache, renders a change written by another connection on the next request', async () => {
    // The read snapshot pages render from must be dropped when the data version moves, too.
    const uncached = await startSite(site.store, {
      cache: { enabled: false, ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024 },
    });
    try {
      const path = '/organizacje/transfer-hub';
      expect(text(await (await uncached.get(path)).text())).toContain('Transfer HUB');
      expect(uncached.cache.size).toBe(0);
      const other = await openStore(site.url);
      try {
        const org = await other.organizations.require('transfer-hub');
        await other.organizations.update(org.id, org.version, {
          ...org,
          name: 'Transfer HUB — bez pamięci podręcznej',
        });
      } finally {
        await other.close();
      }
      expect(text(await (await uncached.get(path)).text())).toContain('Transfer HUB — bez pamięci podręcznej');
    } finally {
      await uncached.close();
    }
  });
});
