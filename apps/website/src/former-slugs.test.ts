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
