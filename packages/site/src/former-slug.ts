import type { Route } from './routes.js';
import type { SiteStore } from './site-store.js';

/** The routes that name a record by its slug, and the repository each reads. */
const REPOSITORY = {
  event: 'events',
  eventIcs: 'events',
  post: 'posts',
  organization: 'organizations',
  authority: 'authorities',
  grant: 'grants',
  person: 'people',
  venue: 'venues',
} as const satisfies Partial<Record<Route['kind'], keyof SiteStore>>;

type SlugRoute = Extract<Route, { kind: keyof typeof REPOSITORY }>;

const namesRecord = (route: Route): route is SlugRoute => route.kind in REPOSITORY;

/**
 * Where a page moved when its record's slug was changed: the same route under the record's current slug,
 * or null when the slug was never given up by a live record of that kind (then the page simply does not
 * exist). Editors change slugs; links to the old address, shared and indexed, should still lead somewhere.
 * Whether the record's page is public is the caller's to check, by rendering the route it gets.
 *
 * @example
 * await movedTo(store, { kind: 'event', slug: 'stary-adres' }) // { kind: 'event', slug: 'nowy-adres' }
 */
export async function movedTo(store: SiteStore, route: Route): Promise<Route | null> {
  if (!namesRecord(route)) return null;
  const record = await store[REPOSITORY[route.kind]].getByFormerSlug(route.slug);
  if (!record || record.slug === route.slug) return null;
  return { ...route, slug: record.slug };
}
