import { rawRequest } from '@org/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
let english: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('administrator'));
  english = await h.signIn('administrator');
  await english.request('/lang/en');
});
afterAll(() => h?.close());

const main = (html: string) => (/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '').replace(/\s+/g, ' ');

// An id of the right form that no record has, and one the admin refuses to look up at all.
const UNKNOWN = '0190f000-0000-7000-8000-00000000dead';

describe('a page of a record that does not exist', () => {
  const cases: { path: string; post?: boolean; pl: string; en: string; list: [string, string, string] }[] = [
    {
      path: '/events/nope',
      pl: 'Nie znaleziono wydarzenia „nope”.',
      en: 'Event "nope" was not found.',
      list: ['/events', 'Wydarzenia', 'Events'],
    },
    {
      path: '/events/nope/publish',
      pl: 'Nie znaleziono wydarzenia „nope”.',
      en: 'Event "nope" was not found.',
      list: ['/events', 'Wydarzenia', 'Events'],
    },
    {
      path: '/events/nope/preview',
      pl: 'Nie znaleziono wydarzenia „nope”.',
      en: 'Event "nope" was not found.',
      list: ['/events', 'Wydarzenia', 'Events'],
    },
    {
      path: `/posts/${UNKNOWN}/history`,
      pl: `Nie znaleziono wpisu „${UNKNOWN}”.`,
      en: `Post "${UNKNOWN}" was not found.`,
      list: ['/posts', 'Aktualności', 'Posts'],
    },
    {
      path: `/organizations/${UNKNOWN}/delete`,
      pl: `Nie znaleziono organizacji „${UNKNOWN}”.`,
      en: `Organisation "${UNKNOWN}" was not found.`,
      list: ['/organizations', 'Organizacje', 'Organisations'],
    },
    {
      path: `/grants/${UNKNOWN}/report.md`,
      pl: `Nie znaleziono dotacji „${UNKNOWN}”.`,
      en: `Grant "${UNKNOWN}" was not found.`,
      list: ['/grants', 'Dotacje', 'Grants'],
    },
    {
      path: '/people/nope/comments',
      post: true,
      pl: 'Nie znaleziono osoby „nope”.',
      en: 'Person "nope" was not found.',
      list: ['/people', 'Osoby', 'People'],
    },
    {
      path: '/events/nope/status',
      post: true,
      pl: 'Nie znaleziono wydarzenia „nope”.',
      en: 'Event "nope" was not found.',
      list: ['/events', 'Wydarzenia', 'Events'],
    },
    {
      path: '/users/nope',
      pl: 'Nie znaleziono użytkownika „nope”.',
      en: 'User "nope" was not found.',
      list: ['/users', 'Użytkownicy', 'Users'],
    },
  ];

  it('is a 404 naming the kind and the id, with a link back to the list, in Polish and English', async () => {
    for (const c of cases) {
      const [href, pl, en] = c.list;
      const polish = c.post ? await admin.post(c.path, { body: 'x' }) : await admin.request(c.path);
      expect([c.path, polish.status]).toEqual([c.path, 404]);
      expect(main(polish.text)).toContain(`<h1>Nie znaleziono.</h1><p>${c.pl.replaceAll('"', '&quot;')}</p>`);
      expect(polish.text).toContain(`<a href="${href}">Wróć do listy: ${pl}</a>`);
      const eng = c.post ? await english.post(c.path, { body: 'x' }) : await english.request(c.path);
      expect([c.path, eng.status]).toEqual([c.path, 404]);
      expect(main(eng.text)).toContain(`<h1>Not found.</h1><p>${c.en.replaceAll('"', '&quot;')}</p>`);
      expect(eng.text).toContain(`<a href="${href}">Back to the list: ${en}</a>`);
    }
  });

  it('escapes the id it repeats, and cuts a long one short', async () => {
    const res = await admin.request(`/events/${encodeURIComponent('<b>x</b>')}/history`);
    expect(res.status).toBe(404);
    expect(res.text).toContain('Nie znaleziono wydarzenia „&lt;b&gt;x&lt;/b&gt;”.');
    expect(res.text).not.toContain('<b>x</b>');
    const long = await admin.request(`/events/${'a'.repeat(500)}`);
    expect(long.status).toBe(404);
    expect(long.text).toContain(`Nie znaleziono wydarzenia „${'a'.repeat(80)}…”.`);
  });

  it('an unknown path is still the plain page', async () => {
    const res = await admin.request('/nie-ma-takiej-strony');
    expect(res.status).toBe(404);
    expect(main(res.text)).toContain('<h1>Nie znaleziono.</h1>');
    expect(res.text).not.toContain('Wróć do listy');
  });
});

/** A request by node:http (`rawRequest`), which sends any method (fetch refuses TRACE), as fetch's answer reads. */
async function requestRaw(path: string, method: string) {
  const res = await rawRequest(`${h.url}${path}`, { method });
  const headers = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
  return { status: res.status, headers, text: res.body.toString('utf8') };
}

describe('a method a path does not take', () => {
  const cases: { path: string; allow: string }[] = [
    { path: '/events', allow: 'GET, HEAD, OPTIONS' },
    { path: `/events/${UNKNOWN}`, allow: 'GET, HEAD, POST, OPTIONS' },
    { path: '/events/new', allow: 'GET, HEAD, POST, OPTIONS' },
    { path: '/logout', allow: 'POST, OPTIONS' },
    { path: '/import/terc', allow: 'GET, HEAD, POST, OPTIONS' },
  ];
  for (const { path, allow } of cases)
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE'])
      it(`${method} ${path}: 405 with Allow: ${allow}, signed in or not`, async () => {
        for (const client of [admin, new Client(h.url)]) {
          const res = method === 'TRACE' ? await requestRaw(path, method) : await client.request(path, { method });
          expect(res.status).toBe(405);
          expect(res.headers.get('allow')).toBe(allow);
          expect(main(res.text)).toContain('Metoda niedozwolona');
          expect(main(res.text)).toContain(`Pod tym adresem panel nie przyjmuje żądań ${method}, tylko: ${allow}.`);
        }
      });

  it('OPTIONS answers with the methods of a path the admin has, and 404 for one it has not', async () => {
    const res = await admin.request(`/events/${UNKNOWN}/status`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await admin.request('/no-such-page', { method: 'OPTIONS' })).status).toBe(404);
  });

  it('GET of a POST-only path is a 405 too, and HEAD of it; a path the admin has not is a 404 whatever the method', async () => {
    const get = await admin.request('/logout');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await admin.request('/logout', { method: 'HEAD' })).status).toBe(405);
    for (const method of ['GET', 'PUT', 'DELETE', 'TRACE']) {
      const res =
        method === 'TRACE'
          ? await requestRaw('/no-such-page', method)
          : await admin.request('/no-such-page', { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('allow')).toBeNull();
    }
  });

  it('says it in English to an English browser', async () => {
    const res = await english.request('/events', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(main(res.text)).toContain(
      'At this address the admin does not take DELETE requests, only: GET, HEAD, OPTIONS.',
    );
  });
});
