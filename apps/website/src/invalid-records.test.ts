import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedWorld } from '@org/demo';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportSite } from './export-site.js';
import type { InvalidRecord } from './memo-store.js';
import { crawl } from './testing/crawl.js';
import { seededSite } from './testing/start-site.js';

// Writes validate, reads do not: a record stored before a rule existed, or edited in the database around
// the store, can break today's rules. The site must go on answering (no 500 for the record's page, and
// lists, feeds and calendars must not fail as a whole for one record), leave the record out, and say so.
const SITE_URL = 'http://localhost:3000';
const world = seedWorld();
const seed = world.events[0]!;
const grant = world.grants.find((g) => seed.grantIds.includes(g.id))!;
const post = world.posts[0]!;

// Each breaks a rule the store checks on every write; a hand edit of the stored document puts it there.
const BREAKS = [
  { table: 'events', id: seed.id, edit: (doc: Record<string, unknown>) => ({ ...doc, startsAt: 'wczoraj' }) },
  {
    table: 'grants',
    id: grant.id,
    edit: (doc: Record<string, unknown>) => ({ ...doc, amount: { ...(doc.amount as object), amount: 0 } }),
  },
  { table: 'posts', id: post.id, edit: (doc: Record<string, unknown>) => ({ ...doc, title: '' }) },
] as const;

describe('a stored record that breaks the domain rules', () => {
  for (const { table, id, edit } of BREAKS) {
    it(`in ${table}: every page, feed and calendar still answers, the record is left out and reported once, the export completes`, async () => {
      const reported: InvalidRecord[] = [];
      const site = await seededSite({ siteUrl: SITE_URL, onInvalid: (r) => reported.push(r) });
      const out = mkdtempSync(join(tmpdir(), 'mosty-invalid-'));
      try {
        const raw = new Database(site.url);
        const row = raw.prepare(`select doc from ${table} where id = ?`).get(id) as { doc: string };
        raw.prepare(`update ${table} set doc = ? where id = ?`).run(JSON.stringify(edit(JSON.parse(row.doc))), id);
        raw.close();

        const { seen, failures } = await crawl(site, SITE_URL);
        expect(failures).toEqual([]);
        for (const path of [
          '/',
          '/wydarzenia',
          '/kalendarz.ics',
          '/rss.xml',
          '/atom.xml',
          '/en/feed.json',
          '/sitemap.xml',
        ])
          expect(seen, path).toContain(path);
        const page =
          table === 'events' ? `/wydarzenia/${seed.slug}` : table === 'posts' ? `/aktualnosci/${post.slug}` : null;
        if (page) {
          expect(seen).not.toContain(page);
          const answer = await site.get(page);
          expect(answer.status).toBe(404);
          expect((await site.get('/kalendarz.ics')).status).toBe(200);
        } else {
          // The event stays; the grant is left out of it, as a deleted one would be.
          expect(seen).toContain(`/wydarzenia/${seed.slug}`);
          expect((await site.get(`/granty/${grant.slug}`)).status).toBe(404);
        }
        // The JSON API leaves it out too, and does not count it.
        const collection = table === 'grants' ? 'grants' : table;
        const listed = (await (await site.get(`/api/v1/${collection}?limit=100`)).json()) as {
          items: { id: string }[];
          total: number;
        };
        expect(listed.items.map((r) => r.id)).not.toContain(id);
        expect(listed.total).toBe(listed.items.length);
        const slug = table === 'events' ? seed.slug : table === 'posts' ? post.slug : grant.slug;
        expect((await site.get(`/api/v1/${collection}/${slug}`)).status).toBe(404);
        // Told once per snapshot (and once by the API), with what is wrong, however many pages needed the record.
        const about = reported.filter((r) => r.id === id);
        expect(about).toHaveLength(2);
        expect(about[0]!.issues.length).toBeGreaterThan(0);

        const exported: InvalidRecord[] = [];
        await exportSite(site.store, {
          outDir: out,
          siteUrl: SITE_URL,
          now: Date.now(),
          onInvalid: (r) => exported.push(r),
        });
        expect(exported.map((r) => r.id)).toEqual([id]);
      } finally {
        rmSync(out, { recursive: true, force: true });
        await site.close();
      }
    });
  }
});
