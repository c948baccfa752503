import { type Event, itemPeople, type Post } from '@org/domain';
import { calendarToIcs, eventToIcs, indexWorld, writeFeed } from '@org/formats';
import type { PageInput, SiteEventFilter, SiteStore } from '@org/site';
import {
  absoluteUrl,
  calendarLink,
  comparePolish,
  DEMO_SITE_CONFIG,
  type EventFilter,
  eventFilterChoices,
  FEEDS,
  FILTER_PARAMS_BY_LOCALE,
  type FilterProblem,
  formatMonth,
  isHashtag,
  isMonth,
  isSlug,
  type LinkContext,
  type Locale,
  linkContext,
  listAll,
  MONTH_PATTERN,
  MONTH_RANGE,
  monthBounds,
  monthsAround,
  PUBLIC_EVENT_STATUSES,
  type Route,
  relatedForEvents,
  SEARCH_PARAMS,
  type SiteConfig,
  siteFeedOptions,
  sitePath,
  strings,
  visibleText,
  withKnownGrants,
} from '@org/site';

/**
 * Feeds, calendars, the sitemap and robots.txt: everything that is data rather than a page. The
 * bytes come from `@org/formats`; this module only chooses the records.
 */

const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
/** The three formats of the news feed, each served at its `FEEDS` path (`@org/site`, which the layout links). */
export const FEED_KINDS = ['rss', 'atom', 'json'] as const satisfies readonly (keyof typeof FEED_TYPES)[];
const ICS_TYPE = 'text/calendar; charset=utf-8';
const FEED_ITEMS = 50;

const worldFor = async (store: SiteStore, events: readonly Event[], posts: readonly Post[]) => {
  const related = await relatedForEvents(store, events);
  const grantIds = posts.flatMap((p) => p.grantIds).filter((id) => !related.grants.has(id));
  const extraGrants = (await Promise.all([...new Set(grantIds)].map((id) => store.grants.get(id)))).filter(
    (g) => g !== null,
  );
  const grants = [...related.grants.values(), ...extraGrants];
  // A grant deleted after a record named it is left out of that record, so it fails no feed.
  const known = new Set(grants.map((g) => g.id));
  const kept = {
    events: events.map((e) => withKnownGrants(e, known)),
    posts: posts.map((p) => withKnownGrants(p, known)),
  };
  const world = indexWorld({
    venues: [...related.venues.values()],
    people: [...related.people.values()],
    grants,
    organizations: [...related.organizations.values()],
    authorities: [...related.authorities.values()],
    ...kept,
  });
  return { world, ...kept };
};

// A static export's pages are folders, so the links in its feeds and calendars end in `/`.
const slashed = (staticLinks: boolean) => (staticLinks ? { trailingSlash: true } : {});

/** Where a data file is served: its language, the site's URL, and whether its links are the static export's. */
export interface DataFileOptions {
  locale: Locale;
  siteUrl: string;
  /** Links as the static export writes them: its pages are folders, so they end in `/`. */
  staticLinks?: boolean;
}

export interface FeedOptions extends DataFileOptions {
  /** The foundation's facts: its publisher signs the feed. The demo's placeholders by default. */
  site?: SiteConfig;
}

/** The news feed (posts and recently published events) in one of the three formats. */
export async function feed(store: SiteStore, kind: keyof typeof FEED_TYPES, options: FeedOptions) {
  const { locale, siteUrl, staticLinks = false, site = DEMO_SITE_CONFIG } = options;
  // The newest publications, as the feed dates its entries: not the events that start furthest ahead, which would
  // keep a feed on the year after next while this week's announcements never reach it. The writer dates a record
  // by its publishedAt, else its createdAt (@org/formats), so the newest by each: a record published without
  // publishedAt (an import) came last in the store's publishedAt order and was left out for older ones. The writer
  // keeps the FEED_ITEMS newest of both lists.
  const newest = async <T extends { id: string }>(
    list: (field: 'publishedAt' | 'createdAt') => Promise<{ items: readonly T[] }>,
  ): Promise<T[]> => {
    const [published, created] = await Promise.all([list('publishedAt'), list('createdAt')]);
    const ids = new Set(published.items.map((r) => r.id));
    return [...published.items, ...created.items.filter((r) => !ids.has(r.id))];
  };
  const [posts, events] = await Promise.all([
    newest((field) =>
      store.posts.list({ filter: { status: ['published'] }, sort: { field, direction: 'desc' }, limit: FEED_ITEMS }),
    ),
    newest((field) =>
      store.events.list({
        filter: { status: PUBLIC_EVENT_STATUSES },
        sort: { field, direction: 'desc' },
        limit: FEED_ITEMS,
      }),
    ),
  ]);
  const known = await worldFor(store, events, posts);
  const ctx = linkContext(siteUrl, locale, staticLinks);
  // The publisher's organisation page when the site has it (a deleted one would be a broken link).
  const slug = site.publisher.organizationSlug;
  const publisherHasPage = Boolean(slug && (await store.organizations.getBySlug(slug)));
  const body = writeFeed(kind, { posts: known.posts, events: known.events }, known.world, {
    ...siteFeedOptions(ctx, site, publisherHasPage),
    limit: FEED_ITEMS,
  });
  return { contentType: FEED_TYPES[kind], body } satisfies PageInput;
}

/**
 * A calendar filter: the event list's filters (hashtag, organisation, authority, month), resolved to
 * what the store takes. Without a month the calendar holds the coming events and those of the last year.
 */
export interface CalendarFilter {
  hashtag?: string;
  /** Organiser or partner. */
  organizationId?: string;
  /** Partner, an authority a speaker represents, or one funding the event through a grant (the store decides). */
  authorityId?: string;
  /** A month's bounds in Warsaw time (`monthBounds`): events any part of which falls in the month. */
  from?: string;
  to?: string;
  /** What the filter picks, for the calendar's name ("Mosty: wydarzenia — #Współpraca"). */
  label?: string;
}

/**
 * The organisation and authority slugs a filter named that a renamed record gave up (its former slugs,
 * `getByFormerSlug`), each with the record's current slug.
 */
export interface MovedFilter {
  organization?: { from: string; to: string };
  authority?: { from: string; to: string };
}

// A value is repeated in a message only this far (as the API's page parameters are): a 5 000-character
// query value is not worth echoing. An invisible character in it is written out (`\u200B`), so a quote of
// a hashtag with a zero-width space does not look empty.
const shown = (value: string) => visibleText(value);
// What a hashtag is made of (`HashtagSchema`), at any length (`readFilter` cuts a long one with "…"): one
// that is only too long is told so.
const HASHTAG_LETTERS = /^[\p{L}\p{N}_]+…?$/u;
const HASHTAG_TOO_LONG: Record<Locale, (tag: string) => string> = {
  pl: (tag) => `Hasztag „${tag}” jest za długi: hasztag może mieć najwyżej 100 znaków.`,
  en: (tag) => `The hashtag “${tag}” is too long: a hashtag has at most 100 characters.`,
};

// Every filter parameter's name, in both languages: the calendar reads either.
const ALL_FILTER_PARAMS: readonly string[] = [
  ...new Set(Object.values(FILTER_PARAMS_BY_LOCALE).flatMap((names) => Object.values(names) as string[])),
];

/** Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early once it passes `most`. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > most) return most + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

const MISSPELLED: Record<Locale, (name: string, meant: string) => string> = {
  pl: (name, meant) =>
    `Kalendarz nie zna parametru „${name}”. Czy chodziło o „${meant}”? Bez poprawki subskrypcja dawałaby wszystkie wydarzenia zamiast wybranych.`,
  en: (name, meant) =>
    `The calendar has no parameter “${name}”. Did you mean “${meant}”? Uncorrected, the subscription would give every event instead of the ones chosen.`,
};

/**
 * Why a calendar address with a misspelled filter parameter (`?hastag=`, `?miesiąc=`, `?organization=`) is refused,
 * or undefined. Unknown parameters are otherwise ignored, as a page ignores them (`utm_source`, a cache buster), but
 * one a letter or two away from a filter's name is a typo: ignoring it would subscribe its reader to the whole
 * calendar without a word, where a 404 that names the fix is seen when the address is first tried.
 *
 * @example
 * misspelledCalendarFilter(new URLSearchParams('hastag=Zima'), 'pl')
 * // 'Kalendarz nie zna parametru „hastag”. Czy chodziło o „hasztag”? …'
 * misspelledCalendarFilter(new URLSearchParams('utm_source=newsletter'), 'pl') // undefined
 */
export function misspelledCalendarFilter(params: URLSearchParams, locale: Locale): string | undefined {
  for (const name of new Set(params.keys())) {
    if (ALL_FILTER_PARAMS.includes(name)) continue;
    // Compared without case or Polish diacritics ("Miesiąc" is "miesiac"); short names are too near everything.
    const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
    if (folded.length < 4) continue;
    const wanted = FILTER_PARAMS_BY_LOCALE[locale];
    const meant =
      (Object.values(wanted) as string[]).find((known) => distance(folded, known, 2) <= 2) ??
      ALL_FILTER_PARAMS.find((known) => distance(folded, known, 2) <= 2);
    if (meant) return MISSPELLED[locale](shown(name), meant);
  }
  return undefined;
}

const SEARCHED: Record<Locale, (name: string) => string> = {
  pl: (name) =>
    `Kalendarz nie wyszukuje po słowach („${name}”): wybiera wydarzenia według hasztagu, miesiąca, organizacji albo samorządu. Bez poprawki subskrypcja dawałaby wszystkie wydarzenia zamiast wyszukanych.`,
  en: (name) =>
    `The calendar does not search by words (“${name}”): it picks events by hashtag, month, organisation or local authority. Uncorrected, the subscription would give every event instead of the ones searched for.`,
};

/**
 * Why a calendar address with the event list's search (`?szukaj=forum`, `?search=…`) is refused, or undefined. The
 * list searches, the calendar does not: ignoring the search would subscribe its reader to more than they asked for,
 * without a word. An empty search asks for nothing and passes.
 *
 * @example
 * searchInCalendar(new URLSearchParams('szukaj=forum'), 'pl') // 'Kalendarz nie wyszukuje po słowach („szukaj”): …'
 * searchInCalendar(new URLSearchParams('szukaj='), 'pl') // undefined
 */
export function searchInCalendar(params: URLSearchParams, locale: Locale): string | undefined {
  for (const name of Object.values(SEARCH_PARAMS)) if (params.getAll(name).some(Boolean)) return SEARCHED[locale](name);
  return undefined;
}

const REPEATED: Record<Locale, (name: string, values: string) => string> = {
  pl: (name, values) =>
    `Filtr „${name}” podano z kilkoma wartościami (${values}), a kalendarz przyjmuje jedną: bez poprawki subskrypcja dawałaby tylko wydarzenia pierwszej z nich.`,
  en: (name, values) =>
    `The filter “${name}” is given several values (${values}), and the calendar takes one: uncorrected, the subscription would give only the first one’s events.`,
};

/**
 * Why a calendar address that gives one filter several values (`?hasztag=Zima&hasztag=Lato`, or under both
 * languages' names) is refused, or undefined. The calendar filters by one value of each, the first
 * (`readFilter`): the rest would be dropped without a word, and a subscriber asking for two hashtags' events
 * would get one's. The same value twice, or an empty one, asks for nothing more and passes.
 *
 * @example
 * repeatedCalendarFilter(new URLSearchParams('hasztag=Zima&hasztag=Lato'), 'pl')
 * // 'Filtr „hasztag” podano z kilkoma wartościami („Zima”, „Lato”), a kalendarz przyjmuje jedną: …'
 * repeatedCalendarFilter(new URLSearchParams('hasztag=Zima&miesiac=2026-12'), 'pl') // undefined
 */
export function repeatedCalendarFilter(params: URLSearchParams, locale: Locale): string | undefined {
  const other: Locale = locale === 'pl' ? 'en' : 'pl';
  for (const key of Object.keys(FILTER_PARAMS_BY_LOCALE[locale]) as (keyof EventFilter)[]) {
    const names = [...new Set([FILTER_PARAMS_BY_LOCALE[locale][key], FILTER_PARAMS_BY_LOCALE[other][key]])];
    const values = [...new Set(names.flatMap((name) => params.getAll(name)).filter(Boolean))];
    if (values.length < 2) continue;
    const given = names.filter((name) => params.getAll(name).some(Boolean)).join('/');
    const quoted = values
      .slice(0, 3)
      .map((v) => (locale === 'pl' ? `„${shown(v)}”` : `“${shown(v)}”`))
      .join(', ');
    return REPEATED[locale](given, values.length > 3 ? `${quoted}, …` : quoted);
  }
  return undefined;
}

/**
 * The calendar filter a list filter asks for (`readFilter`'s result), or why it names nothing: the same
 * checks and the same reasons, in the request's language, as the event list page gives (values quoted
 * up to 40 characters). An organisation or authority named by a slug it gave up when renamed is `moved`:
 * callers answer 301 to the same URL with the current slug, so subscriptions made before the rename
 * keep working.
 *
 * @example
 * await resolveCalendarFilter(store, { month: '2026-12' }, 'pl')
 * // { filter: { from: '2026-11-30T23:00:00.000Z', to: '2026-12-31T22:59:59.999Z', label: 'grudzień 2026' } }
 * await resolveCalendarFilter(store, { organization: 'transfer-hub' }, 'pl') // after a rename
 * // { moved: { organization: { from: 'transfer-hub', to: 'transfer-hub-inkubator' } } }
 */
export async function resolveCalendarFilter(
  store: SiteStore,
  asked: EventFilter,
  locale: Locale,
): Promise<{ filter: CalendarFilter } | FilterProblem | { moved: MovedFilter }> {
  const t = strings(locale);
  // A hashtag typed with its sign ("#Współpraca") is the hashtag.
  const hashtag = asked.hashtag?.replace(/^#/, '') || undefined;
  if (hashtag && !isHashtag(hashtag))
    return {
      fault: 'hashtag',
      reason:
        hashtag.length > 100 && HASHTAG_LETTERS.test(hashtag)
          ? HASHTAG_TOO_LONG[locale](shown(hashtag))
          : t.badHashtag(shown(hashtag)),
    };
  if (asked.organization && !isSlug(asked.organization))
    return { fault: 'organization', reason: t.unknownOrganization(shown(asked.organization)) };
  if (asked.authority && !isSlug(asked.authority))
    return { fault: 'authority', reason: t.unknownAuthority(shown(asked.authority)) };
  if (asked.month && !MONTH_PATTERN.test(asked.month))
    return { fault: 'month', reason: t.badMonth(shown(asked.month)) };
  if (asked.month && !isMonth(asked.month))
    return { fault: 'month', reason: t.monthOutOfRange(asked.month, MONTH_RANGE.first, MONTH_RANGE.last) };
  const [org, authority] = await Promise.all([
    asked.organization ? store.organizations.getBySlug(asked.organization) : null,
    asked.authority ? store.authorities.getBySlug(asked.authority) : null,
  ]);
  if ((asked.organization && !org) || (asked.authority && !authority)) {
    const [movedOrg, movedAuthority] = await Promise.all([
      asked.organization && !org ? store.organizations.getByFormerSlug(asked.organization) : null,
      asked.authority && !authority ? store.authorities.getByFormerSlug(asked.authority) : null,
    ]);
    if (asked.organization && !org && !movedOrg)
      return { fault: 'organization', reason: t.unknownOrganization(shown(asked.organization)) };
    if (asked.authority && !authority && !movedAuthority)
      return { fault: 'authority', reason: t.unknownAuthority(shown(asked.authority)) };
    return {
      moved: {
        ...(asked.organization && movedOrg ? { organization: { from: asked.organization, to: movedOrg.slug } } : {}),
        ...(asked.authority && movedAuthority ? { authority: { from: asked.authority, to: movedAuthority.slug } } : {}),
      },
    };
  }
  const label = [
    hashtag ? `#${hashtag}` : '',
    org?.name ?? '',
    authority?.name ?? '',
    asked.month ? formatMonth(asked.month, locale) : '',
  ].filter(Boolean);
  return {
    filter: {
      ...(hashtag ? { hashtag } : {}),
      ...(org ? { organizationId: org.id } : {}),
      ...(authority ? { authorityId: authority.id } : {}),
      ...(asked.month ? monthBounds(asked.month) : {}),
      ...(label.length > 0 ? { label: label.join(', ') } : {}),
    },
  };
}

// Every name the organisation and authority filters go by: either language's, and the API's `organization`.
const FILTER_NAMES: Record<keyof MovedFilter, ReadonlySet<string>> = {
  organization: new Set([
    FILTER_PARAMS_BY_LOCALE.pl.organization,
    FILTER_PARAMS_BY_LOCALE.en.organization,
    'organization',
  ]),
  authority: new Set([FILTER_PARAMS_BY_LOCALE.pl.authority, FILTER_PARAMS_BY_LOCALE.en.authority]),
};

/**
 * A query string with the slugs a renamed organisation or authority gave up replaced by its current ones,
 * every other parameter kept as it was, in its place.
 *
 * @example
 * movedQuery(new URLSearchParams('organizacja=transfer-hub&utm_source=x'), { organization: { from: 'transfer-hub', to: 'transfer-hub-2' } })
 * // 'organizacja=transfer-hub-2&utm_source=x'
 */
export function movedQuery(query: URLSearchParams, moved: MovedFilter): string {
  const out = new URLSearchParams();
  for (const [name, value] of query) {
    let kept = value;
    for (const key of ['organization', 'authority'] as const) {
      const m = moved[key];
      if (m && value === m.from && FILTER_NAMES[key].has(name)) kept = m.to;
    }
    out.append(name, kept);
  }
  return out.toString();
}

// A subscribed calendar is re-read often: it holds the coming events and those of the last year, at most
// CALENDAR_MAX of them, the coming ones first (a subscriber needs what is ahead more than last spring).
const CALENDAR_PAST_MS = 365 * 86_400_000;
export const CALENDAR_MAX = 2000;

/**
 * The absolute URL of the subscribable calendar of a list filter (its own address, which the calendar
 * names as its SOURCE, RFC 7986 §5.8): the unfiltered one without a filter.
 *
 * @example
 * calendarUrl('https://mosty.example.org', 'en', { hashtag: 'Zima' }) // 'https://mosty.example.org/en/calendar.ics?hashtag=Zima'
 */
export function calendarUrl(siteUrl: string, locale: Locale, asked: EventFilter = {}): string {
  const ctx = linkContext(siteUrl, locale);
  return new URL(calendarLink(ctx, asked) ?? sitePath(ctx, FEEDS[locale].calendar), `${ctx.siteUrl}/`).href;
}

export interface CalendarOptions extends DataFileOptions {
  /** The clock: without a month the calendar holds the coming events and those of the year before. */
  now: number;
  /** Which events (`resolveCalendarFilter`); every public one by default. */
  filter?: CalendarFilter;
  /** The calendar's own URL, named as its SOURCE (`calendarUrl`); the unfiltered calendar's by default. */
  source?: string;
  /** At most this many events (`CALENDAR_MAX` by default): the coming ones first, then the latest past ones. */
  max?: number;
}

/**
 * The subscribable calendar (`/kalendarz.ics`), optionally filtered.
 *
 * @example
 * await calendar(store, { locale: 'pl', siteUrl: 'https://mosty.example.org', now: Date.now() })
 * // { contentType: 'text/calendar; charset=utf-8', body: 'BEGIN:VCALENDAR…' }
 */
export async function calendar(store: SiteStore, options: CalendarOptions) {
  const {
    locale,
    siteUrl,
    now,
    filter = {},
    staticLinks = false,
    source = calendarUrl(siteUrl, locale),
    max = CALENDAR_MAX,
  } = options;
  const { label, ...picked } = filter;
  const events: Event[] = [];
  const taken = new Set<string>();
  const take = async (storeFilter: SiteEventFilter, direction: 'asc' | 'desc') => {
    if (events.length >= max) return;
    const filter = { ...storeFilter, status: PUBLIC_EVENT_STATUSES };
    for await (const e of listAll(store.events, { filter, sort: { field: 'startsAt', direction } })) {
      if (taken.has(e.id)) continue;
      taken.add(e.id);
      events.push(e);
      if (events.length >= max) break;
    }
  };
  if (picked.from) {
    // A month asked for is held whole, however long ago it was.
    await take(picked, 'asc');
  } else {
    // What has not ended yet, soonest first; then the past year, latest first (an event under way is in both).
    const nowIso = new Date(now).toISOString();
    await take({ ...picked, from: nowIso }, 'asc');
    await take({ ...picked, from: new Date(now - CALENDAR_PAST_MS).toISOString(), to: nowIso }, 'desc');
    events.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  }
  const known = await worldFor(store, events, []);
  const body = calendarToIcs(known.events, known.world, {
    locale,
    siteUrl,
    // What a subscriber sees in their list of calendars: whose events, and which of them.
    calendarName: `${strings(locale).siteName}: ${strings(locale).events.toLocaleLowerCase(locale)}${label ? ` — ${label}` : ''}`,
    calendarUrl: source,
    ...slashed(staticLinks),
  });
  return { contentType: ICS_TYPE, body } satisfies PageInput;
}

/** The .ics of one public event ("add to calendar"), or null. */
export async function eventCalendar(store: SiteStore, slug: string, options: DataFileOptions) {
  const { locale, siteUrl, staticLinks = false } = options;
  const event = await store.events.getBySlug(slug);
  if (!event || !PUBLIC_EVENT_STATUSES.includes(event.status)) return null;
  const known = await worldFor(store, [event], []);
  return {
    contentType: ICS_TYPE,
    body: eventToIcs(known.events[0] ?? event, known.world, { locale, siteUrl, ...slashed(staticLinks) }),
    headers: { 'content-disposition': `attachment; filename="${slug}.ics"` },
  } satisfies PageInput;
}

/** robots.txt: everything may be crawled but the API (under the site's base path); the sitemap says where. */
export function robots(ctx: LinkContext): PageInput {
  return {
    contentType: 'text/plain; charset=utf-8',
    body: `User-agent: *\nAllow: /\nDisallow: ${ctx.basePath}/api/\n\nSitemap: ${ctx.siteUrl}/sitemap.xml\n`,
  };
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every public route of the site, in order: static pages, events, posts, organisations, authorities, grants. */
export async function* publicRoutes(store: SiteStore): AsyncGenerator<{ route: Route; lastmod?: string }> {
  yield { route: { kind: 'home' } };
  yield { route: { kind: 'events' } };
  yield { route: { kind: 'news' } };
  yield { route: { kind: 'organizations' } };
  yield { route: { kind: 'authorities' } };
  yield { route: { kind: 'grants' } };
  yield { route: { kind: 'accessibility' } };
  yield { route: { kind: 'openData' } };
  // People and venues have pages only through public events: collected while those are listed.
  const people = new Set<string>();
  const venues = new Set<string>();
  for await (const e of listAll(store.events, { filter: { status: PUBLIC_EVENT_STATUSES } })) {
    yield { route: { kind: 'event', slug: e.slug }, lastmod: e.updatedAt };
    if (e.venueId) venues.add(e.venueId);
    for (const item of e.agenda) for (const s of itemPeople(item)) if (s.kind === 'person') people.add(s.personId);
  }
  for await (const p of listAll(store.posts, { filter: { status: ['published'] } }))
    yield { route: { kind: 'post', slug: p.slug }, lastmod: p.updatedAt };
  for await (const o of listAll(store.organizations))
    yield { route: { kind: 'organization', slug: o.slug }, lastmod: o.updatedAt };
  for await (const a of listAll(store.authorities))
    yield { route: { kind: 'authority', slug: a.slug }, lastmod: a.updatedAt };
  for await (const g of listAll(store.grants)) yield { route: { kind: 'grant', slug: g.slug }, lastmod: g.updatedAt };
  for (const id of people) {
    const p = await store.people.get(id);
    if (p) yield { route: { kind: 'person', slug: p.slug }, lastmod: p.updatedAt };
  }
  for (const id of venues) {
    const v = await store.venues.get(id);
    if (v) yield { route: { kind: 'venue', slug: v.slug }, lastmod: v.updatedAt };
  }
}

/**
 * The event list's hashtag and month pages that hold events, as the site links them: a hashtag of a public event
 * (the tag pages an event's and a post's hashtags link, written as the page's own canonical address writes it),
 * and a month of the two years around `now` (those the list offers, `monthsAround`) that a public event falls in,
 * any part of it. A hashtag or month that holds no event has a page too (a post may link it), but one search
 * engines are told to skip (`noindex`), so a sitemap leaves it out. Hashtags in Polish order, then months.
 *
 * @example
 * await listRoutes(store, Date.parse('2026-11-20T12:00:00Z'))
 * // [{ kind: 'eventsTag', tag: 'Współpraca' }, …, { kind: 'eventsMonth', month: '2026-11' }]
 */
export async function listRoutes(store: SiteStore, now: number): Promise<Route[]> {
  const window = monthsAround(now).map((month) => {
    const bounds = monthBounds(month);
    return { month, from: Date.parse(bounds.from), to: Date.parse(bounds.to) };
  });
  const tags = new Map<string, string>();
  const months = new Set<string>();
  for await (const e of listAll(store.events, { filter: { status: PUBLIC_EVENT_STATUSES } })) {
    for (const tag of e.hashtags) if (isHashtag(tag) && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    if (months.size === window.length) continue;
    const starts = Date.parse(e.startsAt);
    const ends = Date.parse(e.endsAt);
    // As the store picks a month's events: any part of the event in the month.
    for (const m of window) if (ends >= m.from && starts <= m.to) months.add(m.month);
  }
  // The tag page's canonical address writes the tag as the list's filter choices do, when they hold it.
  for (const tag of (await eventFilterChoices(store)).hashtags.items)
    if (tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  return [
    ...[...tags.values()].sort(comparePolish).map((tag): Route => ({ kind: 'eventsTag', tag })),
    ...window.filter((m) => months.has(m.month)).map((m): Route => ({ kind: 'eventsMonth', month: m.month })),
  ];
}

// The protocol allows 50 000 URLs per file; each route is listed in both languages.
export const SITEMAP_CHUNK = 20_000;

/**
 * The sitemap files: an index at /sitemap.xml and numbered parts with hreflang alternates. `now` picks the
 * month pages listed (`listRoutes`).
 */
export async function sitemaps(store: SiteStore, ctx: LinkContext, now: number): Promise<Map<string, string>> {
  const parts: string[][] = [[]];
  async function* routes() {
    yield* publicRoutes(store);
    for (const route of await listRoutes(store, now)) yield { route, lastmod: undefined };
  }
  for await (const { route, lastmod } of routes()) {
    let current = parts[parts.length - 1] as string[];
    if (current.length >= SITEMAP_CHUNK) {
      current = [];
      parts.push(current);
    }
    const alternates = (['pl', 'en'] as const)
      .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(absoluteUrl(ctx, route, l))}"/>`)
      .join('');
    for (const l of ['pl', 'en'] as const)
      current.push(
        `<url><loc>${xmlEscape(absoluteUrl(ctx, route, l))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`,
      );
  }
  const files = new Map<string, string>();
  parts.forEach((urls, i) => {
    files.set(
      `/sitemap-${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
    );
  });
  const index = [...files.keys()].map((path) => `<sitemap><loc>${xmlEscape(`${ctx.siteUrl}${path}`)}</loc></sitemap>`);
  files.set(
    '/sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n`,
  );
  return files;
}

export const SITEMAP_TYPE = 'application/xml; charset=utf-8';
