import { type Event, isPublicEvent, type Post, type RecordMeta, ValidationError } from '@org/domain';
import { Feed, type Item } from 'feed';
import { checkedHttpUrl } from './absolute-url.js';
import { eventHeadline, eventHtml, eventStatusNote, fundingNotices, fundingStatements } from './describe.js';
import { eventRevisedAt } from './event-revision.js';
import { escapeXml, textToHtml, xmlSafe } from './html.js';
import { inLanguage, noticeHtmlLines } from './language-html.js';
import { markdownToHtml, markdownToText } from './markdown.js';
import { checkedLocale, checkedSiteUrl, checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent, checkParsedPost } from './parsed-records.js';
import { categoryAsWritten, postCategory } from './post-category.js';
import { recordUuid, stableUuid } from './stable-uuid.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** Who publishes a feed: its feed-level author (Atom `author`, JSON Feed `authors`). */
export interface FeedAuthor {
  name: string;
  /** The author's page, absolute. */
  url?: string;
  email?: string;
}

/** The licence the feed's content is published under: the name people cite it by and its absolute URL. */
export interface FeedLicense {
  name: string;
  url: string;
}

/** Options of the feed writers. */
export interface FeedWriterOptions extends FormatOptions {
  /** The site's name (default "Mosty"), from which the title, description and author are made when not given. */
  siteName?: string;
  /** Feed title; defaults to "<siteName>: aktualności i wydarzenia" / "<siteName>: news and events". */
  title?: string;
  /**
   * What the feed is about (RSS `description`, which RSS 2.0 requires; Atom `subtitle`; JSON Feed
   * `description`); defaults to "Aktualności i wydarzenia serwisu <siteName>" / "News and events from <siteName>".
   */
  description?: string;
  /**
   * The feed's author, which Atom needs for every entry without one of its own (RFC 4287 §4.1.1); by
   * default the site: `{ name: siteName, url: <home page> }`. A news post's own author is its entry's.
   */
  author?: FeedAuthor;
  /**
   * The licence of the feed's content. With it, RSS `<copyright>` and Atom `<rights>` name the author (the
   * publisher) and the licence ("Fundacja X. Dane udostępniane na licencji CC BY 4.0: https://…"), and Atom
   * links it (`<link rel="license">`, RFC 4946); without it they name the author alone. JSON Feed 1.1 has no field
   * for a licence, so the JSON Feed carries it in an extension (`JSON_FEED_EXTENSION`): `"_mosty": { "about": …,
   * "license": { "name", "url" } }`.
   */
  license?: FeedLicense;
  /** At most this many newest items (default 50): feeds are read whole, so they stay short. */
  limit?: number;
  /**
   * Absolute URLs the feeds are served at, for each feed's self link (RSS `atom:link rel="self"`, Atom
   * `link rel="self"`, JSON Feed `feed_url`). A kind left out gets `feedUrl(kind, options)`.
   */
  feedUrls?: Partial<Record<FeedKind, string>>;
  /**
   * A square image that stands for the feed beside its items and in a reader's list of subscriptions (the site's
   * icon), absolute http(s) URL; 512 × 512 px serves every place (JSON Feed's `icon` asks for about that, its
   * `favicon` for at least 64 px): Atom `<icon>` (RFC 4287 §4.2.5: square), JSON Feed `icon` and `favicon`. RSS
   * 2.0 has no place for a square icon: give `logo` for RSS.
   */
  icon?: string;
  /**
   * A larger picture of the feed (the site's Open Graph share image), absolute http(s) URL of a PNG, JPEG or GIF:
   * Atom `<logo>` (RFC 4287 §4.2.8: twice as wide as high, as a 1200×630 share image about is), RSS `<image>`
   * with the feed's title and home page as its `title` and `link` (RSS 2.0 requires the three), and, when no
   * `icon` is given, JSON Feed `icon` (readers show it beside the feed's items and crop it to a square).
   */
  logo?: string;
}

/** Which syndication format to write. */
export type FeedKind = 'rss' | 'atom' | 'json';

// The files apps/website serves (app.tsx, export-site.tsx), at the site's root and under /en/.
const FEED_FILES: Record<FeedKind, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/**
 * The URL the website serves a feed at in a language: `${siteUrl}/rss.xml`, `/atom.xml`, `/feed.json`,
 * under `/en/` in English. The default self link of `writeFeed`.
 *
 * @example
 * feedUrl('rss', { locale: 'en', siteUrl: 'https://mosty.example' }) // 'https://mosty.example/en/rss.xml'
 */
export function feedUrl(kind: FeedKind, options: Pick<FormatOptions, 'locale' | 'siteUrl'>): string {
  const base = checkedSiteUrl(options.siteUrl);
  return `${base}${checkedLocale(options.locale) === 'en' ? '/en' : ''}/${FEED_FILES[kind]}`;
}

function selfUrl(kind: FeedKind, options: FeedWriterOptions): string {
  const given = options.feedUrls?.[kind];
  return given === undefined ? feedUrl(kind, options) : checkedHttpUrl(given, `feedUrls.${kind}`);
}

/** An event as the store returns it (`Stored<Event>`), whose revision metadata dates its feed entry. */
export type FeedEvent = Event & Partial<Pick<RecordMeta, 'createdAt' | 'updatedAt'>>;

/** A news post as the store returns it (`Stored<Post>`), whose revision metadata dates its feed entry. */
export type FeedPost = Post & Partial<Pick<RecordMeta, 'createdAt' | 'updatedAt'>>;

/**
 * What a feed is made of: news posts and events (drafts are left out). Pass them as the store returns them,
 * with `updatedAt`, so that a change (an event cancelled or postponed) is an entry's Atom `updated` and JSON
 * Feed `date_modified`; without it an entry counts as unchanged since its publication. The world's records count
 * too when they carry `updatedAt`: a venue's new address is a change of every event entry that shows it. A post or an
 * event published without `publishedAt` (an import's) is dated by its `createdAt` (see `recordPublished`).
 */
export interface FeedInput {
  posts?: readonly FeedPost[];
  events?: readonly FeedEvent[];
}

/**
 * An entry's id in every feed: `urn:uuid:<recordUuid>` (Atom `id`, RSS `guid isPermaLink="false"`, JSON Feed
 * `id`). RFC 4287 §4.2.6 says an entry's id never changes; the page URL changed with the slug (and the site's
 * host), and a reader then showed the entry twice. Links stay the page URLs.
 *
 * The English feed's entry is another document than the Polish one (English text, English page), so it gets
 * an id of its own: a UUID derived from the language and the record's UUID (`stableUuid('en:<uuid>')`), as
 * stable as the record's. A reader that merges feeds by id (subscribed to both, or an aggregator) took the two
 * for one entry and kept whichever it read last. Polish ids stay the record's UUID, as published before the
 * site had English pages, so no Polish subscriber sees an entry again.
 */
const entryId = (kind: 'event' | 'post', id: string, locale: string) => {
  const uuid = recordUuid(kind, id);
  return `urn:uuid:${locale === 'pl' ? uuid : stableUuid(`${locale}:${uuid}`)}`;
};

const instant = (text: string | undefined) => (text === undefined ? Number.NaN : Date.parse(text));

/**
 * The latest instant the input records as past: a publication, a creation or an update (`publishedAt`,
 * `createdAt`, `updatedAt` of every post and event), or -Infinity when it records none. The writers take no clock
 * (the bytes depend on the records alone), so this is as close to "now" as they know.
 */
function latestRecorded(input: FeedInput): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const record of [...(input.posts ?? []), ...(input.events ?? [])])
    for (const text of [record.publishedAt, record.createdAt, record.updatedAt]) {
      const at = instant(text);
      if (at > latest) latest = at;
    }
  return latest;
}

/**
 * When a record says it was published: its `publishedAt`; else, for a record published without one (the store
 * and imports accept that; only the admin's publish action sets it), when it was made (`createdAt`), else last
 * changed (`updatedAt`); else `fallback`.
 */
function recordPublished(record: { publishedAt?: string; createdAt?: string; updatedAt?: string }, fallback: number) {
  for (const text of [record.publishedAt, record.createdAt, record.updatedAt]) {
    const at = instant(text);
    if (!Number.isNaN(at)) return new Date(at);
  }
  return new Date(fallback);
}

/**
 * When an event's feed entry says it was published (RSS `pubDate`, Atom `published`, JSON Feed
 * `date_published`; the feed's order): `recordPublished`, and for an event that records none of the three its
 * start, but never after the latest instant the feed's records hold (`latestRecorded`), and the Unix epoch when
 * they hold none. Never the start as such: a future event dated at its start topped the feed and moved its Atom
 * `updated` (RSS `lastBuildDate`) into the future.
 */
function eventPublished(event: FeedEvent, latest: number): Date {
  const start = instant(event.startsAt);
  return recordPublished(event, Number.isFinite(latest) ? Math.min(start, latest) : 0);
}

/**
 * When a post's feed entry says it was published: `recordPublished`, as an event's. A post records no other
 * date, so one that records none of the three is dated by the latest instant the feed's records hold (the
 * writers read no clock; never in the future), and the Unix epoch only when they hold none. Posts were dated
 * 1970 whenever `publishedAt` was missing, and sank to the bottom of the feed with a date nobody meant.
 */
function postPublished(post: FeedPost, latest: number): Date {
  return recordPublished(post, Number.isFinite(latest) ? latest : 0);
}

/** The later of publication and last change: an entry is never updated before it was published. */
const lastChange = (published: Date, updatedAt: string | undefined) => {
  const updated = updatedAt === undefined ? Number.NaN : Date.parse(updatedAt);
  return Number.isNaN(updated) || updated < published.getTime() ? published : new Date(updated);
};

interface Entry {
  /** When the record was published: the order of the feed, RSS `pubDate`, Atom `published`. */
  date: Date;
  /** When it last changed (`updatedAt`), else `date`: Atom `updated`, JSON Feed `date_modified`. */
  updated: Date;
  item: Item;
  /** The language of the record's own text (title, summary, body), which JSON Feed gives per item. */
  language: string;
  /** Whether the summary starts with the record's own text (its summary, lead or body), not the statements alone. */
  ownSummary: boolean;
  /** Whether the first category is a post's, as its editors wrote it (in the post's language), not translated. */
  ownCategory: boolean;
}

/**
 * An entry's HTML content, whose parts `inLanguage` marks (the record's text in its language, the Polish funding
 * statement in Polish), wrapped in the output's language when the record's differs. Needless in RSS and Atom,
 * where the content's surroundings are in the output's language already, but the JSON Feed item's `language` is
 * the record's (its title and summary are the record's text), and the labels would read as the record's language
 * there. The same HTML in the three formats.
 */
const contentHtml = (html: string, language: string, locale: string) => inLanguage(html, locale, language);

function postEntry(post: FeedPost, world: WorldIndex, options: FormatOptions, latest: number): Entry {
  const url = pageUrl('post', post.slug, options);
  const statements = fundingStatements('post', post, world, options.locale);
  const category = xmlSafe(postCategory(post, options.locale));
  const own = post.lead ?? markdownToText(post.body, 300);
  const summary = [own, ...statements].join('\n\n');
  const date = postPublished(post, latest);
  const updated = lastChange(date, post.updatedAt);
  return {
    date,
    updated,
    language: post.language,
    ownSummary: own.trim() !== '',
    ownCategory: categoryAsWritten(post),
    item: {
      title: xmlSafe(post.title),
      id: entryId('post', post.id, options.locale),
      link: url,
      // feed 6 writes `date` as Atom <updated> and `published` as <published> and RSS <pubDate>.
      date: updated,
      published: date,
      description: xmlSafe(summary),
      // The lead and the statements are plain text; the body is Markdown, rendered as on the post's page.
      content: contentHtml(
        [
          inLanguage(
            [post.lead ? textToHtml(post.lead) : '', markdownToHtml(post.body, { baseUrl: url }).trimEnd()]
              .filter(Boolean)
              .join('\n'),
            post.language,
            options.locale,
          ),
          ...fundingNotices('post', post, world, options.locale).map(
            (n) => `<p>${noticeHtmlLines(n, options.locale).join('<br>')}</p>`,
          ),
        ]
          .filter(Boolean)
          .join('\n'),
        post.language,
        options.locale,
      ),
      // Atom requires a category's term (RFC 4287 §4.2.2.1): without one, feed wrote a label that readers drop.
      category: [{ name: category, term: category }, ...post.hashtags.map((h) => ({ name: h, term: h }))],
      ...(post.author ? { author: [{ name: xmlSafe(post.author) }] } : {}),
    },
  };
}

function eventEntry(event: FeedEvent, world: WorldIndex, options: FormatOptions, latest: number): Entry {
  const url = pageUrl('event', event.slug, options);
  const statements = fundingStatements('event', event, world, options.locale);
  const date = eventPublished(event, latest);
  // What the entry shows changed when the event or a record it shows (its venue, organiser…) last did.
  const updated = lastChange(date, eventRevisedAt(event, world));
  return {
    date,
    updated,
    language: event.language,
    ownSummary: Boolean(event.summary?.trim()),
    ownCategory: false,
    item: {
      // "ODWOŁANE: …", "PRZEŁOŻONE: …": a reader shows the title, and the status is the news.
      title: xmlSafe(eventHeadline(event, options.locale)),
      id: entryId('event', event.id, options.locale),
      link: url,
      date: updated,
      published: date,
      // A cancelled or postponed event's note first ("PRZEŁOŻONE: nowy termin w styczniu"): a reader that shows
      // only the description would otherwise tell of the change in the title alone, without why or what next.
      description: xmlSafe(
        [eventStatusNote(event, options.locale) ?? '', event.summary ?? '', ...statements].filter(Boolean).join('\n\n'),
      ),
      // The summary, the body rendered as on the event's page, then the rest as text (`eventHtml`).
      content: contentHtml(eventHtml(event, world, options), event.language, options.locale),
      category: event.hashtags.map((h) => ({ name: h, term: h })),
    },
  };
}

/**
 * A news feed of posts and events, newest first, as RSS 2.0, Atom 1.0 or JSON Feed. Every funded item
 * carries its funding statement in its summary and content. Ids are `urn:uuid:` URIs of the records, which no
 * slug or site move changes, and in the English feed UUIDs derived from them, since an English entry is
 * another document than the Polish one; links are the pages. An entry's Atom `updated` (JSON Feed `date_modified`) is the
 * record's `updatedAt`, or an event's venue's, organiser's, speakers' or grants' when later (what the entry shows
 * changed then; records in `world` as the store returns them, with `updatedAt`), its `published` (RSS `pubDate`, JSON Feed `date_published`) its publication. An
 * entry's HTML is RSS `content:encoded`, Atom `content` and JSON Feed `content_html` alike. The feed and its entries'
 * labels are in the options' language; a record's own text in another is marked with its own (Atom `xml:lang` on
 * title and summary, JSON Feed item `language`, `lang` in the HTML; see `atomLanguages`). `icon` and `logo` give the
 * feed its pictures (Atom `icon`/`logo`, RSS `image`, JSON Feed `favicon`/`icon`). A post or an event published without `publishedAt` is dated by its `createdAt`, else its
 * `updatedAt`, else (an event) its start but no later than the latest date the input records (a publication,
 * creation or update), or (a post) that latest date: never in the future, since the writer reads no clock and a
 * future date topped the feed, and never 1970 while the input records any date.
 *
 * @example
 * writeFeed('atom', { posts: world.posts, events: world.events }, index, { locale: 'pl', siteUrl })
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">…'
 */
export function writeFeed(kind: FeedKind, input: FeedInput, world: WorldIndex, options: FeedWriterOptions): string {
  // From JavaScript, or a string typed by a user: anything else used to come out as Atom.
  if (!Object.hasOwn(FEED_FILES, kind))
    throw new ValidationError(`@org/formats: kind must be "rss", "atom" or "json", got ${JSON.stringify(kind)}`, [
      { path: 'kind', field: 'kind', code: 'enum', message: 'not "rss", "atom" or "json"' },
    ]);
  const opts = checkOptions(options);
  // Before the status filters: a post without its (defaulted) status would otherwise be left out unsaid.
  for (const p of input.posts ?? []) checkParsedPost(p);
  for (const e of input.events ?? []) checkParsedEvent(e);
  const latest = latestRecorded(input);
  const entries = [
    ...(input.posts ?? []).filter((p) => p.status === 'published').map((p) => postEntry(p, world, opts, latest)),
    ...(input.events ?? []).filter(isPublicEvent).map((e) => eventEntry(e, world, opts, latest)),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.item.link.localeCompare(b.item.link))
    .slice(0, opts.limit ?? 50);
  const home = `${opts.locale === 'en' ? `${opts.siteUrl}/en` : opts.siteUrl}/`;
  const site = opts.siteName ?? 'Mosty';
  const title = opts.title ?? (opts.locale === 'pl' ? `${site}: aktualności i wydarzenia` : `${site}: news and events`);
  const description =
    opts.description ??
    (opts.locale === 'pl' ? `Aktualności i wydarzenia serwisu ${site}` : `News and events from ${site}`);
  const author = checkAuthor(opts.author ?? { name: site, url: home });
  const license = opts.license === undefined ? undefined : checkLicense(opts.license);
  const icon = opts.icon === undefined ? undefined : checkedHttpUrl(opts.icon, 'icon');
  const logo = opts.logo === undefined ? undefined : checkedHttpUrl(opts.logo, 'logo');
  if (kind === 'json')
    return jsonFeed(entries, {
      title,
      description,
      author,
      home,
      self: selfUrl(kind, opts),
      license,
      icon,
      logo,
      opts,
    });
  const feed = new Feed({
    id: home,
    link: home,
    // Text nodes: the XML writer escapes them (unlike item titles and summaries, declared as HTML).
    title: xmlSafe(title),
    description: xmlSafe(description),
    author: {
      name: xmlSafe(author.name),
      ...(author.url ? { link: author.url } : {}),
      ...(author.email ? { email: author.email } : {}),
    },
    language: opts.locale,
    // Reproducible output: the feed changed when an entry last did, not when it was written.
    updated: new Date(Math.max(0, ...entries.map((e) => e.updated.getTime()))),
    generator: '@org/formats',
    copyright: xmlSafe(rightsText(author, license, opts.locale)),
    // feed 6 writes `image` as Atom <logo> and as RSS <image> with the feed's title and link, `favicon` as Atom <icon>.
    ...(logo ? { image: logo } : {}),
    ...(icon ? { favicon: icon } : {}),
    // feed 6 writes only the link of the format being written, as its self link.
    feedLinks: { [kind]: selfUrl(kind, opts) },
  });
  // feed 6 declares Atom titles and summaries `type="html"`, and RSS readers decode entities in both:
  // plain text must reach them HTML-escaped, or "&amp;" shows as "&" and "<b>" as markup. JSON Feed's
  // title and summary are plain text.
  // RSS 2.0's item <author> is an email address ("lawyer@boyer.net (Lawyer Boyer)"); a post's author
  // is a name, which RSS carries as Dublin Core's <dc:creator> (feed 6 declares xmlns:dc with content).
  for (const { item } of entries) {
    const { author, ...rest } = item;
    const creator = kind === 'rss' ? author?.[0]?.name : undefined;
    feed.addItem({
      ...(kind === 'rss' ? rest : item),
      title: escapeXml(item.title),
      description: item.description && escapeXml(item.description),
      ...(creator ? { extensions: [{ name: 'dc:creator', objects: { _text: creator } }] } : {}),
    });
  }
  return kind === 'rss' ? feed.rss2() : atomLicense(atomLanguages(feed.atom1(), opts.locale, entries), license);
}

/** Who holds the rights and on what terms the content may be reused, in the feed's language. */
function rightsText(author: FeedAuthor, license: FeedLicense | undefined, locale: string): string {
  if (!license) return author.name;
  const terms = locale === 'pl' ? 'Dane udostępniane na licencji' : 'Data available under the licence';
  return `${author.name}. ${terms} ${license.name}: ${license.url}`;
}

/** RFC 4946: the licence of an Atom feed as `<link rel="license">`, which feed 6 does not write. */
function atomLicense(xml: string, license: FeedLicense | undefined): string {
  if (!license) return xml;
  // A function, not a replacement string, which would read "$&" or "$'" in the URL as patterns.
  return xml.replace('</rights>', () => `</rights>\n    <link rel="license" href="${escapeXml(license.url)}"/>`);
}

function checkLicense(license: FeedLicense): FeedLicense {
  if (typeof license.name !== 'string' || license.name.trim() === '')
    throw new ValidationError(
      `@org/formats: options.license.name must be a non-empty name, got "${String(license.name)}"`,
      [{ path: 'license.name', field: 'license.name', code: 'required', message: 'empty' }],
    );
  const protocol = URL.canParse(license.url) ? new URL(license.url).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ValidationError(
      `@org/formats: options.license.url must be an absolute http(s) URL, got "${license.url}"`,
      [{ path: 'license.url', field: 'license.url', code: 'url', message: 'not an absolute http(s) URL' }],
    );
  return license;
}

/**
 * RFC 4287 §2: the language of an Atom document's text is its `xml:lang`, which feed 6 does not write. The feed
 * gets the options' language, and so does every entry: its labels (the category "News", "CANCELLED:", the
 * content's "When" and "Agenda") are the feed's. The record's own text, when in another language (a Polish event
 * in the English feed), is marked where it is: the entry's `<title>` (the record's title; a status prefix is one
 * label word before it, and a title cannot mark its parts without markup readers strip), its `<summary>` when
 * that starts with the record's summary or lead (after it come the funding statements, the Polish one first), a
 * post's `<category>` when its label is the category as the editors wrote it ("Relacje"; the default one is
 * translated, "News"), and inside the content's HTML (`lang`, see `language-html.ts`). The entry as a whole was marked with the record's
 * language, which told readers that the English labels were Polish.
 */
function atomLanguages(xml: string, locale: string, entries: readonly Entry[]): string {
  const [head = '', ...parts] = xml.split('<entry>');
  const marked = parts.map((part, i) => {
    const entry = entries[i];
    if (!entry || entry.language === locale) return part;
    const lang = ` xml:lang="${escapeXml(entry.language)}"`;
    // feed 6 writes an entry's <title> and <summary> before its <content>, and escapes the text of both.
    const titled = part.replace('<title type="html">', () => `<title type="html"${lang}>`);
    const summarised = entry.ownSummary
      ? titled.replace('<summary type="html">', () => `<summary type="html"${lang}>`)
      : titled;
    // A category's label is language-sensitive text (RFC 4287 §4.2.2.3); the hashtags after it are in no language.
    return entry.ownCategory ? summarised.replace('<category ', () => `<category${lang} `) : summarised;
  });
  return [
    head.replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      () => `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    ),
    ...marked,
  ].join('<entry>');
}

function checkAuthor(author: FeedAuthor): FeedAuthor {
  const url = author.url;
  if (typeof author.name !== 'string' || author.name.trim() === '')
    throw new ValidationError(
      `@org/formats: options.author.name must be a non-empty name, got "${String(author.name)}"`,
      [{ path: 'author.name', field: 'author.name', code: 'required', message: 'empty' }],
    );
  if (url !== undefined) checkedHttpUrl(url, 'author.url');
  return author;
}

interface JsonFeedHead {
  title: string;
  description: string;
  author: FeedAuthor;
  home: string;
  self: string;
  license: FeedLicense | undefined;
  icon: string | undefined;
  logo: string | undefined;
  opts: FeedWriterOptions;
}

/**
 * The JSON Feed extension (JSON Feed 1.1, "Extensions") in which the JSON Feed carries the licence, which the
 * format has no field for while RSS has `<copyright>` and Atom `<rights>`: a top-level object named after who
 * defines it, as the specification advises (extension names start with `_`; readers that do not know one ignore
 * it, so no reader shows anything new), with `about`, the page describing it. A program that reuses the feed's
 * data finds the terms there, `_mosty.license.url`, as in the Atom feed's `<link rel="license">`.
 *
 * @example
 * JSON.parse(writeFeed('json', input, index, { ...options, license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } }))._mosty
 * // { about: 'https://github.com/mosty/mosty/tree/main/packages/formats#json-feed-extension', license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } }
 */
export const JSON_FEED_EXTENSION = {
  name: '_mosty',
  about: 'https://github.com/mosty/mosty/tree/main/packages/formats#json-feed-extension',
} as const;

const jsonAuthor = (author: FeedAuthor) => ({ name: author.name, ...(author.url ? { url: author.url } : {}) });

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written here: the `feed` package writes
 * version 1, which has neither `language` nor `authors`. Titles and summaries are plain text.
 */
function jsonFeed(entries: readonly Entry[], head: JsonFeedHead): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: xmlSafe(head.title),
    home_page_url: head.home,
    feed_url: head.self,
    description: xmlSafe(head.description),
    authors: [jsonAuthor(head.author)],
    language: head.opts.locale,
    // JSON Feed wants square pictures for both: the icon where there is one, else the logo for `icon`.
    ...(head.icon || head.logo ? { icon: head.icon ?? head.logo } : {}),
    ...(head.icon ? { favicon: head.icon } : {}),
    items: entries.map(({ item, language }) => ({
      id: item.id,
      url: item.link,
      title: item.title,
      content_html: item.content,
      ...(item.description ? { summary: item.description } : {}),
      date_published: (item.published ?? item.date).toISOString(),
      date_modified: item.date.toISOString(),
      ...(item.author?.length ? { authors: item.author.map((a) => jsonAuthor({ name: a.name ?? '' })) } : {}),
      ...(item.category?.length ? { tags: item.category.map((c) => c.name).filter(Boolean) } : {}),
      // The item's own language (JSON Feed 1.1): a Polish post stays "pl" in the English feed, since its title and
      // summary (plain text, which cannot mark parts) are the record's text; its content_html marks the English
      // labels as English (`contentHtml`).
      language,
    })),
    ...(head.license
      ? {
          [JSON_FEED_EXTENSION.name]: {
            about: JSON_FEED_EXTENSION.about,
            license: { name: xmlSafe(head.license.name), url: head.license.url },
          },
        }
      : {}),
  };
  return JSON.stringify(feed, null, 4);
}
