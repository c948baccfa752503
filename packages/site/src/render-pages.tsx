import { type Event, personName, requiredAttributions } from '@org/domain';
import {
  authorityJsonLd,
  collectionPageJsonLd,
  eventJsonLd,
  grantJsonLd,
  indexWorld,
  markdownToText,
  organizationJsonLd,
  personJsonLd,
  postJsonLd,
  venueJsonLd,
  type WorldIndex,
  webPageJsonLd,
  websiteJsonLd,
} from '@org/formats';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { formatMonth, isMonth, MONTH_PATTERN, MONTH_RANGE, monthBounds, monthsAround } from './dates.js';
import { type FilterFault, type Locale, strings } from './locale.js';
import { isHashtag, isSlug, listFilterInPath } from './parse-route.js';
import type { Related } from './related.js';
import { absoluteUrl, href, type LinkContext, type Route } from './routes.js';
import { hasSearchWords, SEARCH_MAX, SEARCH_PARAMS } from './search.js';
import { shareImageUrl } from './share-image.js';
import { DEMO_SITE_CONFIG, type SiteConfig } from './site-config.js';
import {
  authorityPageData,
  comparePolish,
  eventFilterChoices,
  eventPageData,
  grantPageData,
  indexPage,
  latestPosts,
  mostInvolved,
  organizationPageData,
  PAGE_SIZE,
  PUBLIC_EVENT_STATUSES,
  pastEvents,
  personPageData,
  postPageData,
  relatedForEvents,
  upcomingEvents,
  venuePageData,
} from './site-data.js';
import type { SiteEventFilter, SiteStore } from './site-store.js';
import { AccessibilityPage } from './views/accessibility-page.js';
import { langIfOther, Pager, polishData, polishHtml } from './views/bits.js';
import { escapeHtml } from './views/escape-html.js';
import { EventPage } from './views/event-page.js';
import { type EventFilter, EventsPage, FILTER_PARAMS_BY_LOCALE } from './views/events-page.js';
import { GrantPage } from './views/grant-page.js';
import { HomePage } from './views/home-page.js';
import { documentHtml, type FooterSite, Layout, type PageMeta } from './views/layout.js';
import { PostList } from './views/lists.js';
import { OpenDataPage } from './views/open-data-page.js';
import { PersonPage, VenuePage } from './views/person-venue-pages.js';
import { PostPage } from './views/post-page.js';
import { AuthorityPage, OrganizationPage } from './views/profile-pages.js';
import { FilterErrorPage, IndexPage, NotFoundPage } from './views/simple-pages.js';
import { visibleText } from './visible-text.js';

/** A rendered page or file: what the website caches and serves and the static export writes. */
export interface PageInput {
  status?: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  cacheControl?: string;
}

/**
 * What rendering needs: the store, where links point, the time ("upcoming" depends on it) and who
 * runs the site (the publisher and the accessibility statement's facts; the demo's without it).
 */
export interface RenderEnv {
  store: SiteStore;
  ctx: LinkContext;
  now: number;
  site?: SiteConfig;
}

/**
 * The time the lists of upcoming and past events are cut at: `now` to the whole minute. Event times are
 * whole minutes, so an event moves from upcoming to past within a minute of its end (a cached page is
 * older than that anyway), and every render within a minute asks the store the same question, which a
 * read snapshot (the website's `memoStore`) answers once instead of once per millisecond.
 *
 * @example
 * listTime(Date.parse('2026-11-26T10:00:59.999Z')) // '2026-11-26T10:00:00.000Z'
 */
export const listTime = (now: number): string => new Date(now - (now % 60_000)).toISOString();

export const HTML = 'text/html; charset=utf-8';

// The footer names the publisher and the data's licence (`env.site`); a page rendered without a site config
// (`notFoundPage` called without one) states no licence rather than the demo's.
const page = (
  env: { ctx: LinkContext; site?: FooterSite | undefined },
  meta: PageMeta,
  body: Child,
  status = 200,
): PageInput => ({
  status,
  contentType: HTML,
  body: documentHtml(
    <Layout ctx={env.ctx} meta={meta} {...(env.site ? { site: env.site } : {})}>
      {body}
    </Layout>,
  ),
});

// A static export's pages are folders: their URLs in JSON-LD end in `/` like its links.
const formatOptions = (ctx: LinkContext) =>
  ctx.staticLinks
    ? { locale: ctx.locale, siteUrl: ctx.siteUrl, trailingSlash: true }
    : { locale: ctx.locale, siteUrl: ctx.siteUrl };

/** A list page's JSON-LD (`CollectionPage`): its records as names and absolute URLs, numbered from `offset`. */
const listJsonLd = (
  ctx: LinkContext,
  route: Route,
  page: { name: string; description: string; offset: number; items: readonly { name: string; route: Route }[] },
) =>
  collectionPageJsonLd(
    {
      url: absoluteUrl(ctx, route),
      name: page.name,
      description: page.description,
      offset: page.offset,
      items: page.items.map((item) => ({ name: item.name, url: absoluteUrl(ctx, item.route) })),
    },
    formatOptions(ctx),
  );

const NO_POSTS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * A `Related` as the JSON-LD writers' lookup maps: its own maps by id, shared rather than copied into new
 * ones (`indexWorld` from lists costs ~20 µs per event page, a tenth of its render), and the page's events.
 */
const worldOf = (related: Related, events: readonly Event[]): WorldIndex => ({
  ...related,
  events: new Map(events.map((event) => [event.id, event])),
  posts: NO_POSTS,
});

/** Where links point and whose site it is, for a page's frame: the demo's publisher and licence without `env.site`. */
const framed = (env: RenderEnv) => ({ ctx: env.ctx, site: env.site ?? DEMO_SITE_CONFIG });

/**
 * The 404 page, in the language of the path. Give `site` (the site config) for the footer's licence and
 * publisher; without it the footer states none.
 */
export function notFoundPage(ctx: LinkContext, path: string, site?: FooterSite): PageInput {
  const t = strings(ctx.locale);
  // A month or hashtag page's address with a value that cannot be one is the list's filter error: it says
  // what is wrong with the value, as `?miesiac=2026-13` does.
  const asked = listFilterInPath(path);
  if (asked)
    return filterErrorPage(
      ctx,
      path,
      {
        fault: asked.fault,
        reason: (asked.fault === 'month' ? t.badMonth : t.badHashtag)(visibleText(asked.value, 101)),
      },
      site,
    );
  return page(
    { ctx, site },
    {
      title: t.notFoundTitle,
      description: t.notFoundText,
      route: { kind: 'home' },
      bilingual: false,
      noindex: true,
      missing: true,
    },
    <NotFoundPage ctx={ctx} path={path} />,
    404,
  );
}

/** Why an event list's or calendar's filter names nothing: the filter at fault and a sentence naming its value. */
export interface FilterProblem {
  fault: FilterFault;
  reason: string;
}

/**
 * The page for an event list's or calendar's filter that names nothing (404: the address names no list),
 * headed by the filter at fault ("Nie ma takiego hasztagu"), with the reason and links to the unfiltered
 * list and, given `calendarPath` (the unfiltered calendar's path, `FEEDS`), the unfiltered calendar.
 *
 * @example
 * filterErrorPage(ctx, '/wydarzenia?miesiac=2026-13', { fault: 'month', reason: t.badMonth('2026-13') }).status // 404
 */
export function filterErrorPage(
  ctx: LinkContext,
  path: string,
  problem: FilterProblem,
  site?: FooterSite,
  calendarPath?: string,
): PageInput {
  const t = strings(ctx.locale);
  return page(
    { ctx, site },
    {
      title: t.filterErrorTitle[problem.fault],
      description: problem.reason,
      route: { kind: 'events' },
      bilingual: false,
      noindex: true,
      missing: true,
    },
    <FilterErrorPage ctx={ctx} path={path} fault={problem.fault} reason={problem.reason} calendarPath={calendarPath} />,
    404,
  );
}

/**
 * A filter form's list of organisations or authorities with the one chosen in it, when the list leaves it out
 * (it has no events yet, or is past the list's cut): offered and so chosen, the form says what the list shows,
 * and "Pokaż" with another filter keeps it. In Polish order, as the list is.
 */
function withChosen(
  items: readonly { slug: string; name: string }[],
  chosen: { slug: string; name: string } | null,
): readonly { slug: string; name: string }[] {
  if (!chosen || items.some((i) => i.slug === chosen.slug)) return items;
  return [...items, { slug: chosen.slug, name: chosen.name }].sort((a, b) => comparePolish(a.name, b.name));
}

/** The filter and search as the list's query string (`?hasztag=…`), so page links keep them; empty without one. */
function filterQuery(filter: EventFilter, locale: Locale, search?: string): string {
  const query = new URLSearchParams();
  if (search !== undefined) query.set(SEARCH_PARAMS[locale], search);
  for (const [key, param] of Object.entries(FILTER_PARAMS_BY_LOCALE[locale]) as [keyof EventFilter, string][]) {
    const value = filter[key];
    if (value) query.set(param, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

async function eventsPage(
  env: RenderEnv,
  route: Extract<Route, { kind: 'events' | 'eventsTag' | 'eventsMonth' }>,
  filter: EventFilter,
  pageNo: number,
  search?: string,
): Promise<PageInput | null> {
  const { store, ctx } = env;
  const t = strings(ctx.locale);
  const now = listTime(env.now);
  const storeFilter: SiteEventFilter = {};
  // A hashtag typed with its sign ("#Współpraca") is the hashtag.
  if (filter.hashtag?.startsWith('#')) filter = { ...filter, hashtag: filter.hashtag.slice(1) };
  // A filter that names nothing is a 404 that says which filter, which value (shown with any invisible
  // character written out) and why, and links the whole list.
  const path = `${href(ctx, route)}${route.kind === 'events' ? filterQuery(filter, ctx.locale, search) : ''}`;
  const frame = framed(env);
  const unknown = (fault: FilterFault, reason: string) => filterErrorPage(ctx, path, { fault, reason }, frame.site);
  // Quoted whole: `readFilter` already cut a value past 100 characters, with its "…".
  const quoted = (value: string) => visibleText(value, 101);
  if (filter.hashtag !== undefined && !isHashtag(filter.hashtag))
    return unknown('hashtag', t.badHashtag(quoted(filter.hashtag)));
  if (filter.organization !== undefined && !isSlug(filter.organization))
    return unknown('organization', t.unknownOrganization(quoted(filter.organization)));
  if (filter.authority !== undefined && !isSlug(filter.authority))
    return unknown('authority', t.unknownAuthority(quoted(filter.authority)));
  if (filter.hashtag) storeFilter.hashtag = filter.hashtag;
  if (filter.month) {
    if (!MONTH_PATTERN.test(filter.month)) return unknown('month', t.badMonth(quoted(filter.month)));
    if (!isMonth(filter.month))
      return unknown('month', t.monthOutOfRange(filter.month, MONTH_RANGE.first, MONTH_RANGE.last));
    // An event is in a month when any part of it is; upcoming and past narrow these bounds further.
    Object.assign(storeFilter, monthBounds(filter.month));
  }
  const [org, authority] = await Promise.all([
    filter.organization ? store.organizations.getBySlug(filter.organization) : Promise.resolve(null),
    filter.authority ? store.authorities.getBySlug(filter.authority) : Promise.resolve(null),
  ]);
  if (filter.organization && !org) return unknown('organization', t.unknownOrganization(filter.organization));
  if (filter.authority && !authority) return unknown('authority', t.unknownAuthority(filter.authority));
  if (org) storeFilter.organizationId = org.id;
  if (authority) storeFilter.authorityId = authority.id;
  // A search with no letter or digit looks for nothing: it is told so, and the store is not asked.
  const searching = search !== undefined && hasSearchWords(search);
  const none = { items: [], total: 0 };
  const [upcoming, past, choices] = await Promise.all([
    search === undefined || searching ? upcomingEvents(store, now, storeFilter, { page: pageNo, search }) : none,
    search === undefined || searching ? pastEvents(store, now, storeFilter, { page: pageNo, search }) : none,
    eventFilterChoices(store),
  ]);
  // Each page holds the next part of both lists, so the longer one decides how many pages there are.
  const pages = Math.max(1, Math.ceil(upcoming.total / PAGE_SIZE), Math.ceil(past.total / PAGE_SIZE));
  if (pageNo > pages) return null;
  // A list that holds nothing (a post's hashtag no event has, a filter with no match) is a page people
  // follow links to, but nothing for a search engine to index.
  const empty = upcoming.total + past.total === 0;
  const shown = [...upcoming.items, ...past.items];
  const related = await relatedForEvents(store, shown, false);
  // A copy: the choices are shared by every render of one read snapshot.
  const hashtags = [...choices.hashtags.items];
  // The store finds hashtags whatever their case; the page's own address writes the tag as events do.
  const asWritten = filter.hashtag && hashtags.find((h) => h.toLowerCase() === filter.hashtag?.toLowerCase());
  if (filter.hashtag && !asWritten) hashtags.push(filter.hashtag);
  const tag = asWritten || filter.hashtag;
  // One hashtag or one month alone is that tag's or month's page (its canonical address); a list
  // narrowed by an organisation or an authority is a facet of the list, which is not for indexing.
  const facet = Boolean(
    filter.organization || filter.authority || (filter.hashtag && filter.month) || search !== undefined,
  );
  const canonical: Route | undefined = facet
    ? undefined
    : tag
      ? { kind: 'eventsTag', tag, ...(pageNo > 1 ? { page: pageNo } : {}) }
      : filter.month
        ? { kind: 'eventsMonth', month: filter.month, ...(pageNo > 1 ? { page: pageNo } : {}) }
        : undefined;
  hashtags.sort(comparePolish);
  // The form offers the two years around today; a month outside them (an archive month, linked or typed) is
  // offered too, chosen, so the form says what the list shows and "Pokaż" with another filter keeps it.
  const months = monthsAround(env.now);
  if (filter.month && !months.includes(filter.month)) months.push(filter.month);
  months.sort();
  // The heading (and title) says every filter: "Wydarzenia z hasztagiem #X: listopad 2026, Powiat wołomiński";
  // on the page, the organisation's and the authority's names are marked as the site's data (`polishData`).
  const month = filter.month ? [formatMonth(filter.month, ctx.locale)] : [];
  const names = [...(org ? [org.name] : []), ...(authority ? [authority.name] : [])];
  // A search is said first, quoted with any invisible character written out: "Wydarzenia: „forum”, listopad 2026".
  const searched = search === undefined ? undefined : t.quoted(visibleText(search, SEARCH_MAX + 1));
  const narrowed = [...(searched ? [searched] : []), ...month, ...names];
  const base = tag ? `${t.eventsTagged} #${tag}` : t.events;
  const heading = narrowed.length > 0 ? `${base}: ${narrowed.join(', ')}` : base;
  const headingHtml =
    narrowed.length > 0
      ? `${escapeHtml(base)}: ${[...(searched ? [searched] : []), ...month]
          .map((part) => escapeHtml(part))
          .concat(names.map((n) => polishHtml(ctx, n)))
          .join(', ')}`
      : escapeHtml(base);
  const query = route.kind === 'events' ? filterQuery(filter, ctx.locale, search) : '';
  // A common word's matches are counted up to a cap: "at least 1000".
  const atLeast = [upcoming, past].some((list) => 'totalIsLowerBound' in list && list.totalIsLowerBound === true);
  const said = searchStatus(ctx.locale, 'events', search, upcoming.total + past.total, atLeast);
  const pageLink = (n: number) => `${href(ctx, { ...route, page: n })}${query}`;
  const title = pageNo > 1 ? `${heading} — ${t.page} ${pageNo}` : heading;
  const omitted = {
    ...(choices.hashtags.total > choices.hashtags.items.length ? { hashtags: choices.hashtags.total } : {}),
    ...(choices.organizations.total > choices.organizations.items.length
      ? { organizations: choices.organizations.total }
      : {}),
    ...(choices.authorities.total > choices.authorities.items.length ? { authorities: choices.authorities.total } : {}),
    ...(choices.events.total > choices.events.scanned ? { eventsScanned: choices.events.scanned } : {}),
  };
  return page(
    frame,
    {
      title,
      description: `${heading} — ${t.siteTagline}`,
      route,
      ...(canonical ? { canonical } : {}),
      ...(query ? { query: { pl: filterQuery(filter, 'pl', search), en: filterQuery(filter, 'en', search) } } : {}),
      ...(empty || facet ? { noindex: true } : {}),
      jsonLd: listJsonLd(ctx, route, {
        name: title,
        description: `${heading} — ${t.siteTagline}`,
        offset: (pageNo - 1) * PAGE_SIZE,
        items: shown.map((e) => ({ name: e.title, route: { kind: 'event', slug: e.slug } })),
      }),
    },
    <EventsPage
      ctx={ctx}
      heading={raw(headingHtml)}
      filter={filter}
      search={search}
      searchStatus={said}
      options={{
        hashtags,
        months,
        organizations: withChosen(choices.organizations.items, org),
        authorities: withChosen(choices.authorities.items, authority),
        ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
      }}
      upcoming={upcoming.items}
      past={past.items}
      page={pageNo}
      pages={pages}
      pageLink={pageLink}
      related={related}
    />,
  );
}

/**
 * What a list's search found, as its status line ("Znaleziono 3 organizacje dla „otwarte”."), the search quoted with
 * any invisible character written out; undefined without a search. A search with no letter or digit is told so.
 */
function searchStatus(
  locale: Locale,
  kind: 'events' | 'organizations' | 'authorities' | 'grants',
  search: string | undefined,
  total: number,
  atLeast: boolean,
): string | undefined {
  if (search === undefined) return undefined;
  const t = strings(locale).search;
  const quoted = visibleText(search, SEARCH_MAX + 1);
  if (!hasSearchWords(search)) return t.noWords(quoted);
  return total === 0 ? t[kind].none(quoted) : t[kind].found(total, atLeast, quoted);
}

/**
 * What a page's query asks for: the event list's filters (`readFilter`), and the search (`readSearch`) of the
 * event list and of the lists of organisations, authorities and grants.
 */
export type PageQuery = EventFilter & { search?: string | undefined };

/**
 * Renders one page of the site, or null when it does not exist (unknown slug, draft, page number
 * past the end). The server caches what this returns; the static export writes it to a file.
 */
export async function renderRoute(env: RenderEnv, route: Route, query: PageQuery = {}): Promise<PageInput | null> {
  const frame = framed(env);
  const { store, ctx } = env;
  const t = strings(ctx.locale);
  switch (route.kind) {
    case 'home': {
      const now = listTime(env.now);
      const [upcoming, posts, involved] = await Promise.all([
        upcomingEvents(store, now, {}, { limit: 10 }),
        latestPosts(store, 5),
        mostInvolved(store),
      ]);
      // Between seasons the page still shows what was on: the three latest events to have ended.
      const recent = upcoming.total === 0 ? (await pastEvents(store, now, {}, { limit: 3 })).items : [];
      const related = await relatedForEvents(store, [...upcoming.items, ...recent], false);
      return page(
        frame,
        {
          title: t.homeHeading,
          description: t.siteTagline,
          route,
          jsonLd: websiteJsonLd(
            {
              name: t.siteName,
              description: t.siteTagline,
              publisher: frame.site.publisher,
              license: frame.site.license.url,
            },
            formatOptions(ctx),
          ),
        },
        <HomePage
          ctx={ctx}
          upcoming={upcoming.items}
          recent={recent}
          posts={posts.items}
          organizations={involved.organizations}
          authorities={involved.authorities}
          related={related}
        />,
      );
    }
    case 'events': {
      const { search, ...filter } = query;
      return eventsPage(env, route, filter, route.page ?? 1, search);
    }
    case 'eventsTag':
      return eventsPage(env, route, { hashtag: route.tag }, route.page ?? 1);
    case 'eventsMonth':
      return eventsPage(env, route, { month: route.month }, route.page ?? 1);
    case 'event': {
      const data = await eventPageData(store, route.slug);
      if (!data) return null;
      const { event, related, posts, grants } = data;
      const { attributions } = requiredAttributions(event, grants);
      const world = worldOf(related, [event]);
      return page(
        frame,
        {
          title: event.title,
          titleLang: langIfOther(event.language, ctx.locale),
          description: event.summary ?? markdownToText(event.body),
          route,
          // Speakers' organisations as references: their own pages carry the full nodes under the same @id.
          // Records hold no pictures: an event's and a post's JSON-LD name the site's share image, as their og:image does.
          jsonLd: eventJsonLd(event, world, { ...formatOptions(ctx), image: shareImageUrl(ctx) }, 'reference'),
        },
        <EventPage ctx={ctx} event={event} related={related} attributions={attributions} posts={posts} />,
      );
    }
    case 'eventIcs':
      return null; // served by the calendar routes, not as a page
    case 'news': {
      const pageNo = route.page ?? 1;
      const posts = await latestPosts(store, PAGE_SIZE, (pageNo - 1) * PAGE_SIZE);
      const pages = Math.max(1, Math.ceil(posts.total / PAGE_SIZE));
      if (pageNo > pages) return null;
      const title = pageNo > 1 ? `${t.news} — ${t.page} ${pageNo}` : t.news;
      const description = `${t.news} — ${t.siteTagline}`;
      return page(
        frame,
        {
          title,
          description,
          route,
          jsonLd: listJsonLd(ctx, route, {
            name: title,
            description,
            offset: (pageNo - 1) * PAGE_SIZE,
            items: posts.items.map((p) => ({ name: p.title, route: { kind: 'post', slug: p.slug } })),
          }),
        },
        <>
          <h1>{t.news}</h1>
          <PostList ctx={ctx} posts={posts.items} level={2} />
          <Pager ctx={ctx} page={pageNo} pages={pages} link={(n) => href(ctx, { kind: 'news', page: n })} />
        </>,
      );
    }
    case 'post': {
      const data = await postPageData(store, route.slug);
      if (!data) return null;
      const { attributions } = requiredAttributions({ grantIds: data.grantIds }, data.grants);
      const description = data.post.lead ?? markdownToText(data.post.body, 200);
      return page(
        frame,
        {
          title: data.post.title,
          titleLang: langIfOther(data.post.language, ctx.locale),
          description,
          route,
          ogType: 'article',
          jsonLd: postJsonLd(
            data.post,
            worldOf(data.related, data.event ? [data.event] : []),
            // The article's terms of reuse, as the WebSite and WebPage documents state them (schema.org license).
            { ...formatOptions(ctx), license: frame.site.license.url, image: shareImageUrl(ctx) },
            frame.site.publisher,
          ),
        },
        <PostPage ctx={ctx} post={data.post} event={data.event} attributions={attributions} related={data.related} />,
      );
    }
    case 'organizations':
    case 'authorities':
    case 'grants': {
      const pageNo = route.page ?? 1;
      // A search with no letter or digit looks for nothing: it is told so, and the store is not asked.
      const search = query.search;
      const searching = search !== undefined && hasSearchWords(search);
      const { items, pages, total, atLeast } = searching
        ? await indexPage(store, route.kind, pageNo, search)
        : search === undefined
          ? await indexPage(store, route.kind, pageNo)
          : { items: [], pages: 1, total: 0, atLeast: false };
      if (pageNo > pages) return null;
      const heading =
        route.kind === 'organizations' ? t.organizations : route.kind === 'authorities' ? t.authorities : t.grants;
      const kind =
        route.kind === 'organizations' ? 'organization' : route.kind === 'authorities' ? 'authority' : 'grant';
      const status = searchStatus(ctx.locale, route.kind, search, total, atLeast);
      const named = search === undefined ? heading : `${heading}: ${t.quoted(visibleText(search, SEARCH_MAX + 1))}`;
      const title = pageNo > 1 ? `${named} — ${t.page} ${pageNo}` : named;
      // A search's results are not for indexing; the other language's twin searches the same words.
      const searchQuery = (l: Locale) =>
        search === undefined ? '' : `?${new URLSearchParams({ [SEARCH_PARAMS[l]]: search })}`;
      const description = `${heading} — ${t.siteTagline}`;
      const listed = items.map((x) => ({
        name: 'taskTitle' in x ? x.taskTitle : x.name,
        route: { kind, slug: x.slug } as const,
      }));
      return page(
        frame,
        {
          title,
          description,
          route,
          ...(search === undefined ? {} : { noindex: true, query: { pl: searchQuery('pl'), en: searchQuery('en') } }),
          jsonLd: listJsonLd(ctx, route, {
            name: title,
            description,
            offset: (pageNo - 1) * PAGE_SIZE,
            items: listed,
          }),
        },
        <IndexPage
          ctx={ctx}
          heading={heading}
          page={pageNo}
          pages={pages}
          pageLink={(n) => `${href(ctx, { kind: route.kind, page: n })}${searchQuery(ctx.locale)}`}
          search={{ kind: route.kind, value: search, status }}
          // A grant is named by its public task's title, words in Polish; organisations and authorities by their
          // Polish names, the site's data too (`polishData`).
          items={listed.map((x) => ({ name: x.name, lang: polishData(ctx), link: href(ctx, x.route) }))}
        />,
      );
    }
    case 'organization': {
      const data = await organizationPageData(store, route.slug);
      if (!data) return null;
      return page(
        frame,
        {
          title: data.organization.name,
          titleLang: polishData(ctx),
          description: data.organization.description ?? data.organization.name,
          route,
          jsonLd: organizationJsonLd(data.organization, formatOptions(ctx)),
        },
        <OrganizationPage ctx={ctx} {...data} />,
      );
    }
    case 'authority': {
      const data = await authorityPageData(store, route.slug);
      if (!data) return null;
      return page(
        frame,
        {
          title: data.authority.name,
          titleLang: polishData(ctx),
          description: data.authority.description ?? data.authority.name,
          route,
          jsonLd: authorityJsonLd(data.authority, formatOptions(ctx)),
        },
        <AuthorityPage ctx={ctx} {...data} />,
      );
    }
    case 'person': {
      const data = await personPageData(store, route.slug);
      if (!data) return null;
      const name = personName(data.person);
      const world = indexWorld({
        organizations: [...data.related.organizations.values()],
        authorities: [...data.related.authorities.values()],
      });
      return page(
        frame,
        {
          title: name,
          description: data.person.bio ? markdownToText(data.person.bio, 200) : name,
          route,
          ogType: 'profile',
          jsonLd: personJsonLd(data.person, world, formatOptions(ctx)),
        },
        <PersonPage ctx={ctx} {...data} />,
      );
    }
    case 'venue': {
      const data = await venuePageData(store, route.slug);
      if (!data) return null;
      return page(
        frame,
        {
          title: data.venue.name,
          titleLang: polishData(ctx),
          description: `${data.venue.name}, ${data.venue.address.street}, ${data.venue.address.city}`,
          route,
          jsonLd: venueJsonLd(data.venue, formatOptions(ctx)),
        },
        <VenuePage ctx={ctx} {...data} />,
      );
    }
    case 'grant': {
      const data = await grantPageData(store, route.slug);
      if (!data) return null;
      const world = indexWorld({
        grants: [data.grant],
        organizations: [...data.related.organizations.values()],
        authorities: [...data.related.authorities.values()],
        events: data.events,
      });
      return page(
        frame,
        {
          title: data.grant.taskTitle,
          titleLang: polishData(ctx),
          description: `${data.grant.funderName}: ${data.grant.taskTitle}`,
          route,
          jsonLd: grantJsonLd(data.grant, world, formatOptions(ctx)),
        },
        <GrantPage ctx={ctx} grant={data.grant} events={data.events} related={data.related} />,
      );
    }
    case 'accessibility': {
      const site = env.site ?? DEMO_SITE_CONFIG;
      const a11y = site.accessibility;
      return page(
        frame,
        {
          title: t.accessibility,
          description: t.accessibility,
          route,
          jsonLd: webPageJsonLd(
            {
              url: absoluteUrl(ctx, route),
              name: t.accessibility,
              description: `${t.accessibility} — ${t.siteName}`,
              datePublished: a11y.prepared,
              dateModified: a11y.reviewed ?? a11y.prepared,
              publisher: site.publisher,
              license: site.license.url,
            },
            formatOptions(ctx),
          ),
        },
        <AccessibilityPage ctx={ctx} site={site} />,
      );
    }
    case 'openData': {
      const site = env.site ?? DEMO_SITE_CONFIG;
      // The latest public event's files are the page's examples (none on a site without events).
      const latest = (
        await store.events.list({
          filter: { status: PUBLIC_EVENT_STATUSES },
          sort: { field: 'startsAt', direction: 'desc' },
          limit: 1,
        })
      ).items[0];
      const organizer = latest?.organizerId ? await store.organizations.get(latest.organizerId) : null;
      return page(
        frame,
        {
          title: t.openData,
          description: t.openDataDescription,
          route,
          jsonLd: webPageJsonLd(
            {
              url: absoluteUrl(ctx, route),
              name: t.openData,
              description: t.openDataDescription,
              publisher: site.publisher,
              license: site.license.url,
            },
            formatOptions(ctx),
          ),
        },
        <OpenDataPage
          ctx={ctx}
          site={site}
          example={
            latest ? { slug: latest.slug, hashtag: latest.hashtags[0], organizationSlug: organizer?.slug } : undefined
          }
        />,
      );
    }
  }
}
