import type { Event, Post, RecordMeta } from '@org/domain';
import { eventJsonLd, type JsonLdNode, pageUrl, type WorldIndex } from '@org/formats';
import { strings } from './locale.js';
import { absoluteUrl, type LinkContext, type Route } from './routes.js';
import type { SiteConfig } from './site-config.js';

/**
 * schema.org JSON-LD for the site's own pages (home, lists, news, the accessibility statement): the
 * nodes for records (events, organisations, grants, …) come from `@org/formats`; these describe the
 * pages that hold them. Each is a complete document with its `@context`.
 */

const CONTEXT = 'https://schema.org';

/**
 * A node of `@org/formats` as a document of its own: some builders write nodes to embed (an
 * organisation, a grant, a venue) and leave the `@context` to the document holding them.
 *
 * @example
 * withContext(venueJsonLd(venue, options))['@context'] // 'https://schema.org'
 */
export const withContext = (node: JsonLdNode): JsonLdNode =>
  node['@context'] === undefined ? { '@context': CONTEXT, ...node } : node;

const websiteRef = (ctx: LinkContext): JsonLdNode => {
  const url = absoluteUrl(ctx, { kind: 'home' });
  return { '@type': 'WebSite', '@id': `${url}#website`, url };
};

/**
 * The foundation that publishes the site, from the site's configuration. With its organisation page
 * known, the node shares that page's `@id` (the one `organizationJsonLd` writes), so a reader merges
 * the two.
 *
 * @example
 * publisherJsonLd(ctx, DEMO_SITE_CONFIG).name // 'Fundacja Inicjatyw Społeczno-Ekonomicznych'
 */
export function publisherJsonLd(ctx: LinkContext, site: SiteConfig): JsonLdNode {
  const p = site.publisher;
  const slug = p.organizationSlug;
  return {
    '@type': 'NGO',
    ...(slug
      ? {
          '@id': `${pageUrl('organization', slug, { locale: ctx.locale, siteUrl: ctx.siteUrl })}#organization`,
          url: absoluteUrl(ctx, { kind: 'organization', slug }),
        }
      : {}),
    name: p.name,
    email: p.email,
    telephone: p.phone,
    address: p.address,
  };
}

/**
 * The home page: the `WebSite` in this language, published by the foundation.
 *
 * @example
 * websiteJsonLd(ctx, DEMO_SITE_CONFIG)['@type'] // 'WebSite'
 */
export function websiteJsonLd(ctx: LinkContext, site: SiteConfig): JsonLdNode {
  const t = strings(ctx.locale);
  return {
    '@context': CONTEXT,
    ...websiteRef(ctx),
    name: t.siteName,
    description: t.siteTagline,
    inLanguage: ctx.locale,
    publisher: publisherJsonLd(ctx, site),
  };
}

/** A list page: what it is called and the records on it, in order. */
export interface CollectionInput {
  route: Route;
  name: string;
  description: string;
  /** How many items came before this page's first (0 on the first page). */
  offset: number;
  items: readonly { name: string; route: Route }[];
}

/**
 * A list page as a `CollectionPage` whose main entity is the `ItemList` of the records it shows,
 * numbered from the page's place in the whole list.
 *
 * @example
 * collectionJsonLd(ctx, { route: { kind: 'news' }, name: 'Aktualności', description: '…', offset: 0, items: [] }).mainEntity
 * // { '@type': 'ItemList', numberOfItems: 0, itemListElement: [] }
 */
export function collectionJsonLd(ctx: LinkContext, input: CollectionInput): JsonLdNode {
  const url = absoluteUrl(ctx, input.route);
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': url,
    name: input.name,
    description: input.description,
    url,
    inLanguage: ctx.locale,
    isPartOf: websiteRef(ctx),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item, i) => ({
        '@type': 'ListItem',
        position: input.offset + i + 1,
        name: item.name,
        url: absoluteUrl(ctx, item.route),
      })),
    },
  };
}

/**
 * A page that is a document of the site's own (the accessibility statement): a `WebPage` with its
 * dates, published by the foundation.
 *
 * @example
 * webPageJsonLd(ctx, DEMO_SITE_CONFIG, { route: { kind: 'accessibility' }, name: 'Deklaracja dostępności', description: '…' })['@type'] // 'WebPage'
 */
export function webPageJsonLd(
  ctx: LinkContext,
  site: SiteConfig,
  page: { route: Route; name: string; description: string; datePublished?: string; dateModified?: string },
): JsonLdNode {
  const url = absoluteUrl(ctx, page.route);
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': url,
    name: page.name,
    description: page.description,
    url,
    inLanguage: ctx.locale,
    isPartOf: websiteRef(ctx),
    ...(page.datePublished ? { datePublished: page.datePublished } : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    publisher: publisherJsonLd(ctx, site),
  };
}

/**
 * A news post as a `NewsArticle`: headline, dates, language, author, publisher, hashtags, and the
 * event it is about (`about`, the event's own node from `@org/formats`).
 *
 * @example
 * postJsonLd(ctx, DEMO_SITE_CONFIG, post, description, seedEvent, world).about['@type'] // 'EducationEvent'
 */
export function postJsonLd(
  ctx: LinkContext,
  site: SiteConfig,
  post: Post & Partial<RecordMeta>,
  description: string,
  event?: Event,
  world?: WorldIndex,
): JsonLdNode {
  const url = absoluteUrl(ctx, { kind: 'post', slug: post.slug });
  const publisher = publisherJsonLd(ctx, site);
  let about: JsonLdNode | undefined;
  if (event && world) {
    // One document, one context: the event's node is embedded without its own.
    const { '@context': _context, ...node } = eventJsonLd(event, world, { locale: ctx.locale, siteUrl: ctx.siteUrl });
    about = node;
  }
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: post.title,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: post.language,
    ...(post.publishedAt ? { datePublished: post.publishedAt } : {}),
    ...(post.updatedAt ? { dateModified: post.updatedAt } : {}),
    author: post.author ? { '@type': 'Person', name: post.author } : publisher,
    publisher,
    articleSection: post.category,
    ...(post.hashtags.length > 0 ? { keywords: post.hashtags.join(', ') } : {}),
    isPartOf: websiteRef(ctx),
    ...(about ? { about } : {}),
  };
}
