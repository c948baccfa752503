import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, PASSWORD, startHarness } from '../testing/harness.js';

/**
 * A form posted after its session ended (signed out in another tab, or expired) saves nothing, replays
 * nothing, and gives back what was typed with a way to sign in and return to the form.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const TYPED_TITLE = 'Nowy tytuł <script>alert(1)</script> & „cudzysłów”';
const TYPED_BODY = 'Pierwszy akapit.\n\nDrugi akapit, długo pisany.';

/** A second tab of the same browser: the same cookies. */
function tabOf(client: Client): Client {
  const tab = new Client(client.base);
  for (const [k, v] of client.cookies) tab.cookies.set(k, v);
  return tab;
}

describe('a form posted after signing out in another tab', () => {
  it('answers 401 saying nothing was saved, gives back what was typed (escaped), and signs in back to the form', async () => {
    const editor = await h.signIn('editor');
    const formPath = `/events/${SEED_IDS.event}`;
    await editor.request(formPath);
    const csrf = editor.csrf;
    const other = tabOf(editor);
    await other.request('/');
    expect((await other.post('/logout')).status).toBe(303);

    const before = await h.store.events.get(SEED_IDS.event);
    const version = await h.store.dataVersion();
    const res = await editor.request(formPath, {
      form: { _csrf: csrf, version: String(before?.version), title: TYPED_TITLE, body: TYPED_BODY, password: 'x' },
      headers: { referer: `${h.url}${formPath}?tab=agenda` },
    });
    expect(res.status).toBe(401);
    expect(res.text).toContain('Sesja zakończona: niczego nie zapisano');
    expect(res.text).toContain('wylogowano się w innej karcie');
    // What was typed, read-only and escaped, under the form's own labels; never the CSRF token or a password.
    expect(res.text).toMatch(/<label for="typed-\d+">Tytuł<\/label>/);
    expect(res.text).toContain('Nowy tytuł &lt;script&gt;alert(1)&lt;/script&gt; &amp; „cudzysłów”');
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toMatch(/<textarea id="typed-\d+" readonly="" rows="\d+">Pierwszy akapit\.\n\nDrugi akapit/);
    expect(res.text).not.toContain(`value="${csrf}"`);
    expect(res.text).not.toMatch(/<label for="typed-\d+">(password|_csrf|version)</);
    // The sign-in form leads back to the form's page, query included.
    expect(res.text).toContain('action="/login"');
    expect(res.text).toContain(`<input type="hidden" name="next" value="${formPath}?tab=agenda"/>`);
    expect(await h.store.dataVersion()).toBe(version);
    expect((await h.store.events.get(SEED_IDS.event))?.title).toBe(before?.title);

    // Signing in from that page goes back to the form, and does not replay the post.
    const signIn = await editor.post('/login', {
      email: h.users.editor.email,
      password: PASSWORD,
      next: `${formPath}?tab=agenda`,
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe(`${formPath}?tab=agenda`);
    expect((await h.store.events.get(SEED_IDS.event))?.title).toBe(before?.title);
  });

  it('without a Referer, leads back to the posted path when it is a page, else to the dashboard', async () => {
    const gone = new Client(h.url);
    await gone.request('/login');
    const form = await gone.post(`/events/${SEED_IDS.event}`, { title: 'Tytuł' });
    expect(form.status).toBe(401);
    expect(form.text).toContain(`name="next" value="/events/${SEED_IDS.event}"`);
    const action = await gone.post(`/events/${SEED_IDS.event}/schedule`);
    expect(action.status).toBe(401);
    expect(action.text).toContain('name="next" value="/"');
    const offSite = await gone.request(`/events/${SEED_IDS.event}`, {
      form: { _csrf: gone.csrf, title: 'Tytuł' },
      headers: { referer: 'https://evil.example/events/x' },
    });
    expect(offSite.text).toContain(`name="next" value="/events/${SEED_IDS.event}"`);
    expect(offSite.text).not.toContain('evil.example');
  });
});

describe('what a refused form gives back', () => {
  it("is only the fields its form has, under the form's labels, never what a forged post adds", async () => {
    const gone = new Client(h.url);
    await gone.request('/login');
    const res = await gone.post(`/events/${SEED_IDS.event}`, {
      'agenda[0].title': 'Panel o współpracy',
      'agenda[1].people[2].role': 'wiceprezes zarządu',
      'agenda[1].moderator.role': 'prezeska',
      'partners[0].role': 'patronat',
      'address.street': 'ul. Nieistniejąca',
      'attendance.registered': '120',
      'agenda[0].id': 'abc',
      'agenda[0].kind': 'panel',
      organizerId: SEED_IDS.fise,
      evil_field_name: 'wartość napastnika',
      '<script>': 'x',
    });
    expect(res.status).toBe(401);
    const labels = [...res.text.matchAll(/<label for="typed-\d+">([^<]*)<\/label>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Program, punkt 1 — Tytuł',
      'Program, punkt 2, osoba 3 — Funkcja',
      'Program, punkt 2, moderator — Funkcja',
      'Zarejestrowani',
    ]);
    expect(res.text).toContain('Panel o współpracy');
    expect(res.text).not.toContain('wartość napastnika');
    expect(res.text).not.toContain('ul. Nieistniejąca');
    expect(res.text).not.toContain('evil_field_name');
  });

  it('is in English for an English browser, and only the comment of a comment form', async () => {
    const gone = new Client(h.url);
    await gone.request('/lang/en');
    await gone.request('/login');
    const res = await gone.post(`/events/${SEED_IDS.event}/comments`, { body: 'My comment', title: 'not here' });
    const labels = [...res.text.matchAll(/<label for="typed-\d+">([^<]*)<\/label>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Comment']);
    expect(res.text).not.toContain('not here');
  });

  it('cuts a value longer than any field takes, and says how much was left out', async () => {
    // Signed out, a form is read to 64 KiB only (request-body.ts): the stale-token page gives back the same way.
    const editor = await h.signIn('editor');
    await editor.request('/posts/new');
    const res = await editor.post('/posts/new', { _csrf: 'nieaktualny', body: 'x'.repeat(200_010) });
    expect(res.status).toBe(403);
    expect(res.text).toContain(`>${'x'.repeat(200_000)}</textarea>`);
    expect(res.text).toContain('Pominięto dalszą część: 10 znaków');
  });
});

describe('a form refused for a stale CSRF token (signed out and in again in another tab)', () => {
  it('answers 403 and gives back what was typed, saving nothing', async () => {
    const editor = await h.signIn('editor');
    await editor.request(`/events/${SEED_IDS.event}`);
    const stale = editor.csrf;
    const other = tabOf(editor);
    await other.request('/');
    await other.post('/logout');
    await editor.signIn(h.users.editor.email);
    const version = await h.store.dataVersion();
    const res = await editor.request(`/events/${SEED_IDS.event}`, { form: { _csrf: stale, title: TYPED_TITLE } });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Niczego nie zapisano');
    expect(res.text).toContain('Nowy tytuł &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).toContain(`href="/events/${SEED_IDS.event}"`);
    expect(await h.store.dataVersion()).toBe(version);
  });
});

describe('the sign-in redirect of a page', () => {
  it('keeps the query string in next, encoded so that it survives', async () => {
    const res = await new Client(h.url).request('/events?q=ko%C5%82o+gospody%C5%84&page=2');
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    const next = new URL(location, h.url).searchParams.get('next');
    expect(next).toBe('/events?q=ko%C5%82o%20gospody%C5%84&page=2');
    const page = await new Client(h.url).request(location);
    expect(page.text).toContain(`name="next" value="${next?.replace('&', '&amp;')}"`);
  });
});
