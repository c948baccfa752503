import { openStore } from '@org/store';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client, type Harness, PASSWORD, serveApp, startHarness } from '../testing/harness.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './session-activity.js';

/**
 * Sessions and roles over HTTP: when a session ends (expiry, sign-out, a block, a new role or
 * password) the cookie it left in the browser no longer opens any page; the server decides, not
 * the cookie.
 */
const BAD_LOGIN = 'Nieprawidłowy e-mail lub hasło';
const SETUP_INVALID = 'Link konfiguracyjny jest nieważny albo został już użyty.';

/** Whether this browser's cookie still opens the dashboard: 200, or the sign-in redirect. */
async function signedIn(client: Client): Promise<boolean> {
  const res = await client.request('/');
  if (res.status === 303) {
    expect(res.headers.get('location')).toBe('/login?next=%2F');
    return false;
  }
  expect(res.status).toBe(200);
  return true;
}

/** A second browser holding a copy of this one's cookies, as a stolen or left-behind cookie would be. */
function copyOf(client: Client, base = client.base): Client {
  const copy = new Client(base);
  for (const [k, v] of client.cookies) copy.cookies.set(k, v);
  return copy;
}

/** The session token a browser holds. */
const tokenOf = (client: Client): string => client.cookies.get('mosty_session') ?? '';

describe('session expiry (the app and its store read one clock)', () => {
  let h: Harness;
  let clock = Date.now();
  beforeAll(async () => {
    h = await startHarness({ seed: false, now: () => new Date(clock) });
  });
  afterAll(() => h?.close());
  // Each test starts at the real time, ahead of every session an earlier test made.
  beforeEach(() => {
    clock = Date.now();
  });

  it('slides with activity: each request gives another idle period, past the first one', async () => {
    const editor = await h.signIn('editor');
    // Past the old fixed 8 h, below the 12 h maximum.
    for (let i = 0; i < 5; i++) {
      clock += SESSION_IDLE_MS - 60_000;
      expect(await signedIn(editor)).toBe(true);
    }
  });

  it('ends after the idle period without a request, on the server too, for reading and for posting', async () => {
    const editor = await h.signIn('editor');
    const left = copyOf(editor);
    clock += SESSION_IDLE_MS + 60_000;
    expect(await signedIn(editor)).toBe(false);
    const version = await h.store.dataVersion();
    const res = await editor.post('/logout');
    expect(res.status).toBe(401);
    expect(await h.store.dataVersion()).toBe(version);
    // The session has ended in the store: a copy of the cookies made before the end opens nothing either.
    expect(await h.store.sessions.get(tokenOf(left))).toBeNull();
    expect(await signedIn(left)).toBe(false);
  });

  it('ends at the absolute maximum after signing in, however active', async () => {
    const editor = await h.signIn('editor');
    const start = clock;
    while (clock + SESSION_IDLE_MS / 2 < start + SESSION_MAX_MS) {
      clock += SESSION_IDLE_MS / 2;
      expect(await signedIn(editor)).toBe(true);
    }
    clock = start + SESSION_MAX_MS + 60_000;
    expect(await signedIn(editor)).toBe(false);
  });

  it('slides in the store: another admin process on the same database, or this one restarted, agrees when it ends', async () => {
    const editor = await h.signIn('editor');
    const token = tokenOf(editor);
    expect((await h.store.sessions.get(token))?.expiresAt).toBe(new Date(clock + SESSION_IDLE_MS).toISOString());
    // Past the first idle period, through the first process only.
    for (let i = 0; i < 3; i++) {
      clock += SESSION_IDLE_MS - 60_000;
      expect(await signedIn(editor)).toBe(true);
    }
    expect((await h.store.sessions.get(token))?.expiresAt).toBe(new Date(clock + SESSION_IDLE_MS).toISOString());
    // A second process, with its own connection to the database, has seen none of those requests.
    const store = await openStore(h.databaseUrl, { now: () => new Date(clock) });
    const second = await serveApp(store, { now: () => new Date(clock) });
    try {
      const there = copyOf(editor, second.url);
      clock += SESSION_IDLE_MS - 60_000;
      expect(await signedIn(there)).toBe(true);
      // …and its request slid the end for the first one too.
      clock += SESSION_IDLE_MS - 60_000;
      expect(await signedIn(editor)).toBe(true);
      clock += SESSION_IDLE_MS + 60_000;
      expect(await store.sessions.get(token)).toBeNull();
      expect(await signedIn(there)).toBe(false);
      expect(await signedIn(editor)).toBe(false);
    } finally {
      await second.close();
      await store.close();
    }
  });

  it('ends at its next request a session made before sessions slid in the store (a fixed end 12 h away)', async () => {
    const editor = await h.signIn('editor');
    const old = await h.store.sessions.create(h.users.editor.id, SESSION_MAX_MS);
    const before = new Client(h.url);
    before.cookies.set('mosty_session', old.token);
    expect(await signedIn(before)).toBe(false);
    expect(before.cookies.has('mosty_session')).toBe(false);
    expect(await h.store.sessions.get(old.token)).toBeNull();
    expect(await signedIn(editor)).toBe(true);
  });
});

describe('sessions and roles', () => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await startHarness({ seed: false });
    admin = new Client(h.url);
    await admin.signIn(h.users.administrator.email);
  });
  afterAll(() => h?.close());

  /** The administrator posts the user's edit form with `changes` over the stored values. */
  async function editUser(id: string, changes: Record<string, string>) {
    await admin.request(`/users/${id}`);
    const user = await h.store.users.get(id);
    if (!user) throw new Error(`no user ${id}`);
    const form: Record<string, string> = { name: user.name, role: user.role, version: String(user.version) };
    if (user.disabled) form.disabled = 'true';
    const res = await admin.post(`/users/${id}`, { ...form, ...changes });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/users/${id}?done=saved`);
  }

  async function newUser(role: 'editor' | 'reviewer', email: string) {
    const u = await h.store.users.create({ email, name: `Osoba ${email}`, role, password: PASSWORD });
    return u.id;
  }

  it('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const editor = await h.signIn('editor');
    const left = copyOf(editor);
    const res = await editor.post('/logout');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login');
    expect(editor.cookies.has('mosty_session')).toBe(false);
    expect(await signedIn(left)).toBe(false);
    expect((await left.request('/events')).status).toBe(303);
  });

  it('a disabled user cannot sign in, and a session opened before the block no longer works', async () => {
    const id = await newUser('editor', 'zablokowana@mosty.test');
    const browser = new Client(h.url);
    await browser.signIn('zablokowana@mosty.test');
    // Blocked in the store directly, so that only the session check of every request can stop the old
    // session (the admin's user form also deletes the sessions, tested below).
    const user = await h.store.users.get(id);
    if (!user) throw new Error('no user');
    await h.store.users.update(id, user.version, { ...user, disabled: true }, { userId: null });
    expect(await signedIn(browser)).toBe(false);

    const again = new Client(h.url);
    await again.request('/login');
    const res = await again.post('/login', { email: 'zablokowana@mosty.test', password: PASSWORD });
    expect(res.status).toBe(401);
    expect(res.text).toContain(BAD_LOGIN);
    expect(again.cookies.has('mosty_session')).toBe(false);
  });

  for (const [what, changes] of [
    ['a new role', { role: 'reviewer' }],
    ['a block', { disabled: 'true' }],
    ['a new password', { password: 'inne bardzo długie hasło 2026' }],
  ] as const)
    it(`${what} set by an administrator ends every session of that user`, async () => {
      const email = `sesje-${what.replaceAll(' ', '-')}@mosty.test`;
      const id = await newUser('editor', email);
      const laptop = new Client(h.url);
      await laptop.signIn(email);
      const phone = new Client(h.url);
      await phone.signIn(email);
      const bystander = await h.signIn('editor');
      await editUser(id, changes);
      // Gone from the store, not only refused while the block lasts: lifting it revives nothing.
      for (const b of [laptop, phone])
        expect(await h.store.sessions.get(b.cookies.get('mosty_session') ?? '')).toBeNull();
      if ('disabled' in changes) await editUser(id, { disabled: 'false' });
      expect(await signedIn(laptop)).toBe(false);
      expect(await signedIn(phone)).toBe(false);
      expect(await signedIn(bystander)).toBe(true);
      expect(await signedIn(admin)).toBe(true);
    });

  it('a change of name only keeps the sessions', async () => {
    const email = 'tylko-nazwa@mosty.test';
    const id = await newUser('editor', email);
    const browser = new Client(h.url);
    await browser.signIn(email);
    await editUser(id, { name: 'Nowe imię i nazwisko' });
    expect((await h.store.users.get(id))?.name).toBe('Nowe imię i nazwisko');
    expect(await signedIn(browser)).toBe(true);
  });

  it('the new role applies at once: a reviewer made of an editor is refused an edit after signing in again', async () => {
    const email = 'degradacja@mosty.test';
    const id = await newUser('editor', email);
    await editUser(id, { role: 'reviewer' });
    const browser = new Client(h.url);
    await browser.signIn(email);
    expect((await browser.request('/events/new')).status).toBe(403);
    expect((await browser.request('/users')).status).toBe(403);
  });
});

describe('the one-time setup link', () => {
  let h: Harness;
  const TOKEN = 'setup-token-for-tests-0123456789';
  beforeAll(async () => {
    h = await startHarness({ seed: false, users: false });
  });
  afterAll(() => h?.close());

  const administrators = async () =>
    (await h.store.users.list({ limit: 500 })).items.filter((u) => u.role === 'administrator').map((u) => u.email);

  it('refuses a wrong token with the Polish message and no form', async () => {
    const client = new Client(h.url);
    for (const path of [`/setup/${TOKEN.slice(0, -1)}x`, `/setup/${TOKEN}x`, '/setup/x']) {
      const res = await client.request(path);
      expect(res.status).toBe(401);
      expect(res.text).toContain(SETUP_INVALID);
      expect(res.text).not.toContain('autocomplete="new-password"');
    }
    const res = await client.post(`/setup/${TOKEN}x`, {
      email: 'intruz@mosty.test',
      name: 'Intruz',
      password: 'bardzo długie hasło intruza',
    });
    expect(res.status).toBe(401);
    expect(await administrators()).toEqual([]);
  });

  it('refuses an e-mail already taken with 409 and keeps the link usable', async () => {
    await h.store.users.create({ email: 'zajety@mosty.test', name: 'Redaktorka', role: 'editor', password: PASSWORD });
    const client = new Client(h.url);
    await client.request(`/setup/${TOKEN}`);
    const taken = await client.post(`/setup/${TOKEN}`, { email: 'zajety@mosty.test', name: 'Ada', password: PASSWORD });
    expect(taken.status).toBe(409);
    expect(await administrators()).toEqual([]);
    expect((await client.request(`/setup/${TOKEN}`)).status).toBe(200);
  });

  it('keeps the link after a form with errors, creates the administrator once, then refuses', async () => {
    const client = new Client(h.url);
    const page = await client.request(`/setup/${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('autocomplete="new-password"');
    const invalid = await client.post(`/setup/${TOKEN}`, {
      email: 'admin@mosty.test',
      name: 'Ada',
      password: 'krótkie',
    });
    expect(invalid.status).toBe(400);
    expect(await administrators()).toEqual([]);

    const done = await client.post(`/setup/${TOKEN}`, {
      email: 'admin@mosty.test',
      name: 'Ada Administratorka',
      password: PASSWORD,
    });
    // POST/redirect/GET: a refresh of the page after it does not post the spent link again.
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/login?done=setupDone');
    const next = await client.request('/login?done=setupDone');
    expect(next.status).toBe(200);
    expect(next.text).toContain('Konto administratora utworzone. Zaloguj się.');
    expect(await administrators()).toEqual(['admin@mosty.test']);
    const created = await h.store.users.getByEmail('admin@mosty.test');
    const audit = await h.store.audit.list({ entity: 'user', entityId: created?.id ?? '?', limit: 5 });
    // The audit note is in the language of the page it was created from.
    expect(audit.items.map((e) => e.note)).toEqual(['link konfiguracyjny']);

    const again = await client.request(`/setup/${TOKEN}`);
    expect(again.status).toBe(401);
    expect(again.text).toContain(SETUP_INVALID);
    const second = await client.post(`/setup/${TOKEN}`, {
      email: 'drugi@mosty.test',
      name: 'Drugi',
      password: PASSWORD,
    });
    expect(second.status).toBe(401);
    expect(await administrators()).toEqual(['admin@mosty.test']);

    const admin = new Client(h.url);
    await admin.signIn('admin@mosty.test');
    expect((await admin.request('/users')).status).toBe(200);
  });
});
