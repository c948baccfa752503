import { PAGE_SEGMENTS, type PageKind, pageUrl, websiteJsonLd } from '@org/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, linkContext, type Route, routePath, SEGMENTS } from './routes.js';

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

describe('absoluteUrl', () => {
  it('is what the URL parser makes of the link against the site, for any slug, site and link origin', () => {
    const sites = fc.constantFrom(...SITES, 'http://127.0.0.1:8080/a%20b/', 'https://EXAMPLE.org:443/Mosty');
    fc.assert(
      fc.property(
        sites,
        fc.constantFrom(...LOCALES),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.constantFrom(...(Object.keys(SITE_PAGES) as PageKind[])),
        fc.boolean(),
        fc.option(fc.constantFrom('https://mosty.example.org', 'http://localhost:3000'), { nil: undefined }),
        (siteUrl, locale, slug, kind, staticLinks, linkOrigin) => {
          const ctx = { ...linkContext(siteUrl, locale, staticLinks), ...(linkOrigin ? { linkOrigin } : {}) };
          for (const route of [
            SITE_PAGES[kind].route(slug),
            { kind: 'home' } as const,
            { kind: 'events', page: 3 } as const,
          ])
            expect(absoluteUrl(ctx, route)).toBe(new URL(href(ctx, route), `${ctx.siteUrl}/`).href);
        },
      ),
      // Dot segments ('.', '..') as slugs are found by the generator only now and then: given every run.
      {
        numRuns: 500,
        examples: [
          [SITES[0] as string, 'pl', '.', 'event', false, undefined],
          [SITES[1] as string, 'en', '..', 'post', true, undefined],
        ],
      },
    );
  });
});
