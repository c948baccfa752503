import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedWorld } from '@org/demo';
import { itemPeople } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { exportSite } from './export-site.js';
import { crawl } from './testing/crawl.js';
import { seededSite } from './testing/start-site.js';

// The store refuses to delete a record that published ones point at, but data can still hold such
// references (a restored backup, an older version's writes; here `{ force: true }`). The site must go on
// answering: every page, feed and calendar, and the static export, without that record.
const SITE_URL = 'http://localhost:3000';
const world = seedWorld();
const seed = world.events[0]!;
const DELETIONS = {
  events: [seed.id],
  grants: seed.grantIds,
  organizations: [seed.organizerId, ...seed.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : []))],
  authorities: world.grants.filter((g) => seed.grantIds.includes(g.id)).map((g) => g.funderAuthorityId),
  venues: seed.venueId ? [seed.venueId] : [],
  people: seed.agenda
    .flatMap(itemPeople)
    .flatMap((s) => (s.kind === 'person' ? [s.personId] : []))
    .slice(0, 2),
} as const;

describe('after a record others point at is deleted', () => {
  for (const [kind, ids] of Object.entries(DELETIONS)) {
    const what = kind === 'events' ? 'the seed event itself' : `the seed event's ${kind}`;
    it(`${what}: the crawl finds no error and the export completes`, async () => {
      expect(ids.length).toBeGreaterThan(0);
      const site = await seededSite({ siteUrl: SITE_URL });
      const out = mkdtempSync(join(tmpdir(), 'mosty-dangling-'));
      try {
        const repo = site.store[kind as keyof typeof DELETIONS];
        for (const id of new Set(ids)) {
          const record = await repo.get(id);
          if (record) await repo.delete(id, record.version, undefined, { force: true });
        }
        const { seen, failures } = await crawl(site, SITE_URL);
        expect(failures).toEqual([]);
        const eventPages = kind === 'events' ? [] : [`/wydarzenia/${seed.slug}`, `/wydarzenia/${seed.slug}.ics`];
        for (const path of [
          ...eventPages,
          '/kalendarz.ics',
          '/rss.xml',
          '/en/feed.json',
          `/aktualnosci/${world.posts[0]!.slug}`,
        ])
          expect(seen, path).toContain(path);
        await exportSite(site.store, { outDir: out, siteUrl: SITE_URL, now: Date.now() });
      } finally {
        rmSync(out, { recursive: true, force: true });
        await site.close();
      }
    });
  }
});
