import { rawRequest } from '@org/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';
import { nextTurn } from './testing/next-turn.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

let site: SeededSite;
const EVENT = '/wydarzenia/sprawny-urzad-sprawna-organizacja';

beforeAll(async () => {
  site = await seededSite({ now: '2026-11-01T12:00:00Z' });
});
afterAll(() => site?.close());

/** The directives of a Content-Security-Policy header, by name. */
const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

describe('security headers', () => {
  it('every page, cached or not, forbids scripts, plugins and framing by other sites', async () => {
    for (const path of [EVENT, EVENT, '/', '/en/events', '/wydarzenia?hasztag=Współpraca', '/nie-ma-takiej-strony']) {
      const res = await site.get(path);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src'), path).toEqual(["'none'"]);
      // No script-src: the default forbids every script, inline ones included (JSON-LD is data, not script).
      expect(csp.has('script-src'), path).toBe(false);
      expect(csp.get('style-src'), path).toContain("'self'");
      expect(csp.get('frame-ancestors'), path).toEqual(["'self'"]);
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('feeds, calendars, the sitemap, the stylesheet and the JSON API may load nothing and are never sniffed', async () => {
    for (const path of [
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/kalendarz.ics',
      '/sitemap.xml',
      '/robots.txt',
      '/api/v1/events',
      '/api/v1/events?limit=0',
      '/api/nie-ma',
      '/api/openapi.json',
    ]) {
      const res = await site.get(path);
      expect(res.headers.get('content-type'), path).not.toMatch(/^text\/html/);
      expect(directives(res.headers.get('content-security-policy')).get('default-src'), path).toEqual(["'none'"]);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    // 304s carry them too, and the API's CORS headers stay.
    const api = await site.get('/api/v1/events');
    const again = await site.get('/api/v1/events', { headers: { 'if-none-match': api.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a refused method is answered with them as well', async () => {
    const res = await site.get(EVENT, { method: 'POST', body: 'x=1' });
    expect(res.status).toBe(405);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('over http (SITE_URL http://localhost:3000) sends no Strict-Transport-Security, which would hold a browser to https', async () => {
    for (const path of [EVENT, '/rss.xml', '/api/v1/events'])
      expect((await site.get(path)).headers.has('strict-transport-security'), path).toBe(false);
  });

  it('a site whose SITE_URL is https sends Strict-Transport-Security on every answer, cached, 304 and 404 alike', async () => {
    const secure = await seededSite({ now: '2026-11-01T12:00:00Z', siteUrl: 'https://mosty.example/fundacja' });
    try {
      const page = await secure.get(EVENT);
      for (const res of [
        page,
        await secure.get(EVENT),
        await secure.get(EVENT, { headers: { 'if-none-match': page.headers.get('etag') ?? '' } }),
        await secure.get('/nie-ma-takiej-strony'),
        await secure.get('/rss.xml'),
        await secure.get('/api/v1/events'),
        await secure.get('/favicon.ico'),
      ])
        expect(res.headers.get('strict-transport-security'), `${res.url} ${res.status}`).toBe('max-age=31536000');
    } finally {
      await secure.close();
    }
  });

  it('names SITE_URL’s origin beside the site’s own, for the filter form whose links are absolute', () => {
    const csp = directives(securityHeaders('https://mosty.example/fundacja/').page['content-security-policy'] ?? '');
    expect(csp.get('form-action')).toEqual(["'self'", 'https://mosty.example']);
    expect(csp.get('style-src')).toEqual(["'self'", 'https://mosty.example']);
  });

  it('lets a static copy’s pages run its own script and read its own files, and the server’s pages neither', () => {
    const served = directives(securityHeaders('https://mosty.example/').page['content-security-policy'] ?? '');
    expect(served.has('script-src')).toBe(false);
    expect(served.has('connect-src')).toBe(false);
    expect(served.get('default-src')).toEqual(["'none'"]);
    const copy = securityHeaders('https://mosty.example/', { staticCopy: true });
    const csp = directives(copy.page['content-security-policy'] ?? '');
    expect(csp.get('script-src')).toEqual(["'self'", 'https://mosty.example']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://mosty.example']);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    // Its other files load nothing, as the server's do.
    expect(copy.other).toEqual(securityHeaders('https://mosty.example/').other);
  });
});

describe('answers that do not depend on what the cache holds', () => {
  it('a filter value the list refuses (over 100 characters) stays a 404 after a 100-character one was cached', async () => {
    const a = 'a'.repeat(100);
    expect((await site.get(`/wydarzenia?hasztag=${a}b`)).status).toBe(404);
    expect((await site.get(`/wydarzenia?hasztag=${a}`)).status).toBe(200);
    expect((await site.get(`/wydarzenia?hasztag=${a}b`)).status).toBe(404);
    expect((await site.get(`/wydarzenia?hasztag=${a}cccc`)).status).toBe(404);
  });

  it('OPTIONS answers 204 for what exists and 404 for what does not', async () => {
    for (const path of [EVENT, '/', '/rss.xml', '/kalendarz.ics', '/sitemap.xml']) {
      const res = await site.get(path, { method: 'OPTIONS' });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('allow'), path).toBe('GET, HEAD, OPTIONS');
    }
    for (const path of ['/nope', '/wydarzenia/nie-ma-takiego', '/sitemap-99.xml']) {
      const res = await site.get(path, { method: 'OPTIONS' });
      expect(res.status, path).toBe(404);
    }
  });

  it('a request target that is no URL ("https://") is refused without an error in the log', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      for (const target of ['https://', 'http://[::1']) {
        const { status } = await rawRequest(`http://127.0.0.1:${new URL(site.base).port}/`, { target });
        expect(status, target).toBeGreaterThanOrEqual(400);
        expect(status, target).toBeLessThan(500);
      }
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it('the sitemaps, made once per data version, follow a write', async () => {
    expect((await site.get('/sitemap-99.xml')).status).toBe(404);
    const before = await (await site.get('/sitemap-1.xml')).text();
    const org = (await site.store.organizations.list({ limit: 1 })).items[0]!;
    const renamed = `${org.slug}-nowa`;
    expect(before).not.toContain(renamed);
    await site.store.organizations.update(org.id, org.version, { ...org, slug: renamed });
    await nextTurn();
    let after = '';
    for (const n of [1, 2, 3]) {
      const res = await site.get(`/sitemap-${n}.xml`);
      if (res.status === 200) after += await res.text();
    }
    expect(after).toContain(renamed);
  });
});
