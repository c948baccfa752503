import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfig, SiteStore } from '@org/site';
import {
  absoluteUrl,
  DEMO_SITE_CONFIG,
  FAVICON,
  FAVICON_PATH,
  FEEDS,
  LOCALES,
  type Locale,
  linkContext,
  monthsAround,
  movedPageHtml,
  movedRoutes,
  notFoundPage,
  PAGE_SIZE,
  type RenderEnv,
  type Route,
  renderRoute,
  routePath,
  SHARE_IMAGE,
  SHARE_IMAGE_PATH,
  STATIC_SEARCH_SCRIPT,
  STATIC_SEARCH_SCRIPT_PATH,
  STYLESHEET,
  STYLESHEET_PATH,
  staticSearchIndex,
  staticSearchIndexPath,
  TOUCH_ICON_PATHS,
  touchIconPng,
} from '@org/site';
import { calendar, eventCalendar, FEED_KINDS, feed, publicRoutes, robots, sitemaps } from './data-routes.js';
import { type MemoStoreOptions, memoStore, warnInvalid } from './memo-store.js';
import { utf8Bytes } from './utf8.js';

export interface ExportOptions {
  outDir: string;
  siteUrl: string;
  now: number;
  /** Pages rendered at once; the store is synchronous SQLite, so a few suffice to overlap file writes. */
  concurrency?: number;
  /**
   * This job's share of the pages when several (worker threads) export one site together: page
   * number k of the walk is written by shard k mod count; shard 0 also writes the data files.
   */
  shard?: { index: number; count: number };
  /**
   * Told of each stored record that breaks the domain's rules and is left out (`memoStore`); by default a
   * warning, from the first shard only (every shard reads the same records).
   */
  onInvalid?: MemoStoreOptions['onInvalid'];
  /** The foundation's facts (publisher, accessibility statement); the demo's placeholders by default. */
  site?: SiteConfig;
}

export interface ExportStats {
  pages: number;
  files: number;
  bytes: number;
}

/** Where a path's file goes: pages become `<path>/index.html`, files keep their name. */
export function fileFor(path: string): string {
  const decoded = decodeURIComponent(path);
  if (/\.[a-z0-9]+$/i.test(decoded)) return decoded;
  return `${decoded.replace(/\/$/, '')}/index.html`;
}

/**
 * Writes the whole public site, both languages, to `outDir`: every page as `<path>/index.html` with
 * links ending in `/` (so any web server or CDN finds them), the stylesheet, feeds, calendars,
 * sitemaps, robots.txt, favicon.ico and the touch icons, the lists' search files and script, and a 404.html.
 */
export async function exportSite(source: SiteStore, options: ExportOptions): Promise<ExportStats> {
  // One snapshot for the whole job: every record read once up front, each list query once.
  const store = memoStore(source, {
    onInvalid: options.onInvalid ?? ((options.shard?.index ?? 0) === 0 ? warnInvalid : () => {}),
  });
  await store.preload();
  const stats: ExportStats = { pages: 0, files: 0, bytes: 0 };
  const dirs = new Set<string>();
  // Synchronous writes: each export job runs in its own worker thread, and a small file written
  // directly costs less than a round trip through libuv's thread pool.
  const write = async (path: string, body: string | Uint8Array) => {
    const file = join(options.outDir, fileFor(path));
    const dir = dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    // Encoded once (utf8.ts); a string handed to writeFileSync would be measured and encoded again.
    const bytes = typeof body === 'string' ? utf8Bytes(body) : body;
    writeFileSync(file, bytes);
    stats.files++;
    stats.bytes += bytes.byteLength;
  };
  const site = options.site ? { site: options.site } : {};
  const envs: Record<Locale, RenderEnv> = {
    pl: { store, ctx: linkContext(options.siteUrl, 'pl', true), now: options.now, ...site },
    en: { store, ctx: linkContext(options.siteUrl, 'en', true), now: options.now, ...site },
  };
  const shard = options.shard ?? { index: 0, count: 1 };
  let seq = 0;
  const mine = () => seq++ % shard.count === shard.index;
  const page = async (route: Route, locale: Locale) => {
    const input = await renderRoute(envs[locale], route);
    if (!input) return false;
    await write(routePath(route, locale), input.body);
    stats.pages++;
    return true;
  };

  // Pages of every record and section, in both languages, a few at a time.
  const tags = new Set<string>();
  const queue: Promise<unknown>[] = [];
  const limit = options.concurrency ?? 4;
  const run = async (job: () => Promise<unknown>) => {
    if (queue.length >= limit) await queue.shift();
    queue.push(job());
  };
  // Every record page the copy holds, to know which old addresses lead to one (`movedRoutes` below).
  const exported = new Set<string>();
  for await (const { route } of publicRoutes(store)) {
    if ('slug' in route) exported.add(`${route.kind}/${route.slug}`);
    // A post's hashtags link to the same tag pages as an event's.
    if (route.kind === 'post')
      for (const tag of (await store.posts.getBySlug(route.slug))?.hashtags ?? []) tags.add(tag);
    if (route.kind === 'event') {
      const event = await store.events.getBySlug(route.slug);
      for (const tag of event?.hashtags ?? []) tags.add(tag);
      for (const locale of LOCALES)
        if (mine())
          await run(async () => {
            const ics = await eventCalendar(store, route.slug, { locale, siteUrl: options.siteUrl, staticLinks: true });
            if (ics) await write(routePath({ kind: 'eventIcs', slug: route.slug }, locale), ics.body);
          });
    }
    for (const locale of LOCALES) if (mine()) await run(() => page(route, locale));
  }
  await Promise.all(queue);
  queue.length = 0;

  // List pages beyond the first, and every page of each hashtag and month (the static list links to
  // them). Every page up to the last exists, so a walk stops at the first page that does not.
  for (const kind of ['events', 'news', 'organizations', 'authorities', 'grants'] as const)
    for (const locale of LOCALES)
      for (let n = 2 + shard.index; ; n += shard.count) if (!(await page({ kind, page: n }, locale))) break;
  const allPages = async (route: Extract<Route, { kind: 'eventsTag' | 'eventsMonth' }>, locale: Locale) => {
    for (let n = 1; await page(n > 1 ? { ...route, page: n } : route, locale); n++);
  };
  for (const month of monthsAround(options.now))
    for (const locale of LOCALES) if (mine()) await run(() => allPages({ kind: 'eventsMonth', month }, locale));
  for (const tag of tags)
    for (const locale of LOCALES) if (mine()) await run(() => allPages({ kind: 'eventsTag', tag }, locale));
  await Promise.all(queue);
  if (shard.index !== 0) return stats;

  // Data files.
  const siteUrl = envs.pl.ctx.siteUrl;
  for (const locale of LOCALES) {
    for (const kind of FEED_KINDS)
      await write(FEEDS[locale][kind], (await feed(store, kind, { locale, siteUrl, staticLinks: true, ...site })).body);
    await write(
      FEEDS[locale].calendar,
      (await calendar(store, { locale, siteUrl, now: options.now, staticLinks: true })).body,
    );
  }
  for (const [path, body] of await sitemaps(store, envs.pl.ctx, options.now)) await write(path, body);
  await write('/robots.txt', robots(envs.pl.ctx).body);
  await write(FAVICON_PATH, FAVICON);
  for (const path of TOUCH_ICON_PATHS) await write(path, touchIconPng());
  await write(STYLESHEET_PATH, STYLESHEET);
  // The search boxes of the lists: a file per list and the script that searches it (static-search.ts in @org/site).
  for (const kind of ['organizations', 'authorities', 'grants'] as const)
    await write(staticSearchIndexPath(kind), JSON.stringify(await staticSearchIndex(store, kind)));
  // The events' file says each event's time, in each language's words (and splits upcoming from past as the list does).
  for (const locale of LOCALES)
    await write(
      staticSearchIndexPath('events', locale),
      JSON.stringify(await staticSearchIndex(store, 'events', { now: options.now, locale })),
    );
  await write(STATIC_SEARCH_SCRIPT_PATH, STATIC_SEARCH_SCRIPT);
  await write(SHARE_IMAGE_PATH, SHARE_IMAGE);
  // No /api/openapi.json: a static copy has no API to describe (its pages do not link one either).
  // The footer's licence and publisher, as on every other page (the demo's without a site config).
  await write('/404.html', notFoundPage(envs.pl.ctx, '/404.html', options.site ?? DEMO_SITE_CONFIG).body);
  // A record whose slug changed: its old address holds a page that sends the reader on (a static host
  // has no redirects), if the page it leads to is in the copy (a draft's new slug is not told).
  for await (const { from, to } of movedRoutes(store)) {
    if (!('slug' in to) || !exported.has(`${to.kind}/${to.slug}`)) continue;
    for (const locale of LOCALES) {
      await write(routePath(from, locale), movedPageHtml(locale, absoluteUrl(envs[locale].ctx, to)));
    }
  }
  return stats;
}

/** How many list pages a total makes (for reports). */
export const pagesFor = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
