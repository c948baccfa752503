import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, PASSWORD, startHarness } from '../testing/harness.js';
import { safeNext } from './form-entries.js';

/** The open-redirect guard (`safeNext`): after sign-in and after a language change, never off-site. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: false });
});
afterAll(() => h?.close());

const OFF_SITE = [
  '//evil.example',
  '//evil.example/login',
  'https://evil.example',
  'http:evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  ' //evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  '//%65vil.example',
];

/** Signs in through the form with `next` and answers where the browser is sent. */
async function signInWith(next: string): Promise<string | null> {
  const client = new Client(h.url);
  await client.request(`/login?next=${encodeURIComponent(next)}`);
  const res = await client.post('/login', { email: h.users.editor.email, password: PASSWORD, next });
  expect(res.status).toBe(303);
  return res.headers.get('location');
}

describe('redirect after sign-in', () => {
  for (const next of OFF_SITE)
    it(`sends next=${JSON.stringify(next)} to the dashboard, not off-site`, async () => {
      expect(await signInWith(next)).toBe('/');
    });

  it('does not put an off-site next into the sign-in form either', async () => {
    const res = await new Client(h.url).request(`/login?next=${encodeURIComponent('//evil.example')}`);
    expect(res.text).toContain('<input type="hidden" name="next" value="/"/>');
    expect(res.text).not.toContain('evil.example');
  });

  it('keeps a local path with its query: the page asked for before signing in', async () => {
    const client = new Client(h.url);
    const asked = await client.request('/events?q=fundacja&page=2');
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/events?q=fundacja&page=2')}`);
    expect(await signInWith('/events?q=fundacja&page=2')).toBe('/events?q=fundacja&page=2');
  });
});

describe('redirect after a language change', () => {
  const back = async (referer: string) => {
    const res = await new Client(h.url).request('/lang/en', { headers: { referer } });
    expect(res.status).toBe(303);
    return res.headers.get('location');
  };

  it('returns to the page of this admin the change came from', async () => {
    expect(await back(`${h.url}/events?q=x`)).toBe('/events?q=x');
  });

  it('goes to the dashboard when the referer is another site or a path that leaves this one', async () => {
    expect(await back('https://evil.example/events')).toBe('/');
    expect(await back(`${h.url}//evil.example`)).toBe('/');
    expect(await back(`${h.url}/\\evil.example`)).toBe('/');
    expect(await back('not a url')).toBe('/');
  });
});

describe('safeNext', () => {
  it('answers a path that a browser resolves on the same origin, for any input', () => {
    const base = 'https://admin.mosty.test/users/x';
    const input = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.constantFrom(...OFF_SITE),
      fc.string().map((s) => `/${s}`),
      fc.string().map((s) => `//${s}`),
      fc.string().map((s) => `/\\${s}`),
    );
    fc.assert(
      fc.property(input, (next) => {
        const target = safeNext(next);
        expect(target.startsWith('/')).toBe(true);
        expect(new URL(target, base).origin).toBe('https://admin.mosty.test');
      }),
      { numRuns: 2000 },
    );
  });
});
