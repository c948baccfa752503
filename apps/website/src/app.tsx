import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import type { Locale, SiteConfig, SiteStore } from '@org/site';
import {
  absoluteUrl,
  clientAddress,
  FAVICON,
  FAVICON_CACHE,
  FAVICON_PATH,
  FAVICON_TYPE,
  FEEDS,
  FILTER_PARAMS_BY_LOCALE,
  type FilterProblem,
  filterErrorPage,
  LOCALES,
  linkContext,
  movedPageHtml,
  movedTo,
  notFoundPage,
  type PageInput,
  type PageQuery,
  parseRoute,
  type Route,
  readFilter,
  readSearch,
  renderRoute,
  routePath,
  SEARCH_PARAMS,
  SHARE_IMAGE,
  SHARE_IMAGE_PATH,
  STYLESHEET,
  STYLESHEET_PATH,
  TOUCH_ICON_PATHS,
  touchIconPng,
  trustedProxies,
} from '@org/site';
import { type Context, Hono, type Next } from 'hono';
import { apiRoutes, apiTooManyRequests, noApiEndpoint } from './api.js';
import { READ_CORS, READ_CORS_RATE_LIMITED, READ_PREFLIGHT } from './cors.js';
import {
  calendar,
  calendarUrl,
  eventCalendar,
  FEED_KINDS,
  feed,
  misspelledCalendarFilter,
  movedQuery,
  repeatedCalendarFilter,
  resolveCalendarFilter,
  robots,
  SITEMAP_TYPE,
  searchInCalendar,
  sitemaps,
} from './data-routes.js';
import { DataVersion } from './data-version.js';
import { type MemoStoreOptions, memoStore } from './memo-store.js';
import { type CachedPage, makePage, PageCache, type PageCacheLimits, reply, sendCached } from './page-cache.js';
import { RateLimiter, type RateLimitHit, type RateLimitOptions, rateLimitHeaders, rateLimitKey } from './rate-limit.js';
import { securityHeaders, securityHeadersFor } from './security-headers.js';
import { validRecords } from './valid-records.js';

export interface SiteOptions {
  siteUrl: string;
  cache: PageCacheLimits;
  /** The clock; "upcoming" and the calendar depend on it. */
  now?: () => number;
  /** Told of each stored record that breaks the domain's rules and is left out (`memoStore`); a warning by default. */
  onInvalid?: MemoStoreOptions['onInvalid'];
  /** The foundation's facts (publisher, accessibility statement); the demo's placeholders by default. */
  site?: SiteConfig;
  /**
   * The per-client limit of requests the page cache cannot answer: the JSON API and calendars rendered for a
   * filter (`rate-limit.ts`); none when not given. `trustedProxies` are those whose `X-Forwarded-For` names the
   * client (@org/site's `clientAddress`); its clock is its own, apart from `now`.
   */
  rateLimit?: RateLimitOptions & { trustedProxies?: readonly string[] };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

const withCors = <T extends PageInput>(input: T): T => ({ ...input, headers: { ...input.headers, ...READ_CORS } });

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
  const store = memoStore(source, options.onInvalid ? { onInvalid: options.onInvalid } : {});
  const cache = new PageCache(versions, options.cache, () => store.reset());
  // Made once per language, not per request (each parses SITE_URL); read-only from here on.
  const contexts = {
    pl: Object.freeze(linkContext(options.siteUrl, 'pl')),
    en: Object.freeze(linkContext(options.siteUrl, 'en')),
  };
  const ctxFor = (locale: Locale) => contexts[locale];
  const siteUrl = linkContext(options.siteUrl, 'pl').siteUrl;
  const security = securityHeaders(siteUrl);
  // Every response made here carries the security headers; the page's own headers come after them.
  // `transient`: sent once and kept by no cache (makePage).
  const page = (input: PageInput, t: number, ttlMs: number, transient = false) =>
    makePage(
      { ...input, headers: { ...securityHeadersFor(security, input.contentType), ...input.headers } },
      t,
      ttlMs,
      transient,
    );

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
    const made = cache.stamp(key, page(input, now(), cache.ttlMs));
    if (made.status === 200) cache.set(key, made, c.get('generation'));
    return made;
  };

  const app = new Hono<{ Variables: { generation: number } }>({ strict: false });
  // Responses made by Hono itself (the API, 405s, errors) get the security headers they lack.
  app.use(async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(securityHeadersFor(security, headers.get('content-type'))))
      if (!headers.has(name)) headers.set(name, value);
  });
  app.use(async (c, next) => {
    c.set('generation', cache.generation);
    await next();
  });
  // The rate limit counts only what reaches Hono, never a page the listener answers from the cache (the
  // benchmarked path): the API, which reads the store on every request, and a calendar the cache does not hold.
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const trusted = trustedProxies(options.rateLimit?.trustedProxies ?? []);
  const limited =
    (tooMany: (c: Context, hit: RateLimitHit) => Response, counts: (c: Context) => boolean) =>
    async (c: Context, next: Next) => {
      const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
      // No socket: a request the app makes of itself (`app.options`' probe), counted as the preflight that made it.
      if (!limiter || !incoming || !counts(c)) return next();
      const client = clientAddress(incoming.socket.remoteAddress, c.req.header('x-forwarded-for'), trusted);
      const hit = limiter.hit(rateLimitKey(client));
      if (!hit.allowed) return tooMany(c, hit);
      await next();
      // An API answer tells the allowance; a calendar's does not, as the same calendar from the cache could not.
      if (c.req.path.startsWith('/api/'))
        for (const [name, value] of Object.entries({ ...READ_CORS_RATE_LIMITED, ...rateLimitHeaders(hit) }))
          c.res.headers.set(name, value);
    };
  // A CORS preflight of the API is answered from constants: not counted, so a refusal reaches the browser as the
  // 429 of the request itself, which a page can read, not as a failed preflight.
  app.use(
    '/api/*',
    limited(apiTooManyRequests, (c) => c.req.method !== 'OPTIONS'),
  );
  // A calendar's preflight renders it (the probe of `app.options`), so it counts as the calendar does.
  for (const locale of LOCALES)
    app.use(
      FEEDS[locale].calendar,
      limited(calendarTooManyRequests, () => true),
    );
  // The API reads the store itself (fresh on every request), leaving out records that break the rules as pages do.
  app.route(
    '/api',
    apiRoutes(validRecords(source, options.onInvalid ? { onInvalid: options.onInvalid } : {}), siteUrl, options.site),
  );
  app.all('/api/*', (c) =>
    c.req.method === 'OPTIONS' ? c.body(null, 204, { ...READ_CORS, allow: 'GET, HEAD, OPTIONS' }) : noApiEndpoint(c),
  );

  app.get(STYLESHEET_PATH, (c) =>
    respond(
      c.req.raw,
      cached(c, STYLESHEET_PATH, { contentType: 'text/css; charset=utf-8', body: STYLESHEET, cacheControl: IMMUTABLE }),
    ),
  );
  app.get(SHARE_IMAGE_PATH, (c) =>
    respond(
      c.req.raw,
      cached(c, SHARE_IMAGE_PATH, { contentType: 'image/png', body: SHARE_IMAGE, cacheControl: IMMUTABLE }),
    ),
  );
  app.get(FAVICON_PATH, (c) =>
    respond(
      c.req.raw,
      cached(c, FAVICON_PATH, { contentType: FAVICON_TYPE, body: FAVICON, cacheControl: FAVICON_CACHE }),
    ),
  );
  for (const path of TOUCH_ICON_PATHS)
    app.get(path, (c) =>
      respond(
        c.req.raw,
        cached(c, path, { contentType: 'image/png', body: touchIconPng(), cacheControl: FAVICON_CACHE }),
      ),
    );
  app.get('/robots.txt', (c) => respond(c.req.raw, cached(c, '/robots.txt', robots(ctxFor('pl')))));
  // The sitemaps are made once per data version (and page lifetime), not once per request: a request for
  // a sitemap file that does not exist would otherwise make them all again, for anyone who asks.
  let sitemapMemo: { generation: number; until: number; files: ReturnType<typeof sitemaps> } | undefined;
  const sitemapFiles = () => {
    const t = now();
    if (!sitemapMemo || sitemapMemo.generation !== cache.generation || sitemapMemo.until <= t) {
      const files = sitemaps(store, ctxFor('pl'), t);
      const memo = { generation: cache.generation, until: t + cache.ttlMs, files };
      sitemapMemo = memo;
      files.catch(() => {
        if (sitemapMemo === memo) sitemapMemo = undefined;
      });
    }
    return sitemapMemo.files;
  };
  app.get('/sitemap.xml', async (c) => {
    const files = await sitemapFiles();
    for (const [path, body] of files) cached(c, path, withCors({ contentType: SITEMAP_TYPE, body }));
    return respond(
      c.req.raw,
      cache.stamp(
        '/sitemap.xml',
        page(withCors({ contentType: SITEMAP_TYPE, body: files.get('/sitemap.xml') ?? '' }), now(), cache.ttlMs),
      ),
    );
  });
  app.get('/:file{sitemap-[0-9]+\\.xml}', async (c) => {
    const files = await sitemapFiles();
    const body = files.get(`/${c.req.param('file')}`);
    if (body === undefined) return notFound(c.req.raw, 'pl');
    return respond(c.req.raw, cached(c, c.req.path, withCors({ contentType: SITEMAP_TYPE, body })));
  });
  // Served where every page's layout links them.
  for (const locale of LOCALES) {
    for (const kind of FEED_KINDS)
      app.get(FEEDS[locale][kind], async (c) =>
        respond(
          c.req.raw,
          cached(c, c.req.path, withCors(await feed(store, kind, { locale, siteUrl, site: options.site }))),
        ),
      );
    app.get(FEEDS[locale].calendar, async (c) => {
      const url = new URL(c.req.url);
      // The event list's filters, read as the list reads them: unknown parameters are ignored, as there, except a
      // filter's name misspelled, which would otherwise subscribe its reader to every event without a word.
      // So is a filter given several values, of which only the first would be used.
      const misspelled = misspelledCalendarFilter(url.searchParams, locale);
      if (misspelled) return filterError(c.req.raw, locale, { fault: 'name', reason: misspelled });
      const repeated = repeatedCalendarFilter(url.searchParams, locale);
      if (repeated) return filterError(c.req.raw, locale, { fault: 'repeated', reason: repeated });
      const searched = searchInCalendar(url.searchParams, locale);
      if (searched) return filterError(c.req.raw, locale, { fault: 'name', reason: searched });
      const asked = readFilter(url.searchParams, locale);
      const resolved = await resolveCalendarFilter(store, asked, locale);
      // The 404 is data for a widget too: it may read why (an unknown organisation, a bad month).
      if ('reason' in resolved) return filterError(c.req.raw, locale, resolved);
      if ('moved' in resolved)
        return respond(
          c.req.raw,
          movedFilterPage(
            locale,
            `${ctxFor(locale).siteUrl}${FEEDS[locale].calendar}`,
            movedQuery(url.searchParams, resolved.moved),
            READ_CORS,
          ),
        );
      const input = await calendar(store, {
        locale,
        siteUrl,
        now: now(),
        filter: resolved.filter,
        source: calendarUrl(siteUrl, locale, asked),
      });
      return respond(c.req.raw, cached(c, cacheKey(c.req.url), withCors(input)));
    });
  }

  // `headers` are a data file's own (its CORS), so another site reading it can read its 404 too.
  const notFound = (req: Request, locale: Locale, headers?: Record<string, string>) => {
    const input = notFoundPage(ctxFor(locale), new URL(req.url).pathname, options.site);
    return respond(req, page(headers ? { ...input, headers: { ...input.headers, ...headers } } : input, now(), 0));
  };
  // A calendar whose filter names nothing: which filter and why, in the request's language, with the links to
  // the unfiltered list and calendar; readable by other sites, as the calendar is (a widget may show why).
  const filterError = (req: Request, locale: Locale, problem: FilterProblem) => {
    const url = new URL(req.url);
    const input = filterErrorPage(
      ctxFor(locale),
      url.pathname + url.search,
      problem,
      options.site,
      FEEDS[locale].calendar,
    );
    return respond(req, page({ ...input, headers: { ...input.headers, ...READ_CORS } }, now(), 0));
  };

  // A page of the site, or null when its route names nothing. The event list takes its filters from
  // the query (first value of each, at most 100 characters), and it and the lists of organisations,
  // authorities and grants their search (`readSearch`).
  const renderPage = (parsed: ParsedRoute, query: URLSearchParams | undefined) => {
    const filter: PageQuery =
      parsed.route.kind === 'events' && query
        ? { ...readFilter(query, parsed.locale), search: readSearch(query, parsed.locale) }
        : isSearchable(parsed.route) && query
          ? { search: readSearch(query, parsed.locale) }
          : {};
    return renderRoute(
      { store, ctx: ctxFor(parsed.locale), now: now(), ...(options.site ? { site: options.site } : {}) },
      parsed.route,
      filter,
    );
  };
  const localeOf = (path: string): Locale => (path === '/en' || path.startsWith('/en/') ? 'en' : 'pl');

  // A record whose slug was changed: its old address answers with a permanent redirect to the current one
  // (the query kept), so links shared and indexed before the change still lead to the page. Only to a
  // page that exists: a draft's new slug is not told. Kept an hour by browsers, not for ever: an old slug
  // may later be taken by another record, which then wins.
  const redirectFor = async (parsed: ParsedRoute, query: string): Promise<CachedPage | null> => {
    // An event list filtered by an organisation or authority under a slug it gave up when renamed.
    if (parsed.route.kind === 'events' && query) {
      const params = new URLSearchParams(query);
      const resolved = await resolveCalendarFilter(store, readFilter(params, parsed.locale), parsed.locale);
      return 'moved' in resolved
        ? movedFilterPage(
            parsed.locale,
            absoluteUrl(ctxFor(parsed.locale), parsed.route),
            movedQuery(params, resolved.moved),
          )
        : null;
    }
    const moved = await movedTo(store, parsed.route);
    if (!moved) return null;
    const exists =
      moved.kind === 'eventIcs'
        ? await eventCalendar(store, moved.slug, { locale: parsed.locale, siteUrl })
        : await renderPage({ ...parsed, route: moved }, undefined);
    if (!exists) return null;
    const location = `${absoluteUrl(ctxFor(parsed.locale), moved)}${query ? `?${new URLSearchParams(query)}` : ''}`;
    return page(
      {
        status: 301,
        contentType: 'text/html; charset=utf-8',
        body: movedPageHtml(parsed.locale, location),
        // A calendar file's widget follows the redirect only if it may read it.
        headers: moved.kind === 'eventIcs' ? { location, ...READ_CORS } : { location },
        cacheControl: 'public, max-age=3600',
      },
      now(),
      0,
    );
  };

  // The same list or calendar under the current slug of a renamed organisation or authority, the rest of the
  // query kept; kept an hour, as `redirectFor`'s are.
  const movedFilterPage = (locale: Locale, address: string, query: string, headers: Record<string, string> = {}) => {
    const location = `${address}?${query}`;
    return page(
      {
        status: 301,
        contentType: 'text/html; charset=utf-8',
        body: movedPageHtml(locale, location),
        headers: { location, ...headers },
        cacheControl: 'public, max-age=3600',
      },
      now(),
      0,
    );
  };

  // The event list's 404 for a filter naming nothing: it may name a renamed organisation (`redirectFor`).
  const filterMiss = (parsed: ParsedRoute, input: PageInput, search: string) =>
    input.status === 404 && parsed.route.kind === 'events' && search.length > 1;

  // Pages are normally served by `servePage` below without Hono; this route answers what reaches it anyway
  // (an event's calendar file, absolute-form request targets, a failed data version check).
  app.get('*', async (c) => {
    const parsed = parseRoute(c.req.path);
    if (!parsed) return notFound(c.req.raw, localeOf(c.req.path));
    const url = new URL(c.req.url);
    const input =
      parsed.route.kind === 'eventIcs'
        ? await eventCalendar(store, parsed.route.slug, { locale: parsed.locale, siteUrl }).then(
            (i) => i && withCors(i),
          )
        : await renderPage(parsed, url.searchParams);
    if (!input || filterMiss(parsed, input, url.search)) {
      const moved = await redirectFor(parsed, url.search.slice(1));
      if (moved) return respond(c.req.raw, moved);
      if (input) return respond(c.req.raw, page(input, now(), 0));
      // An event's calendar file that is not there: a widget reading it may read that too.
      return notFound(c.req.raw, parsed.locale, parsed.route.kind === 'eventIcs' ? READ_CORS : undefined);
    }
    return respond(c.req.raw, cached(c, cacheKey(c.req.url), input));
  });
  // The site is read-only: other methods on its pages are not allowed (the API answers for itself).
  // OPTIONS answers for what exists: a path a GET would answer with 404 is a 404 here too, unless that 404
  // is a data file's, which other sites may read.
  app.options('*', async (c) => {
    const probe = await app.fetch(new Request(c.req.url, { method: 'HEAD' }));
    // A calendar's 404 is readable by other sites (its reason): its preflight passes, as the API's does,
    // so a widget revalidating a calendar whose filter no longer names anything learns why.
    if (probe.status === 404 && !probe.headers.has('access-control-allow-origin'))
      return notFound(c.req.raw, localeOf(c.req.path));
    // A data file another site may read answers that site's preflight too (a widget revalidating it).
    return c.body(
      null,
      204,
      probe.headers.has('access-control-allow-origin')
        ? { allow: 'GET, HEAD, OPTIONS', ...READ_PREFLIGHT }
        : { allow: 'GET, HEAD, OPTIONS' },
    );
  });
  // Every other method (POST, PUT, PATCH, DELETE, TRACE, PROPFIND…): the site only answers reads.
  app.all('*', (c) =>
    c.text('Metoda niedozwolona: tę stronę można tylko czytać (GET, HEAD).\nMethod not allowed: read only.', 405, {
      allow: 'GET, HEAD, OPTIONS',
    }),
  );
  app.onError((error, c) => {
    console.error(`website: ${c.req.method} ${c.req.path} failed`, error);
    return c.text('Błąd serwera / Server error', 500);
  });

  const honoListener = getRequestListener(app.fetch);
  // The request's own URL first (a link the site itself made is its page's key), then its canonical key.
  const serveCached = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url as string;
    const t = now();
    let page = cache.get(url, t);
    if (!page) {
      const key = cacheKey(url);
      if (key !== url) page = cache.get(key, t);
    }
    if (!page) return false;
    sendCached(page, req, res, t);
    return true;
  };
  // SITE_URL's path is where the site lives (https://example.org/mosty): links carry it, so requests
  // under it are served with it removed. Requests without it are served too, for a proxy that strips it.
  const basePath = linkContext(options.siteUrl, 'pl').basePath;
  // A page that was not in the cache: rendered and sent straight on node:http (Hono's Request and
  // Response objects cost a sixth of an uncached request). Data routes and the API go through Hono.
  const servePage = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = req.url as string;
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (!path.startsWith('/')) return false;
    // Not a page's path: a feed, the sitemap, the stylesheet, or nothing at all (Hono's routes decide).
    const parsed = parseRoute(path);
    if (!parsed || parsed.route.kind === 'eventIcs') return false;
    // Pages rendered under an older data version are not kept (PageCache.set).
    const generation = cache.generation;
    const input = await renderPage(parsed, q < 0 ? undefined : new URLSearchParams(url.slice(q + 1)));
    const t = now();
    if (input && !filterMiss(parsed, input, q < 0 ? '' : url.slice(q))) {
      const key = cacheKey(url);
      const keep = cache.enabled && (input.status ?? 200) === 200;
      const made = cache.stamp(key, page(input, t, cache.ttlMs, !keep));
      if (keep) cache.set(key, made, generation);
      sendCached(made, req, res, t);
    } else {
      const moved = await redirectFor(parsed, q < 0 ? '' : url.slice(q + 1));
      sendCached(
        moved ?? page(input ?? notFoundPage(ctxFor(parsed.locale), path, options.site), t, 0, true),
        req,
        res,
        t,
      );
    }
    return true;
  };

  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    if (basePath && req.url?.startsWith(basePath)) {
      const next = req.url.charAt(basePath.length);
      if (next === '' || next === '/' || next === '?')
        req.url = `/${req.url.slice(basePath.length).replace(/^\//, '')}`;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url && !req.url.startsWith('/api/')) {
      let synced = false;
      try {
        const pending = cache.sync();
        if (pending) await pending;
        synced = true;
        if (serveCached(req, res)) return;
      } catch (error) {
        console.error('website: data version check failed; rendering instead', error);
      }
      if (synced) {
        try {
          if (await servePage(req, res)) return;
        } catch (error) {
          console.error(`website: ${req.method} ${req.url} failed`, error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...security.other });
          res.end('Błąd serwera / Server error');
          return;
        }
      }
    }
    await honoListener(req, res);
  };
  return { app, cache, listener, close: () => versions.close() };
}

type ParsedRoute = NonNullable<ReturnType<typeof parseRoute>>;

/**
 * The 429 of a calendar asked for by a client over the rate limit, in both languages as the site's other plain
 * answers are (a calendar program shows neither), readable by a widget on another site as the calendar is.
 */
const calendarTooManyRequests = (c: Context, hit: RateLimitHit) =>
  c.text(
    `Zbyt wiele zapytań z tego adresu o kalendarze i API: limit to ${hit.limit} na minutę od jednego klienta; można spróbować ponownie za ${hit.resetSeconds} s.\nToo many requests from this address for calendars and the API: the limit is ${hit.limit} a minute per client; try again in ${hit.resetSeconds} s.`,
    429,
    {
      ...READ_CORS_RATE_LIMITED,
      ...rateLimitHeaders(hit),
      'cache-control': 'no-store',
    },
  );

/** The lists with a search box: organisations, authorities and grants. */
const isSearchable = (route: Route) =>
  route.kind === 'organizations' || route.kind === 'authorities' || route.kind === 'grants';

// Both languages' names: either spelling works on either language's pages.
const LIST_PARAMS = [...Object.values(FILTER_PARAMS_BY_LOCALE.pl), ...Object.values(FILTER_PARAMS_BY_LOCALE.en)];

/**
 * The page cache's key for a request URL: the path of the page it names, spelled the way the site
 * links it, and only the query parameters that change the page (the event list's filters and the
 * calendar's, in a fixed order, the first non-empty value of each, whole). `/?utm_source=x`, `/wydarzenia/` and
 * `/wydarzenia?b=1&a=2` share their page's entry instead of each filling the cache with a copy.
 *
 * @example
 * cacheKey('/wydarzenia/?miesiac=2026-11&utm_source=x') // '/wydarzenia?miesiac=2026-11'
 */
export function cacheKey(url: string): string {
  let path = url;
  let query = '';
  const q = url.indexOf('?');
  if (q >= 0) {
    path = url.slice(0, q);
    query = url.slice(q + 1);
  }
  if (path.startsWith('http://') || path.startsWith('https://')) {
    // An absolute-form target that is no URL at all ("https://") names no page: its own key, and a 400 or 404.
    if (!URL.canParse(path)) return url;
    path = new URL(path).pathname;
  }
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
  const parsed = parseRoute(path);
  const canonical = parsed ? routePath(parsed.route, parsed.locale) : path;
  // The calendar takes the list's filters.
  const calendarPath = path === '/kalendarz.ics' || path === '/en/calendar.ics';
  // A list with a search box keeps the search as the page reads it (`readSearch`), under its language's name.
  if (parsed && isSearchable(parsed.route)) {
    const search = query === '' ? undefined : readSearch(new URLSearchParams(query), parsed.locale);
    return search === undefined
      ? canonical
      : `${canonical}?${SEARCH_PARAMS[parsed.locale]}=${encodeURIComponent(search)}`;
  }
  const names = parsed?.route.kind === 'events' || calendarPath ? LIST_PARAMS : undefined;
  if (!names || query === '') return canonical;
  const params = new URLSearchParams(query);
  // A calendar address with a filter's name misspelled is refused (`misspelledCalendarFilter`), so it must not
  // share the key of the whole calendar, which the cache would answer first.
  // So is one giving a filter several values (`repeatedCalendarFilter`), which would share the first value's.
  const calendarLocale = path === '/en/calendar.ics' ? 'en' : 'pl';
  if (
    calendarPath &&
    (misspelledCalendarFilter(params, calendarLocale) ||
      repeatedCalendarFilter(params, calendarLocale) ||
      searchInCalendar(params, calendarLocale))
  )
    return url;
  const kept: string[] = [];
  // The event list's search, as the page reads it (the calendar refuses one, above).
  const search = parsed?.route.kind === 'events' ? readSearch(params, parsed.locale) : undefined;
  if (parsed && search !== undefined) kept.push(`${SEARCH_PARAMS[parsed.locale]}=${encodeURIComponent(search)}`);
  for (const name of names) {
    // The first value that says something, as `readFilter` reads it.
    const value = params.getAll(name).find(Boolean);
    // Whole: a value the list refuses (over 100 characters) must not share the key of one it accepts.
    if (value) kept.push(`${name}=${encodeURIComponent(value)}`);
  }
  return kept.length > 0 ? `${canonical}?${kept.join('&')}` : canonical;
}
