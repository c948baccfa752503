import type { FeedWriterOptions } from '@org/formats';
import { strings } from './locale.js';
import { absoluteUrl, type LinkContext, type Route } from './routes.js';
import { shareImageUrl } from './share-image.js';
import type { SiteConfig } from './site-config.js';
import { TOUCH_ICON_PATH } from './site-icons.js';

/** Who signs a feed and under which terms its data may be reused: the parts of `SiteConfig` a feed states. */
export type FeedSigner = {
  publisher: Pick<SiteConfig['publisher'], 'name' | 'email' | 'organizationSlug'>;
  license: SiteConfig['license'];
};

/**
 * What the site's feeds say besides their records, for `@org/formats`' `writeFeed`: the site's name and tagline
 * in the feed's language; the site's 512 px icon as the feed's icon (a square, as Atom and JSON Feed ask) and the
 * share image as its logo and RSS image, absolute (readers fetch them from anywhere; the website serves both and
 * its export writes them at these paths); with `signer`, the publisher signs it (its organisation's page when
 * `publisherHasPage`, else the home page, and its e-mail; Atom needs an author for every entry without one) and the
 * licence states the terms of reuse (RSS `<copyright>`, Atom `<rights>` and `rel="license"`). Without a signer the
 * feed is signed by the site (`@org/formats`' default). Links end in `/` where the context's do (the static export).
 * apps/website's feeds and apps/exporter's use it, so that both write the same feed of the same records.
 *
 * @example
 * siteFeedOptions(linkContext('https://mosty.example', 'en'), undefined, false).description
 * // 'Cooperation between local governments, NGOs and the social economy'
 */
export function siteFeedOptions(
  ctx: LinkContext,
  signer: FeedSigner | undefined,
  publisherHasPage: boolean,
): FeedWriterOptions {
  const t = strings(ctx.locale);
  const signed = (config: FeedSigner) => {
    const { name, email, organizationSlug } = config.publisher;
    const page: Route =
      organizationSlug && publisherHasPage ? { kind: 'organization', slug: organizationSlug } : { kind: 'home' };
    return { author: { name, url: absoluteUrl(ctx, page), ...(email ? { email } : {}) }, license: config.license };
  };
  return {
    locale: ctx.locale,
    siteUrl: ctx.siteUrl,
    ...(ctx.staticLinks ? { trailingSlash: true } : {}),
    siteName: t.siteName,
    description: t.siteTagline,
    ...(signer ? signed(signer) : {}),
    icon: `${ctx.siteUrl}${TOUCH_ICON_PATH}`,
    logo: shareImageUrl(ctx),
  };
}
