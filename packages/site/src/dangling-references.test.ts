import { seedWorld } from '@org/demo';
import { itemPeople } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { tempStore } from './testing/temp-store.js';

// The store refuses to delete a record others point at, but data can still hold such references: a
// database restored from a backup, loaded by an older version, or deleted with `{ force: true }` as here.
// The public pages must not fail for it: each page that referred to it renders without it.
const world = seedWorld();
const seed = world.events[0]!;
const speakerIds = seed.agenda.flatMap(itemPeople).flatMap((s) => (s.kind === 'person' ? [s.personId] : []));
const DELETIONS = {
  grants: seed.grantIds,
  organizations: [seed.organizerId, ...seed.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : []))],
  authorities: [
    ...seed.partners.flatMap((p) => (p.authorityId ? [p.authorityId] : [])),
    ...world.grants.filter((g) => seed.grantIds.includes(g.id)).map((g) => g.funderAuthorityId),
  ],
  venues: seed.venueId ? [seed.venueId] : [],
  people: speakerIds.slice(0, 2),
} as const;

const routes = (): Route[] => [
  { kind: 'home' },
  { kind: 'events' },
  { kind: 'event', slug: seed.slug },
  ...world.posts.map((p) => ({ kind: 'post', slug: p.slug }) as const),
  ...world.grants.map((g) => ({ kind: 'grant', slug: g.slug }) as const),
  ...world.organizations.slice(0, 20).map((o) => ({ kind: 'organization', slug: o.slug }) as const),
  ...world.authorities.slice(0, 20).map((a) => ({ kind: 'authority', slug: a.slug }) as const),
  ...world.people.slice(0, 20).map((p) => ({ kind: 'person', slug: p.slug }) as const),
];

describe('pages that refer to a deleted record', () => {
  for (const [kind, ids] of Object.entries(DELETIONS)) {
    it(`render when the seed event's ${kind} are deleted`, async () => {
      expect(ids.length).toBeGreaterThan(0);
      const env = await tempStore(world);
      try {
        const repo = env.store[kind as keyof typeof DELETIONS];
        for (const id of new Set(ids)) {
          const record = await repo.get(id);
          if (record) await repo.delete(id, record.version, undefined, { force: true });
        }
        for (const locale of ['pl', 'en'] as const) {
          const ctx = linkContext('https://mosty.example.org', locale);
          for (const route of routes()) {
            const page = await renderRoute({ store: env.store, ctx, now: Date.parse('2026-11-20T12:00:00Z') }, route);
            // A deleted record's own page is gone (null); every other page is still a page.
            if (page) expect(page.status ?? 200, `${locale} ${JSON.stringify(route)}`).toBe(200);
          }
        }
        const event = await renderRoute(
          { store: env.store, ctx: linkContext('https://mosty.example.org', 'pl'), now: Date.now() },
          { kind: 'event', slug: seed.slug },
        );
        expect(String(event?.body)).toContain(seed.title);
      } finally {
        await env.dispose();
      }
    });
  }
});
