import { request } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The rate limit on a real server: requests from real sockets, 127.0.0.1 and 127.0.0.2 (both loopback), so "another
// client" is another address as the server sees it, and through a proxy the server trusts (X-Forwarded-For). The
// limiter's clock is the test's: a window ends when the test says so, without sleeping.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET (or another method) from a socket bound to `from`, so the server sees that address as the peer. */
const ask = (site: SeededSite, path: string, { from = '127.0.0.1', method = 'GET', headers = {} } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const url = new URL(path, site.base);
    const req = request(url, { method, headers, localAddress: from, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

let t = 0;
const sites: SeededSite[] = [];
/** A seeded site limiting to `limit` a minute, on the test's clock (reset to 0). */
async function limitedSite(limit: number, trustedProxies?: string[]) {
  t = 0;
  const site = await seededSite({
    rateLimit: { limit, now: () => t, ...(trustedProxies ? { trustedProxies } : {}) },
  });
  sites.push(site);
  return site;
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

let ajv: Ajv2020;
let doc: {
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
  components: { responses: { TooManyRequests: { headers: Record<string, unknown> } } };
};
beforeAll(async () => {
  const site = await seededSite();
  try {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    doc = await (await site.get('/api/openapi.json')).json();
    ajv.addSchema(doc, 'openapi');
  } finally {
    await site.close();
  }
});
afterAll(() => Promise.all(sites.map((s) => s.close())));

const statuses = async (site: SeededSite, path: string, n: number, options?: Parameters<typeof ask>[2]) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await ask(site, path, options)).status);
  return out;
};

describe('the JSON API’s rate limit', () => {
  it('serves a client up to the limit, saying what is left, then answers 429 with Retry-After and the API’s error', async () => {
    const site = await limitedSite(3);
    const under = [];
    for (let i = 0; i < 3; i++) under.push(await ask(site, '/api/v1/events?limit=1'));
    expect(under.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(under.map((a) => a.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
    expect(under[0]?.headers['ratelimit-limit']).toBe('3');
    expect(under[0]?.headers['ratelimit-reset']).toBe('60');
    expect(under[0]?.headers['retry-after']).toBeUndefined();
    t = 12_300;
    const over = await ask(site, '/api/v1/events?limit=1');
    expect(over.status).toBe(429);
    expect(over.headers['retry-after']).toBe('48');
    expect(over.headers['ratelimit-remaining']).toBe('0');
    expect(over.headers['content-type']).toMatch(/^application\/json/);
    expect(over.headers['cache-control']).toBe('no-store');
    // A page elsewhere reading the API can read why and how long to wait.
    expect(over.headers['access-control-allow-origin']).toBe('*');
    expect(String(over.headers['access-control-expose-headers'])).toMatch(/Retry-After.*RateLimit-Remaining/);
    const body = JSON.parse(over.body);
    expect(body).toEqual({
      error: 'too_many_requests',
      message: 'Too many requests from this address: the limit is 3 a minute per client; try again in 48 s.',
    });
    // As documented: every operation names its 429, whose body is the API's Error.
    const operations = Object.entries(doc.paths);
    expect(operations.length).toBeGreaterThanOrEqual(16);
    for (const [path, { get }] of operations)
      expect(get.responses['429'], path).toEqual({ $ref: '#/components/responses/TooManyRequests' });
    expect(Object.keys(doc.components.responses.TooManyRequests.headers)).toEqual([
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ]);
    const valid = ajv.compile({
      $ref: 'openapi#/components/responses/TooManyRequests/content/application~1json/schema',
    });
    expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
    // Every endpoint counts, a record, a 404 and the document alike; the 405 of a write too.
    expect(await statuses(site, '/api/v1/events/nope', 1)).toEqual([429]);
    expect(await statuses(site, '/api/openapi.json', 1)).toEqual([429]);
    expect(await statuses(site, '/api/v1/events', 1, { method: 'POST' })).toEqual([429]);
  });

  it('says it in Polish when the request prefers Polish', async () => {
    const site = await limitedSite(1);
    await ask(site, '/api/v1/posts');
    const over = await ask(site, '/api/v1/posts', { headers: { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.8' } });
    expect(over.status).toBe(429);
    expect(over.headers.vary).toMatch(/accept-language/i);
    expect(JSON.parse(over.body)).toEqual({
      error: 'too_many_requests',
      message:
        'Zbyt wiele zapytań z tego adresu: limit to 1 na minutę od jednego klienta; można spróbować ponownie za 60 s.',
    });
  });

  it('leaves another client unaffected, and a preflight of the client over it answered', async () => {
    const site = await limitedSite(2);
    expect(await statuses(site, '/api/v1/events', 3)).toEqual([200, 200, 429]);
    expect(await statuses(site, '/api/v1/events', 3, { from: '127.0.0.2' })).toEqual([200, 200, 429]);
    // A browser's preflight is not counted nor refused: the page then reads the 429 of the request itself.
    const preflight = await ask(site, '/api/v1/events', { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(await statuses(site, '/api/v1/events', 3, { from: '127.0.0.3', method: 'OPTIONS' })).toEqual([
      204, 204, 204,
    ]);
    expect(await statuses(site, '/api/v1/events', 3, { from: '127.0.0.3' })).toEqual([200, 200, 429]);
  });

  it('starts a new window a minute after the client’s first request', async () => {
    const site = await limitedSite(2);
    expect(await statuses(site, '/api/v1/grants', 3)).toEqual([200, 200, 429]);
    t = 59_999;
    expect((await ask(site, '/api/v1/grants')).headers['retry-after']).toBe('1');
    t = 60_000;
    const again = await ask(site, '/api/v1/grants');
    expect(again.status).toBe(200);
    expect(again.headers['ratelimit-remaining']).toBe('1');
    expect(await statuses(site, '/api/v1/grants', 2)).toEqual([200, 429]);
  });

  it('ignores X-Forwarded-For without TRUSTED_PROXIES: a client cannot pass for many', async () => {
    const site = await limitedSite(2);
    const forwarded = ['198.51.100.1', '198.51.100.2', '198.51.100.3'].map((address) =>
      ask(site, '/api/v1/events', { headers: { 'x-forwarded-for': address } }).then((a) => a.status),
    );
    expect((await Promise.all(forwarded)).sort()).toEqual([200, 200, 429]);
  });

  it('behind a trusted proxy counts the address the proxy saw, not what the client wrote left of it', async () => {
    const site = await limitedSite(1, ['127.0.0.1']);
    const via = (xff: string) => ({ headers: { 'x-forwarded-for': xff } });
    expect(await statuses(site, '/api/v1/events', 2, via('203.0.113.7'))).toEqual([200, 429]);
    expect(await statuses(site, '/api/v1/events', 1, via('203.0.113.8'))).toEqual([200]);
    // Written by the client (left) and appended by the proxy (right): the proxy's word counts.
    expect(await statuses(site, '/api/v1/events', 1, via('198.51.100.99, 203.0.113.7'))).toEqual([429]);
    // Another address of the same IPv6 /64 is the same client.
    expect(await statuses(site, '/api/v1/events', 1, via('2001:db8:0:1::5'))).toEqual([200]);
    expect(await statuses(site, '/api/v1/events', 1, via('[2001:db8:0:1:ffff::9]:443'))).toEqual([429]);
    // A peer that is no trusted proxy is the client, whatever it forwards.
    expect(await statuses(site, '/api/v1/events', 2, { from: '127.0.0.2', ...via('203.0.113.9') })).toEqual([200, 429]);
  });
});

describe('what else the rate limit counts', () => {
  it('a calendar rendered for its filters; never a page, nor a calendar the cache answers', async () => {
    const site = await limitedSite(2);
    const calendar = '/kalendarz.ics?miesiac=2026-11';
    // Rendered, counted once; then served from the page cache, not counted.
    expect(await statuses(site, calendar, 3)).toEqual([200, 200, 200]);
    expect(await statuses(site, '/api/v1/events', 2)).toEqual([200, 429]);
    // A calendar the cache does not hold would be rendered: refused, in both languages, readable by a widget.
    const refused = await ask(site, '/en/calendar.ics?month=2026-10');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.body).toContain('Zbyt wiele zapytań z tego adresu o kalendarze i API: limit to 2 na minutę');
    expect(refused.body).toContain('Too many requests from this address for calendars and the API: the limit is 2');
    // Its preflight would render it too (`app.options` asks the calendar), so it is refused as well.
    expect((await ask(site, '/en/calendar.ics?month=2026-10', { method: 'OPTIONS' })).status).toBe(429);
    // What the cache holds is still served, and pages are never limited.
    expect(await statuses(site, calendar, 1)).toEqual([200]);
    expect(await statuses(site, '/', 3)).toEqual([200, 200, 200]);
    expect(await statuses(site, '/wydarzenia?miesiac=2026-09', 1)).toEqual([200]);
    expect((await ask(site, '/')).headers['ratelimit-limit']).toBeUndefined();
  });
});
