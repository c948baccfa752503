import { PAGE_SEGMENTS, type PageKind, pageUrl, websiteJsonLd } from '@org/formats';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, linkContext, type Route, routePath, SEGMENTS } from './routes.js';

// @org/formats links records to their pages (feeds, calendars, JSON-LD, tables) with its own copy of
// SEGMENTS, because it cannot import this package. These tests hold the copy to the site's routes, so a
// change to either side fails here.

/** Which of the site's segments and routes each kind of record page uses. */
const SITE_PAGES: Record<PageKind, { segment: keyof typeof SEGMENTS; route: (slug: string) => Route }> = {
  event: { segment: 'events', route: (slug) => ({ kind: 'event', slug }) },
  post: { segment: 'news', route: (slug) => ({ kind: 'post', slug }) },
  organization: { segment: 'organizations', route: (slug) => ({ kind: 'organization', slug }) },
  authority: { segment: 'authorities', route: (slug) => ({ kind: 'authority', slug }) },
  grant: { segment: 'grants', route: (slug) => ({ kind: 'grant', slug }) },
  person: { segment: 'people', route: (slug) => ({ kind: 'person', slug }) },
  venue: { segment: 'venues', route: (slug) => ({ kind: 'venue', slug }) },
};

const SITES = ['https://mosty.example.org', 'https://example.org/fundacja/mosty', 'http://localhost:3000/'];
const SLUGS = ['sprawny-urzad-sprawna-organizacja', 'g-1', '2026'];
const LOCALES = ['pl', 'en'] as const;

describe('@org/formats links to the pages the site serves', () => {
  it('knows every kind of record page the site has, and no other', () => {
    expect(Object.keys(PAGE_SEGMENTS).sort()).toEqual(Object.keys(SITE_PAGES).sort());
  });

  it.each((Object.keys(SITE_PAGES) as PageKind[]).flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
    'pageUrl(%s) in %s is the absolute URL of the site’s route',
    (kind, locale) => {
      const { segment, route } = SITE_PAGES[kind];
      expect(PAGE_SEGMENTS[kind][locale]).toBe(SEGMENTS[segment][locale]);
      for (const siteUrl of SITES) {
        const ctx = linkContext(siteUrl, locale);
        for (const slug of SLUGS) {
          const url = pageUrl(kind, slug, { locale, siteUrl });
          expect(url).toBe(absoluteUrl(ctx, route(slug)));
          expect(url.endsWith(routePath(route(slug), locale))).toBe(true);
        }
      }
    },
  );

  it.each(LOCALES)('the WebSite node of @org/formats is the site’s home page (%s)', (locale) => {
    for (const siteUrl of SITES) {
      const ctx = linkContext(siteUrl, locale);
      const site = websiteJsonLd({ name: 'Mosty', description: 'x', publisher: { name: 'FISE' } }, ctx);
      expect(site.url).toBe(absoluteUrl(ctx, { kind: 'home' }));
    }
  });
});
