import type { Locale } from './locale.js';
import { type Route, SEGMENTS } from './routes.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[\p{L}\p{N}_]{1,100}$/u;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PAGE = /^[1-9]\d{0,5}$/;

/**
 * Whether text can be a record's slug (what `SlugSchema` accepts). Paths, filters and the API check it
 * before any lookup, so text that cannot name a record (a NUL byte, say) never reaches the store.
 *
 * @example
 * isSlug('sprawny-urzad') // true
 * isSlug('a\u0000b') // false
 */
export const isSlug = (text: string): boolean => text.length <= 80 && SLUG.test(text);

/**
 * Whether text can be a hashtag as the site links it (letters of any alphabet, digits, `_`).
 *
 * @example
 * isHashtag('EkonomiaSpołeczna') // true
 */
export const isHashtag = (text: string): boolean => TAG.test(text);

type Section = 'events' | 'news' | 'organizations' | 'authorities' | 'grants';
const ITEM: Record<Section, 'event' | 'post' | 'organization' | 'authority' | 'grant'> = {
  events: 'event',
  news: 'post',
  organizations: 'organization',
  authorities: 'authority',
  grants: 'grant',
};

/** A path's segments, decoded, after its language (`/en/…`, else Polish); null when one is not valid percent-encoding. */
function pathParts(path: string): { locale: Locale; parts: string[] } | null {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  return parts[0] === 'en' ? { locale: 'en', parts: parts.slice(1) } : { locale: 'pl', parts };
}

/**
 * The route and language of a request path (the inverse of `routePath`), or null when no page can
 * live there. Slugs, hashtags, months and page numbers are checked here, so malformed input never
 * reaches the store.
 *
 * @example
 * parseRoute('/en/events/abc') // { locale: 'en', route: { kind: 'event', slug: 'abc' } }
 * parseRoute('/wydarzenia/tag/Zima/strona/2') // { locale: 'pl', route: { kind: 'eventsTag', tag: 'Zima', page: 2 } }
 */
export function parseRoute(path: string): { locale: Locale; route: Route } | null {
  const split = pathParts(path);
  if (!split) return null;
  const { locale, parts } = split;
  const ok = (route: Route) => ({ locale, route });
  if (parts.length === 0) return ok({ kind: 'home' });
  const [first, second, third, fourth, fifth, ...rest] = parts;
  if (rest.length > 0) return null;
  if (first === SEGMENTS.accessibility[locale]) return parts.length === 1 ? ok({ kind: 'accessibility' }) : null;
  if (first === SEGMENTS.openData[locale]) return parts.length === 1 ? ok({ kind: 'openData' }) : null;
  // People and venues have a page each and no list of their own.
  for (const [segment, kind] of [
    ['people', 'person'],
    ['venues', 'venue'],
  ] as const)
    if (first === SEGMENTS[segment][locale])
      return parts.length === 2 && isSlug(second as string) ? ok({ kind, slug: second as string }) : null;
  const section = (Object.keys(ITEM) as Section[]).find((s) => SEGMENTS[s][locale] === first);
  if (!section) return null;
  if (second === undefined) return ok({ kind: section });
  if (third === undefined) {
    if (section === 'events' && second.endsWith('.ics')) {
      const slug = second.slice(0, -4);
      return isSlug(slug) ? ok({ kind: 'eventIcs', slug }) : null;
    }
    return isSlug(second) ? ok({ kind: ITEM[section], slug: second }) : null;
  }
  if (fourth === undefined && second === SEGMENTS.page[locale] && PAGE.test(third))
    return ok({ kind: section, page: Number(third) });
  if (section !== 'events') return null;
  // A hashtag or month page, optionally followed by `/strona/N` (`/page/N`).
  let page: number | undefined;
  if (fourth !== undefined) {
    if (fourth !== SEGMENTS.page[locale] || fifth === undefined || !PAGE.test(fifth)) return null;
    page = Number(fifth);
  }
  const paged = page === undefined ? {} : { page };
  if (second === SEGMENTS.tag[locale] && isHashtag(third)) return ok({ kind: 'eventsTag', tag: third, ...paged });
  if (second === SEGMENTS.month[locale] && MONTH.test(third))
    return ok({ kind: 'eventsMonth', month: third, ...paged });
  return null;
}

/**
 * The hashtag or month a list page's path asks for when it cannot be one (`/wydarzenia/miesiac/2026-13`,
 * `/en/events/tag/Zima!`), with the path's language, or null for any other path. `parseRoute` gives no route
 * for such a path; its 404 says which part is wrong instead of only that there is no page.
 *
 * @example
 * listFilterInPath('/wydarzenia/miesiac/2026-13') // { locale: 'pl', fault: 'month', value: '2026-13' }
 * listFilterInPath('/wydarzenia/miesiac/2026-11') // null: a month page
 */
export function listFilterInPath(path: string): { locale: Locale; fault: 'hashtag' | 'month'; value: string } | null {
  const split = pathParts(path);
  if (!split) return null;
  const { locale, parts } = split;
  // A page number after it (`/strona/2`) does not change what is wrong.
  const [first, second, third, fourth] = parts;
  if (first !== SEGMENTS.events[locale] || third === undefined || (parts.length !== 3 && parts.length !== 5))
    return null;
  if (parts.length === 5 && fourth !== SEGMENTS.page[locale]) return null;
  if (second === SEGMENTS.month[locale] && !MONTH.test(third)) return { locale, fault: 'month', value: third };
  if (second === SEGMENTS.tag[locale] && !isHashtag(third)) return { locale, fault: 'hashtag', value: third };
  return null;
}
