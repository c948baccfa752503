import { raw } from 'hono/html';
import type { FC, PropsWithChildren } from 'hono/jsx';
import { LOCALES, strings } from '../locale.js';
import { absoluteUrl, href, type LinkContext, type Route, sitePath } from '../routes.js';
import { STYLESHEET_PATH } from '../styles.js';

/** What a page says about itself in `<head>`: title, description, Open Graph and JSON-LD. */
export interface PageMeta {
  title: string;
  description: string;
  /** The page's own route; with `bilingual` its twin in the other language is linked by hreflang. */
  route: Route;
  bilingual?: boolean;
  ogType?: 'website' | 'article' | 'profile';
  /** JSON-LD as produced by `@org/formats`; serialised here with `<` escaped. */
  jsonLd?: unknown;
  noindex?: boolean;
}

const OG_LOCALE = { pl: 'pl_PL', en: 'en_GB' } as const;

// JSON inside <script> must not be able to close the element: escape `<` (and the line separators
// JavaScript parsers reject) as \u escapes, which JSON parsers read back unchanged.
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export const Layout: FC<PropsWithChildren<{ ctx: LinkContext; meta: PageMeta }>> = ({ ctx, meta, children }) => {
  const t = strings(ctx.locale);
  const other = ctx.locale === 'pl' ? 'en' : 'pl';
  const bilingual = meta.bilingual !== false;
  const canonical = absoluteUrl(ctx, meta.route);
  const title = meta.route.kind === 'home' ? `${t.siteName} — ${t.siteTagline}` : `${meta.title} — ${t.siteName}`;
  const navItems: [Route, string][] = [
    [{ kind: 'events' }, t.events],
    [{ kind: 'news' }, t.news],
    [{ kind: 'organizations' }, t.organizations],
    [{ kind: 'authorities' }, t.authorities],
    [{ kind: 'grants' }, t.grants],
  ];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        {bilingual
          ? LOCALES.map((l) => <link rel="alternate" hreflang={l} href={absoluteUrl(ctx, meta.route, l)} />)
          : null}
        {bilingual ? <link rel="alternate" hreflang="x-default" href={absoluteUrl(ctx, meta.route, 'pl')} /> : null}
        <link rel="stylesheet" href={sitePath(ctx, STYLESHEET_PATH)} />
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${t.siteName} — RSS`}
          href={sitePath(ctx, '/rss.xml')}
        />
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${t.siteName} — Atom`}
          href={sitePath(ctx, '/atom.xml')}
        />
        <link
          rel="alternate"
          type="application/feed+json"
          title={`${t.siteName} — JSON Feed`}
          href={sitePath(ctx, '/feed.json')}
        />
        <meta property="og:site_name" content={t.siteName} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={OG_LOCALE[ctx.locale]} />
        {bilingual ? <meta property="og:locale:alternate" content={OG_LOCALE[other]} /> : null}
        {meta.jsonLd !== undefined ? <script type="application/ld+json">{raw(scriptJson(meta.jsonLd))}</script> : null}
      </head>
      <body>
        <a class="skip" href="#tresc">
          {t.skipToContent}
        </a>
        <header class="site">
          <div class="wrap">
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
            {bilingual ? (
              <a
                class="lang"
                href={href(ctx, meta.route, other)}
                hreflang={other}
                lang={other}
                aria-label={t.switchLanguageLabel}
              >
                {t.switchLanguage}
              </a>
            ) : null}
          </div>
        </header>
        <main id="tresc" tabindex={-1}>
          <div class="wrap">{children}</div>
        </main>
        <footer class="site">
          <div class="wrap">
            <p>{t.siteTagline}</p>
            <ul>
              <li>
                <a href={href(ctx, { kind: 'accessibility' })}>{t.accessibility}</a>
              </li>
              <li>
                <a href={sitePath(ctx, '/rss.xml')}>{t.rss}</a>
              </li>
              <li>
                <a href={sitePath(ctx, '/atom.xml')}>{t.atom}</a>
              </li>
              <li>
                <a href={sitePath(ctx, '/feed.json')}>{t.jsonFeed}</a>
              </li>
              <li>
                <a href={sitePath(ctx, '/kalendarz.ics')}>{t.calendar}</a>
              </li>
              <li>
                <a href={sitePath(ctx, '/api/openapi.json')}>{t.api}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
};

/**
 * A complete HTML document from a rendered page element. hono/jsx writes no doctype, and without one
 * browsers fall back to quirks mode (TOOLCHAIN.md §5.12).
 */
export function documentHtml(element: unknown): string {
  return `<!DOCTYPE html>${String(element)}`;
}
