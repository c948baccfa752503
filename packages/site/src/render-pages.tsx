import { type Event, personName, requiredAttributions } from '@org/domain';
import {
  authorityJsonLd,
  eventJsonLd,
  grantJsonLd,
  indexWorld,
  organizationJsonLd,
  personJsonLd,
  venueJsonLd,
} from '@org/formats';
import type { Child } from 'hono/jsx';
import { strings } from './locale.js';
import { markdownToText } from './markdown.js';
import { isHashtag, isSlug } from './parse-route.js';
import { href, type LinkContext, type Route } from './routes.js';
import {
  authorityPageData,
  eventPageData,
  grantPageData,
  indexPage,
  latestPosts,
  mostInvolved,
  organizationPageData,
  PAGE_SIZE,
  pastEvents,
  personPageData,
  postPageData,
  relatedForEvents,
  upcomingEvents,
  venuePageData,
} from './site-data.js';
import type { SiteEventFilter, SiteStore } from './site-store.js';
import { AccessibilityPage } from './views/accessibility-page.js';
import { Pager } from './views/bits.js';
import { EventPage } from './views/event-page.js';
import { type EventFilter, EventsPage } from './views/events-page.js';
import { GrantPage } from './views/grant-page.js';
import { HomePage } from './views/home-page.js';
import { documentHtml, Layout, type PageMeta } from './views/layout.js';
import { PostList } from './views/lists.js';
import { PersonPage, VenuePage } from './views/person-venue-pages.js';
import { PostPage } from './views/post-page.js';
import { AuthorityPage, OrganizationPage } from './views/profile-pages.js';
import { IndexPage, NotFoundPage } from './views/simple-pages.js';

/** A rendered page or file: what the website caches and serves and the static export writes. */
export interface PageInput {
  status?: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  cacheControl?: string;
}

/** What rendering needs: the store, where links point, and the time ("upcoming" depends on it). */
export interface RenderEnv {
  store: SiteStore;
  ctx: LinkContext;
  now: number;
}

export const HTML = 'text/html; charset=utf-8';

const page = (ctx: LinkContext, meta: PageMeta, body: Child, status = 200): PageInput => ({
  status,
  contentType: HTML,
  body: documentHtml(
    <Layout ctx={ctx} meta={meta}>
      {body}
    </Layout>,
  ),
});

const formatOptions = (ctx: LinkContext) => ({ locale: ctx.locale, siteUrl: ctx.siteUrl });

/** The 404 page, in the language of the path. */
export function notFoundPage(ctx: LinkContext, path: string): PageInput {
  const t = strings(ctx.locale);
  return page(
    ctx,
    { title: t.notFoundTitle, description: t.notFoundText, route: { kind: 'home' }, bilingual: false, noindex: true },
    <NotFoundPage ctx={ctx} path={path} />,
    404,
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Turns a month (`2026-11`) into the instants bounding it, in Warsaw time, for the store filter. */
function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // Widened by a day at both ends: the exact cut is applied by the start date in Warsaw below.
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - 86_400_000).toISOString(),
    to: new Date(Date.UTC(y, m, 1) + 86_400_000).toISOString(),
  };
}
const warsawMonth = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit' })
    .format(new Date(instant))
    .slice(0, 7);

/** Months around now for the filter: twelve back, twelve ahead. */
function monthsAround(now: number): string[] {
  const d = new Date(now);
  return Array.from({ length: 25 }, (_, i) => {
    const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 12 + i, 1));
    return x.toISOString().slice(0, 7);
  });
}

async function eventsPage(
  env: RenderEnv,
  route: Route,
  filter: EventFilter,
  pageNo: number,
): Promise<PageInput | null> {
  const { store, ctx } = env;
  const t = strings(ctx.locale);
  const now = new Date(env.now).toISOString();
  const storeFilter: SiteEventFilter = {};
  // A filter that cannot name anything is an unknown page, found without asking the store.
  if (filter.hashtag !== undefined && !isHashtag(filter.hashtag)) return null;
  if (filter.organization !== undefined && !isSlug(filter.organization)) return null;
  if (filter.authority !== undefined && !isSlug(filter.authority)) return null;
  if (filter.hashtag) storeFilter.hashtag = filter.hashtag;
  if (filter.month) {
    if (!MONTH.test(filter.month)) return null;
    Object.assign(storeFilter, monthBounds(filter.month));
  }
  const [org, authority] = await Promise.all([
    filter.organization ? store.organizations.getBySlug(filter.organization) : Promise.resolve(null),
    filter.authority ? store.authorities.getBySlug(filter.authority) : Promise.resolve(null),
  ]);
  if (filter.organization && !org) return null;
  if (filter.authority && !authority) return null;
  if (org) storeFilter.organizationId = org.id;
  if (authority) storeFilter.authorityId = authority.id;
  const inMonth = (e: Event) => !filter.month || warsawMonth(e.startsAt) === filter.month;
  const [upcoming, past, involved, authorities] = await Promise.all([
    upcomingEvents(store, now, storeFilter),
    pastEvents(store, now, storeFilter, pageNo),
    mostInvolved(store, 30),
    store.authorities.list({ sort: { field: 'name', direction: 'asc' }, limit: 500 }),
  ]);
  const pages = Math.max(1, Math.ceil(past.total / PAGE_SIZE));
  if (pageNo > pages) return null;
  const shown = [...upcoming.items.filter(inMonth), ...past.items.filter(inMonth)];
  const related = await relatedForEvents(store, shown, false);
  const hashtags = [...new Set(shown.flatMap((e) => e.hashtags))].slice(0, 40);
  if (filter.hashtag && !hashtags.includes(filter.hashtag)) hashtags.unshift(filter.hashtag);
  const heading = filter.hashtag
    ? `${t.eventsTagged} #${filter.hashtag}`
    : filter.month
      ? `${t.eventsInMonth} ${filter.month}`
      : t.events;
  const pageLink = (n: number) =>
    route.kind === 'events' || n === 1 ? href(ctx, { kind: 'events', page: n }) : href(ctx, route);
  return page(
    ctx,
    { title: heading, description: `${heading} — ${t.siteTagline}`, route },
    <EventsPage
      ctx={ctx}
      heading={heading}
      filter={filter}
      options={{
        hashtags,
        months: monthsAround(env.now),
        organizations: involved.organizations.map(({ organization: o }) => ({ slug: o.slug, name: o.name })),
        authorities: authorities.items.map((a) => ({ slug: a.slug, name: a.name })),
      }}
      upcoming={upcoming.items.filter(inMonth)}
      past={past.items.filter(inMonth)}
      page={pageNo}
      pages={route.kind === 'events' ? pages : 1}
      pageLink={pageLink}
      related={related}
    />,
  );
}

/**
 * Renders one page of the site, or null when it does not exist (unknown slug, draft, page number
 * past the end). The server caches what this returns; the static export writes it to a file.
 */
export async function renderRoute(env: RenderEnv, route: Route, filter: EventFilter = {}): Promise<PageInput | null> {
  const { store, ctx } = env;
  const t = strings(ctx.locale);
  switch (route.kind) {
    case 'home': {
      const now = new Date(env.now).toISOString();
      const [upcoming, posts, involved] = await Promise.all([
        upcomingEvents(store, now, {}, 10),
        latestPosts(store, 5),
        mostInvolved(store),
      ]);
      const related = await relatedForEvents(store, upcoming.items, false);
      return page(
        ctx,
        { title: t.siteName, description: t.siteTagline, route },
        <HomePage
          ctx={ctx}
          upcoming={upcoming.items}
          posts={posts.items}
          organizations={involved.organizations}
          authorities={involved.authorities}
          related={related}
        />,
      );
    }
    case 'events':
      return eventsPage(env, route, filter, route.page ?? 1);
    case 'eventsTag':
      return eventsPage(env, route, { hashtag: route.tag }, 1);
    case 'eventsMonth':
      return eventsPage(env, route, { month: route.month }, 1);
    case 'event': {
      const data = await eventPageData(store, route.slug);
      if (!data) return null;
      const { event, related, posts, grants } = data;
      const { attributions } = requiredAttributions(event, grants);
      const world = indexWorld({
        ...Object.fromEntries(Object.entries(related).map(([k, v]) => [k, [...(v as Map<string, unknown>).values()]])),
        events: [event],
      });
      return page(
        ctx,
        {
          title: event.title,
          description: event.summary ?? markdownToText(event.body),
          route,
          // Speakers' organisations as references: their own pages carry the full nodes under the same @id.
          jsonLd: eventJsonLd(event, world, formatOptions(ctx), 'reference'),
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
      return page(
        ctx,
        { title: t.news, description: `${t.news} — ${t.siteTagline}`, route },
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
      const { attributions } = requiredAttributions(data.post, data.grants);
      return page(
        ctx,
        {
          title: data.post.title,
          description: data.post.lead ?? markdownToText(data.post.body, 200),
          route,
          ogType: 'article',
          ...(data.event
            ? {
                jsonLd: eventJsonLd(
                  data.event,
                  indexWorld({ grants: data.grants, events: [data.event] }),
                  formatOptions(ctx),
                ),
              }
            : {}),
        },
        <PostPage ctx={ctx} post={data.post} event={data.event} attributions={attributions} related={data.related} />,
      );
    }
    case 'organizations':
    case 'authorities':
    case 'grants': {
      const pageNo = route.page ?? 1;
      const { items, pages } = await indexPage(store, route.kind, pageNo);
      if (pageNo > pages) return null;
      const heading =
        route.kind === 'organizations' ? t.organizations : route.kind === 'authorities' ? t.authorities : t.grants;
      const kind =
        route.kind === 'organizations' ? 'organization' : route.kind === 'authorities' ? 'authority' : 'grant';
      return page(
        ctx,
        { title: heading, description: `${heading} — ${t.siteTagline}`, route },
        <IndexPage
          ctx={ctx}
          heading={heading}
          page={pageNo}
          pages={pages}
          pageLink={(n) => href(ctx, { kind: route.kind, page: n })}
          items={items.map((x) => ({
            name: 'taskTitle' in x ? x.taskTitle : x.name,
            link: href(ctx, { kind, slug: x.slug }),
          }))}
        />,
      );
    }
    case 'organization': {
      const data = await organizationPageData(store, route.slug);
      if (!data) return null;
      return page(
        ctx,
        {
          title: data.organization.name,
          description: data.organization.description ?? data.organization.name,
          route,
          ogType: 'profile',
          jsonLd: organizationJsonLd(data.organization, formatOptions(ctx)),
        },
        <OrganizationPage ctx={ctx} {...data} />,
      );
    }
    case 'authority': {
      const data = await authorityPageData(store, route.slug);
      if (!data) return null;
      return page(
        ctx,
        {
          title: data.authority.name,
          description: data.authority.description ?? data.authority.name,
          route,
          ogType: 'profile',
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
        ctx,
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
        ctx,
        {
          title: data.venue.name,
          description: `${data.venue.name}, ${data.venue.address.street}, ${data.venue.address.city}`,
          route,
          jsonLd: { '@context': 'https://schema.org', ...venueJsonLd(data.venue, formatOptions(ctx)) },
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
        ctx,
        {
          title: data.grant.taskTitle,
          description: `${data.grant.funderName}: ${data.grant.taskTitle}`,
          route,
          jsonLd: grantJsonLd(data.grant, world, formatOptions(ctx)),
        },
        <GrantPage ctx={ctx} grant={data.grant} events={data.events} related={data.related} />,
      );
    }
    case 'accessibility':
      return page(
        ctx,
        { title: t.accessibility, description: t.accessibility, route },
        <AccessibilityPage ctx={ctx} />,
      );
  }
}
