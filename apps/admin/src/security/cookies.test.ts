import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, PASSWORD, startHarness } from '../testing/harness.js';
import { SESSION_MAX_MS } from './session-activity.js';

/** The admin's cookies as a browser receives them: names, prefix and every attribute. */
interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags map to ''. */
  attrs: Record<string, string>;
}

function setCookies(headers: Headers): SetCookie[] {
  return headers.getSetCookie().map((line) => {
    const [pair = '', ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    const attrs: Record<string, string> = {};
    for (const a of rest) {
      const [k = '', ...v] = a.trim().split('=');
      attrs[k.toLowerCase()] = v.join('=');
    }
    return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1), attrs };
  });
}

function only(headers: Headers, name: string): SetCookie {
  const found = setCookies(headers).filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0] as SetCookie;
}

/** What every admin cookie carries: HttpOnly, SameSite=Lax, the whole host, no Domain. */
function expectHardened(c: SetCookie, secure: boolean) {
  expect(c.attrs.httponly).toBe('');
  expect(c.attrs.samesite).toBe('Lax');
  expect(c.attrs.path).toBe('/');
  expect(c.attrs).not.toHaveProperty('domain');
  if (secure) expect(c.attrs.secure).toBe('');
  else expect(c.attrs).not.toHaveProperty('secure');
}

describe('cookies behind TLS (COOKIE_SECURE=true): Secure and the __Host- prefix', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: false, env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => h?.close());

  it('sets the pre-session, session and language cookies with __Host-, Secure, HttpOnly, SameSite=Lax', async () => {
    const client = new Client(h.url);
    const page = await client.request('/login');
    const pre = only(page.headers, '__Host-mosty_csrf');
    expectHardened(pre, true);
    expect(pre.value.length).toBeGreaterThanOrEqual(43);
    // Until the browser closes: no Max-Age, no Expires.
    expect(pre.attrs).not.toHaveProperty('max-age');
    expect(pre.attrs).not.toHaveProperty('expires');

    const signIn = await client.post('/login', { email: h.users.editor.email, password: PASSWORD });
    expect(signIn.status).toBe(303);
    const session = only(signIn.headers, '__Host-mosty_session');
    expectHardened(session, true);
    expect(session.attrs['max-age']).toBe(String(SESSION_MAX_MS / 1000));
    expect(session.value).not.toBe(pre.value);
    // The session's idle limit lives in the store: no other cookie says anything about it.
    expect(setCookies(signIn.headers).map((c) => c.name)).not.toContain('__Host-mosty_active');
    const cleared = only(signIn.headers, '__Host-mosty_csrf');
    expect(cleared.attrs['max-age']).toBe('0');
    expect(cleared.attrs.secure).toBe('');
    expect(setCookies(signIn.headers).map((c) => c.name)).not.toContain('mosty_session');

    const lang = only((await client.request('/lang/en')).headers, '__Host-mosty_lang');
    expectHardened(lang, true);
    expect(lang.value).toBe('en');

    expect((await client.request('/')).status).toBe(200);
    const logout = await client.post('/logout');
    expect(logout.status).toBe(303);
    const ended = only(logout.headers, '__Host-mosty_session');
    expect(ended.value).toBe('');
    expect(ended.attrs['max-age']).toBe('0');
    expect(ended.attrs.secure).toBe('');
    expect(ended.attrs.path).toBe('/');
  });

  it('reads only the prefixed cookie: a session token under the plain name (set by a sub-domain) opens nothing', async () => {
    const client = await h.signIn('editor');
    const token = client.cookies.get('__Host-mosty_session');
    expect(token).toBeTruthy();
    const tossed = new Client(h.url);
    tossed.cookies.set('mosty_session', token ?? '');
    const res = await tossed.request('/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2F');
    expect((await client.request('/')).status).toBe(200);
  });
});

describe('cookies over plain HTTP (development): no prefix, no Secure, the rest as behind TLS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: false });
  });
  afterAll(() => h?.close());

  it('sets mosty_csrf and mosty_session HttpOnly and SameSite=Lax', async () => {
    const client = new Client(h.url);
    const page = await client.request('/login');
    expectHardened(only(page.headers, 'mosty_csrf'), false);
    const signIn = await client.post('/login', { email: h.users.editor.email, password: PASSWORD });
    const session = only(signIn.headers, 'mosty_session');
    expectHardened(session, false);
    expect(session.attrs['max-age']).toBe(String(SESSION_MAX_MS / 1000));
    expect(setCookies(signIn.headers).map((c) => c.name)).not.toContain('mosty_active');
  });
});
