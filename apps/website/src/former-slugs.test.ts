import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from './export-site.js';
import { nextTurn } from './testing/next-turn.js';
import { type SeededSite, seededSite } from './testing/start-site.js';

// Editors change slugs; the links shared and indexed under the old ones must still lead to the page.
let site: SeededSite;
const OLD = 'sprawny-urzad-sprawna-organizacja';
const NEW = 'sprawny-urzad-sprawna-organizacja-2026';

beforeAll(async () => {
  site = await seededSite({ now: '2026-11-20T12:00:00Z' });
  // Seen under its first slug first, so the page cache holds it when the slug changes.
  expect((await site.get(`/wydarzenia/${OLD}`)).status).toBe(200);
  const event = (await site.store.events.getBySlug(OLD))!;
  await site.store.events.update(event.id, event.version, { ...event, slug: NEW });
  await nextTurn();
});
afterAll(() => site?.close());

describe('a page whose slug changed', () => {
  it.each([
    [`/wydarzenia/${OLD}`, `http://localhost:3000/wydarzenia/${NEW}`],
    [`/wydarzenia/${OLD}/`, `http://localhost:3000/wydarzenia/${NEW}`],
    [`/en/events/${OLD}`, `http://localhost:3000/en/events/${NEW}`],
    [`/wydarzenia/${OLD}.ics`, `http://localhost:3000/wydarzenia/${NEW}.ics`],
    [`/wydarzenia/${OLD}?utm_source=newsletter`, `http://localhost:3000/wydarzenia/${NEW}?utm_source=newsletter`],
  ])('%s answers 301 to its current address', async (path, location) => {
    const res = await site.get(path);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain(`href="${location}"`);
    const followed = await fetch(location.replace('http://localhost:3000', site.base));
    expect(followed.status).toBe(200);
  });

  it('answers HEAD the same way, without a body', async () => {
    const res = await site.get(`/wydarzenia/${OLD}`, { method: 'HEAD' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`http://localhost:3000/wydarzenia/${NEW}`);
    expect(await res.text()).toBe('');
  });

  it('follows a chain of renames, for organisations and people too', async () => {
    const org = (await site.store.organizations.getBySlug('transfer-hub'))!;
    const renamed = await site.store.organizations.update(org.id, org.version, { ...org, slug: 'transfer-hub-2' });
    await site.store.organizations.update(renamed.id, renamed.version, { ...renamed, slug: 'transfer-hub-inkubator' });
    const person = (await site.store.people.getBySlug('lukasz-komuda'))!;
    await site.store.people.update(person.id, person.version, { ...person, slug: 'lukasz-komuda-1' });
    await nextTurn();
    for (const [path, location] of [
      ['/organizacje/transfer-hub', '/organizacje/transfer-hub-inkubator'],
      ['/organizacje/transfer-hub-2', '/organizacje/transfer-hub-inkubator'],
      ['/en/organisations/transfer-hub', '/en/organisations/transfer-hub-inkubator'],
      ['/osoby/lukasz-komuda', '/osoby/lukasz-komuda-1'],
    ]) {
      const res = await site.get(path as string);
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(`http://localhost:3000${location}`);
    }
  });

  it('does not tell the new slug of a page that is not public, and a slug never used stays a 404', async () => {
    const post = (await site.store.posts.list({ limit: 1 })).items[0]!;
    const draft = await site.store.posts.update(post.id, post.version, { ...post, status: 'draft' });
    await site.store.posts.update(draft.id, draft.version, { ...draft, slug: `${post.slug}-szkic` });
    await nextTurn();
    const res = await site.get(`/aktualnosci/${post.slug}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).not.toContain(`${post.slug}-szkic`);
    expect((await site.get('/wydarzenia/nigdy-takiego-nie-bylo')).status).toBe(404);
  });
});

describe('a static copy of the site', () => {
  it('holds a page at each old address that sends the reader to the current one, but not for a page it lacks', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mosty-moved-'));
    try {
      await exportSite(site.store, {
        outDir: out,
        siteUrl: 'https://mosty.example.org',
        now: Date.parse('2026-11-20T12:00:00Z'),
      });
      for (const [path, location] of [
        [`wydarzenia/${OLD}`, `https://mosty.example.org/wydarzenia/${NEW}/`],
        [`en/events/${OLD}`, `https://mosty.example.org/en/events/${NEW}/`],
        ['organizacje/transfer-hub-2', 'https://mosty.example.org/organizacje/transfer-hub-inkubator/'],
      ]) {
        const html = readFileSync(join(out, path as string, 'index.html'), 'utf8');
        expect(html, path).toContain(`<meta http-equiv="refresh" content="0; url=${location}">`);
        expect(html, path).toContain(`<link rel="canonical" href="${location}">`);
        expect(
          existsSync(join(out, (location as string).replace('https://mosty.example.org/', ''), 'index.html')),
          path,
        ).toBe(true);
      }
      // The post made a draft before its rename: its old address leads nowhere in the copy either.
      const post = (await site.store.posts.list({ limit: 1 })).items[0]!;
      expect(existsSync(join(out, 'aktualnosci', post.slug.replace(/-szkic$/, ''), 'index.html'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('after an organisation or authority is renamed', () => {
  // Profiles link calendars filtered by the organisation's slug for subscribing: those must not die.
  let renamed: SeededSite;
  const json = (path: string) =>
    renamed.get(path, { redirect: 'follow' }).then(async (r) => ({ status: r.status, body: await r.json() }));
  beforeAll(async () => {
    renamed = await seededSite({ now: '2026-11-20T12:00:00Z' });
    expect((await renamed.get('/kalendarz.ics?organizacja=transfer-hub')).status).toBe(200);
    const org = (await renamed.store.organizations.getBySlug('transfer-hub'))!;
    await renamed.store.organizations.update(org.id, org.version, { ...org, slug: 'transfer-hub-inkubator' });
    const authority = (await renamed.store.authorities.getBySlug('wojewodztwo-mazowieckie'))!;
    await renamed.store.authorities.update(authority.id, authority.version, { ...authority, slug: 'mazowsze' });
    const event = (await renamed.store.events.getBySlug(OLD))!;
    await renamed.store.events.update(event.id, event.version, { ...event, slug: NEW });
    await nextTurn();
  });
  afterAll(() => renamed?.close());

  it.each([
    [
      '/kalendarz.ics?organizacja=transfer-hub&utm_source=gmina',
      '/kalendarz.ics?organizacja=transfer-hub-inkubator&utm_source=gmina',
    ],
    ['/kalendarz.ics?samorzad=wojewodztwo-mazowieckie', '/kalendarz.ics?samorzad=mazowsze'],
    [
      '/en/calendar.ics?organisation=transfer-hub&month=2026-11',
      '/en/calendar.ics?organisation=transfer-hub-inkubator&month=2026-11',
    ],
    [
      '/wydarzenia?organizacja=transfer-hub&samorzad=wojewodztwo-mazowieckie&hasztag=Współpraca',
      `/wydarzenia?organizacja=transfer-hub-inkubator&samorzad=mazowsze&hasztag=${encodeURIComponent('Współpraca')}`,
    ],
    ['/en/events?organizacja=transfer-hub', '/en/events?organizacja=transfer-hub-inkubator'],
  ])('%s answers 301 to the same list under the current slug', async (path, location) => {
    const res = await renamed.get(encodeURI(path));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`http://localhost:3000${location}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    if (path.includes('.ics')) expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const followed = await renamed.get(location);
    expect(followed.status, location).toBe(200);
    if (path.includes('.ics')) expect(await followed.text()).toContain('BEGIN:VEVENT');
  });

  it('a slug no organisation ever had is still a 404 that says so', async () => {
    const res = await renamed.get('/kalendarz.ics?organizacja=nigdy-nie-bylo&samorzad=wojewodztwo-mazowieckie');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('nigdy-nie-bylo');
  });

  it('the API’s event list answers 301 too, under either spelling of the filter', async () => {
    const current = await json('/api/v1/events?organisation=transfer-hub-inkubator');
    expect(current.status).toBe(200);
    expect(current.body.items.length).toBeGreaterThan(0);
    for (const [path, location] of [
      [
        '/api/v1/events?organisation=transfer-hub&limit=5',
        '/api/v1/events?organisation=transfer-hub-inkubator&limit=5',
      ],
      ['/api/v1/events?organization=transfer-hub', '/api/v1/events?organization=transfer-hub-inkubator'],
      ['/api/v1/events?samorzad=wojewodztwo-mazowieckie', '/api/v1/events?samorzad=mazowsze'],
    ] as const) {
      const res = await renamed.get(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(`http://localhost:3000${location}`);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    expect((await renamed.get('/api/v1/events?organisation=nigdy-nie-bylo')).status).toBe(400);
  });

  it('the API’s item routes answer a former slug with 301 to the record’s current address, as its pages do', async () => {
    for (const [path, location] of [
      [`/api/v1/events/${OLD}`, `/api/v1/events/${NEW}`],
      ['/api/v1/organizations/transfer-hub', '/api/v1/organizations/transfer-hub-inkubator'],
      ['/api/v1/authorities/wojewodztwo-mazowieckie', '/api/v1/authorities/mazowsze'],
    ] as const) {
      const res = await renamed.get(path);
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(`http://localhost:3000${location}`);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      const followed = await renamed.get(location);
      expect(followed.status, location).toBe(200);
      expect(((await followed.json()) as { slug: string }).slug).toBe(location.split('/').pop());
    }
    expect((await renamed.get('/api/v1/events/nigdy-nie-bylo')).status).toBe(404);
  });

  it('does not tell the new slug of an event made a draft', async () => {
    const event = (await renamed.store.events.getBySlug(NEW))!;
    await renamed.store.events.update(event.id, event.version, { ...event, status: 'draft' });
    await nextTurn();
    const res = await renamed.get(`/api/v1/events/${OLD}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).not.toContain(NEW);
  });
});
