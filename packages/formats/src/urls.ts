import { checkedLocale, checkedSiteUrl, type FormatOptions } from './options.js';

/** The kinds of record that have a page of their own on the website. */
export type PageKind = 'event' | 'organization' | 'authority' | 'grant' | 'post' | 'person' | 'venue';

/**
 * The path segment of each kind's pages in each language. A copy of the website's `SEGMENTS`
 * (packages/site/src/routes.ts), which this package cannot import (@org/site depends on us); the site
 * checks the two agree. Every kind has English pages under `/en/`.
 */
export const PAGE_SEGMENTS = {
  event: { pl: 'wydarzenia', en: 'events' },
  post: { pl: 'aktualnosci', en: 'news' },
  organization: { pl: 'organizacje', en: 'organisations' },
  authority: { pl: 'samorzady', en: 'authorities' },
  grant: { pl: 'granty', en: 'grants' },
  person: { pl: 'osoby', en: 'people' },
  venue: { pl: 'miejsca', en: 'venues' },
} as const satisfies Record<PageKind, Record<FormatOptions['locale'], string>>;

/**
 * The absolute public URL of a record's page in the options' language: `${siteUrl}/wydarzenia/<slug>`,
 * or `${siteUrl}/en/events/<slug>` in English; likewise for every kind in `PAGE_SEGMENTS`. With
 * `trailingSlash` (a static export) it ends in `/`.
 *
 * @example
 * pageUrl('organization', 'fise', { locale: 'en', siteUrl: 'https://mosty.example' })
 * // 'https://mosty.example/en/organisations/fise'
 */
export function pageUrl(
  kind: PageKind,
  slug: string,
  options: Pick<FormatOptions, 'locale' | 'siteUrl' | 'trailingSlash'>,
): string {
  const base = checkedSiteUrl(options.siteUrl);
  const locale = checkedLocale(options.locale);
  const prefix = locale === 'en' ? '/en' : '';
  return `${base}${prefix}/${PAGE_SEGMENTS[kind][locale]}/${slug}${options.trailingSlash ? '/' : ''}`;
}
