import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, PASSWORD, startHarness } from '../testing/harness.js';

/**
 * The CSRF check of every POST (app.tsx), over HTTP. Each refused request must answer 403 with the
 * Polish message and leave the store as it was: the data version, the record and the comments. Each
 * test then sends the same request with the right token, so a refusal for another reason (a bad form,
 * a missing permission) cannot pass for the CSRF check.
 */
const CSRF_MESSAGE = 'Formularz wygasł lub pochodzi spoza panelu. Odśwież stronę i spróbuj ponownie.';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const commentsOnEvent = () => h.store.comments.list('event', SEED_IDS.event);

/** The reviewer's edit form as an administrator would post it, with a new name. */
async function renameReviewer(client: Client, name: string, csrf: string | undefined) {
  const user = await h.store.users.get(h.users.reviewer.id);
  if (!user) throw new Error('no reviewer');
  const form: Record<string, string> = { name, role: user.role, version: String(user.version) };
  if (csrf !== undefined) form._csrf = csrf;
  return client.request(`/users/${h.users.reviewer.id}`, { form });
}

function expectRefused(res: { status: number; text: string }) {
  expect(res.status).toBe(403);
  expect(res.text).toContain(CSRF_MESSAGE);
}

describe('CSRF check of signed-in forms', () => {
  it('refuses a POST without a token with 403 and changes nothing', async () => {
    const editor = await h.signIn('editor');
    const version = await h.store.dataVersion();
    const res = await editor.request(`/events/${SEED_IDS.event}/comments`, {
      form: { body: 'Komentarz bez tokenu', from: 'history' },
    });
    expectRefused(res);
    expect(await h.store.dataVersion()).toBe(version);
    expect(await commentsOnEvent()).toEqual([]);

    const accepted = await editor.post(`/events/${SEED_IDS.event}/comments`, { body: 'Komentarz z tokenem' });
    expect(accepted.status).toBe(303);
    expect((await commentsOnEvent()).map((c) => c.body)).toEqual(['Komentarz z tokenem']);
  });

  it('refuses a POST with a wrong token (in the form or in the X-CSRF-Token header) and changes nothing', async () => {
    const admin = await h.signIn('administrator');
    const before = await h.store.users.get(h.users.reviewer.id);
    const version = await h.store.dataVersion();
    // The same length as a real token, so only its value is wrong.
    expectRefused(await renameReviewer(admin, 'Nazwa z fałszywym tokenem', 'A'.repeat(admin.csrf.length)));
    expectRefused(
      await admin.request(`/users/${h.users.reviewer.id}`, {
        form: { name: 'Nazwa z nagłówka', role: 'reviewer', version: String(before?.version) },
        headers: { 'x-csrf-token': `${admin.csrf.slice(0, -1)}x` },
      }),
    );
    expect(await h.store.users.get(h.users.reviewer.id)).toEqual(before);
    expect(await h.store.dataVersion()).toBe(version);

    const accepted = await renameReviewer(admin, 'Recenzent po zmianie', admin.csrf);
    expect(accepted.status).toBe(303);
    expect((await h.store.users.get(h.users.reviewer.id))?.name).toBe('Recenzent po zmianie');
  });

  it("refuses a POST carrying another session's token, even of the same user, and changes nothing", async () => {
    const admin = await h.signIn('administrator');
    const otherAdmin = await h.signIn('administrator');
    const editor = await h.signIn('editor');
    expect(otherAdmin.csrf).not.toBe(admin.csrf);

    const before = await h.store.users.get(h.users.reviewer.id);
    const version = await h.store.dataVersion();
    expectRefused(await renameReviewer(admin, 'Nazwa z cudzym tokenem', otherAdmin.csrf));
    expectRefused(await renameReviewer(admin, 'Nazwa z tokenem redaktora', editor.csrf));
    const comments = await commentsOnEvent();
    expectRefused(
      await editor.request(`/events/${SEED_IDS.event}/comments`, { form: { body: 'x', _csrf: admin.csrf } }),
    );
    expect(await h.store.users.get(h.users.reviewer.id)).toEqual(before);
    expect(await commentsOnEvent()).toEqual(comments);
    expect(await h.store.dataVersion()).toBe(version);

    expect((await renameReviewer(admin, 'Recenzent własnym tokenem', admin.csrf)).status).toBe(303);
  });
});

describe('CSRF check of the sign-in form', () => {
  /** A browser that has loaded the sign-in page: its pre-session cookie and the token of the form. */
  async function loginPage() {
    const client = new Client(h.url);
    await client.request('/login');
    expect(client.csrf).not.toBe('');
    expect([...client.cookies.keys()]).toEqual(['mosty_csrf']);
    return client;
  }
  const hasSession = (client: Client) => client.cookies.has('mosty_session');

  it('refuses a sign-in POST without the pre-session cookie, with the right password, and starts no session', async () => {
    const client = await loginPage();
    client.cookies.delete('mosty_csrf');
    const version = await h.store.dataVersion();
    const audit = await h.store.audit.list({ actorId: h.users.editor.id });
    const res = await client.post('/login', { email: h.users.editor.email, password: PASSWORD });
    expectRefused(res);
    expect(res.headers.get('location')).toBeNull();
    expect(hasSession(client)).toBe(false);
    expect(await h.store.dataVersion()).toBe(version);
    expect(await h.store.audit.list({ actorId: h.users.editor.id })).toEqual(audit);

    // The same browser, now holding the new cookie the refusal set, signs in from a fresh form.
    await client.request('/login');
    expect((await client.post('/login', { email: h.users.editor.email, password: PASSWORD })).status).toBe(303);
    expect(hasSession(client)).toBe(true);
  });

  it("refuses a sign-in POST whose token is another browser's (login CSRF) and starts no session", async () => {
    const victim = await loginPage();
    const attacker = await loginPage();
    const version = await h.store.dataVersion();
    const res = await victim.request('/login', {
      form: { _csrf: attacker.csrf, email: h.users.editor.email, password: PASSWORD },
    });
    expectRefused(res);
    expect(hasSession(victim)).toBe(false);
    expect(await h.store.dataVersion()).toBe(version);
  });
});

describe('where a POST came from (Origin, Sec-Fetch-Site), behind the token', () => {
  const CROSS = 'Formularz spoza panelu: niczego nie zapisano';

  it('refuses a valid token sent from another origin, before anything is saved', async () => {
    const editor = await h.signIn('editor');
    await editor.request(`/events/${SEED_IDS.event}`);
    const comments = await commentsOnEvent();
    const version = await h.store.dataVersion();
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:1', 'not a url']) {
      const res = await editor.request(`/events/${SEED_IDS.event}/comments`, {
        form: { _csrf: editor.csrf, body: `Komentarz z ${origin}` },
        headers: { origin },
      });
      expect(res.status, origin).toBe(403);
      expect(res.text).toContain(CROSS);
      expect(res.text).toContain(
        `To żądanie przyszło z innej witryny (${origin}), a panel przyjmuje formularze tylko ze swoich stron`,
      );
    }
    const sibling = await editor.request(`/events/${SEED_IDS.event}/comments`, {
      form: { _csrf: editor.csrf, body: 'Komentarz z sąsiedniej domeny' },
      headers: { 'sec-fetch-site': 'same-site' },
    });
    expect(sibling.status).toBe(403);
    expect(sibling.text).toContain('(Sec-Fetch-Site: same-site)');
    expect(await commentsOnEvent()).toEqual(comments);
    expect(await h.store.dataVersion()).toBe(version);
  });

  it('refuses a sign-in posted from another origin (login CSRF), with the right token and password', async () => {
    const client = new Client(h.url);
    await client.request('/login');
    const res = await client.request('/login', {
      form: { _csrf: client.csrf, email: h.users.editor.email, password: PASSWORD },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(client.cookies.has('mosty_session')).toBe(false);
  });

  it("takes a post from the admin's own origin, from ADMIN_URL's, or with neither header", async () => {
    const editor = await h.signIn('editor');
    await editor.request(`/events/${SEED_IDS.event}`);
    for (const headers of <Record<string, string>[]>[
      { origin: h.url, 'sec-fetch-site': 'same-origin' },
      // ADMIN_URL of the harness: the default for ADMIN_PORT 0.
      { origin: 'http://localhost:0' },
      {},
      { 'sec-fetch-site': 'none' },
    ]) {
      const res = await editor.request(`/events/${SEED_IDS.event}/comments`, {
        form: { _csrf: editor.csrf, body: `Komentarz ${JSON.stringify(headers)}` },
        headers,
      });
      expect(res.status, JSON.stringify(headers)).toBe(303);
    }
  });

  it('says it in English to an English browser', async () => {
    const english = await h.signIn('editor');
    await english.request('/lang/en');
    await english.request(`/events/${SEED_IDS.event}`);
    const res = await english.request(`/events/${SEED_IDS.event}/comments`, {
      form: { _csrf: english.csrf, body: 'x' },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.text).toContain('This request came from another site (https://evil.example)');
  });
});
