import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { EN, generated, PL, SITE, seed } from '../test/fixtures.js';
import { eventJsonLd, organizationJsonLd } from './json-ld.js';
import {
  collectionPageJsonLd,
  type JsonLdPublisher,
  postJsonLd,
  webPageJsonLd,
  websiteJsonLd,
} from './json-ld-pages.js';
import type { FormatValidation } from './validate/issue.js';
import { schemaOrgValidator } from './validate/schema-org.js';

const vocabPath = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');
const check: (doc: unknown) => FormatValidation = vocabPath
  ? schemaOrgValidator(JSON.parse(readFileSync(vocabPath, 'utf8')))
  : () => ({ ok: true });

type Node = Record<string, unknown>;

const PUBLISHER: JsonLdPublisher = {
  name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
  organizationSlug: 'fundacja-inicjatyw-spoleczno-ekonomicznych',
  email: 'kontakt@mosty.example.org',
  phone: '+48 22 100 20 30',
  address: 'ul. Przykładowa 1, 00-001 Warszawa',
};

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** Every `@context` below the top of a document, by path. */
const nestedContexts = (doc: unknown, path = ''): string[] => {
  if (Array.isArray(doc)) return doc.flatMap((d, i) => nestedContexts(d, `${path}[${i}]`));
  if (!doc || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([k, v]) => [
    ...(path && k === '@context' ? [path] : []),
    ...nestedContexts(v, `${path}.${k}`),
  ]);
};

const pages = (options: typeof PL | typeof EN): [string, Node][] => {
  const { world, index } = seed();
  const home = `${SITE}${options.locale === 'en' ? '/en/' : '/'}`;
  return [
    [
      'website',
      websiteJsonLd({ name: 'Mosty', description: 'Współpraca', publisher: PUBLISHER, license: LICENSE }, options),
    ],
    [
      'collection',
      collectionPageJsonLd(
        {
          url: `${home}wydarzenia`,
          name: 'Wydarzenia',
          description: 'Wszystkie wydarzenia',
          items: world.events.map((e) => ({ name: e.title, url: `${home}wydarzenia/${e.slug}` })),
        },
        options,
      ),
    ],
    [
      'web page',
      webPageJsonLd(
        {
          url: `${home}deklaracja-dostepnosci`,
          name: 'Deklaracja dostępności',
          description: 'Deklaracja dostępności serwisu',
          datePublished: '2026-11-26',
          dateModified: '2027-03-31',
          publisher: PUBLISHER,
          license: LICENSE,
        },
        options,
      ),
    ],
    ['post', postJsonLd(world.posts[0]!, index, { ...options, license: LICENSE }, PUBLISHER)],
  ];
};

describe('schema.org JSON-LD of the site as a publication', () => {
  it.skipIf(!vocabPath)(
    'the validator refuses a NewsArticle with a misplaced property (needs shared/, skipped without it)',
    () => {
      const { world, index } = seed();
      const doc = postJsonLd(world.posts[0]!, index, PL, PUBLISHER);
      expect(check(doc)).toEqual({ ok: true });
      // A property of events only, on an article: the same check must fail.
      expect(check({ ...doc, eventStatus: 'https://schema.org/EventScheduled' }).ok).toBe(false);
    },
  );

  it.skipIf(!vocabPath)(
    'the website, a list, a page and the seed post are valid in both languages (needs shared/, skipped without it)',
    () => {
      for (const options of [PL, EN])
        for (const [name, doc] of pages(options))
          expect({ name, result: check(doc) }).toEqual({ name, result: { ok: true } });
    },
  );

  it.skipIf(!vocabPath)('every generated post is a valid NewsArticle (needs shared/, skipped without it)', () => {
    const { world, index } = generated(40);
    expect(world.posts.length).toBeGreaterThan(10);
    for (const post of world.posts)
      for (const options of [PL, EN]) {
        const doc = postJsonLd(post, index, options);
        expect(check(doc), post.slug).toEqual({ ok: true });
        expect(doc['@type']).toBe('NewsArticle');
      }
  });

  it('each is a document: one @context at the top, none in the nodes it embeds', () => {
    for (const options of [PL, EN])
      for (const [name, doc] of pages(options)) {
        expect(doc['@context'], name).toBe('https://schema.org');
        expect(nestedContexts(doc), name).toEqual([]);
      }
  });

  it('the website, a page and a post carry the licence of their content (schema.org license), when given', () => {
    for (const [name, doc] of pages(PL).filter(([n]) => n !== 'collection')) expect(doc.license, name).toBe(LICENSE);
    expect(websiteJsonLd({ name: 'M', description: 'D', publisher: { name: 'F' } }, PL)).not.toHaveProperty('license');
    expect(() =>
      webPageJsonLd({ url: `${SITE}/x`, name: 'X', description: 'D', publisher: { name: 'F' }, license: 'cc-by' }, PL),
    ).toThrow(/license must be an absolute http\(s\) URL, got "cc-by"/);
  });

  it.skipIf(!vocabPath)(
    'a post carries the licence as a NewsArticle (a CreativeWork), its event never (needs shared/, skipped without it)',
    () => {
      const { world, index } = seed();
      const post = world.posts.find((p) => p.eventId)!;
      for (const options of [PL, EN]) {
        const doc = postJsonLd(post, index, { ...options, license: LICENSE }, PUBLISHER);
        expect(check(doc)).toEqual({ ok: true });
        expect(doc.license).toBe(LICENSE);
        // schema.org's license is a CreativeWork's: the event the post is about has none, nor its nodes.
        expect(doc.about?.['@type']).toBe('EducationEvent');
        expect(JSON.stringify(doc.about)).not.toContain('"license"');
        // The validator tells: license on the Event is refused.
        expect(check({ ...doc, about: { ...doc.about, license: LICENSE } }).ok).toBe(false);
        expect(postJsonLd(post, index, options, PUBLISHER)).not.toHaveProperty('license');
      }
      expect(() => postJsonLd(post, index, { ...PL, license: 'CC BY 4.0' })).toThrow(
        /license must be an absolute http\(s\) URL, got "CC BY 4.0"/,
      );
    },
  );

  it('the website names the home page of its language and its publisher by the organisation’s @id', () => {
    for (const options of [PL, EN]) {
      const home = `${SITE}${options.locale === 'en' ? '/en/' : '/'}`;
      const doc = websiteJsonLd({ name: 'Mosty', description: 'Współpraca', publisher: PUBLISHER }, options);
      const organization = organizationJsonLd(
        seed().world.organizations.find((o) => o.slug === PUBLISHER.organizationSlug)!,
        options,
      );
      expect(doc).toMatchObject({
        '@type': 'WebSite',
        '@id': `${home}#website`,
        url: home,
        inLanguage: options.locale,
        publisher: {
          '@type': 'NGO',
          // One foundation in both languages: the same @id as its organisation page's node.
          '@id': organization['@id'],
          url: organization.url,
          name: PUBLISHER.name,
          email: PUBLISHER.email,
          telephone: PUBLISHER.phone,
          address: PUBLISHER.address,
        },
      });
    }
    const anonymous = websiteJsonLd({ name: 'M', description: 'D', publisher: { name: 'Fundacja' } }, PL);
    expect(anonymous.publisher).toEqual({ '@type': 'NGO', name: 'Fundacja' });
  });

  it('a list numbers its items from the page’s place in the whole list and is part of the website', () => {
    const items = ['a', 'b', 'c'].map((s) => ({ name: s.toUpperCase(), url: `${SITE}/aktualnosci/${s}` }));
    const doc = collectionPageJsonLd(
      { url: `${SITE}/aktualnosci/strona/3`, name: 'Aktualności — strona 3', description: 'Lista', offset: 100, items },
      PL,
    );
    expect(doc).toMatchObject({
      '@type': 'CollectionPage',
      '@id': `${SITE}/aktualnosci/strona/3`,
      isPartOf: { '@type': 'WebSite', '@id': `${SITE}/#website` },
      mainEntity: { '@type': 'ItemList', numberOfItems: 3 },
    });
    const list = (doc.mainEntity as Node).itemListElement as Node[];
    expect(list.map((i) => i.position)).toEqual([101, 102, 103]);
    expect(list[1]).toEqual({ '@type': 'ListItem', position: 102, name: 'B', url: `${SITE}/aktualnosci/b` });
    const first = collectionPageJsonLd({ url: `${SITE}/x`, name: 'X', description: 'X', items }, EN);
    expect(((first.mainEntity as Node).itemListElement as Node[])[0]!.position).toBe(1);
    expect(first.isPartOf).toEqual({ '@type': 'WebSite', '@id': `${SITE}/en/#website`, url: `${SITE}/en/` });
  });

  it('a web page carries only the dates it is given', () => {
    const page = { url: `${SITE}/deklaracja-dostepnosci`, name: 'D', description: 'D', publisher: PUBLISHER };
    expect(webPageJsonLd({ ...page, datePublished: '2026-11-26' }, PL)).toMatchObject({
      '@type': 'WebPage',
      datePublished: '2026-11-26',
    });
    expect(webPageJsonLd(page, PL)).not.toHaveProperty('datePublished');
    expect(webPageJsonLd(page, PL)).not.toHaveProperty('dateModified');
  });

  describe('postJsonLd', () => {
    it('the seed post: about its event (the event’s own node), with its dates, hashtags and category', () => {
      const { world, index } = seed();
      const post = { ...world.posts[0]!, updatedAt: '2026-11-27T08:00:00.000Z' };
      const doc = postJsonLd(post, index, PL, PUBLISHER);
      const { '@context': _context, ...event } = eventJsonLd(world.events[0]!, index, PL);
      expect(doc).toMatchObject({
        '@type': 'NewsArticle',
        '@id': `${SITE}/aktualnosci/${post.slug}#article`,
        url: `${SITE}/aktualnosci/${post.slug}`,
        mainEntityOfPage: `${SITE}/aktualnosci/${post.slug}`,
        headline: post.title,
        datePublished: post.publishedAt,
        dateModified: '2026-11-27T08:00:00.000Z',
        inLanguage: 'pl',
        articleSection: 'Aktualności',
        keywords: post.hashtags.join(', '),
        isPartOf: { '@id': `${SITE}/#website` },
      });
      expect(doc.about).toEqual(event);
      // On the English page the default category is the site's English word for news; others stay as written.
      expect(postJsonLd(post, index, EN, PUBLISHER).articleSection).toBe('News');
      expect(postJsonLd({ ...post, category: 'Relacje' }, index, EN, PUBLISHER).articleSection).toBe('Relacje');
      // No author named: the publisher wrote it.
      expect(doc.author).toEqual(doc.publisher);
      expect((doc.publisher as Node)['@id']).toBe(
        `${SITE}/organizacje/fundacja-inicjatyw-spoleczno-ekonomicznych#organization`,
      );
    });

    it('in English: the same @id (the Polish page’s), url on the English page', () => {
      const { world, index } = seed();
      const post = world.posts[0]!;
      const [pl, en] = [postJsonLd(post, index, PL), postJsonLd(post, index, EN)];
      expect(en['@id']).toBe(pl['@id']);
      expect(en.url).toBe(`${SITE}/en/news/${post.slug}`);
      expect((en.about as Node)['@id']).toBe((pl.about as Node)['@id']);
      expect((en.about as Node).url).toBe(`${SITE}/en/events/${world.events[0]!.slug}`);
    });

    it('names its author, describes itself by its lead or its body’s text cut at a word, and is about no event it cannot find', () => {
      const { world, index } = seed();
      const base = world.posts[0]!;
      const written = postJsonLd({ ...base, author: 'Anna Nowak', lead: 'Krótko.' }, index, PL, PUBLISHER);
      expect(written.author).toEqual({ '@type': 'Person', name: 'Anna Nowak' });
      expect(written.description).toBe('Krótko.');
      const body = `**Spotkanie** ${'współpraca samorządów '.repeat(20)}`;
      const long = postJsonLd({ ...base, lead: undefined, body }, index, PL);
      expect(long.description).toMatch(/^Spotkanie współpraca samorządów .*(współpraca|samorządów)…$/);
      expect(String(long.description).length).toBeLessThanOrEqual(200);
      // Without a publisher and an author there is no author to name.
      expect(long).not.toHaveProperty('author');
      expect(long).not.toHaveProperty('publisher');
      const alone = postJsonLd({ ...base, eventId: 'missing-event', hashtags: [] }, index, PL);
      expect(alone).not.toHaveProperty('about');
      expect(alone).not.toHaveProperty('keywords');
    });
  });
});
