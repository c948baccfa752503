import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// Last-Modified says when a page's content last changed, not when it was last rendered: feed readers
// and caches that revalidate with If-Modified-Since alone get 304 for a page that did not change.
let site: SeededSite;
let clock = Date.parse('2026-11-27T10:00:00Z');
const EVENT = '/wydarzenia/sprawny-urzad-sprawna-organizacja';

beforeAll(async () => {
  site = await seededSite({ now: () => clock });
});
afterAll(() => site?.close());

describe('Last-Modified', () => {
  it('stays while the bytes stay, across expiry and writes to other records, and moves when they change', async () => {
    for (const path of [EVENT, '/rss.xml', '/sitemap.xml']) {
      const first = await site.get(path);
      const lastModified = first.headers.get('last-modified') as string;
      expect(lastModified, path).toBe(new Date(clock).toUTCString());

      // Past the cache's TTL (60 s here) the page is rendered again: same bytes, same date.
      clock += 10 * 60_000;
      const again = await site.get(path);
      expect(again.headers.get('etag'), path).toBe(first.headers.get('etag'));
      expect(again.headers.get('last-modified'), path).toBe(lastModified);
      expect((await site.get(path, { headers: { 'if-modified-since': lastModified } })).status, path).toBe(304);
    }

    // A write elsewhere moves the data version and empties the cache; the event page did not change.
    const before = await site.get(EVENT);
    // A cooperation record: the event page does not show it.
    const cooperation = (await site.store.cooperations.list({ limit: 1 })).items[0]!;
    await site.store.cooperations.update(cooperation.id, cooperation.version, {
      ...cooperation,
      description: 'Opis zmieniony w panelu.',
    });
    clock += 60_000;
    const afterWrite = await site.get(EVENT);
    expect(afterWrite.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(afterWrite.headers.get('last-modified')).toBe(before.headers.get('last-modified'));

    // The event itself changes: new bytes, and Last-Modified is the time they were first served.
    const event = (await site.store.events.getBySlug('sprawny-urzad-sprawna-organizacja'))!;
    await site.store.events.update(event.id, event.version, { ...event, summary: 'Nowe streszczenie.' });
    clock += 60_000;
    const changed = await site.get(EVENT);
    expect(changed.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(changed.headers.get('last-modified')).toBe(new Date(clock).toUTCString());
    expect(
      (await site.get(EVENT, { headers: { 'if-modified-since': before.headers.get('last-modified') as string } }))
        .status,
    ).toBe(200);
  });
});
