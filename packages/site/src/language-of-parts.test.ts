import { seedWorld } from '@org/demo';
import { EventSchema } from '@org/domain';
import { eventHtml, indexWorld } from '@org/formats';
import type { Store } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from './locale.js';
import { renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { tempStore } from './testing/temp-store.js';
import type { EventFilter } from './views/events-page.js';

// WCAG 3.1.2 Language of Parts on the English pages: what stays Polish (the records' Polish text, and the names of
// organisations, authorities and venues, which the English feeds mark too) sits inside an element with lang="pl";
// the pages' English labels, people's names and records written in English do not.

const NOW = Date.parse('2026-11-20T12:00:00Z');
const SITE = 'https://mosty.example.org';
const world = seedWorld();
const seed = world.events[0]!;
const [intro, panel] = seed.agenda;
// The seed event cancelled, with a note and a room, and the same event as its editors would write it in English.
const cancelled = EventSchema.parse({
  ...seed,
  id: 'odwolane',
  slug: 'odwolane',
  status: 'cancelled',
  statusNote: 'sala w remoncie',
  agenda: [{ ...intro!, room: 'Sala Kominkowa' }, ...seed.agenda.slice(1)],
});
const english = EventSchema.parse({
  ...seed,
  id: 'in-english',
  slug: 'in-english',
  language: 'en',
  title: 'An efficient office, an efficient organisation',
  summary: 'A meeting of local government and NGO representatives.',
  body: 'Cooperation between the sectors.',
  agenda: [intro!, { ...panel!, title: 'An efficient office', description: 'Benefits of cooperation.' }],
  hashtags: [],
});
world.events.push(cancelled, english);

let env: Awaited<ReturnType<typeof tempStore>>;
let store: Store;
beforeAll(async () => {
  env = await tempStore(world);
  store = env.store;
});
afterAll(async () => {
  await env?.dispose();
});

const render = async (route: Route, locale: Locale = 'en', filter: EventFilter = {}) => {
  const page = await renderRoute({ store, ctx: linkContext(SITE, locale), now: NOW }, route, filter);
  if (!page) throw new Error(`no page for ${JSON.stringify(route)}`);
  return String(page.body);
};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Every text of an HTML fragment (the body of a page, say) with its language: the nearest `lang` around it. */
function textsWithLang(html: string, outer: string): { text: string; lang: string }[] {
  const texts: { text: string; lang: string }[] = [];
  const open: { tag: string; lang: string }[] = [];
  const here = () => open[open.length - 1]?.lang ?? outer;
  for (const [, close, tag, attributes, data] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (data !== undefined) {
      const text = data.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] as string).trim();
      if (text) texts.push({ text: text.replace(/\s+/g, ' '), lang: here() });
    } else if (close) {
      const at = open.map((o) => o.tag).lastIndexOf(tag as string);
      if (at >= 0) open.length = at;
    } else if (!VOID.has(tag as string) && !attributes?.endsWith('/')) {
      open.push({ tag: tag as string, lang: /\slang="([^"]*)"/.exec(attributes ?? '')?.[1] ?? here() });
    }
  }
  return texts;
}

const body = (html: string) => html.slice(Math.max(0, html.indexOf('<body')));
/** The languages of every text of the page's body that contains `part`, one entry per language (none: not found). */
const langsOf = (html: string, part: string) => [
  ...new Set(
    textsWithLang(body(html), 'en')
      .filter((t) => t.text.includes(part))
      .map((t) => t.lang),
  ),
];

const ORGANISER = 'Fundacja Inicjatyw Społeczno-Ekonomicznych';
const VENUE = 'Centrum Wielokulturowe w Warszawie';
const PANELISTS_ORGS = ['Spółdzielnia Socjalna „Kto Rano Wstaje”', 'Fundacja Kobiety Wędrowne', 'Transfer HUB'];

describe('English pages mark what stays Polish (WCAG 3.1.2)', () => {
  it('the seed event: its own text, the agenda, roles, names of organisations, authorities and the venue, the address and the statement', async () => {
    const html = await render({ kind: 'event', slug: seed.slug });
    for (const polish of [
      seed.title,
      'Spotkanie przedstawicieli jednostek samorządu terytorialnego',
      'Sprawny urząd. Współpraca jednostek samorządu terytorialnego',
      'Co organizacje mogą załatwić w urzędzie.',
      'wiceprezes zarządu',
      'współzałożycielka',
      'samorządowcy oraz urzędnicy powiatu wołomińskiego',
      'Powiat wołomiński',
      ORGANISER,
      VENUE,
      ...PANELISTS_ORGS,
      'ul. Jagiellońska 54',
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
      'Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi i podmiotami ekonomii społecznej',
    ])
      expect(langsOf(html, polish), polish).toEqual(['pl']);
    for (const label of ['When', 'Where', 'Organiser', 'Agenda', 'Panellists', 'Discussion topics', 'Show on a map'])
      expect(langsOf(html, label), label).toEqual(['en']);
    // People's names are in no language (nor in the feeds); the English statement beside the Polish one is English.
    for (const name of ['Wojciech Jóźwiak', 'Khedi Alieva', 'Łukasz Komuda'])
      expect(langsOf(html, name), name).toEqual(['en']);
    expect(langsOf(html, 'Public task financed from the budget')).toEqual(['en']);
  });

  it('marks on the page every Polish word the English feed marks in the same event (one decision: the feeds’)', async () => {
    const page = textsWithLang(body(await render({ kind: 'event', slug: seed.slug })), 'en');
    const polishOnPage = new Set(page.filter((t) => t.lang === 'pl').flatMap((t) => t.text.match(/\p{L}{3,}/gu) ?? []));
    const feed = eventHtml(seed, indexWorld(world), { locale: 'en', siteUrl: SITE });
    const polishInFeed = textsWithLang(feed, 'en').filter((t) => t.lang === 'pl');
    expect(polishInFeed.length).toBeGreaterThan(10);
    const missing = polishInFeed.flatMap((t) =>
      (t.text.match(/\p{L}{3,}/gu) ?? []).filter((w) => !polishOnPage.has(w)),
    );
    expect(missing).toEqual([]);
  });

  it('a cancelled event’s note and an agenda item’s room are Polish, the status is English', async () => {
    const html = await render({ kind: 'event', slug: cancelled.slug });
    expect(html).toContain(
      '<p class="status" role="status">Event cancelled: <span lang="pl">sala w remoncie</span></p>',
    );
    expect(langsOf(html, 'Sala Kominkowa')).toEqual(['pl']);
  });

  it('an event written in English: its own text unmarked, the Polish names still marked', async () => {
    const html = await render({ kind: 'event', slug: english.slug });
    for (const own of [english.title, english.summary!, 'Cooperation between the sectors.', 'An efficient office'])
      expect(langsOf(html, own), own).toEqual(['en']);
    for (const polish of [ORGANISER, VENUE, 'Powiat wołomiński', 'ul. Jagiellońska 54'])
      expect(langsOf(html, polish), polish).toEqual(['pl']);
    // On the Polish page, its English text is marked English and the Polish names are the page's own.
    const pl = await render({ kind: 'event', slug: english.slug }, 'pl');
    expect(pl).toContain(`<h1 lang="en">${english.title}</h1>`);
    expect(polishMarks(pl)).toEqual([]);
  });

  it.each<[string, Route, EventFilter, string[], string[]]>([
    ['home', { kind: 'home' }, {}, [ORGANISER, 'Powiat wołomiński', VENUE], ['Upcoming events', 'Latest news']],
    [
      'organisation',
      { kind: 'organization', slug: 'mazowieckie-centrum-polityki-spolecznej' },
      {},
      ['Mazowieckie Centrum Polityki Społecznej', 'Województwo Mazowieckie'],
      ['Parent authority', 'Registration data'],
    ],
    [
      'authority',
      { kind: 'authority', slug: 'wojewodztwo-mazowieckie' },
      {},
      ['Województwo Mazowieckie', 'Urząd Marszałkowski', 'Mazowieckie Centrum Polityki Społecznej'],
      ['Office', 'Organisational units'],
    ],
    ['venue', { kind: 'venue', slug: 'centrum-wielokulturowe-w-warszawie' }, {}, [VENUE, 'ul. Jagiellońska 54'], []],
    [
      'person',
      { kind: 'person', slug: 'wojciech-jozwiak' },
      {},
      ['wiceprezes zarządu', 'Spółdzielnia Socjalna „Kto Rano Wstaje”'],
      ['Wojciech Jóźwiak'],
    ],
    [
      'grant',
      { kind: 'grant', slug: 'wspolpraca-jst-i-ngo-2026' },
      {},
      ['Województwo Mazowieckie', 'Mazowieckie Centrum Polityki Społecznej', ORGANISER, 'Zadanie publiczne'],
      ['Funder', 'Beneficiary', 'Public task financed'],
    ],
    ['organisations', { kind: 'organizations' }, {}, [ORGANISER, ...PANELISTS_ORGS], ['Organisations']],
    ['authorities', { kind: 'authorities' }, {}, ['Powiat wołomiński', 'Województwo Mazowieckie'], []],
    [
      'events of an organisation',
      { kind: 'events' },
      { organization: 'fundacja-inicjatyw-spoleczno-ekonomicznych' },
      [ORGANISER, 'Powiat wołomiński', VENUE],
      ['Events:', 'Organisation', 'Local authority'],
    ],
    ['open data', { kind: 'openData' }, {}, [ORGANISER], ['Publisher:']],
    ['accessibility statement', { kind: 'accessibility' }, {}, [ORGANISER, 'Rzecznik Praw Obywatelskich'], []],
  ])('%s', async (_name, route, filter, polish, labels) => {
    const html = await render(route, 'en', filter);
    for (const text of polish) expect(langsOf(html, text), text).toEqual(['pl']);
    for (const text of labels) expect(langsOf(html, text), text).toEqual(['en']);
  });

  it('the footer names the publisher in Polish on every English page', async () => {
    const html = await render({ kind: 'news' });
    const footer = html.slice(html.indexOf('<footer'));
    expect(langsOf(footer, ORGANISER)).toEqual(['pl']);
    expect(langsOf(footer, 'Data available under the licence')).toEqual(['en']);
  });
});

/** The `lang="pl"` marks of a page but `<html lang="pl">` and the funding statement's (marked in every language). */
const polishMarks = (html: string) =>
  [...html.matchAll(/<(\w+)([^>]*) lang="pl"/g)].filter(
    ([, tag, rest]) => tag !== 'html' && !rest?.includes('statement'),
  );

describe('Polish pages mark nothing Polish but the funding statement (the page is Polish)', () => {
  it.each<[string, Route]>([
    ['event', { kind: 'event', slug: seed.slug }],
    ['cancelled event', { kind: 'event', slug: cancelled.slug }],
    ['organisation', { kind: 'organization', slug: 'mazowieckie-centrum-polityki-spolecznej' }],
    ['authority', { kind: 'authority', slug: 'wojewodztwo-mazowieckie' }],
    ['grant', { kind: 'grant', slug: 'wspolpraca-jst-i-ngo-2026' }],
    ['home', { kind: 'home' }],
    ['events', { kind: 'events' }],
  ])('%s', async (_name, route) => {
    const html = await render(route, 'pl');
    expect(html).toContain('<html lang="pl">');
    expect(polishMarks(html)).toEqual([]);
  });
});

describe('the page title names its language when it is not the page’s', () => {
  const title = (html: string) => /<title[^>]*>/.exec(html)?.[0];
  const org = world.organizations[0]!;
  const authority = world.authorities[0]!;
  const grant = world.grants[0]!;
  const venue = world.venues[0]!;
  it.each([
    ['an event written in Polish', { kind: 'event', slug: seed.slug }, 'en', '<title lang="pl">'],
    ['an event written in English', { kind: 'event', slug: 'in-english' }, 'en', '<title>'],
    [
      'an event written in English, on the Polish page',
      { kind: 'event', slug: 'in-english' },
      'pl',
      '<title lang="en">',
    ],
    ['an event written in Polish, on the Polish page', { kind: 'event', slug: seed.slug }, 'pl', '<title>'],
    ['an organisation', { kind: 'organization', slug: org.slug }, 'en', '<title lang="pl">'],
    ['an authority', { kind: 'authority', slug: authority.slug }, 'en', '<title lang="pl">'],
    ['a grant', { kind: 'grant', slug: grant.slug }, 'en', '<title lang="pl">'],
    ['a venue', { kind: 'venue', slug: venue.slug }, 'en', '<title lang="pl">'],
    ['an organisation, on the Polish page', { kind: 'organization', slug: org.slug }, 'pl', '<title>'],
    ['the list of events', { kind: 'events' }, 'en', '<title>'],
  ] as const)('%s (%s)', async (_, route, locale, expected) => {
    expect(title(await render(route as Route, locale))).toBe(expected);
  });

  it('a post written in Polish', async () => {
    const post = world.posts.find((p) => p.status === 'published')!;
    expect(title(await render({ kind: 'post', slug: post.slug }))).toBe('<title lang="pl">');
  });
});
