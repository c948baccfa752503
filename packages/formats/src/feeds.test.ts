import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EN, generated, PL, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import { HOSTILE_MARKDOWN } from '../test/hostile-markdown.js';
import { scanHtml, unsafeHtml } from '../test/html-scan.js';
import { type FeedEvent, feedUrl, writeFeed } from './feeds.js';
import type { FormatOptions } from './options.js';
import { indexWorld } from './world-index.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

describe.each(['rss', 'atom'] as const)('%s feed', (kind) => {
  it('is read by a real feed parser, with the seed post and event and their funding statement', () => {
    const { world, index } = seed();
    const xml = writeFeed(kind, world, index, PL);
    const feed = parseFeed(xml);
    // RSS carries <language>; Atom xml:lang on <feed> (RFC 4287 §2), which feed 6 did not write.
    expect(feed.language).toBe('pl');
    expect(parseFeed(writeFeed(kind, world, index, EN)).language).toBe('en');
    expect(feed.items).toHaveLength(2);
    const post = feed.items.find((i) => i.url?.includes('/aktualnosci/'))!;
    expect(post.title).toBe(world.posts[0]!.title);
    expect(post.description).toContain(STATEMENT);
    expect(post.content).toContain(STATEMENT);
    expect(post.content).toContain('Wojciech Jóźwiak');
    const event = feed.items.find((i) => i.url?.includes('/wydarzenia/'))!;
    expect(event.url).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    expect(event.description).toContain(STATEMENT);
    expect(event.categories.map((c) => c.term)).toContain('EkonomiaSpołeczna');
    // newest first: the post (26 Nov, 16:00) before the event (published 20 Nov)
    expect(feed.items[0]!.url).toBe(post.url);
  });

  // RFC 4287 §4.2.6: an entry's id never changes. It was the page URL, so a new slug made a second entry.
  it('keeps each item’s id when its slug or the site’s address changes; the link follows the page', () => {
    const { world, index } = seed();
    const ids = (input: typeof world, options: FormatOptions) =>
      parseFeed(writeFeed(kind, input, index, options)).items.map((i) => [i.id, i.url]);
    const before = ids(world, PL);
    const renamed = {
      ...world,
      posts: world.posts.map((p) => ({ ...p, slug: `${p.slug}-2` })),
      events: world.events.map((e) => ({ ...e, slug: `${e.slug}-2` })),
    };
    const after = ids(renamed, { locale: 'pl', siteUrl: 'https://nowy.example.pl/mosty' });
    expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id));
    expect(before.map(([id]) => id)).toEqual([`urn:uuid:${world.posts[0]!.id}`, `urn:uuid:${world.events[0]!.id}`]);
    expect(before[1]![1]).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    expect(after[1]![1]).toBe('https://nowy.example.pl/mosty/wydarzenia/sprawny-urzad-sprawna-organizacja-2');
    if (kind === 'rss') expect(writeFeed(kind, world, index, PL)).toContain(`<guid isPermaLink="false">urn:uuid:`);
  });

  // The English entry is another document (English text and page): it shared the Polish entry's id, so a reader
  // or aggregator that merges by id kept one of the two. Polish ids must stay as published.
  it('gives the English entry an id of its own, stable, and keeps the Polish ids as they were', () => {
    const { world, index } = seed();
    const ids = (input: typeof world, options: FormatOptions) => {
      const out = writeFeed(kind, input, index, options);
      return new Map(
        parseFeed(out).items.map((i) => [
          i.url?.includes('/aktualnosci/') || i.url?.includes('/news/') ? 'post' : 'event',
          i.id,
        ]),
      );
    };
    const pl = ids(world, PL);
    const en = ids(world, EN);
    expect(pl.get('post')).toBe(`urn:uuid:${world.posts[0]!.id}`);
    expect(pl.get('event')).toBe(`urn:uuid:${world.events[0]!.id}`);
    for (const record of ['post', 'event']) {
      expect(en.get(record), record).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(en.get(record), record).not.toBe(pl.get(record));
    }
    expect(en.get('post')).not.toBe(en.get('event'));
    // As stable as the Polish id: a new slug or site address changes neither.
    const renamed = {
      ...world,
      posts: world.posts.map((p) => ({ ...p, slug: `${p.slug}-2` })),
      events: world.events.map((e) => ({ ...e, slug: `${e.slug}-2` })),
    };
    expect(ids(renamed, { locale: 'en', siteUrl: 'https://nowy.example.pl/mosty' })).toEqual(en);
  });

  // A cancelled event kept its publication date and title, so readers never showed the change.
  it('a cancelled or postponed event says so in its title, and Atom dates the change', () => {
    const { world, index } = seed();
    const event = world.events[0]!; // published 2026-11-20T12:00:00+01:00
    const changed = { ...event, status: 'cancelled' as const, updatedAt: '2026-11-25T09:00:00Z' };
    const item = (options: FormatOptions, e: typeof changed | typeof event = changed) =>
      parseFeed(writeFeed(kind, { events: [e] }, index, options)).items[0]!;
    expect(item(PL).title).toBe(`ODWOŁANE: ${event.title}`);
    expect(item(EN).title).toBe(`CANCELLED: ${event.title}`);
    expect(item(PL, { ...changed, status: 'postponed' }).title).toBe(`PRZEŁOŻONE: ${event.title}`);
    expect(item(EN, { ...changed, status: 'postponed' }).title).toBe(`POSTPONED: ${event.title}`);
    expect(item(PL, event).title).toBe(event.title);
    expect(item(PL).published?.toISOString()).toBe('2026-11-20T11:00:00.000Z');
    if (kind === 'atom') {
      expect(item(PL).updated?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
      expect(parseFeed(writeFeed(kind, { events: [changed] }, index, PL)).updated?.toISOString()).toBe(
        '2026-11-25T09:00:00.000Z',
      );
      // Without revision metadata, the entry is as it was published.
      expect(item(PL, event).updated?.toISOString()).toBe('2026-11-20T11:00:00.000Z');
    }
  });

  // A staff audit: a postponed event's note ("new date in January") reached only the content, not the description
  // that many readers show alone.
  it('a cancelled or postponed event’s note leads its description, in the feed’s language; none without a note', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const description = (options: FormatOptions, e: FeedEvent) =>
      parseFeed(writeFeed(kind, { events: [e] }, index, options)).items[0]!.description ?? '';
    const postponed = { ...event, status: 'postponed' as const, statusNote: 'nowy termin w styczniu' };
    expect(description(PL, postponed)).toMatch(/^PRZEŁOŻONE: nowy termin w styczniu\s+\S/);
    expect(description(EN, postponed)).toMatch(/^POSTPONED: nowy termin w styczniu/);
    expect(description(PL, { ...event, status: 'cancelled', statusNote: 'Sala zalana' })).toMatch(
      /^ODWOŁANE: Sala zalana/,
    );
    expect(description(PL, { ...event, status: 'postponed' })).not.toContain('PRZEŁOŻONE');
    expect(description(PL, { ...event, statusNote: 'stara notatka' })).not.toContain('stara notatka');
  });

  // An event published without publishedAt (imports, the store) was dated at its start: 2027-09-01 topped the feed
  // and moved the feed's lastBuildDate / Atom updated into the future.
  it('dates an event published without publishedAt by its record, never by a future start', () => {
    const { world, index } = seed();
    const { publishedAt: _none, ...unpublished } = world.events[0]!;
    const future: FeedEvent = {
      ...unpublished,
      startsAt: '2027-09-01T08:00:00Z',
      endsAt: '2027-09-01T12:00:00Z',
      agenda: [],
    };
    const post = world.posts[0]!; // published 2026-11-26T16:00:00+01:00
    const read = (events: readonly FeedEvent[]) => {
      const feed = parseFeed(writeFeed(kind, { posts: [post], events }, index, PL));
      const event = feed.items.find((i) => i.url?.includes('/wydarzenia/'))!;
      return {
        published: event.published?.toISOString(),
        updated: feed.updated?.toISOString(),
        first: feed.items[0]!.url,
      };
    };
    const created = read([{ ...future, createdAt: '2026-10-01T09:00:00Z', updatedAt: '2026-10-02T09:00:00Z' }]);
    expect(created.published).toBe('2026-10-01T09:00:00.000Z');
    expect(created.first).toContain('/aktualnosci/');
    expect(created.updated).toBe('2026-11-26T15:00:00.000Z');
    expect(read([{ ...future, updatedAt: '2026-10-02T09:00:00Z' }]).published).toBe('2026-10-02T09:00:00.000Z');
    // No revision metadata: no later than the latest date the feed holds (the post's publication).
    const bare = read([future]);
    expect(bare.published).toBe('2026-11-26T15:00:00.000Z');
    expect(bare.updated).toBe('2026-11-26T15:00:00.000Z');
    // A start before that date is kept, as before.
    const past = { ...future, startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-01T12:00:00Z' };
    expect(read([past]).published).toBe('2026-06-01T08:00:00.000Z');
    // The publication, when there is one, is the date whatever the record says.
    expect(read([{ ...world.events[0]!, createdAt: '2026-10-01T09:00:00Z' }]).published).toBe(
      '2026-11-20T11:00:00.000Z',
    );
  });

  // A post without publishedAt (an import's, or one the store took) was dated 1970-01-01 and sank to the bottom.
  it('dates a post published without publishedAt by its record, never 1970 while the feed records a date', () => {
    const { world, index } = seed();
    const { publishedAt: _none, ...undated } = world.posts[0]!;
    const event = world.events[0]!; // published 2026-11-20T12:00:00+01:00
    const published = (post: typeof undated & { createdAt?: string; updatedAt?: string }, events = [event]) =>
      parseFeed(writeFeed(kind, { posts: [post], events }, index, PL))
        .items.find((i) => i.url?.includes('/aktualnosci/'))!
        .published?.toISOString();
    expect(published({ ...undated, createdAt: '2026-11-02T09:00:00Z', updatedAt: '2026-11-03T09:00:00Z' })).toBe(
      '2026-11-02T09:00:00.000Z',
    );
    expect(published({ ...undated, updatedAt: '2026-11-03T09:00:00Z' })).toBe('2026-11-03T09:00:00.000Z');
    // No revision metadata: the latest date the feed holds (the event's publication), not 1970.
    expect(published(undated)).toBe('2026-11-20T11:00:00.000Z');
    // The publication, when there is one, is the date whatever the record says.
    expect(published({ ...world.posts[0]!, createdAt: '2026-10-01T09:00:00Z' })).toBe('2026-11-26T15:00:00.000Z');
  });

  // A renamed organiser changed every event's content, but Atom updated stayed at the event's own updatedAt.
  it('an event entry is updated when a record it shows changes (venue, organiser), not by a partner', () => {
    const { world } = seed();
    const event = { ...world.events[0]!, updatedAt: '2026-11-21T08:00:00Z' };
    const entry = (organizations: typeof world.organizations, venues: typeof world.venues) => {
      const out = writeFeed(kind, { events: [event] }, indexWorld({ ...world, organizations, venues }), PL);
      const feed = parseFeed(out);
      return {
        updated: feed.items[0]!.updated?.toISOString(),
        feed: feed.updated?.toISOString(),
        content: feed.items[0]!.content,
      };
    };
    const before = entry(world.organizations, world.venues);
    const renamed = world.organizations.map((o) =>
      o.id === event.organizerId ? { ...o, name: 'Fundacja Nowa Nazwa', updatedAt: '2026-11-24T12:00:00Z' } : o,
    );
    const after = entry(renamed, world.venues);
    expect(after.content).toContain('Fundacja Nowa Nazwa');
    const moved = world.venues.map((v) => ({ ...v, updatedAt: '2026-11-25T12:00:00Z' }));
    if (kind === 'atom') {
      expect(before.updated).toBe('2026-11-21T08:00:00.000Z');
      expect(after.updated).toBe('2026-11-24T12:00:00.000Z');
      expect(entry(renamed, moved).updated).toBe('2026-11-25T12:00:00.000Z');
    }
    // The feed's own date (RSS lastBuildDate, Atom updated) follows.
    expect(after.feed).toBe('2026-11-24T12:00:00.000Z');
    // A partner is not shown in the entry: its change is none of the entry's.
    const partner = {
      ...world.organizations[0]!,
      id: 'partner-org',
      slug: 'partner-org',
      updatedAt: '2026-12-01T00:00:00Z',
    };
    const withPartner = { ...event, partners: [{ role: 'partner' as const, organizationId: partner.id }] };
    const out = writeFeed(
      kind,
      { events: [withPartner] },
      indexWorld({ ...world, organizations: [...world.organizations, partner] }),
      PL,
    );
    expect(parseFeed(out).updated?.toISOString()).toBe('2026-11-21T08:00:00.000Z');
  });

  it('names the default category in the feed’s language, any other as written', () => {
    const { world, index } = seed();
    expect(world.posts[0]!.category).toBe('Aktualności');
    const categories = (options: typeof PL | typeof EN) =>
      parseFeed(writeFeed(kind, world, index, options))
        .items.find((i) => i.url?.includes('/aktualnosci/') || i.url?.includes('/en/news/'))!
        .categories.map((c) => c.label ?? c.term);
    expect(categories(PL)).toContain('Aktualności');
    expect(categories(EN)).toContain('News');
    expect(categories(EN)).not.toContain('Aktualności');
    const relacje = { ...world, posts: [{ ...world.posts[0]!, category: 'Relacje' }] };
    const labels = parseFeed(writeFeed(kind, relacje, index, EN)).items.flatMap((i) =>
      i.categories.map((c) => c.label ?? c.term),
    );
    expect(labels).toContain('Relacje');
  });

  it('writes generated data: every funded item carries its statement, English pages in English', () => {
    const { world, index } = generated(60);
    const xml = writeFeed(kind, world, index, { ...EN, limit: 500 });
    const feed = parseFeed(xml);
    const visible = world.events.filter((e) => e.status !== 'draft').length + world.posts.length;
    expect(feed.items).toHaveLength(visible);
    const grants = new Map(world.grants.map((g) => [g.id, g]));
    for (const e of world.events.filter((x) => x.status !== 'draft')) {
      const item = feed.items.find((i) => i.url === `https://mosty.example.org/en/events/${e.slug}`);
      expect(item, e.slug).toBeDefined();
      for (const id of e.grantIds)
        expect(item!.description).toContain(`from the budget of ${grants.get(id)!.funderName}`);
    }
    for (const p of world.posts)
      expect(feed.items.find((i) => i.url === `https://mosty.example.org/en/news/${p.slug}`)?.title).toBe(p.title);
    for (const i of feed.items) expect(i.url).toMatch(/^https:\/\/mosty\.example\.org\/en\/(events|news)\//);
  });
});

describe('post bodies are Markdown, shown as safe HTML', () => {
  const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });
  /**
   * The HTML content and the plain summary of the post, as a feed reader gets them. The content is read
   * with an XML parser: feed-parser decodes HTML entities once more after XML has (`textContentNormalized`),
   * so it would report the text "&lt;script&gt;" as the tag <script>.
   */
  const read = (kind: 'rss' | 'atom' | 'json', xml: string) => {
    if (kind === 'json') {
      const item = JSON.parse(xml).items.find((i: { url: string }) => i.url.includes('/aktualnosci/'));
      return { content: String(item.content_html), summary: String(item.summary) };
    }
    const item = parseFeed(xml).items.find((i) => i.url?.includes('/aktualnosci/'))!;
    const doc = xmlParser.parse(xml);
    const raw =
      kind === 'rss'
        ? doc.rss.channel.item.find((i: { link: string }) => i.link === item.url)['content:encoded']
        : doc.feed.entry.find((e: { id: string }) => e.id === item.id).content['#text'];
    return { content: String(raw), summary: item.description ?? '' };
  };
  const withBody = (body: string) => {
    const { world, index } = seed();
    return { input: { posts: [{ ...world.posts[0]!, body }] }, index };
  };

  it.each(['rss', 'atom', 'json'] as const)('%s: lists, emphasis and links render; the summary is text', (kind) => {
    const { input, index } = withBody(
      '**Ważne:** spotkanie [tutaj](https://fise.org.pl)\n\nTematy:\n\n- Co _organizacje_ mogą\n- Co urzędy\n\n[Program](/wydarzenia/sprawny-urzad-sprawna-organizacja)',
    );
    const { content, summary } = read(kind, writeFeed(kind, input, index, PL));
    expect(content).toContain(
      '<strong>Ważne:</strong> spotkanie <a href="https://fise.org.pl" rel="noopener noreferrer">tutaj</a>',
    );
    expect(content).toContain('<ul>\n<li>Co <em>organizacje</em> mogą</li>\n<li>Co urzędy</li>\n</ul>');
    // Feed readers resolve relative links against anything or nothing: site links arrive absolute.
    expect(content).toContain(
      '<a href="https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja" rel="noopener noreferrer">Program</a>',
    );
    expect(content).toContain(STATEMENT);
    expect(content).not.toMatch(/\*\*|\]\(|<br>- /);
    expect(unsafeHtml(content)).toEqual([]);
    expect(summary).toContain('Ważne: spotkanie tutaj Tematy: Co organizacje mogą Co urzędy Program');
    expect(summary).not.toMatch(/\*\*|\]\(|<strong>/);
  });

  it.each(['rss', 'atom', 'json'] as const)(
    '%s: hostile Markdown reaches readers as text, never as script or link',
    (kind) => {
      const { input, index } = withBody(HOSTILE_MARKDOWN.join('\n\n'));
      const { content } = read(kind, writeFeed(kind, input, index, PL));
      expect(content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(unsafeHtml(content)).toEqual([]);
      expect(content).not.toMatch(/<(script|iframe|svg|style)|<img[^>]*onerror|href="(javascript|vbscript|data):/i);
    },
  );

  it('the seed post: its lists of panelists and topics are HTML lists', () => {
    const { world, index } = seed();
    const { content } = read('atom', writeFeed('atom', world, index, PL));
    expect(content).toContain('<li>Wojciech Jóźwiak, wiceprezes zarządu Spółdzielni Socjalnej “Kto Rano Wstaje”,</li>');
    expect(content).toContain('<li>Co organizacje mogą załatwić w urzędzie.</li>');
    expect(unsafeHtml(content)).toEqual([]);
  });
});

// The audit found an event's body (its page's long text) in no feed: readers got the summary and the agenda only.
describe('event bodies are in the entry content, as safe HTML after the summary', () => {
  const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });
  // As for posts: the content read with an XML parser, which decodes entities once, as a reader does.
  const content = (kind: 'rss' | 'atom' | 'json', out: string) => {
    if (kind === 'json') return String(JSON.parse(out).items[0].content_html);
    const item = parseFeed(out).items[0]!;
    expect(item.url).toBe('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    const doc = xmlParser.parse(out);
    return String(kind === 'rss' ? doc.rss.channel.item[0]['content:encoded'] : doc.feed.entry[0].content['#text']);
  };
  const body =
    '## Dla kogo\n\nDla **samorządowców** i organizacji. Zobacz [program](/wydarzenia/sprawny-urzad-sprawna-organizacja#program) i [FISE](https://fise.org.pl).\n\n- Zażółć gęślą jaźń\n- <b>nie znacznik</b>';

  it.each(['rss', 'atom', 'json'] as const)('%s', (kind) => {
    const { world, index } = seed();
    const event = { ...world.events[0]!, body };
    const html = content(kind, writeFeed(kind, { events: [event] }, index, PL));
    const rendered = [
      '<h2>Dla kogo</h2>',
      '<p>Dla <strong>samorządowców</strong> i organizacji. Zobacz <a href="https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja#program" rel="noopener noreferrer">program</a> i <a href="https://fise.org.pl" rel="noopener noreferrer">FISE</a>.</p>',
      '<ul>\n<li>Zażółć gęślą jaźń</li>\n<li>&lt;b&gt;nie znacznik&lt;/b&gt;</li>\n</ul>',
    ].join('\n');
    expect(html).toContain(rendered);
    expect(html.indexOf(`<p>${event.summary}</p>`)).toBe(0);
    expect(html.indexOf(rendered)).toBeGreaterThan(0);
    // Then when and where, the agenda and the statement, as before.
    expect(html.indexOf('26 listopada 2026')).toBeGreaterThan(html.indexOf(rendered));
    expect(html).toContain(STATEMENT);
    expect(unsafeHtml(html)).toEqual([]);
    // The summary (RSS description, Atom summary) stays the summary and the statements.
    const summary =
      kind === 'json' ? '' : (parseFeed(writeFeed(kind, { events: [event] }, index, PL)).items[0]!.description ?? '');
    expect(summary).not.toContain('samorządowców');
  });

  // The page URL and the online meeting's were plain text (<p>http://…</p>): readers showed them unlinked.
  it.each(['rss', 'atom', 'json'] as const)('%s: the page and the online meeting are links, escaped', (kind) => {
    const { world, index } = seed();
    const onlineUrl = 'https://meet.example.org/spotkanie?id=12&pwd=ab';
    const event = { ...world.events[0]!, onlineUrl };
    const html = content(kind, writeFeed(kind, { events: [event] }, index, PL));
    const page = 'https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja';
    expect(html).toContain(
      '<a href="https://meet.example.org/spotkanie?id=12&amp;pwd=ab" rel="noopener noreferrer">https://meet.example.org/spotkanie?id=12&amp;pwd=ab</a>',
    );
    expect(html).toContain('Centrum Wielokulturowe w Warszawie, ul. Jagiellońska 54, Warszawa<br><a ');
    expect(html.endsWith(`<p><a href="${page}">${page}</a></p>`)).toBe(true);
    const links = scanHtml(html)
      .tags.filter((t) => t.name === 'a')
      .map((t) => t.attrs.href);
    expect(links).toContain(onlineUrl);
    expect(links).toContain(page);
    expect(unsafeHtml(html)).toEqual([]);
    expect(html).not.toContain(`<p>${page}</p>`);
  });

  it.each(['rss', 'atom', 'json'] as const)('%s: hostile Markdown in a body reaches readers as text', (kind) => {
    const { world, index } = seed();
    const event = { ...world.events[0]!, body: HOSTILE_MARKDOWN.join('\n\n') };
    const html = content(kind, writeFeed(kind, { events: [event] }, index, PL));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(unsafeHtml(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|iframe|svg|style)|<img[^>]*onerror|href="(javascript|vbscript|data):/i);
  });
});

// RSS readers showed the plain-text <description>, blank lines and all, as one blob: the entry's HTML is RSS
// <content:encoded> (the content module), the same HTML as the Atom content and the JSON Feed content_html.
describe('rss content:encoded', () => {
  const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });

  it.each([PL, EN])(
    'carries the Atom content and JSON Feed content_html, the description stays text (%o)',
    (options) => {
      const { world, index } = seed();
      const rss = writeFeed('rss', world, index, options);
      expect(rss).toMatch(
        /^<\?xml[^>]*>\s*<rss [^>]*xmlns:content="http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/"/,
      );
      const encoded = xmlParser
        .parse(rss)
        .rss.channel.item.map((i: Record<string, string>) => String(i['content:encoded']));
      const atom = xmlParser
        .parse(writeFeed('atom', world, index, options))
        .feed.entry.map((e: { content: { '#text': string } }) => e.content['#text']);
      const json = JSON.parse(writeFeed('json', world, index, options)).items.map(
        (i: { content_html: string }) => i.content_html,
      );
      expect(encoded).toHaveLength(2);
      expect(encoded).toEqual(atom);
      expect(encoded).toEqual(json);
      // The real parser reads the HTML as the item's content, and the description as its summary, without markup.
      for (const [i, item] of parseFeed(rss).items.entries()) {
        expect(item.content).toContain('<p>');
        expect(item.content).toContain(STATEMENT);
        expect(item.description).not.toMatch(/<[a-z]/i);
        expect(unsafeHtml(encoded[i]!)).toEqual([]);
      }
    },
  );

  it('keeps script and javascript: out of both, from the lead (text) and the body (Markdown)', () => {
    const { world, index } = seed();
    const post = {
      ...world.posts[0]!,
      lead: '<script>alert(1)</script> [x](javascript:alert(1))',
      body: HOSTILE_MARKDOWN.join('\n\n'),
    };
    const rss = writeFeed('rss', { posts: [post] }, index, PL);
    const item = xmlParser.parse(rss).rss.channel.item[0];
    const encoded = String(item['content:encoded']);
    expect(encoded).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(unsafeHtml(encoded)).toEqual([]);
    expect(encoded).not.toMatch(/<(script|iframe|svg|style)|<img[^>]*onerror|href="(javascript|vbscript|data):/i);
    // The description is text that readers decode as HTML: the tag arrives escaped, as text.
    const description = String(item.description);
    expect(description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(description).not.toMatch(/<script|<a /i);
  });
});

// The English feeds wrapped Polish entries in xml:lang="pl", English labels included.
describe('the languages of an entry', () => {
  const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
  type AtomText = { '#text': string; '@_xml:lang'?: string };
  const atomEntries = (xml: string) =>
    xmlParser.parse(xml).feed.entry as {
      '@_xml:lang'?: string;
      title: AtomText;
      summary: AtomText;
      content: AtomText;
      link: { '@_href': string };
    }[];

  it('atom, English feed: labels in English, the Polish record’s title, summary and text marked Polish', () => {
    const { world, index } = seed();
    const event = { ...world.events[0]!, status: 'cancelled' as const, statusNote: 'Sala zalana' };
    const xml = writeFeed('atom', { posts: world.posts, events: [event] }, index, EN);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    const entries = atomEntries(xml);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      // The entry is in the feed's language: its category "News", "CANCELLED:" and the content's labels are English.
      expect(entry['@_xml:lang']).toBeUndefined();
      expect(entry.content['@_xml:lang']).toBeUndefined();
      expect(entry.title['@_xml:lang']).toBe('pl');
      expect(entry.summary['@_xml:lang']).toBe('pl');
      const html = entry.content['#text'];
      expect(html.startsWith('<div lang="en">')).toBe(true);
      expect(html).toContain(
        '<p><span lang="pl">Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego</span><br>Public task financed',
      );
      expect(unsafeHtml(html)).toEqual([]);
    }
    const html = entries.find((e) => e.link['@_href'].includes('/events/'))!.content['#text'];
    expect(html).toContain(
      `<p>CANCELLED: <span lang="pl">Sala zalana</span></p>\n<div lang="pl"><p>${event.summary}</p>`,
    );
    // The record's text ends where the labels begin.
    const own = html.slice(html.indexOf('<div lang="pl">'), html.indexOf('</div>'));
    expect(own).toContain(event.summary);
    expect(own).not.toMatch(/Agenda:|Organiser:/);
    expect(html.indexOf('Agenda:')).toBeGreaterThan(html.indexOf('</div>'));
  });

  it('atom and content: a record in the feed’s language is not marked; one in the other language is', () => {
    const { world, index } = seed();
    const pl = writeFeed('atom', world, index, PL);
    expect(pl).not.toMatch(/<entry [^>]*xml:lang|<title [^>]*xml:lang|<summary [^>]*xml:lang|lang=&quot;/);
    for (const entry of atomEntries(pl)) expect(entry.content['#text']).not.toContain('lang=');
    const english = { ...world.posts[0]!, language: 'en' as const, title: 'Cooperation', lead: 'A meeting.' };
    const [inPolish] = atomEntries(writeFeed('atom', { posts: [english] }, index, PL));
    expect(inPolish!.title['@_xml:lang']).toBe('en');
    expect(inPolish!.summary['@_xml:lang']).toBe('en');
    expect(inPolish!.content['#text']).toMatch(/^<div lang="pl"><div lang="en"><p>A meeting\.<\/p>/);
    const [inEnglish] = atomEntries(writeFeed('atom', { posts: [english] }, index, EN));
    expect(inEnglish!.title['@_xml:lang']).toBeUndefined();
    expect(inEnglish!.content['#text']).toMatch(/^<p>A meeting\.<\/p>/);
  });

  // RFC 4287 §4.2.2.3: a category's label is language-sensitive; a post's own category ("Relacje") read as English.
  it('atom: a post’s category as its editors wrote it is marked with the post’s language, not a translated one', () => {
    const { world, index } = seed();
    const post = { ...world.posts[0]!, category: 'Relacje' };
    const categories = (xml: string) => xml.split('\n').filter((line) => line.includes('<category '));
    const en = categories(writeFeed('atom', { posts: [post] }, index, EN));
    expect(en[0]).toContain('<category xml:lang="pl" label="Relacje" term="Relacje"/>');
    // The hashtags after it are in no language.
    expect(en.slice(1).join('\n')).not.toContain('xml:lang');
    expect(en.length).toBeGreaterThan(1);
    expect(categories(writeFeed('atom', { posts: [post] }, index, PL)).join('\n')).not.toContain('xml:lang');
    expect(categories(writeFeed('atom', { posts: [world.posts[0]!] }, index, EN))[0]).toContain(
      '<category label="News" term="News"/>',
    );
    // A real feed parser reads it as before.
    const [item] = parseFeed(writeFeed('atom', { posts: [post] }, index, EN)).items;
    expect(item!.categories.map((c) => c.label)).toContain('Relacje');
  });

  it('atom: a summary of funding statements alone is not marked as the record’s', () => {
    const { world, index } = seed();
    const { summary: _none, ...event } = world.events[0]!;
    const [entry] = atomEntries(writeFeed('atom', { events: [event] }, index, EN));
    expect(entry!.title['@_xml:lang']).toBe('pl');
    expect(entry!.summary['@_xml:lang']).toBeUndefined();
  });

  // The English feeds marked an event's summary and body Polish, and left its agenda's titles, topics and roles, its
  // venue and the organisations it names unmarked among the English labels, read with an English voice.
  it('content, English feed: agenda titles, topics, roles, the venue and organisations marked Polish', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const marks = [
      'Introduction: <span lang="pl">Wprowadzenie</span><br>',
      'Presentation: <span lang="pl">Polskie organizacje w dialogu społecznym</span>',
      '<br><span lang="pl">Centrum Wielokulturowe w Warszawie, ul. Jagiellońska 54, Warszawa</span></p>',
      '<p>Organiser: <span lang="pl">Fundacja Inicjatyw Społeczno-Ekonomicznych</span></p>',
      'Speaker: Weronika Chodacz (<span lang="pl">Transfer HUB</span>)',
      'Khedi Alieva (<span lang="pl">współzałożycielka</span>, <span lang="pl">Fundacja Kobiety Wędrowne</span>)',
      '  - <span lang="pl">Czego organizacje potrzebują od urzędu.</span>',
    ];
    const rss = parseFeed(writeFeed('rss', { events: [event] }, index, EN)).items[0]!.content!;
    const [atom] = atomEntries(writeFeed('atom', { events: [event] }, index, EN));
    const [json] = JSON.parse(writeFeed('json', { events: [event] }, index, EN)).items as { content_html: string }[];
    for (const html of [rss, atom!.content['#text'], json!.content_html]) {
      for (const mark of marks) expect(html).toContain(mark);
      expect(unsafeHtml(html)).toEqual([]);
      // Marked or not, the words are the same.
      expect(html.replace(/<span lang="pl">|<\/span>/g, '')).toContain(
        'Organiser: Fundacja Inicjatyw Społeczno-Ekonomicznych',
      );
    }
    const polish = JSON.parse(writeFeed('json', { events: [event] }, index, PL)).items[0].content_html as string;
    expect(polish).not.toContain('lang=');
    expect(polish).toContain('<p>Organizator: Fundacja Inicjatyw Społeczno-Ekonomicznych</p>');
  });

  it('content: an English event’s agenda is in the English feed’s language; its venue and organisations stay Polish', () => {
    const { world, index } = seed();
    const base = world.events[0]!;
    const agenda = base.agenda.map((item) =>
      item.kind === 'presentation' ? { ...item, title: 'Polish NGOs in social dialogue' } : item,
    );
    const event = {
      ...base,
      language: 'en' as const,
      title: 'Efficient office',
      summary: 'A meeting.',
      body: '',
      agenda,
    };
    const html = (options: FormatOptions) =>
      JSON.parse(writeFeed('json', { events: [event] }, index, options)).items[0].content_html as string;
    const en = html(EN);
    expect(en).toContain('Presentation: Polish NGOs in social dialogue<br>');
    expect(en).toContain('<p>Organiser: <span lang="pl">Fundacja Inicjatyw Społeczno-Ekonomicznych</span></p>');
    expect(en).toContain('<span lang="pl">Centrum Wielokulturowe w Warszawie');
    expect(en).not.toContain('lang="en"');
    const pl = html(PL);
    expect(pl).toContain('Prezentacja: <span lang="en">Polish NGOs in social dialogue</span>');
    expect(pl).toContain('<p>Organizator: Fundacja Inicjatyw Społeczno-Ekonomicznych</p>');
    // The JSON Feed item is the record's language, its Polish labels wrapped as such: nothing inside is marked Polish.
    expect(pl.startsWith('<div lang="pl"><div lang="en"><p>A meeting.</p></div>\n')).toBe(true);
    expect(pl.slice('<div lang="pl">'.length)).not.toContain('lang="pl"');
  });

  it('json: the item’s language is the record’s, and its content_html marks the English labels English', () => {
    const { world, index } = seed();
    const items = JSON.parse(writeFeed('json', world, index, EN)).items as { language: string; content_html: string }[];
    for (const item of items) {
      expect(item.language).toBe('pl');
      expect(item.content_html).toMatch(/^<div lang="en">.*<div lang="pl">.*<\/div>$/s);
    }
    for (const item of JSON.parse(writeFeed('json', world, index, PL)).items)
      expect(item.content_html).not.toContain('lang=');
  });
});

describe('the kind of feed', () => {
  it('is refused with a ValidationError when it is none of rss, atom, json, instead of coming out as Atom', () => {
    const { world, index } = seed();
    for (const kind of ['xml', 'RSS', 'toString'])
      expect(() => writeFeed(kind as 'rss', world, index, PL)).toThrow(
        expect.objectContaining({
          code: 'VALIDATION',
          message: `@org/formats: kind must be "rss", "atom" or "json", got "${kind}"`,
        }),
      );
  });
});

describe('self links', () => {
  // Where apps/website serves each feed (app.tsx, export-site.tsx): /rss.xml, /atom.xml, /feed.json, and under /en/.
  const served = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

  it.each(['rss', 'atom'] as const)('%s: the parsed self link is the URL the website serves the feed at', (kind) => {
    const { world, index } = seed();
    expect(parseFeed(writeFeed(kind, world, index, PL)).self).toBe(`https://mosty.example.org/${served[kind]}`);
    expect(parseFeed(writeFeed(kind, world, index, EN)).self).toBe(`https://mosty.example.org/en/${served[kind]}`);
  });

  it('json: feed_url is the URL the website serves the feed at', () => {
    const { world, index } = seed();
    expect(JSON.parse(writeFeed('json', world, index, PL)).feed_url).toBe('https://mosty.example.org/feed.json');
    expect(JSON.parse(writeFeed('json', world, index, EN)).feed_url).toBe('https://mosty.example.org/en/feed.json');
  });

  it('follows a base path in siteUrl, and the URLs a caller passes', () => {
    const { world, index } = seed();
    const under = { locale: 'en', siteUrl: 'https://example.org/mosty/' } as const;
    expect(parseFeed(writeFeed('rss', world, index, under)).self).toBe('https://example.org/mosty/en/rss.xml');
    const feedUrls = { rss: 'https://cdn.example.net/pl/rss', atom: 'https://cdn.example.net/pl/atom' };
    expect(parseFeed(writeFeed('rss', world, index, { ...PL, feedUrls })).self).toBe(feedUrls.rss);
    expect(parseFeed(writeFeed('atom', world, index, { ...PL, feedUrls })).self).toBe(feedUrls.atom);
    expect(JSON.parse(writeFeed('json', world, index, { ...PL, feedUrls })).feed_url).toBe(
      'https://mosty.example.org/feed.json',
    );
    expect(feedUrl('atom', EN)).toBe('https://mosty.example.org/en/atom.xml');
  });

  it('refuses a feed URL that is not absolute, naming the option', () => {
    const { world, index } = seed();
    expect(() => writeFeed('rss', world, index, { ...PL, feedUrls: { rss: '/rss.xml' } })).toThrow(/feedUrls\.rss/);
  });
});

describe('JSON Feed', () => {
  it('follows JSON Feed 1: version URL, items with ids, urls, content and dates', () => {
    const { world, index } = seed();
    const json = JSON.parse(writeFeed('json', world, index, PL));
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
    expect(json.title).toBeTypeOf('string');
    expect(json.items).toHaveLength(2);
    for (const item of json.items) {
      expect(item.id).toBeTypeOf('string');
      expect(new URL(item.url).host).toBe('mosty.example.org');
      expect(item.content_html ?? item.content_text).toContain(STATEMENT);
      expect(Number.isNaN(Date.parse(item.date_published ?? item.date_modified))).toBe(false);
    }
  });

  it('date_modified is the latest change of the event or a record it shows', () => {
    const { world } = seed();
    const event = { ...world.events[0]!, updatedAt: '2026-11-21T08:00:00Z' };
    const venues = world.venues.map((v) => ({ ...v, updatedAt: '2026-11-25T12:00:00Z' }));
    const json = JSON.parse(writeFeed('json', { events: [event] }, indexWorld({ ...world, venues }), PL));
    expect(json.items[0].date_modified).toBe('2026-11-25T12:00:00.000Z');
    expect(json.items[0].date_published).toBe('2026-11-20T11:00:00.000Z');
  });

  it('dates an event published without publishedAt by its createdAt, not its future start', () => {
    const { world, index } = seed();
    const { publishedAt: _none, ...event } = world.events[0]!;
    const future = { ...event, startsAt: '2027-09-01T08:00:00Z', endsAt: '2027-09-01T12:00:00Z', agenda: [] };
    const json = JSON.parse(
      writeFeed('json', { events: [{ ...future, createdAt: '2026-10-01T09:00:00Z' }] }, index, PL),
    );
    expect(json.items[0].date_published).toBe('2026-10-01T09:00:00.000Z');
    expect(json.items[0].date_modified).toBe('2026-10-01T09:00:00.000Z');
  });
  it('dates a post published without publishedAt by its createdAt, not 1970', () => {
    const { world, index } = seed();
    const { publishedAt: _none, ...post } = world.posts[0]!;
    const items = (posts: readonly (typeof post & { createdAt?: string })[]) =>
      JSON.parse(writeFeed('json', { posts, events: world.events }, index, PL)).items as {
        url: string;
        date_published: string;
        date_modified: string;
      }[];
    const [created] = items([{ ...post, createdAt: '2026-11-02T09:00:00Z' }]).filter((i) =>
      i.url.includes('/aktualnosci/'),
    );
    expect(created).toMatchObject({
      date_published: '2026-11-02T09:00:00.000Z',
      date_modified: '2026-11-02T09:00:00.000Z',
    });
    const bare = items([post]);
    expect(bare.find((i) => i.url.includes('/aktualnosci/'))!.date_published).toBe('2026-11-20T11:00:00.000Z');
    expect(JSON.stringify(bare)).not.toContain('1970');
  });
});

describe('funding statements, as the website pages show them', () => {
  const EN_STATEMENT = 'Public task financed from the budget of the Mazowieckie Voivodeship';
  const TAGS = '#Mazowszepomaga #MCPSpomaga #MCPS #programywspacia #solidarnośćmazowiecka #ESjakSukcES';

  // Summary and content of both seed items (post and event), as readers get them.
  const texts = (kind: 'rss' | 'atom' | 'json', options: typeof PL | typeof EN, { world, index } = seed()) => {
    const out = writeFeed(kind, world, index, options);
    if (kind === 'json')
      return JSON.parse(out).items.flatMap((i: { summary: string; content_html: string }) => [
        i.summary,
        i.content_html,
      ]);
    return parseFeed(out).items.flatMap((i) => [i.description ?? '', i.content ?? '']);
  };

  it.each(['rss', 'atom', 'json'] as const)(
    '%s in English: the exact Polish statement, the English one beside it, and the grant hashtags',
    (kind) => {
      const all = texts(kind, EN);
      expect(all).toHaveLength(4);
      for (const text of all) {
        expect(text).toContain(STATEMENT);
        expect(text).toContain(EN_STATEMENT);
        expect(text.indexOf(STATEMENT)).toBeLessThan(text.indexOf(EN_STATEMENT));
        expect(text).toContain(TAGS);
      }
    },
  );

  // The audit found a derived "co-financed" beside the agreement's "sfinansowane" in English outputs.
  it.each(['rss', 'atom', 'json'] as const)(
    '%s in English: the agreement’s Polish statement once when it gives no English one',
    (kind) => {
      const all = texts(kind, EN, seedPolishStatementOnly());
      expect(all).toHaveLength(4);
      for (const text of all) {
        expect(text.split(STATEMENT)).toHaveLength(2);
        expect(text).not.toMatch(/Public task|financed/);
        expect(text).toContain(TAGS);
      }
    },
  );

  it.each(['rss', 'atom', 'json'] as const)('%s in Polish: the statement and the hashtags, no English', (kind) => {
    for (const text of texts(kind, PL)) {
      expect(text).toContain(STATEMENT);
      expect(text).toContain(TAGS);
      expect(text).not.toContain(EN_STATEMENT);
    }
  });
});

describe('feed metadata', () => {
  it('atom: every entry has an author, its own or the feed’s (RFC 4287 §4.1.1), by default the site', () => {
    const { world, index } = seed();
    const xml = writeFeed('atom', world, index, EN);
    const feed = parseFeed(xml);
    expect(feed.authors.map((a) => [a.name, a.url])).toEqual([['Mosty', 'https://mosty.example.org/en/']]);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
    expect(doc.feed.author.name).toBe('Mosty');
    for (const entry of doc.feed.entry) expect(entry.author ?? doc.feed.author).toBeDefined();
    const given = writeFeed('atom', world, index, {
      ...PL,
      author: { name: 'Fundacja „FISE” & partnerzy', url: 'https://fise.org.pl/' },
    });
    expect(parseFeed(given).authors.map((a) => [a.name, a.url])).toEqual([
      ['Fundacja „FISE” & partnerzy', 'https://fise.org.pl/'],
    ]);
  });

  it('rss: the channel describes the feed (RSS 2.0 requires a description), by default from the site name', () => {
    const { world, index } = seed();
    expect(parseFeed(writeFeed('rss', world, index, PL)).description).toBe('Aktualności i wydarzenia serwisu Mosty');
    expect(parseFeed(writeFeed('rss', world, index, EN)).description).toBe('News and events from Mosty');
    const own = { ...PL, siteName: 'Mosty FISE', description: 'Współpraca samorządów & organizacji' };
    const feed = parseFeed(writeFeed('rss', world, index, own));
    expect(feed.description).toBe('Współpraca samorządów & organizacji');
    expect(feed.title).toBe('Mosty FISE: aktualności i wydarzenia');
    expect(parseFeed(writeFeed('atom', world, index, own)).description).toBe('Współpraca samorządów & organizacji');
  });

  it('json: JSON Feed 1.1 with the language, the authors and a description', () => {
    const { world, index } = seed();
    const json = JSON.parse(writeFeed('json', world, index, EN));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en');
    expect(json.authors).toEqual([{ name: 'Mosty', url: 'https://mosty.example.org/en/' }]);
    expect(json.author).toBeUndefined();
    expect(json.description).toBe('News and events from Mosty');
    expect(json.home_page_url).toBe('https://mosty.example.org/en/');
    for (const item of json.items) {
      expect(item.author).toBeUndefined();
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });

  it('json: ids are the records’ urn:uuid, date_modified their last change, titles their status', () => {
    const { world, index } = seed();
    const event = world.events[0]!;
    const changed = { ...event, slug: 'nowy', status: 'postponed' as const, updatedAt: '2026-11-25T09:00:00Z' };
    const [before] = JSON.parse(writeFeed('json', { events: [event] }, index, PL)).items;
    const [beforeEn] = JSON.parse(writeFeed('json', { events: [event] }, index, EN)).items;
    const [after] = JSON.parse(writeFeed('json', { events: [changed] }, index, EN)).items;
    expect(before.id).toBe(`urn:uuid:${event.id}`);
    expect(after.id).toBe(beforeEn.id);
    expect(after.url).toBe('https://mosty.example.org/en/events/nowy');
    expect(before).toMatchObject({
      date_published: '2026-11-20T11:00:00.000Z',
      date_modified: '2026-11-20T11:00:00.000Z',
    });
    expect(after).toMatchObject({
      title: `POSTPONED: ${event.title}`,
      date_published: '2026-11-20T11:00:00.000Z',
      date_modified: '2026-11-25T09:00:00.000Z',
    });
  });

  it('json: the English item has an id of its own, the Polish one the record’s urn:uuid as before', () => {
    const { world, index } = seed();
    const items = (options: FormatOptions) =>
      (JSON.parse(writeFeed('json', world, index, options)).items as { id: string }[]).map((i) => i.id);
    const pl = items(PL);
    const en = items(EN);
    expect(pl).toEqual([`urn:uuid:${world.posts[0]!.id}`, `urn:uuid:${world.events[0]!.id}`]);
    expect(en).toHaveLength(2);
    for (const id of en) expect(pl).not.toContain(id);
    expect(new Set(en).size).toBe(2);
    // The same ids as the English RSS guids and Atom ids.
    for (const kind of ['rss', 'atom'] as const)
      expect(parseFeed(writeFeed(kind, world, index, EN)).items.map((i) => i.id)).toEqual(en);
  });

  it('json: a post’s own author is its item’s authors', () => {
    const { world, index } = seed();
    const posts = [{ ...world.posts[0]!, author: 'Anna Nowak' }];
    const [item] = JSON.parse(writeFeed('json', { posts }, index, PL)).items;
    expect(item.authors).toEqual([{ name: 'Anna Nowak' }]);
    expect(item.language).toBe('pl');
  });

  it('json: each item has its own language, not the feed’s (a Polish post in the English feed stays "pl")', () => {
    const { world, index } = seed();
    const english = { ...world.posts[0]!, id: 'in-english', slug: 'in-english', language: 'en' as const };
    const feed = JSON.parse(writeFeed('json', { posts: [world.posts[0]!, english], events: world.events }, index, EN));
    expect(feed.language).toBe('en');
    const bySlug = (slug: string) => feed.items.find((i: { url: string }) => i.url.endsWith(`/${slug}`));
    expect(bySlug(world.posts[0]!.slug).language).toBe('pl');
    expect(bySlug('in-english').language).toBe('en');
    expect(bySlug(world.events[0]!.slug).language).toBe('pl');
  });

  it('rss: a post’s author is <dc:creator>, since RSS 2.0’s <author> must be an email address', () => {
    const { world, index } = seed();
    const posts = [{ ...world.posts[0]!, author: 'Anna Nowak & <Zespół>' }];
    const xml = writeFeed('rss', { posts }, index, PL);
    expect(xml).not.toMatch(/<author>/);
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(parseFeed(xml).items[0]?.authors.map((a) => a.name)).toEqual(['Anna Nowak & <Zespół>']);
    // Atom keeps the entry's own author.
    expect(parseFeed(writeFeed('atom', { posts }, index, PL)).items[0]?.authors.map((a) => a.name)).toEqual([
      'Anna Nowak & <Zespół>',
    ]);
  });

  it('rss and atom: the rights are the publisher’s and name the licence; Atom links it (RFC 4946)', () => {
    const { world, index } = seed();
    const publisher = { name: 'Fundacja „FISE” & partnerzy', url: 'https://fise.org.pl/' };
    const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.pl' };
    for (const kind of ['rss', 'atom'] as const) {
      // Not the software's name: without a licence, the rights are the author's (the site by default).
      expect(parseFeed(writeFeed(kind, world, index, { ...PL, author: publisher })).copyright).toBe(publisher.name);
      expect(parseFeed(writeFeed(kind, world, index, { ...PL, siteName: 'Mosty FISE' })).copyright).toBe('Mosty FISE');
      expect(parseFeed(writeFeed(kind, world, index, { ...PL, author: publisher, license })).copyright).toBe(
        'Fundacja „FISE” & partnerzy. Dane udostępniane na licencji CC BY 4.0: https://creativecommons.org/licenses/by/4.0/deed.pl',
      );
      expect(parseFeed(writeFeed(kind, world, index, { ...EN, author: publisher, license })).copyright).toBe(
        'Fundacja „FISE” & partnerzy. Data available under the licence CC BY 4.0: https://creativecommons.org/licenses/by/4.0/deed.pl',
      );
    }
    const atom = writeFeed('atom', world, index, {
      ...PL,
      license: { ...license, url: 'https://example.org/l?a=1&b=2' },
    });
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'link' }).parse(atom);
    expect(doc.feed.link.filter((l: Record<string, string>) => l['@_rel'] === 'license')).toEqual([
      { '@_rel': 'license', '@_href': 'https://example.org/l?a=1&b=2' },
    ]);
    // "$&" and "$'" are replacement patterns of String.prototype.replace: the link once carried "</rights>amp;".
    const dollars = "https://example.org/l?x=$&y=$'";
    const withDollars = writeFeed('atom', world, index, { ...PL, license: { ...license, url: dollars } });
    const links = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'link' }).parse(withDollars).feed
      .link;
    expect(links.filter((l: Record<string, string>) => l['@_rel'] === 'license')).toEqual([
      { '@_rel': 'license', '@_href': dollars },
    ]);
    expect(parseFeed(withDollars).copyright).toBe(`Mosty. Dane udostępniane na licencji CC BY 4.0: ${dollars}`);
    expect(writeFeed('atom', world, index, PL)).not.toContain('rel="license"');
  });

  // JSON Feed 1.1 has no licence field; it reserves keys starting with "_" for extensions, which readers that do
  // not know them must ignore ("Extensions", https://www.jsonfeed.org/version/1.1/). No JSON Feed parser is among
  // the dependencies (feed-parser reads RSS and Atom only), so the spec's rules for extensions are checked here.
  it('json: the licence is in the feed’s "_mosty" extension, and the rest of the feed is as without it', () => {
    const { world, index } = seed();
    const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.pl' };
    const without = JSON.parse(writeFeed('json', world, index, PL));
    const json = JSON.parse(writeFeed('json', world, index, { ...PL, license }));
    expect(json._mosty).toEqual({
      about: 'https://github.com/mosty/mosty/tree/main/packages/formats#json-feed-extension',
      license,
    });
    expect(JSON.parse(writeFeed('json', world, index, { ...EN, license }))._mosty.license).toEqual(license);
    // The extension is the only key the licence adds; a reader that ignores it reads the same feed.
    const { _mosty, ...standard } = json;
    expect(standard).toEqual(without);
    expect(Object.keys(without).filter((k) => k.startsWith('_'))).toEqual([]);
    // Spec: the extension's name, and only it, begins with "_" (then a letter); no key in it contains ".".
    const extensions = Object.keys(json).filter((k) => k.startsWith('_'));
    expect(extensions).toEqual(['_mosty']);
    for (const name of extensions) expect(name).toMatch(/^_[A-Za-z][^.]*$/);
    const keys = (value: unknown): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]) : [];
    for (const key of keys(_mosty)) expect(key).toMatch(/^[A-Za-z0-9]+$/);
    expect(new URL(_mosty.about).protocol).toBe('https:');
  });

  // The audit found no icon or image in any feed: readers showed a blank square beside the site's items.
  it('rss and atom: the logo is RSS <image> (url, title, link) and Atom <logo>, the icon Atom <icon>', () => {
    const { world, index } = seed();
    const icon = 'https://mosty.example.org/favicon.ico';
    const logo = 'https://mosty.example.org/assets/mosty-0123456789.png?v=1&s=2';
    const rss = writeFeed('rss', world, index, { ...EN, icon, logo });
    expect(parseFeed(rss).image).toEqual({ url: logo, title: 'Mosty: news and events' });
    // RSS 2.0: <image> has a url, a title and a link, all three required; the link is the site's home page.
    const channel = new XMLParser().parse(rss).rss.channel;
    expect(channel.image).toEqual({
      title: 'Mosty: news and events',
      url: logo,
      link: 'https://mosty.example.org/en/',
    });
    const atom = writeFeed('atom', world, index, { ...PL, icon, logo });
    expect(parseFeed(atom).image?.url).toBe(logo);
    const feed = new XMLParser().parse(atom).feed;
    expect([feed.icon, feed.logo]).toEqual([icon, logo]);
    // The icon alone: Atom's reader takes it as the feed's image; RSS has no place for a favicon.
    expect(parseFeed(writeFeed('atom', world, index, { ...PL, icon })).image?.url).toBe(icon);
    expect(writeFeed('rss', world, index, { ...PL, icon })).not.toContain('<image>');
    for (const kind of ['rss', 'atom'] as const) expect(parseFeed(writeFeed(kind, world, index, PL)).image).toBeNull();
  });

  it('json: the square icon is the feed’s icon and favicon, the wide logo its icon only when there is no icon (JSON Feed 1.1)', () => {
    const { world, index } = seed();
    const icon = 'https://mosty.example.org/apple-touch-icon.png';
    const logo = 'https://mosty.example.org/assets/mosty-0123456789.png';
    const json = JSON.parse(writeFeed('json', world, index, { ...PL, icon, logo }));
    expect([json.icon, json.favicon]).toEqual([icon, icon]);
    const logoOnly = JSON.parse(writeFeed('json', world, index, { ...PL, logo }));
    expect([logoOnly.icon, logoOnly.favicon]).toEqual([logo, undefined]);
    const without = JSON.parse(writeFeed('json', world, index, PL));
    expect([without.icon, without.favicon]).toEqual([undefined, undefined]);
  });

  it('refuses an icon or a logo that is not an absolute http(s) URL, naming the option', () => {
    const { world, index } = seed();
    expect(() => writeFeed('atom', world, index, { ...PL, icon: '/favicon.ico' })).toThrow(
      /options\.icon must be an absolute http\(s\) URL, got "\/favicon\.ico"/,
    );
    expect(() => writeFeed('rss', world, index, { ...PL, logo: 'javascript:alert(1)' })).toThrow(/options\.logo/);
    expect(() => writeFeed('json', world, index, { ...PL, logo: 'logo.png' })).toThrow(/options\.logo/);
  });

  it('refuses a licence without a name or with a relative URL, naming the option', () => {
    const { world, index } = seed();
    expect(() => writeFeed('rss', world, index, { ...PL, license: { name: '', url: 'https://x.org/' } })).toThrow(
      /options\.license\.name/,
    );
    expect(() => writeFeed('json', world, index, { ...PL, license: { name: 'CC BY', url: 'licencja' } })).toThrow(
      /options\.license\.url must be an absolute http\(s\) URL, got "licencja"/,
    );
  });

  it('refuses an author without a name or with a relative URL, naming the option', () => {
    const { world, index } = seed();
    expect(() => writeFeed('atom', world, index, { ...PL, author: { name: ' ' } })).toThrow(/options\.author\.name/);
    expect(() => writeFeed('json', world, index, { ...PL, author: { name: 'FISE', url: '/fise' } })).toThrow(
      /options\.author\.url must be an absolute http\(s\) URL, got "\/fise"/,
    );
  });
});
