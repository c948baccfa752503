import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, signedInHarness, startHarness } from '../testing/harness.js';

/** The security headers of security-headers.ts, as a browser receives them on every kind of HTML answer. */
let h: Harness;
let editor: Client;
let reviewer: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor'));
  reviewer = await h.signIn('reviewer');
});
afterAll(() => h?.close());

/** The CSP's directives by name, each with its sources. */
const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources.sort()]),
  );

describe('security headers on HTML answers', () => {
  const pages: [string, () => Promise<{ status: number; headers: Headers; text: string }>, number][] = [
    ['the sign-in page', () => new Client(h.url).request('/login'), 200],
    ['the dashboard', () => editor.request('/'), 200],
    ['an edit form', () => editor.request(`/events/${SEED_IDS.event}`), 200],
    ["the preview (the website's renderer)", () => editor.request(`/events/${SEED_IDS.event}/preview`), 200],
    ['a refusal', () => reviewer.request('/users'), 403],
    ['a page not found', () => editor.request('/nie-ma-takiej-strony'), 404],
    ['a refused form (CSRF)', () => editor.request('/logout', { form: { _csrf: 'zły' } }), 403],
  ];
  for (const [what, load, status] of pages)
    it(`${what}: a strict CSP, no framing, no sniffing, no caching`, async () => {
      const res = await load();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(Object.fromEntries(csp)).toEqual({
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      });
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
      // HTML carries CSRF tokens and personal data: never kept by a browser or a proxy.
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

  it("the admin's pages need nothing the CSP forbids: no inline script, event handler or style attribute", async () => {
    for (const path of ['/', `/events/${SEED_IDS.event}`, '/events', '/audit']) {
      const { text } = await editor.request(path);
      for (const tag of text.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/assets\//);
      expect(text).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(text).not.toMatch(/<[^>]+\sstyle=/i);
      expect(text).not.toMatch(/<style\b/i);
    }
  });

  it('the redirect to sign-in carries them too, and static assets may be cached', async () => {
    const redirect = await new Client(h.url).request('/events');
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(redirect.headers.get('cache-control')).toBe('no-store');
    const css = await new Client(h.url).request('/assets/admin.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    expect(css.headers.get('cache-control')).not.toBe('no-store');
  });
});

describe('Strict-Transport-Security', () => {
  let https: Harness;
  beforeAll(async () => {
    https = await startHarness({ env: { ADMIN_URL: 'https://admin.example.org' } });
  });
  afterAll(() => https?.close());

  it('is on every answer when ADMIN_URL is https: pages, redirects, refusals, errors and assets', async () => {
    const client = new Client(https.url);
    const answers = [
      [await client.request('/login'), 200],
      [await client.request('/healthz'), 200],
      [await client.request('/events'), 303],
      [await client.request('/nie-ma-takiej-strony'), 404],
      [await client.request('/assets/admin.css'), 200],
      [await client.request('/login', { method: 'PUT' }), 405],
      [await client.request('/logout', { form: { _csrf: 'zły' } }), 401],
    ] as const;
    for (const [res, status] of answers) {
      expect(res.status).toBe(status);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('is not sent when ADMIN_URL is http (browsers ignore it there, and local development would break)', async () => {
    for (const res of [await new Client(h.url).request('/login'), await editor.request('/')])
      expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
