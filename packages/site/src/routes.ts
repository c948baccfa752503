import type { Locale } from './locale.js';

/**
 * Every page of the site as a value. `routePath` gives its path in a language and `href` the link
 * that works where the site is served. Extend by adding a variant here, its segments in `SEGMENTS`
 * and its handler in `app.ts`.
 */
export type Route =
  | { kind: 'home' }
  | { kind: 'events'; page?: number }
  | { kind: 'eventsTag'; tag: string; page?: number }
  | { kind: 'eventsMonth'; month: string; page?: number }
  | { kind: 'event'; slug: string }
  | { kind: 'eventIcs'; slug: string }
  | { kind: 'news'; page?: number }
  | { kind: 'post'; slug: string }
  | { kind: 'organizations'; page?: number }
  | { kind: 'organization'; slug: string }
  | { kind: 'authorities'; page?: number }
  | { kind: 'authority'; slug: string }
  | { kind: 'grants'; page?: number }
  | { kind: 'grant'; slug: string }
  | { kind: 'person'; slug: string }
  | { kind: 'venue'; slug: string }
  | { kind: 'accessibility' }
  | { kind: 'openData' };

export const SEGMENTS = {
  events: { pl: 'wydarzenia', en: 'events' },
  news: { pl: 'aktualnosci', en: 'news' },
  organizations: { pl: 'organizacje', en: 'organisations' },
  authorities: { pl: 'samorzady', en: 'authorities' },
  grants: { pl: 'granty', en: 'grants' },
  people: { pl: 'osoby', en: 'people' },
  venues: { pl: 'miejsca', en: 'venues' },
  accessibility: { pl: 'deklaracja-dostepnosci', en: 'accessibility' },
  openData: { pl: 'otwarte-dane', en: 'data' },
  page: { pl: 'strona', en: 'page' },
  tag: { pl: 'tag', en: 'tag' },
  month: { pl: 'miesiac', en: 'month' },
} as const satisfies Record<string, Record<Locale, string>>;

const seg = (name: keyof typeof SEGMENTS, locale: Locale) => SEGMENTS[name][locale];
const paged = (base: string, page: number | undefined, locale: Locale) =>
  page && page > 1 ? `${base}/${seg('page', locale)}/${page}` : base;

// The fixed start of each kind of path in each language (`/en/events/tag`), made once: a page links
// dozens of routes, and building these per link was a tenth of an event page's HTML.
const basesOf = (locale: Locale) => {
  const prefix = locale === 'en' ? '/en' : '';
  const of = (name: keyof typeof SEGMENTS) => `${prefix}/${seg(name, locale)}`;
  return {
    home: `${prefix}/`,
    events: of('events'),
    eventsTag: `${of('events')}/${seg('tag', locale)}`,
    eventsMonth: `${of('events')}/${seg('month', locale)}`,
    news: of('news'),
    organizations: of('organizations'),
    authorities: of('authorities'),
    grants: of('grants'),
    people: of('people'),
    venues: of('venues'),
    accessibility: of('accessibility'),
    openData: of('openData'),
  };
};
const BASES: Record<Locale, ReturnType<typeof basesOf>> = { pl: basesOf('pl'), en: basesOf('en') };

/**
 * The path of a route in a language, without the site's base path; `/en` prefixes English.
 *
 * @example
 * routePath({ kind: 'event', slug: 'abc' }, 'pl') // '/wydarzenia/abc'
 * routePath({ kind: 'event', slug: 'abc' }, 'en') // '/en/events/abc'
 * routePath({ kind: 'eventsTag', tag: 'Zima', page: 2 }, 'pl') // '/wydarzenia/tag/Zima/strona/2'
 */
export function routePath(route: Route, locale: Locale): string {
  // Segments are plain ASCII words; only the values (slugs, tags, months) need encoding.
  const base = BASES[locale];
  switch (route.kind) {
    case 'home':
      return base.home;
    case 'events':
      return paged(base.events, route.page, locale);
    case 'eventsTag':
      return paged(`${base.eventsTag}/${encodeURIComponent(route.tag)}`, route.page, locale);
    case 'eventsMonth':
      return paged(`${base.eventsMonth}/${encodeURIComponent(route.month)}`, route.page, locale);
    case 'event':
      return `${base.events}/${encodeURIComponent(route.slug)}`;
    case 'eventIcs':
      return `${base.events}/${encodeURIComponent(route.slug)}.ics`;
    case 'news':
      return paged(base.news, route.page, locale);
    case 'post':
      return `${base.news}/${encodeURIComponent(route.slug)}`;
    case 'organizations':
      return paged(base.organizations, route.page, locale);
    case 'organization':
      return `${base.organizations}/${encodeURIComponent(route.slug)}`;
    case 'authorities':
      return paged(base.authorities, route.page, locale);
    case 'authority':
      return `${base.authorities}/${encodeURIComponent(route.slug)}`;
    case 'grants':
      return paged(base.grants, route.page, locale);
    case 'grant':
      return `${base.grants}/${encodeURIComponent(route.slug)}`;
    case 'person':
      return `${base.people}/${encodeURIComponent(route.slug)}`;
    case 'venue':
      return `${base.venues}/${encodeURIComponent(route.slug)}`;
    case 'accessibility':
      return base.accessibility;
    case 'openData':
      return base.openData;
  }
}

/**
 * Where links point. `basePath` comes from SITE_URL (a site may live under a folder); `staticLinks`
 * makes page links end in `/` so that a static export's `index.html` files are found by any server.
 */
export interface LinkContext {
  locale: Locale;
  /**
   * A line shown above the page's content, with an optional link: the admin's preview says the page is
   * not published yet. A page with a notice is never indexed.
   */
  notice?: { text: string; link?: { href: string; label: string } };
  /**
   * The origin links go to, when the page is shown elsewhere than on the site (the admin's preview):
   * links and feeds then point to the public site, while the stylesheet still comes from where the
   * page is served.
   */
  linkOrigin?: string;
  /** Origin and path of the site without a trailing slash, e.g. `https://mosty.example.org`. */
  siteUrl: string;
  basePath: string;
  staticLinks: boolean;
}

/** Makes a link context from SITE_URL. */
export function linkContext(siteUrl: string, locale: Locale, staticLinks = false): LinkContext {
  const url = new URL(siteUrl);
  const basePath = url.pathname.replace(/\/+$/, '');
  return { locale, siteUrl: `${url.origin}${basePath}`, basePath, staticLinks };
}

/** A path of the site under its base path, in the form that works where it is served. */
export function sitePath(ctx: LinkContext, path: string): string {
  const slashed = ctx.staticLinks && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) ? `${path}/` : path;
  return ctx.linkOrigin === undefined ? ctx.basePath + slashed : `${ctx.linkOrigin}${ctx.basePath}${slashed}`;
}

/**
 * The link to a route from a page in `ctx.locale` (or in `locale` for language switches).
 *
 * @example
 * href(linkContext('http://localhost:3000', 'pl'), { kind: 'grant', slug: 'g' }) // '/granty/g'
 */
export function href(ctx: LinkContext, route: Route, locale: Locale = ctx.locale): string {
  return sitePath(ctx, routePath(route, locale));
}

/** The absolute URL of a route, for canonical links, feeds, sitemaps and Open Graph. */
export function absoluteUrl(ctx: LinkContext, route: Route, locale: Locale = ctx.locale): string {
  const link = href(ctx, route, locale);
  // A path (routePath percent-encodes every slug, so it is ASCII) goes after the site's origin, as
  // `new URL(link, siteUrl)` would put it, at a twentieth of the cost. A link with an origin, and a path
  // with a "." or ".." segment (which the URL parser resolves away), take the parser.
  if (link.startsWith('/') && !link.startsWith('//') && !link.includes('/.'))
    return `${ctx.siteUrl.slice(0, ctx.siteUrl.length - ctx.basePath.length)}${link}`;
  return new URL(link, `${ctx.siteUrl}/`).href;
}
