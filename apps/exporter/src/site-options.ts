/**
 * What the website gives @org/formats beside the records, for the same site URL and SITE_CONFIG, so the exporter's
 * files say what the site serves: the feeds' name, tagline, publisher (with its page and e-mail), licence, icon and
 * logo (apps/website `data-routes.ts`, `feed`), and the share image of an event's JSON-LD (@org/site
 * `render-pages.tsx`, `shareImageUrl`). The values come from @org/site's constants, as the website takes them; a
 * new option the website passes is added here, with a test in `site-options.test.ts`.
 */
import type { FeedWriterOptions, FormatOptions } from '@org/formats';
import { absoluteUrl, linkContext, type Route, SHARE_IMAGE_PATH, strings, TOUCH_ICON_PATH } from '@org/site';
import type { ExporterSite } from './site-config.js';

// The site's URL as its pages build links on it: origin and base path, no trailing slash.
const siteBase = (format: FormatOptions) => linkContext(format.siteUrl, format.locale).siteUrl;

/**
 * The absolute URL of the site's share image (its Open Graph `og:image`), which the website's event and post
 * pages give their JSON-LD as schema.org `image`.
 *
 * @example
 * shareImageUrl({ locale: 'pl', siteUrl: 'https://mosty.example/' }) // 'https://mosty.example/assets/mosty-<hash>.png'
 */
export function shareImageUrl(format: FormatOptions): string {
  return `${siteBase(format)}${SHARE_IMAGE_PATH}`;
}

/**
 * The feed writer's options as the website's feeds have them: the site's name and tagline in the output's
 * language, the site's 512 px icon as the feed's icon (a square, as Atom and JSON Feed ask) and the share image as
 * its logo; with a SITE_CONFIG, the publisher
 * signs it (its organisation's page when `publisherHasPage`, else the home page, and its e-mail) and the licence
 * states the terms of reuse. Without one the feed is signed by the site (@org/formats' default), never by the
 * website's demo placeholders.
 *
 * @example
 * feedOptions({ locale: 'en', siteUrl: 'https://mosty.example' }, undefined, false).description
 * // 'Cooperation between local governments, NGOs and the social economy'
 */
export function feedOptions(
  format: FormatOptions,
  site: ExporterSite | undefined,
  publisherHasPage: boolean,
): FeedWriterOptions {
  const t = strings(format.locale);
  const ctx = linkContext(format.siteUrl, format.locale);
  const signed = (config: ExporterSite) => {
    const { name, email, organizationSlug } = config.publisher;
    const page: Route =
      organizationSlug && publisherHasPage ? { kind: 'organization', slug: organizationSlug } : { kind: 'home' };
    return { author: { name, url: absoluteUrl(ctx, page), email }, license: config.license };
  };
  return {
    ...format,
    siteName: t.siteName,
    description: t.siteTagline,
    ...(site ? signed(site) : {}),
    icon: `${ctx.siteUrl}${TOUCH_ICON_PATH}`,
    logo: shareImageUrl(format),
  };
}
