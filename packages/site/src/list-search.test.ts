import { seedWorld } from '@org/demo';
import type { Store } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from './locale.js';
import { type PageQuery, renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { readSearch } from './search.js';
import { eventsLike, plainOrganization, tempStore } from './testing/temp-store.js';

// The seed's organisations, and 60 Koła Gospodyń Wiejskich: more than one page of matches.
const world = seedWorld();
world.organizations.push(
  ...Array.from({ length: 60 }, (_, i) =>
    plainOrganization(`kgw-${i}`, `Koło Gospodyń Wiejskich w Żółwinie ${String(i).padStart(2, '0')}`),
  ),
);

// And 60 upcoming events called "Forum sąsiedzkie": more than one page of matches.
world.events.push(
  ...eventsLike(
    world.events[0]!,
    'forum',
    60,
    (i) => Date.parse('2026-12-01T09:00:00Z') + i * 86_400_000,
    (i) => ({ title: `Forum sąsiedzkie nr ${i + 1}`, summary: 'Spotkanie mieszkańców.' }),
  ),
);

let env: Awaited<ReturnType<typeof tempStore>>;
let store: Store;
beforeAll(async () => {
  env = await tempStore(world);
  store = env.store;
});
afterAll(async () => {
  await env?.dispose();
});

const NOW = Date.parse('2026-11-20T12:00:00Z');
const render = async (route: Route, query: PageQuery, locale: Locale = 'pl', staticLinks = false) => {
  const ctx = linkContext('https://mosty.example.org', locale, staticLinks);
  const page = await renderRoute({ store, ctx, now: NOW }, route, query);
  return page && { status: page.status ?? 200, html: String(page.body) };
};
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const links = (html: string, prefix: string) =>
  [...main(html).matchAll(new RegExp(`<a href="(${prefix}[^"?]+)"`, 'g'))].map((m) => m[1]);

describe('readSearch', () => {
  it.each([
    ['szukaj=otwarte', 'pl', 'otwarte'],
    ['szukaj=%20%20otwarte%0A%09drzwi%20', 'pl', 'otwarte drzwi'],
    ['search=kto+rano', 'pl', 'kto rano'],
    ['search=kto&szukaj=rano', 'en', 'kto'],
    ['szukaj=&szukaj=drzwi', 'pl', 'drzwi'],
    ['szukaj=+++', 'pl', undefined],
    ['q=otwarte', 'pl', undefined],
  ] as const)('%s (%s) asks for %o', (query, locale, expected) => {
    expect(readSearch(new URLSearchParams(query), locale)).toBe(expected);
  });

  it('cuts a search to 100 characters, whole letters', () => {
    expect(readSearch(new URLSearchParams(`szukaj=${'ż'.repeat(150)}`), 'pl')).toBe('ż'.repeat(100));
    expect([...(readSearch(new URLSearchParams(`szukaj=${'😀'.repeat(150)}`), 'pl') as string)]).toHaveLength(100);
  });
});

describe('the search box of the lists', () => {
  it.each([
    ['pl', { kind: 'organizations' }, 'Szukaj organizacji', 'name="szukaj"', 'action="/organizacje"'],
    ['pl', { kind: 'authorities' }, 'Szukaj samorządu', 'name="szukaj"', 'action="/samorzady"'],
    ['pl', { kind: 'grants' }, 'Szukaj dotacji', 'name="szukaj"', 'action="/granty"'],
    ['en', { kind: 'organizations' }, 'Search organisations', 'name="search"', 'action="/en/organisations"'],
  ] as const)('%s %o: a labelled GET form with its hint', async (locale, route, label, name, action) => {
    const page = await render(route, {}, locale);
    const html = main(page?.html ?? '');
    expect(html).toContain(`<search><form class="filters" method="get" ${action}>`);
    expect(html).toContain(`<label>${label}<input type="search" ${name} value="" maxlength="100"`);
    expect(html).toMatch(/aria-describedby="(szukaj|search)-opis"/);
    expect(html).toMatch(/<p class="meta" id="(szukaj|search)-opis">/);
    // The whole list is shown, with no status line.
    expect(html).not.toContain('role="status"');
  });

  it('finds organisations without case or Polish letters, and says how many in Polish', async () => {
    const page = await render({ kind: 'organizations' }, { search: 'otwarte DRZ' });
    expect(page?.status).toBe(200);
    const html = page?.html ?? '';
    expect(text(main(html))).toContain('Znaleziono 1 organizację dla „otwarte DRZ”.');
    expect(links(html, '/organizacje/')).toEqual(['/organizacje/stowarzyszenie-otwarte-drzwi']);
    // The box keeps what was typed, and offers the whole list back.
    expect(main(html)).toContain('value="otwarte DRZ"');
    expect(main(html)).toContain('<a href="/organizacje">Pokaż wszystkie</a>');
    expect(html).toContain('<title>Organizacje: „otwarte DRZ” — Mosty</title>');
    // Results are not for indexing; the other language's page searches the same words.
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('hreflang="en" href="https://mosty.example.org/en/organisations?search=otwarte+DRZ"');
  });

  it.each([
    ['fundacja', /^Znaleziono 2 organizacje dla „fundacja”\.$/, 2],
    ['zolwin', /^Znaleziono 60 organizacji dla „zolwin”\.$/, 50],
    ['kolo gosp zolw', /^Znaleziono 60 organizacji dla „kolo gosp zolw”\.$/, 50],
  ])('%s: %s', async (search, status, shown) => {
    const html = (await render({ kind: 'organizations' }, { search }))?.html ?? '';
    const said = /<p class="found" role="status">([^<]*)<\/p>/.exec(main(html))?.[1];
    expect(said).toMatch(status);
    expect(links(html, '/organizacje/')).toHaveLength(shown);
  });

  it('pages through the matches, each page link keeping the search', async () => {
    const first = (await render({ kind: 'organizations' }, { search: 'żółwinie' }))?.html ?? '';
    expect(main(first)).toContain('href="/organizacje/strona/2?szukaj=%C5%BC%C3%B3%C5%82winie"');
    const second = await render({ kind: 'organizations', page: 2 }, { search: 'żółwinie' });
    expect(links(second?.html ?? '', '/organizacje/')).toHaveLength(10);
    expect(second?.html).toContain('<title>Organizacje: „żółwinie” — Strona 2 — Mosty</title>');
    // Past the matches' last page there is no page.
    expect(await render({ kind: 'organizations', page: 3 }, { search: 'żółwinie' })).toBeNull();
  });

  it('says when nothing matches, and lists nothing', async () => {
    const html = (await render({ kind: 'organizations' }, { search: 'xyzzy' }))?.html ?? '';
    expect(text(main(html))).toContain('Nie znaleziono żadnej organizacji dla „xyzzy”.');
    expect(links(html, '/organizacje/')).toEqual([]);
    expect(main(html)).not.toContain('<p>—</p>');
  });

  it('says a search of punctuation alone has nothing to look for, instead of listing everything', async () => {
    const html = (await render({ kind: 'organizations' }, { search: '„…”' }))?.html ?? '';
    expect(text(main(html))).toContain('„„…”” nie zawiera liter ani cyfr: wpisz nazwę albo jej początek.');
    expect(links(html, '/organizacje/')).toEqual([]);
  });

  it('searches authorities and grants by their own words', async () => {
    const authorities = (await render({ kind: 'authorities' }, { search: 'wolomin' }))?.html ?? '';
    expect(text(main(authorities))).toMatch(/Znaleziono \d+ (samorząd|samorządy|samorządów) dla „wolomin”\./);
    expect(links(authorities, '/samorzady/')).toContain('/samorzady/powiat-wolominski');
    const grants = (await render({ kind: 'grants' }, { search: 'mazowsz' }))?.html ?? '';
    expect(text(main(grants))).toContain('Znaleziono 1 dotację dla „mazowsz”.');
    expect(links(grants, '/granty/')).toHaveLength(1);
  });

  it('in English, with English plurals and quotes', async () => {
    const html = (await render({ kind: 'organizations' }, { search: 'zolwin' }, 'en'))?.html ?? '';
    expect(text(main(html))).toContain('Found 60 organisations for “zolwin”.');
    const one = (await render({ kind: 'organizations' }, { search: 'otwarte' }, 'en'))?.html ?? '';
    expect(text(main(one))).toContain('Found 1 organisation for “otwarte”.');
  });

  it('escapes the search wherever it is shown', async () => {
    const html = (await render({ kind: 'organizations' }, { search: '"><script>alert(1)</script>' }))?.html ?? '';
    expect(html).not.toContain('<script>alert(1)');
    expect(main(html)).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('a static export shows no search box: there is no server to search with', async () => {
    const html = (await render({ kind: 'organizations' }, {}, 'pl', true))?.html ?? '';
    expect(main(html)).not.toContain('<search>');
    expect(links(html, '/organizacje/').length).toBeGreaterThan(0);
  });
});

describe('the event list’s search field', () => {
  const events = (html: string) => links(html, '/wydarzenia/').filter((l) => !l?.includes('/strona/'));
  const said = (html: string) => /<p class="found" role="status">([^<]*)<\/p>/.exec(main(html))?.[1];

  it('is the first field of the filter form, empty on the whole list', async () => {
    const html = main((await render({ kind: 'events' }, {}))?.html ?? '');
    expect(html).toMatch(
      /<form class="filters" method="get" action="\/wydarzenia" aria-label="Filtruj wydarzenia"><label>Szukaj w tytułach i opisach<input type="search" name="szukaj" value="" maxlength="100"\/><\/label><label>Hasztag/,
    );
    expect(html).not.toContain('role="status"');
  });

  it('finds events by the start of a word of their title, without Polish letters, and says how many', async () => {
    const page = await render({ kind: 'events' }, { search: 'wspolpraca SAMORZ' });
    expect(page?.status).toBe(200);
    const html = page?.html ?? '';
    expect(said(html)).toBe('Znaleziono 1 wydarzenie dla „wspolpraca SAMORZ”.');
    expect(events(html)).toEqual(['/wydarzenia/sprawny-urzad-sprawna-organizacja']);
    expect(html).toContain('<title>Wydarzenia: „wspolpraca SAMORZ” — Mosty</title>');
    expect(main(html)).toContain('value="wspolpraca SAMORZ"');
    expect(main(html)).toContain('<a href="/wydarzenia">Wyczyść filtry</a>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('hreflang="en" href="https://mosty.example.org/en/events?search=wspolpraca+SAMORZ"');
    // The calendar takes no search: no subscription that would give more than the list shows.
    expect(main(html)).not.toContain('.ics?');
  });

  it('narrows with the filters, and says when nothing is found', async () => {
    const both = (await render({ kind: 'events' }, { search: 'sprawny', hashtag: 'Współpraca' }))?.html ?? '';
    expect(said(both)).toBe('Znaleziono 1 wydarzenie dla „sprawny”.');
    expect(both).toContain('<title>Wydarzenia z hasztagiem #Współpraca: „sprawny” — Mosty</title>');
    const none = (await render({ kind: 'events' }, { search: 'sprawny', month: '2027-01' }))?.html ?? '';
    expect(said(none)).toBe('Nie znaleziono żadnego wydarzenia dla „sprawny”.');
    expect(events(none)).toEqual([]);
    const punctuation = (await render({ kind: 'events' }, { search: '!!!' }))?.html ?? '';
    expect(said(punctuation)).toBe('„!!!” nie zawiera liter ani cyfr: wpisz nazwę albo jej początek.');
    expect(events(punctuation)).toEqual([]);
  });

  it('pages through the matches, each page link keeping the search and the filters', async () => {
    const html = (await render({ kind: 'events' }, { search: 'sasiedzkie', month: '2026-12' }))?.html ?? '';
    expect(said(html)).toBe('Znaleziono 31 wydarzeń dla „sasiedzkie”.');
    const all = (await render({ kind: 'events' }, { search: 'forum sąs' }))?.html ?? '';
    expect(said(all)).toBe('Znaleziono 60 wydarzeń dla „forum sąs”.');
    expect(main(all)).toContain('href="/wydarzenia/strona/2?szukaj=forum+s%C4%85s"');
    const second = (await render({ kind: 'events', page: 2 }, { search: 'forum sąs' }))?.html ?? '';
    expect(events(second)).toHaveLength(10);
  });

  it('in English', async () => {
    const html = (await render({ kind: 'events' }, { search: 'sprawny' }, 'en'))?.html ?? '';
    expect(said(html)).toBe('Found 1 event for “sprawny”.');
    expect(main(html)).toContain('<label>Search titles and summaries<input type="search" name="search"');
  });

  it('a static export has no server to send the form to: its only search field is the box its script searches with', async () => {
    const html = main((await render({ kind: 'events' }, {}, 'pl', true))?.html ?? '');
    expect(html).not.toContain('<form class="filters" method="get"');
    expect(html.match(/type="search"/g)).toHaveLength(1);
    expect(html).toMatch(
      /<search hidden="" data-static-search=""[^>]*><form class="filters"><label>[^<]+<input type="search" maxlength/,
    );
  });
});
