import type { Post, RecordMeta } from '@org/domain';
import { checkedHttpUrl } from './absolute-url.js';
import { ReferenceMissingError } from './errors.js';
import { checkedMissing, JSON_LD_LEFT_OUT } from './event-references.js';
import {
  type EventJsonLd,
  type EventJsonLdNode,
  eventJsonLd,
  type JsonLdDocument,
  type JsonLdNode,
  type JsonLdOptions,
  jsonLdId,
} from './json-ld.js';
import { markdownToText } from './markdown.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedPost } from './parsed-records.js';
import { postCategory } from './post-category.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/**
 * schema.org JSON-LD for the site as a publication: the `WebSite` and who publishes it, list pages
 * (`CollectionPage` with an `ItemList`), pages of the site's own (`WebPage`) and news posts
 * (`NewsArticle`). Records (events, organisations, grants, …) are in `json-ld.ts`. Every builder
 * returns a document with its `@context`; the nodes it embeds have none of their own.
 */

const CONTEXT = 'https://schema.org' as const;

/** Who publishes the site (the foundation), as its configuration says. */
export interface JsonLdPublisher {
  name: string;
  /**
   * The publisher's organisation page on the site, when it has one: the node then carries that page's
   * `@id` (the one `organizationJsonLd` writes), so a reader merges the two.
   */
  organizationSlug?: string | undefined;
  email?: string | undefined;
  /** As dialled from abroad, e.g. `+48 22 100 20 30` (schema.org `telephone`). */
  phone?: string | undefined;
  /** The seat's postal address on one line. */
  address?: string | undefined;
}

function publisherNode(publisher: JsonLdPublisher, options: FormatOptions): JsonLdNode {
  const slug = publisher.organizationSlug;
  return {
    '@type': 'NGO',
    ...(slug
      ? {
          '@id': jsonLdId('organization', slug, options, 'organization'),
          url: pageUrl('organization', slug, options),
        }
      : {}),
    name: publisher.name,
    ...(publisher.email ? { email: publisher.email } : {}),
    ...(publisher.phone ? { telephone: publisher.phone } : {}),
    ...(publisher.address ? { address: publisher.address } : {}),
  };
}

// The home page of the options' language: `/` in Polish, `/en/` in English.
const homeUrl = (options: FormatOptions): string => `${options.siteUrl}${options.locale === 'en' ? '/en/' : '/'}`;

const websiteRef = (options: FormatOptions): JsonLdNode & { '@type': 'WebSite' } => {
  const url = homeUrl(options);
  return { '@type': 'WebSite', '@id': `${url}#website`, url };
};

// A document of json-ld.ts embedded in one of these: one document, one context.
const embedded = ({ '@context': _context, ...node }: EventJsonLd): EventJsonLdNode => node;

/** The document `postJsonLd` returns: a `NewsArticle`, `about` the event's node when the world holds it. */
export interface NewsArticleJsonLd extends JsonLdDocument {
  '@type': 'NewsArticle';
  '@id': string;
  headline: string;
  description: string;
  url: string;
  inLanguage: string;
  author?: JsonLdNode;
  publisher?: JsonLdNode;
  /** The licence's URL, when `PostJsonLdOptions.license` gives it. */
  license?: string;
  /** `JsonLdOptions.image`, when given. */
  image?: string;
  about?: EventJsonLdNode;
}

/** What the site calls itself in the options' language, and who publishes it. */
export interface WebSiteInput {
  name: string;
  description: string;
  publisher: JsonLdPublisher;
  /** The absolute URL of the licence the site's content is published under (schema.org `license`). */
  license?: string | undefined;
}

/** schema.org `license` (a CreativeWork's, so a WebSite's, a WebPage's and a NewsArticle's): an absolute http(s) URL. */
function licenseProperty(license: string | undefined): { license?: string } {
  return license === undefined ? {} : { license: checkedHttpUrl(license, 'license', 'license') };
}

/**
 * The site's home page as a schema.org `WebSite` in the options' language (its `@id` is the home
 * page's URL with `#website`, which every other page's `isPartOf` names), published by the foundation,
 * with the `license` of its content when given.
 *
 * @example
 * websiteJsonLd({ name: 'Mosty', description: 'Współpraca samorządów i organizacji', publisher: { name: 'FISE' } }, { locale: 'en', siteUrl: 'https://mosty.example' })
 * // { '@context': 'https://schema.org', '@type': 'WebSite', '@id': 'https://mosty.example/en/#website', url: 'https://mosty.example/en/', name: 'Mosty', …, inLanguage: 'en', publisher: { '@type': 'NGO', name: 'FISE' } }
 */
export function websiteJsonLd(site: WebSiteInput, options: FormatOptions): JsonLdDocument {
  const opts = checkOptions(options);
  return {
    '@context': CONTEXT,
    ...websiteRef(opts),
    name: site.name,
    description: site.description,
    inLanguage: opts.locale,
    publisher: publisherNode(site.publisher, opts),
    ...licenseProperty(site.license),
  };
}

/** A list page: its address, what it is called, and the records it shows in order. */
export interface CollectionPageInput {
  /** The list page's absolute URL (page number and filters included). */
  url: string;
  name: string;
  description: string;
  /** How many items came before this page's first: 0 (the default) on the first page. */
  offset?: number;
  items: readonly { name: string; url: string }[];
}

/**
 * A list page as a schema.org `CollectionPage` whose `mainEntity` is the `ItemList` of the records it
 * shows, numbered from the page's place in the whole list (`offset`), part of the `WebSite`.
 *
 * @example
 * collectionPageJsonLd({ url: 'https://mosty.example/aktualnosci/strona/2', name: 'Aktualności — strona 2', description: '…', offset: 50, items: [{ name: 'Nabór', url: 'https://mosty.example/aktualnosci/nabor' }] }, options).mainEntity
 * // { '@type': 'ItemList', numberOfItems: 1, itemListElement: [{ '@type': 'ListItem', position: 51, name: 'Nabór', url: 'https://mosty.example/aktualnosci/nabor' }] }
 */
export function collectionPageJsonLd(page: CollectionPageInput, options: FormatOptions): JsonLdDocument {
  const opts = checkOptions(options);
  const offset = page.offset ?? 0;
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': page.url,
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: opts.locale,
    isPartOf: websiteRef(opts),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, i) => ({
        '@type': 'ListItem',
        position: offset + i + 1,
        name: item.name,
        url: item.url,
      })),
    },
  };
}

/** A page of the site's own: its address, title, summary, dates (`YYYY-MM-DD` or instants) and publisher. */
export interface WebPageInput {
  url: string;
  name: string;
  description: string;
  datePublished?: string | undefined;
  dateModified?: string | undefined;
  publisher: JsonLdPublisher;
  /** The absolute URL of the licence of the page's content (schema.org `license`). */
  license?: string | undefined;
}

/**
 * A document of the site's own (such as the accessibility statement) as a schema.org `WebPage`: its
 * dates, part of the `WebSite`, published by the foundation, with its `license` when given.
 *
 * @example
 * webPageJsonLd({ url: 'https://mosty.example/deklaracja-dostepnosci', name: 'Deklaracja dostępności', description: '…', datePublished: '2026-11-26', publisher: { name: 'FISE' } }, options)
 * // { '@context': 'https://schema.org', '@type': 'WebPage', '@id': 'https://mosty.example/deklaracja-dostepnosci', …, datePublished: '2026-11-26', publisher: { '@type': 'NGO', name: 'FISE' } }
 */
export function webPageJsonLd(page: WebPageInput, options: FormatOptions): JsonLdDocument {
  const opts = checkOptions(options);
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': page.url,
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: opts.locale,
    isPartOf: websiteRef(opts),
    ...(page.datePublished ? { datePublished: page.datePublished } : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    publisher: publisherNode(page.publisher, opts),
    ...licenseProperty(page.license),
  };
}

/** A post as stored: `updatedAt` (when known) becomes `dateModified`. */
export type JsonLdPost = Post & Partial<Pick<RecordMeta, 'updatedAt'>>;

/**
 * Options of `postJsonLd`: `JsonLdOptions` and the licence of the site's content, as `WebSiteInput` and
 * `WebPageInput` take it. Not `eventJsonLd`'s: schema.org's `license` is a CreativeWork's, and an Event is none.
 */
export interface PostJsonLdOptions extends JsonLdOptions {
  /** The absolute URL of the licence the post is published under (schema.org `license`), as the site's. */
  license?: string | undefined;
}

/**
 * A news post as a schema.org `NewsArticle`: headline, description (the lead, or the start of the
 * body as plain text), dates, language, author (the publisher when the post names none), publisher,
 * category, hashtags as `keywords`, and the event it is about (`about`, the event's whole node) when
 * `world` holds that event. Like every record, its `@id` is on the Polish page (`jsonLdId`) and its
 * `url` in the options' language.
 *
 * A post whose event the world does not hold has no `about`, unless `missing: 'throw'` (`JsonLdOptions`), which
 * then refuses it with a `ReferenceMissingError` (`path: 'eventId'`), as it does for what the event names. With
 * `license` (`PostJsonLdOptions`, the licence's absolute URL) the article carries schema.org's `license`, as the
 * `WebSite` and `WebPage` documents do; the event it is `about` does not (an Event is no CreativeWork).
 *
 * @example
 * postJsonLd(seedPost, world, options, { name: 'FISE' }).about['@type'] // 'EducationEvent'
 * postJsonLd(seedPost, world, { ...options, license: 'https://creativecommons.org/licenses/by/4.0/' }).license
 * // 'https://creativecommons.org/licenses/by/4.0/'
 */
export function postJsonLd(
  post: JsonLdPost,
  world: WorldIndex,
  options: PostJsonLdOptions,
  publisher?: JsonLdPublisher,
): NewsArticleJsonLd {
  const { license, ...opts } = checkOptions(options);
  const licensed = licenseProperty(license);
  checkParsedPost(post);
  const url = pageUrl('post', post.slug, opts);
  const by = publisher ? publisherNode(publisher, opts) : undefined;
  const event = post.eventId ? world.events.get(post.eventId) : undefined;
  if (post.eventId && !event && checkedMissing(opts.missing) === 'throw')
    throw new ReferenceMissingError(
      { kind: 'post', id: post.id, slug: post.slug },
      { kind: 'event', id: post.eventId },
      'eventId',
      JSON_LD_LEFT_OUT,
    );
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': jsonLdId('post', post.slug, opts, 'article'),
    headline: post.title,
    description: post.lead ?? markdownToText(post.body, 200),
    url,
    mainEntityOfPage: url,
    inLanguage: post.language,
    ...(post.publishedAt ? { datePublished: post.publishedAt } : {}),
    ...(post.updatedAt ? { dateModified: post.updatedAt } : {}),
    ...(post.author ? { author: { '@type': 'Person', name: post.author } } : by ? { author: by } : {}),
    ...(by ? { publisher: by } : {}),
    articleSection: postCategory(post, opts.locale),
    ...(post.hashtags.length > 0 ? { keywords: post.hashtags.join(', ') } : {}),
    ...(opts.image !== undefined ? { image: checkedHttpUrl(opts.image, 'image') } : {}),
    isPartOf: websiteRef(opts),
    ...licensed,
    ...(event ? { about: embedded(eventJsonLd(event, world, opts)) } : {}),
  };
}
