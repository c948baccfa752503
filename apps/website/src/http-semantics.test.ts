import { rawRequest } from '@org/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from './app.js';
import { READ_CORS, READ_PREFLIGHT } from './cors.js';
import { type SeededSite, seededSite, startSite } from './testing/start-site.js';

// HTTP beyond "the page is there": cache keys, methods, validators, encodings and the API's headers.
let site: SeededSite;
const EVENT = '/wydarzenia/sprawny-urzad-sprawna-organizacja';

beforeAll(async () => {
  site = await seededSite({ now: '2026-11-01T12:00:00Z' });
});
afterAll(() => site?.close());

describe('cache keys', () => {
  it.each([
    ['/', '/'],
    ['/?utm_source=x&fbclid=y', '/'],
    ['/wydarzenia/', '/wydarzenia'],
    ['/wydarzenia?samorzad=a&hasztag=b&x=1', '/wydarzenia?hasztag=b&samorzad=a'],
    ['/wydarzenia?hasztag=b&hasztag=c', '/wydarzenia?hasztag=b'],
    ['/wydarzenia?hasztag=', '/wydarzenia'],
    [`${EVENT}?hasztag=b`, EVENT],
    ['/wydarzenia/tag/Wsp%c3%b3%c5%82praca', '/wydarzenia/tag/Wsp%C3%B3%C5%82praca'],
    ['/kalendarz.ics?organizacja=o&miesiac=2026-11&x=1', '/kalendarz.ics?miesiac=2026-11&organizacja=o'],
    ['/rss.xml?v=2', '/rss.xml'],
    ['http://localhost:3000/en/events/?a=1', '/en/events'],
  ])('%s → %s', (url, key) => {
    expect(cacheKey(url)).toBe(key);
  });

  it('serves every spelling of a page from one entry: junk query strings do not fill the cache', async () => {
    const first = await site.get('/');
    expect(first.status).toBe(200);
    const size = site.cache.size;
    const bytes = site.cache.bytes;
    for (let i = 0; i < 30; i++) {
      const res = await site.get(`/?utm_source=${i}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe(first.headers.get('etag'));
    }
    await site.get('/sitemap.xml');
    const sitemapEntries = site.cache.size;
    for (let i = 0; i < 10; i++) expect((await site.get(`/sitemap.xml?n=${i}`)).status).toBe(200);
    expect(site.cache.size).toBe(sitemapEntries);
    expect(sitemapEntries - size).toBeLessThan(5);
    expect(site.cache.bytes).toBeGreaterThanOrEqual(bytes);
  });
});

describe('methods', () => {
  it('answers other methods on pages with 405 and Allow, OPTIONS with 204', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of [EVENT, '/', '/nie-ma-takiej-strony', '/rss.xml']) {
        const res = await site.get(path, { method, body: method === 'DELETE' ? undefined : 'x=1' });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
      }
    }
    // Methods fetch will not send (TRACE) or does not know (PROPFIND), over plain node:http.
    for (const method of ['TRACE', 'PROPFIND']) {
      const { status, headers } = await rawRequest(`${site.base}/`, { method });
      expect(status, method).toBe(405);
      expect(headers.allow, method).toBe('GET, HEAD, OPTIONS');
    }
    const options = await site.get(EVENT, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('validators and encodings over HTTP', () => {
  it('refuses an encoding the client gives q=0 and tags each encoding differently', async () => {
    const none = await site.get(EVENT, { headers: { 'accept-encoding': 'gzip;q=0, br;q=0' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    const gz = await site.get(EVENT, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const br = await site.get(EVENT, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(new Set([none, gz, br].map((r) => r.headers.get('etag'))).size).toBe(3);
    for (const r of [none, gz, br]) expect(r.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('answers If-None-Match lists, weak tags and HEAD with 304 and no body', async () => {
    const etag = (await site.get(EVENT)).headers.get('etag') ?? '';
    for (const [method, inm] of [
      ['GET', `"x", ${etag}`],
      ['GET', `W/${etag}`],
      ['HEAD', etag],
    ] as const) {
      const res = await site.get(EVENT, { method, headers: { 'if-none-match': inm } });
      expect(res.status, `${method} ${inm}`).toBe(304);
      expect(await res.text()).toBe('');
    }
  });

  it('ignores an If-Modified-Since in the future', async () => {
    const future = new Date(Date.now() + 86_400_000 * 365).toUTCString();
    expect((await site.get(EVENT, { headers: { 'if-modified-since': future } })).status).toBe(200);
  });
});

describe('/favicon.ico', () => {
  it('is a small cacheable icon, not the HTML 404 page, revalidated with its ETag', async () => {
    const res = await site.get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    expect(res.headers.get('cache-control')).toMatch(/max-age=[1-9]/);
    const body = new Uint8Array(await res.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), at least one image (the pixels are decoded in browser.test.ts).
    expect([...body.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(body.byteLength).toBeLessThan(2048);
    const again = await site.get('/favicon.ico', { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('/apple-touch-icon.png', () => {
  // Phones ask for both names at the root whether or not a page links one; each was the HTML 404 page.
  it.each(['/apple-touch-icon.png', '/apple-touch-icon-precomposed.png'])(
    '%s is the site’s icon as a 512 px PNG, cacheable, revalidated with its ETag',
    async (path) => {
      const res = await site.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toMatch(/max-age=[1-9]/);
      const body = new Uint8Array(await res.arrayBuffer());
      const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
      // The PNG signature, then IHDR's width and height (the pixels are decoded in browser.test.ts).
      expect([...body.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([512, 512]);
      expect(body.byteLength).toBeLessThan(20_000);
      const again = await site.get(path, { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
      expect(again.status).toBe(304);
    },
  );

  it('is linked from every page, under the site’s own path', async () => {
    const html = await (await site.get('/')).text();
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"/>');
  });
});

describe('JSON API headers', () => {
  it('lets any site read it (CORS), with an ETag, 304 on revalidation and compression', async () => {
    const res = await site.get('/api/v1/events?limit=5');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified');
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = await res.json();
    expect(body.items.length).toBeGreaterThan(0);
    const again = await site.get('/api/v1/events?limit=5', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    const gz = await site.get('/api/v1/events?limit=5', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.json()).toEqual(body);
    const openapi = await site.get('/api/openapi.json');
    expect(openapi.headers.get('etag')).toBeTruthy();
  });

  it('answers preflights, refuses writes with 405 JSON, and gives CORS on errors too', async () => {
    const pre = await site.get('/api/v1/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-headers': 'if-none-match' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const post = await site.get('/api/v1/events', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await post.json()).error).toBe('method_not_allowed');
    for (const path of ['/api/v1/events/nie-ma', '/api/v2/nic', '/api/v1/events?limit=0']) {
      const res = await site.get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });
});

describe('CORS on data files', () => {
  const ORIGIN = { origin: 'https://gmina.example.org' };
  it.each([
    '/feed.json',
    '/rss.xml',
    '/atom.xml',
    '/kalendarz.ics',
    '/kalendarz.ics?hasztag=Współpraca',
    `${EVENT}.ics`,
    '/en/feed.json',
    '/en/rss.xml',
    '/en/atom.xml',
    '/en/calendar.ics',
    '/en/events/sprawny-urzad-sprawna-organizacja.ics',
    '/sitemap.xml',
    '/sitemap-1.xml',
  ])('%s may be read by any site, its validators too, when rendered, cached and revalidated', async (path) => {
    for (const round of ['rendered', 'cached']) {
      const res = await site.get(path, { headers: ORIGIN });
      expect(res.status, `${round} ${path}`).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), `${round} ${path}`).toBe('*');
      expect(res.headers.get('access-control-expose-headers'), `${round} ${path}`).toBe('ETag, Last-Modified');
    }
    const etag = (await site.get(path)).headers.get('etag') ?? '';
    const again = await site.get(path, { headers: { ...ORIGIN, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a preflight for a data file, not for a page', async () => {
    const preflight = (path: string) =>
      site.get(path, {
        method: 'OPTIONS',
        headers: {
          ...ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        },
      });
    const feed = await preflight('/feed.json');
    expect(feed.status).toBe(204);
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    expect(feed.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const page = await preflight(EVENT);
    expect(page.status).toBe(204);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is the one set the API gives too: a data file and the API answer a preflight and a read alike', async () => {
    const headersOf = (res: Response, names: readonly string[]) =>
      Object.fromEntries(names.map((name) => [name, res.headers.get(name)]));
    const preflightNames = [...Object.keys(READ_PREFLIGHT), 'allow'];
    const init = {
      method: 'OPTIONS',
      headers: { ...ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    };
    const feed = await site.get('/feed.json', init);
    const api = await site.get('/api/v1/events', init);
    expect(headersOf(feed, preflightNames)).toEqual({ ...READ_PREFLIGHT, allow: 'GET, HEAD, OPTIONS' });
    expect(headersOf(api, preflightNames)).toEqual(headersOf(feed, preflightNames));
    const names = Object.keys(READ_CORS);
    const feedRead = await site.get('/feed.json', { headers: ORIGIN });
    const apiRead = await site.get('/api/v1/events', { headers: ORIGIN });
    expect(headersOf(feedRead, names)).toEqual(READ_CORS);
    expect(headersOf(apiRead, names)).toEqual(READ_CORS);
  });

  it('is not sent with pages, which need none', async () => {
    for (const path of ['/', EVENT, '/en/events']) {
      for (let i = 0; i < 2; i++) {
        const res = await site.get(path, { headers: ORIGIN });
        expect(res.status, path).toBe(200);
        expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      }
    }
  });
});

describe('a site under a base path (SITE_URL with a path)', () => {
  it('serves its pages under the path its links carry, and without it behind a stripping proxy', async () => {
    const under = await startSite(site.store, {
      siteUrl: 'https://example.org/mosty',
      now: () => Date.parse('2026-11-01T12:00:00Z'),
    });
    try {
      const home = await under.get('/mosty/');
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain(`href="/mosty${EVENT}"`);
      for (const path of ['/mosty', `/mosty${EVENT}`, `/mosty${EVENT}?utm=1`, EVENT, '/mosty/rss.xml'])
        expect((await under.get(path)).status, path).toBe(200);
      expect((await under.get('/mostyx/wydarzenia')).status).toBe(404);
      const robots = await (await under.get('/mosty/robots.txt')).text();
      expect(robots).toContain('Disallow: /mosty/api/');
      expect(robots).toContain('Sitemap: https://example.org/mosty/sitemap.xml');
      const api = await under.get('/mosty/api/v1/events?limit=1');
      expect(api.status).toBe(200);
    } finally {
      await under.close();
    }
  });
});
