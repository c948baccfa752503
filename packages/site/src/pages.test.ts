import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import { PostSchema } from '@org/domain';
import { schemaOrgValidator } from '@org/formats/validate';
import type { Store } from '@org/store';
import { sharedFile } from '@org/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from './locale.js';
import { notFoundPage, renderRoute } from './render-pages.js';
import { href, linkContext, type Route } from './routes.js';
import { SHARE_IMAGE_PATH } from './share-image.js';
import { DEMO_SITE_CONFIG, type SiteConfig } from './site-config.js';
import { STYLESHEET } from './styles.js';
import { tempStore } from './testing/temp-store.js';
import { readFilter } from './views/events-page.js';

// Every page type rendered from a real store with the seed, plus a post about no event.
const NOW = Date.parse('2026-11-20T12:00:00Z');
const world = seedWorld();
const seed = world.events[0]!;
world.posts.push(
  PostSchema.parse({
    id: 'post-bez-wydarzenia',
    slug: 'post-bez-wydarzenia',
    title: 'Nabór do programu współpracy',
    body: 'Zapraszamy organizacje do konsultacji.',
    status: 'published',
    publishedAt: '2026-11-10T09:00:00+01:00',
    author: 'Anna Nowak',
  }),
);
// A post about the funded seed event that names no grant of its own (staff need not repeat the event's).
world.posts.push(
  PostSchema.parse({
    id: 'relacja-bez-dotacji',
    slug: 'relacja-bez-dotacji',
    title: 'Relacja z Forum współpracy',
    body: 'Dziękujemy za udział.',
    status: 'published',
    publishedAt: '2026-11-27T09:00:00+01:00',
    eventId: seed.id,
  }),
);
const vocabPath = sharedFile('schemas/schema.org/schemaorg-current-http.jsonld');

let env: Awaited<ReturnType<typeof tempStore>>;
let store: Store;
beforeAll(async () => {
  env = await tempStore(world);
  store = env.store;
});
afterAll(async () => {
  await env?.dispose();
});

const render = async (route: Route, locale: Locale = 'pl', site?: SiteConfig) => {
  const page = await renderRoute(
    { store, ctx: linkContext('https://mosty.example.org', locale), now: NOW, ...(site ? { site } : {}) },
    route,
  );
  if (!page) throw new Error(`no page for ${JSON.stringify(route)}`);
  return String(page.body);
};
const jsonLd = (html: string) => {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  return match ? (JSON.parse(match[1] as string) as Record<string, unknown>) : null;
};
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const PAGES: [string, Route, string][] = [
  ['home', { kind: 'home' }, 'WebSite'],
  ['events', { kind: 'events' }, 'CollectionPage'],
  ['hashtag', { kind: 'eventsTag', tag: 'Współpraca' }, 'CollectionPage'],
  ['month', { kind: 'eventsMonth', month: '2026-11' }, 'CollectionPage'],
  ['news', { kind: 'news' }, 'CollectionPage'],
  ['organisations', { kind: 'organizations' }, 'CollectionPage'],
  ['authorities', { kind: 'authorities' }, 'CollectionPage'],
  ['grants', { kind: 'grants' }, 'CollectionPage'],
  ['post about the event', { kind: 'post', slug: world.posts[0]!.slug }, 'NewsArticle'],
  ['post about no event', { kind: 'post', slug: 'post-bez-wydarzenia' }, 'NewsArticle'],
  ['accessibility', { kind: 'accessibility' }, 'WebPage'],
  ['open data', { kind: 'openData' }, 'WebPage'],
  ['event', { kind: 'event', slug: seed.slug }, 'EducationEvent'],
  ['organisation', { kind: 'organization', slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych' }, 'NGO'],
  ['grant', { kind: 'grant', slug: 'wspolpraca-jst-i-ngo-2026' }, 'MonetaryGrant'],
];

describe('JSON-LD on every page (issue 5.8)', () => {
  it.each(PAGES.flatMap(([name, route, type]) => (['pl', 'en'] as const).map((l) => [name, l, route, type] as const)))(
    '%s (%s) describes itself as %s',
    async (_name, locale, route, type) => {
      const doc = jsonLd(await render(route, locale));
      expect(doc?.['@context']).toBe('https://schema.org');
      expect(doc?.['@type']).toBe(type);
    },
  );

  it.skipIf(!vocabPath)(
    'every page’s JSON-LD is valid schema.org (skipped: shared/ not found; set MOSTY_SHARED_DIR)',
    async () => {
      const check = schemaOrgValidator(JSON.parse(readFileSync(vocabPath as string, 'utf8')));
      for (const [name, route] of PAGES)
        for (const locale of ['pl', 'en'] as const)
          expect({ name, locale, result: check(jsonLd(await render(route, locale))) }).toEqual({
            name,
            locale,
            result: { ok: true },
          });
    },
  );

  it('the home page names the site and its publisher; a list numbers what it shows', async () => {
    const home = jsonLd(await render({ kind: 'home' }));
    expect(home).toMatchObject({
      url: 'https://mosty.example.org/',
      inLanguage: 'pl',
      publisher: {
        '@type': 'NGO',
        '@id': 'https://mosty.example.org/organizacje/fundacja-inicjatyw-spoleczno-ekonomicznych#organization',
        name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
      },
    });
    const events = jsonLd(await render({ kind: 'events' }, 'en'));
    expect(events?.mainEntity).toMatchObject({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, url: `https://mosty.example.org/en/events/${seed.slug}`, name: seed.title },
      ],
    });
  });

  it('a post is an article, about its event when it has one', async () => {
    const about = jsonLd(await render({ kind: 'post', slug: world.posts[0]!.slug }));
    expect(about).toMatchObject({
      headline: world.posts[0]!.title,
      datePublished: world.posts[0]!.publishedAt,
      about: { '@type': 'EducationEvent', name: seed.title },
    });
    expect(about?.about).not.toHaveProperty('@context');
    const alone = jsonLd(await render({ kind: 'post', slug: 'post-bez-wydarzenia' }));
    expect(alone).toMatchObject({ headline: 'Nabór do programu współpracy', author: { name: 'Anna Nowak' } });
    expect(alone).not.toHaveProperty('about');
  });
});

describe('the image search engines ask of an event and an article', () => {
  it('the event and the post name the share image their og:image names, as an absolute URL', async () => {
    for (const [route, locale] of [
      [{ kind: 'event', slug: seed.slug }, 'pl'],
      [{ kind: 'event', slug: seed.slug }, 'en'],
      [{ kind: 'post', slug: world.posts[0]!.slug }, 'pl'],
    ] as [Route, Locale][]) {
      const html = await render(route, locale);
      const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      expect(og).toBe(`https://mosty.example.org${SHARE_IMAGE_PATH}`);
      expect(jsonLd(html)?.image).toBe(og);
    }
  });
});

describe('a post about a funded event', () => {
  it('shows the event’s funding statement and describes the event whole, without naming a grant itself', async () => {
    expect(seed.grantIds.length).toBeGreaterThan(0);
    const html = await render({ kind: 'post', slug: 'relacja-bez-dotacji' });
    expect(text(main(html))).toContain(SEED_FUNDING_STATEMENT);
    const about = jsonLd(html)?.about as Record<string, unknown>;
    expect(about).toMatchObject({ name: seed.title, funder: expect.anything(), organizer: { '@type': 'NGO' } });
    const english = await render({ kind: 'post', slug: 'relacja-bez-dotacji' }, 'en');
    expect(text(main(english))).toContain(SEED_FUNDING_STATEMENT);
  });
});

describe('the frame of every page', () => {
  it('links the feeds of its own language (issue 5.7)', async () => {
    const en = await render({ kind: 'event', slug: seed.slug }, 'en');
    for (const path of ['/en/rss.xml', '/en/atom.xml', '/en/feed.json', '/en/calendar.ics'])
      expect(en).toContain(`href="${path}"`);
    expect(en).not.toMatch(/href="\/(rss\.xml|atom\.xml|feed\.json|kalendarz\.ics)"/);
    const pl = await render({ kind: 'event', slug: seed.slug }, 'pl');
    for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/kalendarz.ics'])
      expect(pl).toContain(`href="${path}"`);
    expect(pl).not.toContain('href="/en/rss.xml"');
  });

  it('names the language switch by its visible text, in its own language (issue 5.6)', async () => {
    expect(await render({ kind: 'home' }, 'en')).toContain(
      '<a class="lang" href="/" hreflang="pl" lang="pl">Polski</a>',
    );
    expect(await render({ kind: 'home' }, 'pl')).toContain(
      '<a class="lang" href="/en/" hreflang="en" lang="en">English</a>',
    );
  });
});

describe('dates in words (issue 5.4)', () => {
  it('a grant’s period, in <time> elements', async () => {
    const pl = await render({ kind: 'grant', slug: 'wspolpraca-jst-i-ngo-2026' });
    expect(pl).toContain(
      '<time datetime="2026-09-01">1 września 2026</time> – <time datetime="2026-12-15">15 grudnia 2026</time>',
    );
    const en = await render({ kind: 'grant', slug: 'wspolpraca-jst-i-ngo-2026' }, 'en');
    expect(text(en)).toContain('1 September 2026 – 15 December 2026');
  });

  it('the grants and the cooperation of a profile', async () => {
    const html = main(await render({ kind: 'organization', slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych' }));
    expect(text(html)).toContain('Województwo Mazowieckie, 40 000,00 zł, 1 września 2026 – 15 grudnia 2026');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain(
      '<td><time datetime="2026-09-01">1 września 2026</time> – <time datetime="2026-12-15">15 grudnia 2026</time></td>',
    );
    expect(text(main(await render({ kind: 'authority', slug: 'wojewodztwo-mazowieckie' }, 'en')))).toContain(
      '1 September 2026 – 15 December 2026',
    );
    expect(text(html)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("an organisation's grants", () => {
  const section = (html: string, heading: string) => {
    const start = html.indexOf(`<h2>${heading}</h2>`);
    if (start < 0) return null;
    const next = html.indexOf('<h2', start + 4);
    return text(html.slice(start, next < 0 ? undefined : next));
  };

  it("the funder's unit lists the grants it handles, under their own heading, in both languages", async () => {
    const grant = world.grants[0]!;
    const pl = main(await render({ kind: 'organization', slug: 'mazowieckie-centrum-polityki-spolecznej' }));
    expect(section(pl, 'Dotacje, które obsługuje jako jednostka grantodawcy')).toContain(grant.taskTitle);
    // It receives none itself.
    expect(section(pl, 'Dotacje')).toBe('Dotacje—');
    const en = main(await render({ kind: 'organization', slug: 'mazowieckie-centrum-polityki-spolecznej' }, 'en'));
    expect(section(en, 'Grants it handles for the funder')).toContain(grant.taskTitle);
  });

  it('the beneficiary lists the grant it receives, and no heading for grants it handles', async () => {
    const html = main(await render({ kind: 'organization', slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych' }));
    expect(section(html, 'Dotacje')).toContain(world.grants[0]!.taskTitle);
    expect(html).not.toContain('obsługuje jako jednostka');
  });
});

describe('Polish data on English pages (WCAG 3.1.2)', () => {
  it('a cooperation’s Polish text is marked lang="pl"; the table’s own words are English', async () => {
    const en = main(await render({ kind: 'authority', slug: 'powiat-wolominski' }, 'en'));
    const table = en.slice(en.indexOf('<table'), en.indexOf('</table>'));
    expect(table).toContain('<span lang="pl">spółdzielnia socjalna (nazwy nie podano)</span>');
    expect(table).toMatch(/<p class="meta" lang="pl">Współpraca spółdzielni socjalnej/);
    expect(table).toMatch(new RegExp(`<a href="/en/events/${seed.slug}" lang="pl">`));
    const pl = main(await render({ kind: 'authority', slug: 'powiat-wolominski' }));
    expect(pl).not.toContain('lang="pl"');
  });
});

describe('Polish words on English pages are marked lang="pl" (WCAG 3.1.2)', () => {
  it('roles, group descriptions, the address, the grant and the venue’s accessibility on the event page', async () => {
    const en = main(await render({ kind: 'event', slug: seed.slug }, 'en'));
    expect(en).toMatch(/<\/a> — <span lang="pl">wiceprezes zarządu<\/span>, <a /);
    expect(en).toMatch(/<span lang="pl">samorządowcy oraz urzędnicy[^<]*<\/span>/);
    expect(en).toContain('<span lang="pl">ul. Jagiellońska 54');
    expect(en).toMatch(/<a href="\/en\/grants\/[^"]+" lang="pl">Współpraca/);
    const pl = main(await render({ kind: 'event', slug: seed.slug }));
    expect(pl).toMatch(/<\/a> — wiceprezes zarządu, <a /);
    expect(pl).not.toMatch(/<span lang=/);
  });

  it('a person’s roles, and grants in lists', async () => {
    const person = seed.agenda.flatMap((i) => ('panelists' in i ? i.panelists : [])).find((s) => s.kind === 'person');
    const slug = world.people.find((p) => person?.kind === 'person' && p.id === person.personId)?.slug as string;
    expect(main(await render({ kind: 'person', slug }, 'en'))).toMatch(/<li><span lang="pl">[^<]+<\/span>, <a /);
    expect(main(await render({ kind: 'grants' }, 'en'))).toMatch(/<a href="\/en\/grants\/[^"]+" lang="pl">/);
    expect(main(await render({ kind: 'authority', slug: 'wojewodztwo-mazowieckie' }, 'en'))).toMatch(
      /<a href="\/en\/grants\/[^"]+" lang="pl">/,
    );
  });
});

describe('a funder among the parties', () => {
  it("an authority's profile lists the events its grants funded", async () => {
    const html = main(await render({ kind: 'authority', slug: 'wojewodztwo-mazowieckie' }));
    const events = html.slice(html.indexOf('<h2>Udział w wydarzeniach</h2>'), html.indexOf('id="wspolpraca"'));
    expect(events).toContain(`/wydarzenia/${seed.slug}"`);
    expect(text(events)).not.toContain('Brak wydarzeń');
  });
});

describe('tables (issue 5.10)', () => {
  it('scroll inside a named, focusable region and stay tables', async () => {
    const html = await render({ kind: 'organization', slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych' });
    expect(html).toContain('<h2 id="wspolpraca">Historia współpracy</h2>');
    expect(html).toContain('<div class="table-scroll" role="region" aria-labelledby="wspolpraca" tabindex="0"><table>');
    expect(STYLESHEET).toContain('.table-scroll{overflow-x:auto');
    expect(STYLESHEET).not.toMatch(/(^|[},\s])table\{[^}]*display:block/);
  });

  it('the event page stays small: at most 25 KB gzipped with the stylesheet', async () => {
    const html = await render({ kind: 'event', slug: seed.slug });
    expect(gzipSync(html).length + gzipSync(STYLESHEET).length).toBeLessThanOrEqual(25 * 1024);
  });
});

describe('the accessibility statement (issue 5.5)', () => {
  const site: SiteConfig = {
    ...DEMO_SITE_CONFIG,
    accessibility: {
      ...DEMO_SITE_CONFIG.accessibility,
      contactPerson: 'Jan Testowy',
      email: 'a11y@example.org',
      phone: '+48 22 555 01 02',
      published: '2026-03-02',
      updated: '2027-01-15',
      prepared: '2027-02-01',
      reviewed: '2027-03-31',
      status: 'partial',
      nonCompliant: { pl: ['Dwa starsze pliki PDF nie mają tagów.'], en: ['Two older PDFs are not tagged.'] },
    },
  };
  const IDS = [
    'a11y-deklaracja',
    'a11y-wstep',
    'a11y-podmiot',
    'a11y-url',
    'a11y-data-publikacja',
    'a11y-data-aktualizacja',
    'a11y-status',
    'a11y-data-sporzadzenie',
    'a11y-data-przeglad',
    'a11y-kontakt',
    'a11y-osoba',
    'a11y-email',
    'a11y-telefon',
    'a11y-procedura',
    'a11y-architektura',
  ];

  it.each(['pl', 'en'] as const)('has every part of the template, from the configuration (%s)', async (locale) => {
    const html = main(await render({ kind: 'accessibility' }, locale, site));
    for (const id of IDS) expect(html).toContain(`id="${id}"`);
    expect(html.match(/ id="([^"]+)"/g)?.length).toBe(new Set(html.match(/ id="([^"]+)"/g)).size);
    expect(html).toContain('<span id="a11y-osoba">Jan Testowy</span>');
    expect(html).toContain('<a id="a11y-email" href="mailto:a11y@example.org">a11y@example.org</a>');
    expect(html).toContain('<a id="a11y-telefon" href="tel:+48225550102">+48 22 555 01 02</a>');
    expect(html).toContain('<a id="a11y-url" href="https://mosty.example.org');
    const day = locale === 'pl' ? '2 marca 2026' : '2 March 2026';
    expect(html).toContain(`<time id="a11y-data-publikacja" datetime="2026-03-02">${day}</time>`);
    expect(html).toContain(
      `<time id="a11y-data-aktualizacja" datetime="2027-01-15">${locale === 'pl' ? '15 stycznia 2027' : '15 January 2027'}</time>`,
    );
    expect(text(html)).toContain(locale === 'pl' ? 'częściowo zgodna' : 'partially compliant');
    expect(text(html)).toContain(locale === 'pl' ? 'Dwa starsze pliki PDF' : 'Two older PDFs');
    expect(text(html)).toContain(locale === 'pl' ? 'Rzecznika Praw Obywatelskich' : 'Commissioner for Human Rights');
    expect(text(html)).toContain(locale === 'pl' ? '7 dni' : '7 days');
  });

  it('reads as careful Polish: "sprawdzamy, czy", and a comma before the participle "dzwoniąc"', async () => {
    const pl = text(main(await render({ kind: 'accessibility' }, 'pl', site)));
    expect(pl).toContain('sprawdzamy też, czy klawiaturą da się dotrzeć do każdego odnośnika.');
    expect(pl).toContain('Kontaktować się można także, dzwoniąc na numer telefonu +48 22 555 01 02.');
    expect(pl).not.toMatch(/też, że klawiaturą|można się także dzwoniąc/);
  });

  it('uses the demo foundation’s data when the site gives none', async () => {
    const html = main(await render({ kind: 'accessibility' }));
    expect(html).toContain(`<span id="a11y-osoba">${DEMO_SITE_CONFIG.accessibility.contactPerson}</span>`);
    expect(html).toContain(`<span id="a11y-podmiot">${DEMO_SITE_CONFIG.publisher.name}</span>`);
  });
});

describe('the open data page', () => {
  const site: SiteConfig = {
    ...DEMO_SITE_CONFIG,
    publisher: { ...DEMO_SITE_CONFIG.publisher, name: 'Fundacja Testowa', email: 'dane@example.org' },
    license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.pl' },
  };
  const renderAt = async (locale: Locale, staticLinks: boolean) => {
    const page = await renderRoute(
      { store, ctx: linkContext('https://mosty.example.org', locale, staticLinks), now: NOW, site },
      { kind: 'openData' },
    );
    return String(page?.body);
  };
  const links = (html: string) => [...main(html).matchAll(/ href="([^"]+)"/g)].map((m) => m[1] as string);

  it.each(['pl', 'en'] as const)(
    'links every data file of both languages, the API and the sitemap (%s)',
    async (locale) => {
      const html = await renderAt(locale, false);
      const found = links(html);
      for (const path of [
        '/rss.xml',
        '/atom.xml',
        '/feed.json',
        '/kalendarz.ics',
        '/en/rss.xml',
        '/en/atom.xml',
        '/en/feed.json',
        '/en/calendar.ics',
        '/sitemap.xml',
        '/api/openapi.json',
        '/api/v1/events',
        href(linkContext('https://mosty.example.org', locale), { kind: 'eventIcs', slug: seed.slug }),
      ])
        expect(found, path).toContain(path);
      // The calendar's filters under both spellings, with an example that names the seed's hashtag.
      const params =
        locale === 'pl'
          ? ['hasztag', 'organizacja', 'samorzad', 'miesiac']
          : ['hashtag', 'organisation', 'authority', 'month'];
      for (const name of params) expect(main(html), name).toContain(`<code>${name}</code>`);
      const calendar = locale === 'pl' ? '/kalendarz.ics' : '/en/calendar.ics';
      expect(found).toContain(
        `${calendar}?${new URLSearchParams({ [params[0] as string]: seed.hashtags[0] as string })}`,
      );
      expect(found.some((l) => l.startsWith(`${calendar}?${params[1]}=`))).toBe(true);
      // Shown as written, percent-encoded only in the link.
      expect(main(html)).toContain(`<code>${calendar}?${params[0]}=${seed.hashtags[0]}</code>`);
      expect(main(html)).toContain('JSON-LD');
      expect(main(html)).toContain('fundingStatements');
      // Incremental sync, and what it cannot see (deletions, unpublishing).
      expect(found).toContain('/api/v1/events?updatedSince=2026-11-27T00:00:00Z');
      expect(text(main(html))).toContain(
        locale === 'pl'
          ? 'Usunięcia ani wycofania z publikacji nie da się tak zauważyć'
          : 'Deletions and unpublishing cannot be seen this way',
      );
    },
  );

  it.each(['pl', 'en'] as const)(
    'states the licence from the site config, rel="license", and the publisher (%s)',
    async (locale) => {
      const html = await renderAt(locale, false);
      expect(main(html)).toContain(
        '<a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl">CC BY-SA 4.0</a>',
      );
      expect(text(main(html))).toContain(
        locale === 'pl'
          ? 'Dane serwisu udostępniamy na licencji CC BY-SA 4.0. Wydawca: Fundacja Testowa, dane@example.org.'
          : 'The site’s data is available under the licence CC BY-SA 4.0. Publisher: Fundacja Testowa, dane@example.org.',
      );
      expect(jsonLd(html)?.license).toBe(site.license.url);
      expect(text(main(html))).toContain(locale === 'pl' ? 'Otwarte dane' : 'Open data');
    },
  );

  it('in a static copy, lists no API and no filtered calendar, which a copy cannot answer', async () => {
    for (const locale of ['pl', 'en'] as const) {
      const html = await renderAt(locale, true);
      expect(html).not.toContain('/api/');
      expect(html).not.toContain('fundingStatements');
      // Google Calendar's add-by-URL link has a query of its own; no link to the copy has one.
      expect(links(html).filter((l) => l.includes('?') && !l.startsWith('https://calendar.google.com/'))).toEqual([]);
      expect(links(html)).toContain('/kalendarz.ics');
      expect(links(html)).toContain(`/${locale === 'pl' ? 'wydarzenia' : 'en/events'}/${seed.slug}.ics`);
    }
  });

  it.each(['pl', 'en'] as const)('is linked from every page’s footer (%s)', async (locale) => {
    const html = await render({ kind: 'event', slug: seed.slug }, locale);
    const footer = html.slice(html.indexOf('<footer'));
    expect(footer).toContain(
      locale === 'pl' ? '<a href="/otwarte-dane">Otwarte dane</a>' : '<a href="/en/data">Open data</a>',
    );
  });
});

describe('the licence of the data (every page)', () => {
  const site: SiteConfig = {
    ...DEMO_SITE_CONFIG,
    publisher: { ...DEMO_SITE_CONFIG.publisher, name: 'Fundacja „Mosty” & Partnerzy' },
    license: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.pl' },
  };
  const footer = (html: string) => html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));

  it.each(PAGES.flatMap(([name, route]) => (['pl', 'en'] as const).map((l) => [name, l, route] as const)))(
    '%s (%s): the footer names the licence, linked with rel="license", and the publisher',
    async (_name, locale, route) => {
      const html = footer(await render(route, locale, site));
      const link = '<a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl">CC BY-SA 4.0</a> — ';
      const publisher = 'Fundacja „Mosty” &amp; Partnerzy';
      // The publisher's name is the site's data, in Polish: marked so on English pages (WCAG 3.1.2).
      expect(html).toContain(
        locale === 'pl'
          ? `Dane udostępniane na licencji ${link}${publisher}`
          : `Data available under the licence ${link}<span lang="pl">${publisher}</span>`,
      );
    },
  );

  it('the demo’s licence and publisher without a site config; the home page and the statement carry it in JSON-LD', async () => {
    expect(footer(await render({ kind: 'home' }))).toContain(
      `<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> — ${DEMO_SITE_CONFIG.publisher.name}`,
    );
    expect(jsonLd(await render({ kind: 'home' }, 'en', site))?.license).toBe(site.license.url);
    expect(jsonLd(await render({ kind: 'accessibility' }, 'pl', site))?.license).toBe(site.license.url);
    expect(jsonLd(await render({ kind: 'home' }))?.license).toBe(DEMO_SITE_CONFIG.license.url);
  });

  it('a post’s NewsArticle carries the licence of the site config (the demo’s without one), its event none', async () => {
    const slug = world.posts[0]!.slug;
    for (const locale of ['pl', 'en'] as const) {
      const doc = jsonLd(await render({ kind: 'post', slug }, locale, site));
      expect(doc?.['@type']).toBe('NewsArticle');
      expect(doc?.license).toBe(site.license.url);
      // schema.org's license is a CreativeWork's: the event the seed post is about is none.
      expect(JSON.stringify(doc?.about)).not.toContain('"license"');
    }
    expect(jsonLd(await render({ kind: 'post', slug: 'post-bez-wydarzenia' }))?.license).toBe(
      DEMO_SITE_CONFIG.license.url,
    );
  });

  it('a 404 page states the licence of the site config it is given, and none without one', () => {
    const ctx = linkContext('https://mosty.example.org', 'en');
    expect(footer(String(notFoundPage(ctx, '/nie-ma', site).body))).toContain('rel="license"');
    expect(footer(String(notFoundPage(ctx, '/nie-ma').body))).not.toContain('licen');
  });
});

describe('the 404 page', () => {
  it.each([
    ['pl', 'Nie znaleziono strony — Mosty'],
    ['en', 'Page not found — Mosty'],
  ] as const)('is titled as what it is (%s) and claims no address of its own', (locale, title) => {
    const html = String(notFoundPage(linkContext('https://mosty.example.org', locale), '/nie-ma').body);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    // Every section of the site's navigation is a place to start from, grants included.
    for (const route of [
      { kind: 'events' },
      { kind: 'news' },
      { kind: 'organizations' },
      { kind: 'authorities' },
      { kind: 'grants' },
    ] as const)
      expect(main(html)).toContain(`href="${href(linkContext('https://mosty.example.org', locale), route)}"`);
  });

  it('every page links the site’s icon under the site’s path', async () => {
    expect(await render({ kind: 'home' })).toContain('<link rel="icon" href="/favicon.ico" sizes="16x16"/>');
    const under = await renderRoute(
      { store, ctx: linkContext('https://example.org/mosty', 'en'), now: NOW },
      { kind: 'home' },
    );
    expect(String(under?.body)).toContain('<link rel="icon" href="/mosty/favicon.ico" sizes="16x16"/>');
  });
});

describe('event list filters that name nothing', () => {
  const list = async (filter: Record<string, string>, route: Route = { kind: 'events' }, locale: Locale = 'pl') => {
    const page = await renderRoute(
      { store, ctx: linkContext('https://mosty.example.org', locale), now: NOW },
      route,
      filter,
    );
    if (!page) throw new Error('no page');
    return { status: page.status ?? 200, text: text(main(String(page.body))) };
  };

  it.each([
    [{ organization: 'nieznana' }, 'Nie znamy organizacji o adresie „nieznana”.'],
    [{ authority: 'nieznany' }, 'Nie znamy samorządu o adresie „nieznany”.'],
    [{ month: '2026-13' }, '„2026-13” nie jest miesiącem: miesiące mają numery od 01 do 12.'],
    [{ month: 'listopad' }, '„listopad” nie jest miesiącem: miesiąc zapisuje się jako rok i miesiąc, np. 2026-11.'],
    [{ hashtag: 'dwa słowa' }, '„dwa słowa” nie jest hasztagiem'],
    // Written as a month, but December 9999 would end in the year 10000, and Date.UTC reads year 0 as 1900.
    [
      { month: '9999-12' },
      'Miesiąc 9999-12 jest poza zakresem serwisu: wydarzenia można przeglądać od 1000-01 do 9998-12.',
    ],
    [{ month: '0000-01' }, 'Miesiąc 0000-01 jest poza zakresem serwisu'],
  ])('%o: 404 that says which value and why', async (filter, reason) => {
    const page = await list(filter);
    expect(page.status).toBe(404);
    expect(page.text).toContain(reason);
  });

  it('a month page out of range is the same 404, in either language', async () => {
    const pl = await list({}, { kind: 'eventsMonth', month: '9999-12' });
    expect([pl.status, pl.text]).toEqual([404, expect.stringContaining('Miesiąc 9999-12 jest poza zakresem')]);
    const en = await list({}, { kind: 'eventsMonth', month: '9999-12' }, 'en');
    expect([en.status, en.text]).toEqual([
      404,
      expect.stringContaining('The month 9999-12 is outside what the site lists'),
    ]);
  });

  // The address of a month or hashtag page with a value that cannot be one has no route (`parseRoute`); its 404
  // is still the list's filter error, which says what is wrong with the value.
  it.each([
    [
      'pl',
      '/wydarzenia/miesiac/2026-13',
      'Nie ma takiego miesiąca',
      '„2026-13” nie jest miesiącem: miesiące mają numery od 01 do 12.',
    ],
    ['pl', '/wydarzenia/miesiac/2026-13/strona/2', 'Nie ma takiego miesiąca', '„2026-13” nie jest miesiącem'],
    ['pl', '/wydarzenia/miesiac/listopad', 'Nie ma takiego miesiąca', 'miesiąc zapisuje się jako rok i miesiąc'],
    ['pl', '/wydarzenia/tag/dwa%20s%C5%82owa', 'Nie ma takiego hasztagu', '„dwa słowa” nie jest hasztagiem'],
    ['pl', '/wydarzenia/tag/Zima%E2%80%8B', 'Nie ma takiego hasztagu', '„Zima\\u200B” nie jest hasztagiem'],
    ['en', '/en/events/month/2026-00', 'No such month', '“2026-00” is not a month: months are numbered 01 to 12.'],
    // Escaped, as every value the page quotes.
    ['en', '/en/events/tag/%3Cscript%3E', 'No such hashtag', '“&lt;script&gt;” is not a hashtag'],
  ] as const)('%s %s: the 404 says what is wrong with the value', (locale, path, title, reason) => {
    const ctx = linkContext('https://mosty.example.org', locale);
    const page = notFoundPage(ctx, path);
    expect(page.status).toBe(404);
    const html = String(page.body);
    expect(html).toContain(`<title>${title} — Mosty</title>`);
    expect(text(main(html))).toContain(reason);
    expect(main(html)).not.toContain('<script>');
    expect(main(html)).toContain(`href="${href(ctx, { kind: 'events' })}"`);
  });

  it.each([
    '/wydarzenia/miesiac/2026-11/nic/2',
    '/wydarzenia/nie-ma-takiego',
    '/aktualnosci/tag/dwa%20s%C5%82owa',
    '/en/wydarzenia/miesiac/2026-13',
    '/wydarzenia/miesiac/%E0%A4%A',
  ])('%s stays the plain "page not found"', (path) => {
    const html = String(notFoundPage(linkContext('https://mosty.example.org', 'pl'), path).body);
    expect(html).toContain('<title>Nie znaleziono strony — Mosty</title>');
  });

  it('a value too long to name anything is not cut to one that might (a 300-letter hashtag is a 404)', async () => {
    const filter = readFilter(new URLSearchParams(`hasztag=${'a'.repeat(300)}`), 'pl');
    expect(filter.hashtag).toBe(`${'a'.repeat(100)}…`);
    const page = await list(filter as Record<string, string>);
    expect(page.status).toBe(404);
    expect(page.text).toContain(`„${'a'.repeat(100)}…” nie jest hasztagiem`);
    expect(readFilter(new URLSearchParams(`organizacja=${'a'.repeat(100)}`), 'pl').organization).toBe('a'.repeat(100));
  });

  const rendered = async (filter: Record<string, string>, locale: Locale = 'pl') => {
    const ctx = linkContext('https://mosty.example.org', locale);
    const page = await renderRoute({ store, ctx, now: NOW }, { kind: 'events' }, filter);
    return { html: String(page?.body), ctx };
  };

  it.each([
    ['pl', { organization: 'nieznana' }, 'Nie ma takiej organizacji'],
    ['pl', { authority: 'nieznany' }, 'Nie ma takiego samorządu'],
    ['pl', { month: '2026-13' }, 'Nie ma takiego miesiąca'],
    ['pl', { hashtag: 'dwa słowa' }, 'Nie ma takiego hasztagu'],
    ['en', { organization: 'nieznana' }, 'No such organisation'],
    ['en', { authority: 'nieznany' }, 'No such local authority'],
    ['en', { month: '2026-13' }, 'No such month'],
    ['en', { hashtag: 'dwa słowa' }, 'No such hashtag'],
  ] as const)(
    '%s %o: titled and headed by the filter at fault, not "page not found"',
    async (locale, filter, title) => {
      const { html, ctx } = await rendered(filter, locale);
      expect(html).toContain(`<title>${title} — Mosty</title>`);
      expect(main(html)).toContain(`<h1>${title}</h1>`);
      expect(html).not.toMatch(/Nie znaleziono strony|Page not found/);
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      // The list without the filter is offered.
      expect(main(html)).toContain(`href="${href(ctx, { kind: 'events' })}"`);
    },
  );

  it('writes out an invisible character in the value it quotes, so the quote does not look empty', async () => {
    const pl = await list({ hashtag: '\u200B' });
    expect(pl.status).toBe(404);
    expect(pl.text).toContain('„\\u200B” nie jest hasztagiem');
    const en = await list({ hashtag: 'Zima\u200B' }, { kind: 'events' }, 'en');
    expect(en.text).toContain('“Zima\\u200B” is not a hashtag');
    const org = await list({ organization: 'a\u00A0b' });
    expect(org.text).toContain('„a\\u00A0b”');
  });

  it('says it in English on English pages', async () => {
    const page = await list({ organization: 'nieznana' }, { kind: 'events' }, 'en');
    expect(page.status).toBe(404);
    expect(page.text).toContain('There is no organisation at “nieznana”.');
  });

  it('reads a hashtag typed with its sign as the hashtag', async () => {
    const signed = await list({ hashtag: '#Współpraca' });
    expect(signed.status).toBe(200);
    expect(signed.text).toBe((await list({ hashtag: 'Współpraca' })).text);
    expect(signed.text).toContain(seed.title);
  });

  it('shows a hashtag no published event has (a post may link it) as an empty list search engines skip', async () => {
    const ctx = linkContext('https://mosty.example.org', 'pl');
    const unused = await renderRoute({ store, ctx, now: NOW }, { kind: 'eventsTag', tag: 'NiktTegoNieUżywa' });
    expect(unused?.status ?? 200).toBe(200);
    expect(String(unused?.body)).toContain('<meta name="robots" content="noindex"/>');
    const used = await renderRoute({ store, ctx, now: NOW }, { kind: 'eventsTag', tag: 'Współpraca' });
    expect(String(used?.body)).not.toContain('noindex');
  });
});

describe('filters in both languages', () => {
  it('English pages name the filter in English, and both languages read both spellings', async () => {
    const en = await render({ kind: 'events' }, 'en');
    for (const name of ['hashtag', 'month', 'organisation', 'authority'])
      expect(en).toContain(`<select name="${name}"`);
    const pl = await render({ kind: 'events' });
    for (const name of ['hasztag', 'miesiac', 'organizacja', 'samorzad'])
      expect(pl).toContain(`<select name="${name}"`);
    expect(readFilter(new URLSearchParams('hashtag=Zima&miesiac=2026-11'), 'en')).toEqual({
      hashtag: 'Zima',
      month: '2026-11',
    });
    expect(readFilter(new URLSearchParams('hasztag=Lato&hashtag=Zima'), 'pl')).toEqual({ hashtag: 'Lato' });
    // An empty value (a form's "any") before one that says something does not drop the filter.
    expect(readFilter(new URLSearchParams('samorzad=&samorzad=powiat-wolominski&hasztag=&hashtag=Zima'), 'pl')).toEqual(
      {
        authority: 'powiat-wolominski',
        hashtag: 'Zima',
      },
    );
  });

  it('a filtered list, an organisation and an authority link their subscribable calendar', async () => {
    const ctx = linkContext('https://mosty.example.org', 'pl');
    const tagged = String(
      (await renderRoute({ store, ctx, now: NOW }, { kind: 'events' }, { hashtag: 'Współpraca' }))?.body,
    );
    expect(tagged).toContain('<a href="/kalendarz.ics?hasztag=Wsp%C3%B3%C5%82praca">');
    const tagPage = await render({ kind: 'eventsTag', tag: 'Współpraca' }, 'en');
    expect(tagPage).toContain('<a href="/en/calendar.ics?hashtag=Wsp%C3%B3%C5%82praca">');
    const organizer = world.organizations.find((o) => o.id === seed.organizerId)!;
    const profile = await render({ kind: 'organization', slug: organizer.slug });
    expect(profile).toContain(`<a href="/kalendarz.ics?organizacja=${organizer.slug}">`);
    // The calendar takes the list's four filters: a list by month and authority links one that holds what it lists.
    const byMonth = String(
      (
        await renderRoute(
          { store, ctx, now: NOW },
          { kind: 'events' },
          { hashtag: 'Współpraca', month: '2026-11', authority: 'wojewodztwo-mazowieckie' },
        )
      )?.body,
    );
    expect(byMonth).toContain(
      '<a href="/kalendarz.ics?hasztag=Wsp%C3%B3%C5%82praca&amp;miesiac=2026-11&amp;samorzad=wojewodztwo-mazowieckie">',
    );
    const authority = await render({ kind: 'authority', slug: 'wojewodztwo-mazowieckie' }, 'en');
    expect(authority).toContain('<a href="/en/calendar.ics?authority=wojewodztwo-mazowieckie">');
    // Nor does a static export, where a query string cannot pick a file.
    const exported = String(
      (
        await renderRoute(
          { store, ctx: linkContext('https://mosty.example.org', 'pl', true), now: NOW },
          { kind: 'eventsTag', tag: 'Współpraca' },
        )
      )?.body,
    );
    expect(exported).not.toContain('/kalendarz.ics?');
  });
});

describe('subscribing to a calendar', () => {
  // An https link to a .ics only downloads it (a one-off copy); webcal:// and Google's add-by-URL subscribe.
  const webcal = 'webcal://mosty.example.org/kalendarz.ics?hasztag=Wsp%C3%B3%C5%82praca';
  const google = `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`;

  it('a filtered list and a profile offer webcal:// and Google Calendar next to the https link', async () => {
    const ctx = linkContext('https://mosty.example.org', 'pl');
    const tagged = String(
      (await renderRoute({ store, ctx, now: NOW }, { kind: 'events' }, { hashtag: 'Współpraca' }))?.body,
    );
    expect(tagged).toContain(`<a href="${webcal}">Subskrybuj w Kalendarzu Apple, Outlooku lub Thunderbirdzie</a>`);
    expect(tagged).toContain(`<a href="${google.replace(/&/g, '&amp;')}">Subskrybuj w Kalendarzu Google</a>`);
    expect(google).toBe(
      'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fmosty.example.org%2Fkalendarz.ics%3Fhasztag%3DWsp%25C3%25B3%25C5%2582praca',
    );
    expect(tagged).toContain('<a href="/kalendarz.ics?hasztag=Wsp%C3%B3%C5%82praca">Adres kalendarza (.ics)</a>');
    const en = await render({ kind: 'authority', slug: 'wojewodztwo-mazowieckie' }, 'en');
    expect(en).toContain(
      '<a href="webcal://mosty.example.org/en/calendar.ics?authority=wojewodztwo-mazowieckie">Subscribe in Apple Calendar, Outlook or Thunderbird</a>',
    );
    expect(en).toContain('>Subscribe in Google Calendar</a>');
  });

  it('names the absolute URL from SITE_URL, its path and scheme included', async () => {
    const ctx = linkContext('http://gmina.example/mosty/', 'pl');
    const html = String((await renderRoute({ store, ctx, now: NOW }, { kind: 'events' }, { month: '2026-11' }))?.body);
    expect(html).toContain('href="webcal://gmina.example/mosty/kalendarz.ics?miesiac=2026-11"');
    expect(html).toContain('href="/mosty/kalendarz.ics?miesiac=2026-11"');
    expect(html).toContain(`cid=${encodeURIComponent('webcal://gmina.example/mosty/kalendarz.ics?miesiac=2026-11')}"`);
  });

  it('the open data page subscribes to both calendars, in a static export too (from SITE_URL)', async () => {
    for (const staticLinks of [false, true]) {
      const ctx = linkContext('https://mosty.example.org', 'pl', staticLinks);
      const html = String((await renderRoute({ store, ctx, now: NOW }, { kind: 'openData' }))?.body);
      for (const path of ['/kalendarz.ics', '/en/calendar.ics']) {
        expect(html).toContain(`href="webcal://mosty.example.org${path}"`);
        expect(html).toContain(`cid=${encodeURIComponent(`webcal://mosty.example.org${path}`)}"`);
        expect(html).toMatch(
          new RegExp(`<a href="${path}" hreflang="(pl|en)"><code>https://mosty.example.org${path}</code></a>`),
        );
      }
    }
    const en = await render({ kind: 'openData' }, 'en');
    expect(en).toContain('The calendar in Polish:');
    // Its 404 (a filter naming nothing) is readable by other sites too, and the page says so.
    expect(en).toContain('The 404 of a calendar whose filter names nothing can be read too, with its explanation.');
    expect(await render({ kind: 'openData' })).toContain('Można też odczytać odpowiedź 404 kalendarza');
    expect(en).toContain('href="webcal://mosty.example.org/en/calendar.ics" hreflang="en"');
  });
});

describe('headings that read as Polish and English', () => {
  it('profiles head their events as a whole phrase: "Udział w wydarzeniach" / "Events"', async () => {
    const person = seed.agenda.flatMap((i) => ('panelists' in i ? i.panelists : [])).find((s) => s.kind === 'person');
    const personSlug = world.people.find((p) => person?.kind === 'person' && p.id === person.personId)?.slug as string;
    const routes: Route[] = [
      { kind: 'organization', slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych' },
      { kind: 'authority', slug: 'wojewodztwo-mazowieckie' },
      { kind: 'person', slug: personSlug },
    ];
    for (const route of routes) {
      const pl = main(await render(route));
      expect(pl).toContain('<h2>Udział w wydarzeniach</h2>');
      expect(pl).not.toContain('z udziałem');
      const en = main(await render(route, 'en'));
      expect(en).toContain('<h2>Events</h2>');
      expect(en).not.toContain('taken part in');
    }
  });

  it.each([
    ['pl', 'Mosty: współpraca samorządów z organizacjami pozarządowymi i ekonomią społeczną'],
    ['en', 'Mosty: cooperation between local governments, NGOs and the social economy'],
  ] as const)(
    'the home page (%s) goes on in lower case after the colon: h1, title and Open Graph',
    async (locale, heading) => {
      const html = await render({ kind: 'home' }, locale);
      expect(main(html)).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain(`<title>${heading}</title>`);
      expect(html).toContain(`<meta property="og:title" content="${heading}"/>`);
      expect(html).toContain(`<meta property="og:image:alt" content="${heading}"/>`);
    },
  );

  it('English pages spell panellist the British way', async () => {
    const en = text(main(await render({ kind: 'event', slug: seed.slug }, 'en')));
    expect(en).toMatch(/Panellists/);
    expect(en).not.toMatch(/Panelist/);
  });
});

describe('event page wording', () => {
  it('names who speaks by their number, and offers no calendar for a cancelled event', async () => {
    const html = text(main(await render({ kind: 'event', slug: seed.slug })));
    expect(html).toMatch(/Występuje\s*Weronika Chodacz/);
    expect(html).not.toContain('Wystąpienie');
    expect(text(main(await render({ kind: 'event', slug: seed.slug }, 'en')))).toMatch(/Speaker\s*Weronika Chodacz/);
    expect(html).toContain('Dodaj do kalendarza');
    const cancelled = { ...seed, status: 'cancelled' as const, statusNote: 'Choroba prelegentów' };
    await store.events.update(seed.id, (await store.events.get(seed.id))!.version, cancelled);
    try {
      const page = text(main(await render({ kind: 'event', slug: seed.slug })));
      expect(page).toContain('Wydarzenie odwołane: Choroba prelegentów');
      expect(page).not.toContain('Dodaj do kalendarza');
    } finally {
      const now = (await store.events.get(seed.id))!;
      await store.events.update(seed.id, now.version, { ...seed });
    }
  });

  it('calls an organisation or an authority a website in Open Graph, a person a profile', async () => {
    const organizer = world.organizations.find((o) => o.id === seed.organizerId)!;
    expect(await render({ kind: 'organization', slug: organizer.slug })).toContain(
      '<meta property="og:type" content="website"/>',
    );
    expect(await render({ kind: 'authority', slug: world.authorities[0]!.slug })).toContain(
      '<meta property="og:type" content="website"/>',
    );
  });
});

describe('the home page', () => {
  const homeAt = async (now: number, locale: Locale) => {
    const page = await renderRoute(
      { store, ctx: linkContext('https://mosty.example.org', locale), now },
      { kind: 'home' },
    );
    // Tags as spaces: the page has no white space between its elements.
    return main(String(page?.body))
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  };

  it('shows the latest events to have ended when none is upcoming, and only then', async () => {
    const before = await homeAt(NOW, 'pl');
    expect(before).toContain(`Nadchodzące wydarzenia ${seed.title}`);
    expect(before).not.toContain('Ostatnie wydarzenia');
    // After the seed event, the only one: nothing is upcoming, so it shows under "Ostatnie wydarzenia".
    const after = await homeAt(Date.parse('2026-12-01T12:00:00Z'), 'pl');
    expect(after).toContain('Nadchodzące wydarzenia Brak nadchodzących wydarzeń. Ostatnie wydarzenia');
    expect(after).toContain(seed.title);
    const english = await homeAt(Date.parse('2026-12-01T12:00:00Z'), 'en');
    expect(english).toContain('Upcoming events No upcoming events. Recent events');
  });
});
