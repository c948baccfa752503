import type { Locale } from './locale.js';
import type { Route } from './routes.js';
import type { SiteStore } from './site-store.js';
import { escapeHtml } from './views/escape-html.js';

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

/** The record pages a former slug can lead to (an `.ics` file cannot be a redirect page in a static copy). */
const PAGE_KINDS = ['event', 'post', 'organization', 'authority', 'grant', 'person', 'venue'] as const;

/**
 * Every old address of a record page that leads somewhere now, as the route it was and the route it is:
 * for a static copy of the site, which writes a redirect page at each (see `movedPageHtml`).
 *
 * @example
 * for await (const { from, to } of movedRoutes(store)) console.log(from, to)
 * // { kind: 'event', slug: 'stary-adres' } { kind: 'event', slug: 'nowy-adres' }
 */
export async function* movedRoutes(store: SiteStore): AsyncGenerator<{ from: Route; to: Route }> {
  for (const kind of PAGE_KINDS)
    for (const { slug, currentSlug } of await store[REPOSITORY[kind]].formerSlugs())
      yield { from: { kind, slug }, to: { kind, slug: currentSlug } };
}

/**
 * The page at an old address: where the page is now, as a link, a canonical link and an immediate
 * refresh (what a static host without redirects can do), kept out of search indexes.
 *
 * @example
 * movedPageHtml('pl', 'https://mosty.example/wydarzenia/nowy-adres')
 * // '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Strona przeniesiona</title>…'
 */
export function movedPageHtml(locale: Locale, location: string): string {
  const [title, text] =
    locale === 'pl' ? ['Strona przeniesiona', 'Ta strona ma nowy adres:'] : ['Page moved', 'This page has moved to'];
  const link = escapeHtml(location);
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title><meta name="robots" content="noindex"><link rel="canonical" href="${link}"><meta http-equiv="refresh" content="0; url=${link}"></head><body><p>${text} <a href="${link}">${link}</a></p></body></html>`;
}
