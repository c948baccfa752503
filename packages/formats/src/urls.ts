import type { FormatOptions } from './options.js';

type Kind = 'event' | 'organization' | 'authority' | 'grant' | 'post' | 'person' | 'venue';

// The website's routes (apps/website); English pages exist for events only, so other kinds stay Polish.
const PL_PATHS: Record<Kind, string> = {
  event: 'wydarzenia',
  organization: 'organizacje',
  authority: 'samorzady',
  grant: 'granty',
  post: 'aktualnosci',
  person: 'osoby',
  venue: 'miejsca',
};

/**
 * The absolute public URL of a record's page: `${siteUrl}/wydarzenia/<slug>`, or
 * `${siteUrl}/en/events/<slug>` for an event when the locale is English.
 *
 * @example
 * pageUrl('event', 'sprawny-urzad', { locale: 'en', siteUrl: 'https://mosty.example' })
 * // 'https://mosty.example/en/events/sprawny-urzad'
 */
export function pageUrl(kind: Kind, slug: string, options: Pick<FormatOptions, 'locale' | 'siteUrl'>): string {
  const site = options.siteUrl;
  const base = site.endsWith('/') ? site.replace(/\/+$/, '') : site;
  if (kind === 'event' && options.locale === 'en') return `${base}/en/events/${slug}`;
  return `${base}/${PL_PATHS[kind]}/${slug}`;
}
