import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Locale, SiteStore } from '@org/site';
import {
  type EventFilter,
  FILTER_PARAMS,
  isHashtag,
  isSlug,
  linkContext,
  notFoundPage,
  type PageInput,
  parseRoute,
  renderRoute,
  STYLESHEET,
  STYLESHEET_PATH,
} from '@org/site';
import { Hono } from 'hono';
import { apiRoutes } from './api.js';
import { calendar, eventCalendar, feed, robots, SITEMAP_TYPE, sitemaps } from './data-routes.js';
import { DataVersion } from './data-version.js';
import { memoStore } from './memo-store.js';
import { type CachedPage, makePage, PageCache, reply, sendCached } from './page-cache.js';

export interface SiteOptions {
  siteUrl: string;
  cache: { enabled: boolean; ttlMs: number; maxEntries: number };
  /** The clock; "upcoming" and the calendar depend on it. */
  now?: () => number;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The website: a Hono app for everything, behind a plain node:http listener that answers cached
 * pages straight from bytes (PERF.md: Hono's Response path costs a third of nginx's throughput).
 * Every page request first reads the store's data version, so a write by the admin (another process)
 * shows on the next request: a move empties the page cache and the read snapshot pages render from.
 */
export function createSite(source: SiteStore, options: SiteOptions) {
  const now = options.now ?? Date.now;
  const versions = new DataVersion(source);
  // Pages render from a snapshot of the store, valid for one data version; the JSON API reads the store.
  const store = memoStore(source);
  const cache = new PageCache(versions, options.cache.ttlMs, options.cache.maxEntries, options.cache.enabled, () =>
    store.reset(),
  );
  const ctxFor = (locale: Locale) => linkContext(options.siteUrl, locale);
  const siteUrl = linkContext(options.siteUrl, 'pl').siteUrl;

  const respond = (req: Request, page: CachedPage) => {
    const r = reply(
      page,
      {
        'if-none-match': req.headers.get('if-none-match') ?? undefined,
        'if-modified-since': req.headers.get('if-modified-since') ?? undefined,
        'accept-encoding': req.headers.get('accept-encoding') ?? undefined,
      },
      req.method === 'HEAD',
    );
    return new Response(r.body as BodyInit | null, { status: r.status, headers: r.headers });
  };
  // A page is kept only if no data version move happened while it rendered (`generation`).
  const cached = (c: { get(key: 'generation'): number }, key: string, input: PageInput) => {
    const page = makePage(input, now(), cache.ttlMs);
    if (page.status === 200) cache.set(key, page, c.get('generation'));
    return page;
  };

  const app = new Hono<{ Variables: { generation: number } }>({ strict: false });
  app.use(async (c, next) => {
    c.set('generation', cache.generation);
    await next();
  });
  app.route('/api', apiRoutes(source, siteUrl));
  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `No API endpoint at ${c.req.path}` }, 404));

  app.get(STYLESHEET_PATH, (c) =>
    respond(
      c.req.raw,
      cached(c, STYLESHEET_PATH, { contentType: 'text/css; charset=utf-8', body: STYLESHEET, cacheControl: IMMUTABLE }),
    ),
  );
  app.get('/robots.txt', (c) => respond(c.req.raw, cached(c, '/robots.txt', robots(ctxFor('pl')))));
  app.get('/sitemap.xml', async (c) => {
    const files = await sitemaps(store, ctxFor('pl'));
    for (const [path, body] of files) cached(c, path, { contentType: SITEMAP_TYPE, body });
    return respond(
      c.req.raw,
      makePage({ contentType: SITEMAP_TYPE, body: files.get('/sitemap.xml') ?? '' }, now(), cache.ttlMs),
    );
  });
  app.get('/:file{sitemap-[0-9]+\\.xml}', async (c) => {
    const files = await sitemaps(store, ctxFor('pl'));
    const body = files.get(`/${c.req.param('file')}`);
    if (body === undefined) return notFound(c.req.raw, 'pl');
    return respond(c.req.raw, cached(c, c.req.path, { contentType: SITEMAP_TYPE, body }));
  });
  for (const locale of ['pl', 'en'] as const) {
    const prefix = locale === 'en' ? '/en' : '';
    for (const [file, kind] of [
      ['rss.xml', 'rss'],
      ['atom.xml', 'atom'],
      ['feed.json', 'json'],
    ] as const)
      app.get(`${prefix}/${file}`, async (c) =>
        respond(c.req.raw, cached(c, c.req.path, await feed(store, kind, locale, siteUrl))),
      );
    app.get(`${prefix}/${locale === 'en' ? 'calendar' : 'kalendarz'}.ics`, async (c) => {
      const hashtag = c.req.query(FILTER_PARAMS.hashtag) || undefined;
      const orgSlug = c.req.query(FILTER_PARAMS.organization) || undefined;
      // A filter that cannot name a hashtag or an organisation is an unknown calendar.
      if ((hashtag && !isHashtag(hashtag)) || (orgSlug && !isSlug(orgSlug))) return notFound(c.req.raw, locale);
      const org = orgSlug ? await store.organizations.getBySlug(orgSlug) : null;
      if (orgSlug && !org) return notFound(c.req.raw, locale);
      const input = await calendar(
        store,
        { ...(hashtag ? { hashtag } : {}), ...(org ? { organizationId: org.id } : {}) },
        locale,
        siteUrl,
        now(),
      );
      return respond(c.req.raw, cached(c, keyOf(c.req.raw), input));
    });
  }

  const notFound = (req: Request, locale: Locale) =>
    respond(req, makePage(notFoundPage(ctxFor(locale), new URL(req.url).pathname), now(), 0));

  app.get('*', async (c) => {
    const parsed = parseRoute(c.req.path);
    const locale: Locale = c.req.path === '/en' || c.req.path.startsWith('/en/') ? 'en' : 'pl';
    if (!parsed) return notFound(c.req.raw, locale);
    const ctx = ctxFor(parsed.locale);
    if (parsed.route.kind === 'eventIcs') {
      const input = await eventCalendar(store, parsed.route.slug, parsed.locale, siteUrl);
      return input ? respond(c.req.raw, cached(c, keyOf(c.req.raw), input)) : notFound(c.req.raw, parsed.locale);
    }
    const filter: EventFilter = {};
    if (parsed.route.kind === 'events') {
      for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof EventFilter, string][]) {
        const value = c.req.query(param);
        if (value) filter[key] = value.slice(0, 100);
      }
    }
    const input = await renderRoute({ store, ctx, now: now() }, parsed.route, filter);
    if (!input) return notFound(c.req.raw, parsed.locale);
    return respond(c.req.raw, cached(c, keyOf(c.req.raw), input));
  });
  app.onError((error, c) => {
    console.error(`website: ${c.req.method} ${c.req.path} failed`, error);
    return c.text('Błąd serwera / Server error', 500);
  });

  const honoListener = getRequestListener(app.fetch);
  const serveCached = (req: IncomingMessage, res: ServerResponse): boolean => {
    const page = cache.get(req.url as string, now());
    if (!page) return false;
    sendCached(page, req, res);
    return true;
  };
  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url && !req.url.startsWith('/api/')) {
      try {
        const pending = cache.sync();
        if (pending) await pending;
        if (serveCached(req, res)) return;
      } catch (error) {
        console.error('website: data version check failed; rendering instead', error);
      }
    }
    await honoListener(req, res);
  };
  return { app, cache, listener, close: () => versions.close() };
}

/** The cache key of a request: its path and query as sent. */
function keyOf(req: Request): string {
  const url = new URL(req.url);
  return url.pathname + url.search;
}
