import { raw } from 'hono/html';
import type { FC, PropsWithChildren } from 'hono/jsx';
import { LOCALES, type Locale, strings } from '../locale.js';
import { absoluteUrl, href, type LinkContext, type Route, sitePath } from '../routes.js';
import { SHARE_IMAGE_SIZE, shareImageUrl } from '../share-image.js';
import type { SiteConfig } from '../site-config.js';
import { FAVICON_PATH, TOUCH_ICON_PATH } from '../site-icons.js';
import { STYLESHEET_PATH } from '../styles.js';
import { Polish } from './bits.js';
import { escapeHtml } from './escape-html.js';

/** What a page says about itself in `<head>`: title, description, Open Graph and JSON-LD. */
export interface PageMeta {
  title: string;
  /**
   * The language of `title` when it is not the page's: an event or post written in Polish, or an organisation's
   * Polish name, on an English page. `<title lang>` says so, so a screen reader announcing the page reads it in
   * that language.
   */
  titleLang?: string | undefined;
  description: string;
  /** The page's own route; with `bilingual` its twin in the other language is linked by hreflang. */
  route: Route;
  bilingual?: boolean;
  ogType?: 'website' | 'article' | 'profile';
  /** JSON-LD as produced by `@org/formats`; serialised here with `<` escaped. */
  jsonLd?: unknown;
  noindex?: boolean;
  /**
   * The page whose content this is, when it is not `route`: its canonical URL and og:url name that page
   * (`/wydarzenia?hasztag=Współpraca` and `/wydarzenia/tag/współpraca` are `/wydarzenia/tag/Współpraca`).
   */
  canonical?: Route;
  /**
   * The query that narrows `route` to this page, in each language's parameter names (a list filtered by an
   * organisation: `?organizacja=…` / `?organisation=…`). Without `canonical`, the language switch and the
   * hreflang links carry it, so the other language shows the same list and not the whole one.
   */
  query?: Record<Locale, string>;
  /**
   * A page that answers an address with no page of its own (the 404 page): titled by its own title, with
   * no canonical URL or og:url, since `route` is only where its links lead, not where it lives.
   */
  missing?: boolean;
}

const OG_LOCALE = { pl: 'pl_PL', en: 'en_GB' } as const;

/**
 * The feeds and calendar of each language, as the website serves and exports them (apps/website's
 * data routes): English pages link the English ones.
 */
export const FEEDS = {
  pl: { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json', calendar: '/kalendarz.ics' },
  en: { rss: '/en/rss.xml', atom: '/en/atom.xml', json: '/en/feed.json', calendar: '/en/calendar.ics' },
} as const satisfies Record<Locale, Record<string, string>>;

// JSON inside <script> must not be able to close the element: escape `<` (and the line separators
// JavaScript parsers reject) as \u escapes, which JSON parsers read back unchanged.
// Three indexOf scans cost ~0.6 µs on a page's 20 KB of JSON-LD, a regular expression test ~13 µs.
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };
const scriptJson = (value: unknown) => {
  const json = JSON.stringify(value);
  return json.includes('<') || json.includes('\u2028') || json.includes('\u2029')
    ? json.replace(/[<\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] as string)
    : json;
};

const esc = escapeHtml;

// Header and footer are the same on every page of a language but for the language switch: each is
// built once per link context and kept as a string (a site has at most four contexts: two languages,
// live or static links).
interface Frame {
  open: string;
  footer: string;
  /** The `<link rel="alternate">`s of the language's feeds, for `<head>`. */
  feedLinks: string;
  /** The share image's Open Graph and Twitter tags (absolute URL, size, text). */
  shareImage: string;
}
const frames = new Map<string, Frame>();

/** Who publishes the site and under which licence, for the footer: the parts of `SiteConfig` it shows. */
export type FooterSite = { publisher: Pick<SiteConfig['publisher'], 'name'>; license: SiteConfig['license'] };

function frameOf(ctx: LinkContext, owner: FooterSite | undefined): Frame {
  const license = owner ? [owner.license.name, owner.license.url, owner.publisher.name] : [];
  const key = `${ctx.locale}|${ctx.siteUrl}|${ctx.staticLinks}|${ctx.linkOrigin ?? ''}|${license.join('|')}`;
  let frame = frames.get(key);
  if (frame) return frame;
  const t = strings(ctx.locale);
  const feeds = FEEDS[ctx.locale];
  const navItems: [Route, string][] = [
    [{ kind: 'events' }, t.events],
    [{ kind: 'news' }, t.news],
    [{ kind: 'organizations' }, t.organizations],
    [{ kind: 'authorities' }, t.authorities],
    [{ kind: 'grants' }, t.grants],
  ];
  const skip = htmlOf(
    <a class="skip" href="#tresc">
      {t.skipToContent}
    </a>,
  );
  const brandAndNav = htmlOf(
    <>
      <a class="brand" href={href(ctx, { kind: 'home' })}>
        {t.siteName}
      </a>
      <nav class="main" aria-label={t.mainNav}>
        <ul>
          {navItems.map(([route, text]) => (
            <li>
              <a href={href(ctx, route)}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
    </>,
  );
  const footer = htmlOf(
    <footer class="site">
      <div class="wrap">
        <p>{t.siteTagline}</p>
        {/* The terms of reuse of everything published here, rel="license" for machines (HTML's link type). */}
        {owner ? (
          <p class="license">
            {t.dataLicense}{' '}
            <a rel="license" href={owner.license.url}>
              {owner.license.name}
            </a>{' '}
            — <Polish ctx={ctx}>{owner.publisher.name}</Polish>
          </p>
        ) : null}
        <ul>
          <li>
            <a href={href(ctx, { kind: 'accessibility' })}>{t.accessibility}</a>
          </li>
          <li>
            <a href={href(ctx, { kind: 'openData' })}>{t.openData}</a>
          </li>
          <li>
            <a href={sitePath(ctx, feeds.rss)}>{t.rss}</a>
          </li>
          <li>
            <a href={sitePath(ctx, feeds.atom)}>{t.atom}</a>
          </li>
          <li>
            <a href={sitePath(ctx, feeds.json)}>{t.jsonFeed}</a>
          </li>
          <li>
            <a href={sitePath(ctx, feeds.calendar)}>{t.calendar}</a>
          </li>
          {/* A static copy has no API (its files are pages and data files only): no link to a document of one. */}
          {ctx.staticLinks ? null : (
            <li>
              <a href={sitePath(ctx, '/api/openapi.json')}>{t.api}</a>
            </li>
          )}
        </ul>
      </div>
    </footer>,
  );
  const site = esc(t.siteName);
  const feedLinks =
    `<link rel="alternate" type="application/rss+xml" title="${site} — RSS" href="${esc(sitePath(ctx, feeds.rss))}"/>` +
    `<link rel="alternate" type="application/atom+xml" title="${site} — Atom" href="${esc(sitePath(ctx, feeds.atom))}"/>` +
    `<link rel="alternate" type="application/feed+json" title="${site} — JSON Feed" href="${esc(sitePath(ctx, feeds.json))}"/>`;
  // Absolute, as link previews fetch it from anywhere; the image shows the Polish name and tagline.
  const image = esc(shareImageUrl(ctx));
  const shareImage =
    `<meta property="og:image" content="${image}"/><meta property="og:image:type" content="image/png"/>` +
    `<meta property="og:image:width" content="${SHARE_IMAGE_SIZE.width}"/><meta property="og:image:height" content="${SHARE_IMAGE_SIZE.height}"/>` +
    `<meta property="og:image:alt" content="${esc(t.homeHeading)}"/><meta name="twitter:card" content="summary_large_image"/>`;
  frame = { open: `${skip}<header class="site"><div class="wrap">${brandAndNav}`, footer, feedLinks, shareImage };
  frames.set(key, frame);
  return frame;
}

/**
 * The frame of every page around its rendered main content: `<head>` with title, description,
 * canonical and hreflang links, feeds, Open Graph and JSON-LD; skip link, header with navigation and
 * language switch, main, footer (with `owner`, the publisher and the data's licence). Built as a string: hono/jsx would hoist every `<meta>` and `<link>`
 * into `<head>` by rewriting the whole document once per tag, the largest cost of a page render.
 */
export function layoutHtml(ctx: LinkContext, meta: PageMeta, main: string, owner?: FooterSite): string {
  const t = strings(ctx.locale);
  const other = ctx.locale === 'pl' ? 'en' : 'pl';
  const bilingual = meta.bilingual !== false;
  const canonical = esc(absoluteUrl(ctx, meta.canonical ?? meta.route));
  // The home page's title is its heading, which names the site already.
  const title = meta.route.kind === 'home' && !meta.missing ? meta.title : `${meta.title} — ${t.siteName}`;
  const description = esc(meta.description);
  const site = esc(t.siteName);
  const frame = frameOf(ctx, owner);
  let head = `<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title${meta.titleLang ? ` lang="${esc(meta.titleLang)}"` : ''}>${esc(title)}</title><meta name="description" content="${description}"/>`;
  if (meta.noindex || ctx.notice) head += '<meta name="robots" content="noindex"/>';
  if (!meta.missing) head += `<link rel="canonical" href="${canonical}"/>`;
  // The page's twin in a language is its canonical page's (a tag's own page for `/wydarzenia?hasztag=X`),
  // else its route with the query that narrows it: never the whole list a filtered one was narrowed from.
  const twin = meta.canonical ?? meta.route;
  const twinQuery = (l: Locale) => (meta.canonical ? '' : (meta.query?.[l] ?? ''));
  if (bilingual) {
    for (const l of LOCALES)
      head += `<link rel="alternate" hreflang="${l}" href="${esc(absoluteUrl(ctx, twin, l) + twinQuery(l))}"/>`;
    head += `<link rel="alternate" hreflang="x-default" href="${esc(absoluteUrl(ctx, twin, 'pl') + twinQuery('pl'))}"/>`;
  }
  // The stylesheet comes from wherever the page is served, even when links lead elsewhere.
  head += `<link rel="stylesheet" href="${esc(`${ctx.basePath}${STYLESHEET_PATH}`)}"/>`;
  // The website's icon (site-icons.ts; apps/website serves and exports it): linked, so a site under a path
  // (https://example.org/mosty) shows its own instead of asking the host's root for one; 512 px for a phone's
  // home screen.
  head += `<link rel="icon" href="${esc(`${ctx.basePath}${FAVICON_PATH}`)}" sizes="16x16"/>`;
  head += `<link rel="apple-touch-icon" href="${esc(`${ctx.basePath}${TOUCH_ICON_PATH}`)}"/>`;
  head += frame.feedLinks;
  head += `<meta property="og:site_name" content="${site}"/><meta property="og:title" content="${esc(meta.title)}"/><meta property="og:description" content="${description}"/>`;
  head += `<meta property="og:type" content="${meta.ogType ?? 'website'}"/>${meta.missing ? '' : `<meta property="og:url" content="${canonical}"/>`}<meta property="og:locale" content="${OG_LOCALE[ctx.locale]}"/>`;
  if (bilingual) head += `<meta property="og:locale:alternate" content="${OG_LOCALE[other]}"/>`;
  head += frame.shareImage;
  if (meta.jsonLd !== undefined) head += `<script type="application/ld+json">${scriptJson(meta.jsonLd)}</script>`;
  // The visible text is the link's whole name (WCAG 2.5.3 Label in Name), in its own language.
  const language = bilingual
    ? `<a class="lang" href="${esc(href(ctx, twin, other) + twinQuery(other))}" hreflang="${other}" lang="${other}">${esc(t.switchLanguage)}</a>`
    : '';
  const notice = ctx.notice
    ? `<p class="notice" role="status">${esc(ctx.notice.text)}${ctx.notice.link ? ` <a href="${esc(ctx.notice.link.href)}">${esc(ctx.notice.link.label)}</a>` : ''}</p>`
    : '';
  return `<html lang="${ctx.locale}"><head>${head}</head><body>${frame.open}${language}</div></header><main id="tresc" tabindex="-1"><div class="wrap">${notice}${main}</div></main>${frame.footer}</body></html>`;
}

/** The frame of every page as a component (see `layoutHtml`). */
export const Layout: FC<PropsWithChildren<{ ctx: LinkContext; meta: PageMeta; site?: FooterSite }>> = ({
  ctx,
  meta,
  site,
  children,
}) =>
  // biome-ignore lint/complexity/noUselessFragments: the fragment renders the children as hono/jsx does (text escaped, arrays joined, null left out).
  raw(layoutHtml(ctx, meta, htmlOf(<>{children}</>), site));

/**
 * A complete HTML document from a rendered page element. hono/jsx writes no doctype, and without one
 * browsers fall back to quirks mode (TOOLCHAIN.md §5.12).
 */
export function documentHtml(element: unknown): string {
  return `<!DOCTYPE html>${htmlOf(element)}`;
}

/** What hono/jsx's nodes (elements, fragments, components) have beside `toString`. */
interface BufferedNode {
  toStringToBuffer(buffer: string[]): void;
}
const isBufferedNode = (node: unknown): node is BufferedNode =>
  typeof node === 'object' && node !== null && typeof (node as Partial<BufferedNode>).toStringToBuffer === 'function';

/**
 * The HTML of a hono/jsx node (an element, fragment or component; anything else is taken as HTML already),
 * as its `toString` gives it but without hono's render context: `toString` runs every render inside
 * `AsyncLocalStorage.run`, and on Node 20 the first such run turns on promise hooks for the whole process,
 * for good; they cost every promise of every request after it (about 4% of an uncached event page's CPU in
 * the website). The site's components are synchronous and read no context (`useContext`), so the buffer
 * holds the whole page. An async component, whose `toString` would be a promise, is refused with an error
 * saying so.
 *
 * @example
 * htmlOf(<p title="a&b">{'<x>'}</p>) // '<p title="a&amp;b">&lt;x&gt;</p>'
 */
export function htmlOf(node: unknown): string {
  if (!isBufferedNode(node)) return String(node);
  const buffer = [''];
  node.toStringToBuffer(buffer);
  if (buffer.length !== 1 || 'callbacks' in buffer)
    throw new Error('htmlOf: an async component or an HTML callback in a page; the site renders synchronously');
  return buffer[0] as string;
}
