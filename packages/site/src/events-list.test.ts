import { seedWorld } from '@org/demo';
import type { Store } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { eventsLike, plainOrganization, tempStore } from './testing/temp-store.js';
import type { EventFilter } from './views/events-page.js';

// The event lists against a real store: more events than a page in a month, under a hashtag and in
// the past; one event in progress; one that starts on 1 November in Warsaw but on 31 October in UTC.
const NOW = Date.parse('2026-11-01T12:00:00Z');
const world = seedWorld();
const seed = world.events[0]!;
const HOUR = 3_600_000;
// Names whose Polish order differs from code-unit order (Ć after C, Ł after L, Ś after S, Ż after Z).
const NAMES = ['Żuraw', 'Zorza', 'Łąka', 'Lipa', 'Ćma', 'Cebula', 'Śnieg', 'Sowa', 'Ósemka', 'Osa', 'Ąłk'];
const orgs = Array.from({ length: 35 }, (_, i) =>
  plainOrganization(`org-${i}`, `Stowarzyszenie ${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length)}`),
);
world.organizations.push(...orgs, plainOrganization('bez-wydarzen', 'Stowarzyszenie Bez Wydarzeń'));
world.events.push(
  ...eventsLike(
    seed,
    'dec',
    60,
    (i) => Date.parse('2026-12-01T09:00:00Z') + i * 11 * HOUR,
    () => ({
      hashtags: ['Zima'],
    }),
  ),
  ...eventsLike(
    seed,
    'feb',
    1,
    () => Date.parse('2027-02-10T10:00:00Z'),
    () => ({ hashtags: ['Zima'] }),
  ),
  ...eventsLike(
    seed,
    'arch',
    60,
    (i) => Date.parse('2025-01-06T09:00:00Z') + i * 24 * HOUR,
    (i) => ({
      hashtags: ['Współpraca'],
      organizerId: `org-${i % 35}`,
    }),
  ),
  ...eventsLike(
    seed,
    'live',
    1,
    () => Date.parse('2026-10-30T08:00:00Z'),
    () => ({ hashtags: ['Trwa'] }),
    104,
  ),
  ...eventsLike(
    seed,
    'granica',
    1,
    () => Date.parse('2026-10-31T23:30:00Z'),
    () => ({ hashtags: [] }),
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

const render = async (route: Route, filter: EventFilter = {}, locale: 'pl' | 'en' = 'pl', staticLinks = false) => {
  const page = await renderRoute(
    { store, ctx: linkContext('https://mosty.example.org', locale, staticLinks), now: NOW },
    route,
    filter,
  );
  return page === null ? null : String(page.body);
};
const SLUG_LINK = /href="(?:\/en)?\/(?:wydarzenia|events)\/([a-z0-9-]+)\/?"/g;
const slugs = (html: string) => [...html.matchAll(SLUG_LINK)].map((m) => m[1] as string);
/** The event slugs linked in the upcoming and the past section of a list page. */
const sections = (html: string | null) => {
  if (html === null) throw new Error('no page');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const pastAt = main.indexOf('id="minione"');
  const upAt = main.indexOf('id="nadchodzace"');
  return {
    upcoming: upAt < 0 ? [] : slugs(main.slice(upAt, pastAt < 0 ? undefined : pastAt)),
    past: pastAt < 0 ? [] : slugs(main.slice(pastAt, main.indexOf('</section>', pastAt))),
  };
};
const mainText = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${prefix}-${from + i}`);

describe('event lists', () => {
  it('a month lists its events however many lie between it and today (issue 5.1)', async () => {
    expect(sections(await render({ kind: 'eventsMonth', month: '2027-02' }))).toEqual({
      upcoming: ['feb-0'],
      past: [],
    });
    expect(sections(await render({ kind: 'events' }, { month: '2027-02' })).upcoming).toEqual(['feb-0']);
  });

  it('a month with more events than a page is paged, every event reachable once', async () => {
    const first = await render({ kind: 'eventsMonth', month: '2026-12' });
    expect(sections(first).upcoming).toEqual(range('dec', 0, 50));
    expect(first).toContain('<a href="/wydarzenia/miesiac/2026-12/strona/2" rel="next">Następna</a>');
    const second = await render({ kind: 'eventsMonth', month: '2026-12', page: 2 });
    expect(sections(second).upcoming).toEqual(range('dec', 50, 60));
    expect(second).toContain('<a href="/wydarzenia/miesiac/2026-12" rel="prev">Poprzednia</a>');
    expect(await render({ kind: 'eventsMonth', month: '2026-12', page: 3 })).toBeNull();
  });

  it('a month is cut at midnight in Warsaw, and an event spanning two months is in both', async () => {
    const october = sections(await render({ kind: 'eventsMonth', month: '2026-10' }));
    const november = sections(await render({ kind: 'eventsMonth', month: '2026-11' }));
    expect(october).toEqual({ upcoming: ['live-0'], past: [] });
    expect(november).toEqual({ upcoming: ['live-0', seed.slug], past: ['granica-0'] });
  });

  it('a hashtag filter from the form keeps itself in the page links (issue 5.2)', async () => {
    const first = await render({ kind: 'events' }, { hashtag: 'Współpraca' });
    expect(sections(first)).toEqual({ upcoming: [seed.slug], past: range('arch', 10, 60).reverse() });
    expect(first).toContain('<a href="/wydarzenia/strona/2?hasztag=Wsp%C3%B3%C5%82praca" rel="next">Następna</a>');
    const second = await render({ kind: 'events', page: 2 }, { hashtag: 'Współpraca' });
    expect(sections(second).past).toEqual(range('arch', 0, 10).reverse());
    expect(second).toContain('<a href="/wydarzenia?hasztag=Wsp%C3%B3%C5%82praca" rel="prev">Poprzednia</a>');
  });

  it('a hashtag page has its own numbered pages, in both languages', async () => {
    const first = await render({ kind: 'eventsTag', tag: 'Współpraca' });
    expect(sections(first).past).toHaveLength(50);
    expect(first).toContain('<a href="/wydarzenia/tag/Wsp%C3%B3%C5%82praca/strona/2" rel="next">Następna</a>');
    const second = await render({ kind: 'eventsTag', tag: 'Współpraca', page: 2 });
    expect(sections(second).past).toEqual(range('arch', 0, 10).reverse());
    const english = await render({ kind: 'eventsTag', tag: 'Współpraca' }, {}, 'en');
    expect(english).toContain('<a href="/en/events/tag/Wsp%C3%B3%C5%82praca/page/2" rel="next">Next</a>');
    expect(await render({ kind: 'eventsTag', tag: 'Współpraca', page: 3 })).toBeNull();
  });

  it('an event in progress is upcoming, never also past (issue 5.3), and past pages skip it exactly', async () => {
    const first = sections(await render({ kind: 'events' }));
    const second = sections(await render({ kind: 'events', page: 2 }));
    expect(first.upcoming.slice(0, 2)).toEqual(['live-0', seed.slug]);
    const past = [...first.past, ...second.past];
    expect(past).toEqual(['granica-0', ...range('arch', 0, 60).reverse()]);
    expect(past).not.toContain('live-0');
    // 63 upcoming and 61 past events: two pages, the second with the rest of both.
    expect(first.upcoming).toHaveLength(50);
    expect(second.upcoming).toEqual([...range('dec', 48, 60), 'feb-0']);
    expect(await render({ kind: 'events', page: 3 })).toBeNull();
  });

  it('names months and the "any" choices in correct Polish and English (issue 5.4)', async () => {
    const pl = (await render({ kind: 'eventsMonth', month: '2026-12' })) as string;
    expect(pl).toContain('<h1>Wydarzenia: grudzień 2026</h1>');
    expect(pl).toContain('<option value="2026-11">listopad 2026</option>');
    expect(pl).toContain('<title>Wydarzenia: grudzień 2026 — Mosty</title>');
    expect(mainText(pl)).not.toMatch(/\b\d{4}-\d{2}\b/);
    const form = pl.slice(pl.indexOf('<form'), pl.indexOf('</form>'));
    expect(form).toMatch(/Organizacja<select[^>]*><option value="">dowolna<\/option>/);
    expect(form).toMatch(/Samorząd<select[^>]*><option value="">dowolny<\/option>/);
    expect(form).toMatch(/Miesiąc<select[^>]*><option value="">dowolny<\/option>/);
    const en = (await render({ kind: 'eventsMonth', month: '2026-12' }, {}, 'en')) as string;
    expect(en).toContain('<h1>Events: December 2026</h1>');
    expect(en).toContain('<option value="2026-11">November 2026</option>');
  });

  it('names one hashtag’s or one month’s page as canonical, written as events write the tag; facets are not indexed', async () => {
    const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const robots = (html: string) => html.includes('<meta name="robots" content="noindex"/>');
    const tagPage = 'https://mosty.example.org/wydarzenia/tag/Wsp%C3%B3%C5%82praca';
    for (const html of [
      await render({ kind: 'eventsTag', tag: 'współpraca' }),
      await render({ kind: 'eventsTag', tag: 'Współpraca' }),
      await render({ kind: 'events' }, { hashtag: 'WSPÓŁPRACA' }),
    ] as string[]) {
      expect(canonical(html)).toBe(tagPage);
      expect(html).toContain('<h1>Wydarzenia z hasztagiem #Współpraca</h1>');
      expect(robots(html)).toBe(false);
    }
    const month = (await render({ kind: 'events', page: 2 }, { month: '2026-12' })) as string;
    expect(canonical(month)).toBe('https://mosty.example.org/wydarzenia/miesiac/2026-12/strona/2');
    const facet = (await render(
      { kind: 'events' },
      { organization: 'fundacja-inicjatyw-spoleczno-ekonomicznych' },
    )) as string;
    expect(robots(facet)).toBe(true);
    expect(canonical((await render({ kind: 'events' })) as string)).toBe('https://mosty.example.org/wydarzenia');
  });

  it('says every filter in its heading and title, not only the hashtag or the month', async () => {
    const filter = { month: '2026-12', organization: 'fundacja-inicjatyw-spoleczno-ekonomicznych' };
    const pl = (await render({ kind: 'events' }, filter)) as string;
    expect(pl).toContain('<h1>Wydarzenia: grudzień 2026, Fundacja Inicjatyw Społeczno-Ekonomicznych</h1>');
    expect(pl).toContain(
      '<title>Wydarzenia: grudzień 2026, Fundacja Inicjatyw Społeczno-Ekonomicznych — Mosty</title>',
    );
    const en = (await render(
      { kind: 'events' },
      { hashtag: 'Współpraca', authority: 'wojewodztwo-mazowieckie' },
      'en',
    )) as string;
    // The authority's name is Polish, marked so in the heading; the title, plain text, says it as it is.
    expect(en).toContain('<h1>Events tagged #Współpraca: <span lang="pl">Województwo Mazowieckie</span></h1>');
    expect(en).toContain('<title>Events tagged #Współpraca: Województwo Mazowieckie — Mosty</title>');
  });

  it('the language switch and hreflang links of a filtered list lead to the same list, not the whole one', async () => {
    const switchTo = (html: string) => /<a class="lang" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const alternates = (html: string) =>
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        (m) => `${m[1]} ${m[2]?.replaceAll('&amp;', '&')}`,
      );
    const org = 'fundacja-inicjatyw-spoleczno-ekonomicznych';
    const pl = (await render(
      { kind: 'events' },
      { hashtag: 'Współpraca', month: '2025-02', organization: org },
    )) as string;
    expect(pl).not.toBeNull();
    const enQuery = `?hashtag=Wsp%C3%B3%C5%82praca&month=2025-02&organisation=${org}`;
    const plQuery = `?hasztag=Wsp%C3%B3%C5%82praca&miesiac=2025-02&organizacja=${org}`;
    expect(switchTo(pl)).toBe(`/en/events${enQuery}`);
    expect(alternates(pl)).toEqual([
      `pl https://mosty.example.org/wydarzenia${plQuery}`,
      `en https://mosty.example.org/en/events${enQuery}`,
      `x-default https://mosty.example.org/wydarzenia${plQuery}`,
    ]);
    const en = (await render({ kind: 'events' }, { authority: 'wojewodztwo-mazowieckie' }, 'en')) as string;
    expect(switchTo(en)).toBe('/wydarzenia?samorzad=wojewodztwo-mazowieckie');
    // A list that is a hashtag's own page (its canonical address) switches to that page in the other language.
    const tagged = (await render({ kind: 'events' }, { hashtag: 'WSPÓŁPRACA' })) as string;
    expect(switchTo(tagged)).toBe('/en/events/tag/Wsp%C3%B3%C5%82praca');
    expect(alternates(tagged)).toContain('en https://mosty.example.org/en/events/tag/Wsp%C3%B3%C5%82praca');
    // The whole list's switch is the whole list's.
    expect(switchTo((await render({ kind: 'events' })) as string)).toBe('/en/events');
  });

  it('a month outside the two years the form offers, or an organisation its list leaves out, is offered and chosen, so the form keeps it', async () => {
    const select = (html: string) =>
      html.slice(
        html.indexOf('<select name="miesiac"'),
        html.indexOf('</select>', html.indexOf('<select name="miesiac"')),
      );
    for (const html of [
      (await render({ kind: 'eventsMonth', month: '2025-02' })) as string,
      (await render({ kind: 'events' }, { month: '2025-02', organization: 'org-0' })) as string,
    ]) {
      const months = [...select(html).matchAll(/<option value="(\d{4}-\d{2})"/g)].map((m) => m[1]);
      expect(months[0]).toBe('2025-02');
      expect(months).toHaveLength(26);
      expect(select(html)).toContain('<option value="2025-02" selected="">luty 2025</option>');
    }
    // So is an organisation or authority the lists leave out (here: with no events).
    const quiet = (await render({ kind: 'events' }, { organization: 'bez-wydarzen' })) as string;
    expect(quiet).toContain('<option value="bez-wydarzen" selected="">Stowarzyszenie Bez Wydarzeń</option>');
    // A month the form offers anyway is not offered twice.
    const november = select((await render({ kind: 'eventsMonth', month: '2026-11' })) as string);
    expect(november.match(/value="2026-11"/g)).toHaveLength(1);
  });

  it('offers every organisation and hashtag with events, in Polish alphabetical order (issue 5.9)', async () => {
    const html = (await render({ kind: 'events' })) as string;
    const options = (name: string) => {
      const select = html.slice(
        html.indexOf(`name="${name}"`),
        html.indexOf('</select>', html.indexOf(`name="${name}"`)),
      );
      return [...select.matchAll(/<option value="[^"]+"[^>]*>([^<]+)<\/option>/g)].map((m) => m[1] as string);
    };
    const organizations = options('organizacja');
    expect(organizations).toEqual(expect.arrayContaining([...orgs.map((o) => o.name), world.organizations[0]?.name]));
    expect(organizations).toEqual([...organizations].sort(new Intl.Collator('pl').compare));
    expect(organizations.indexOf('Stowarzyszenie Ćma 0')).toBeGreaterThan(
      organizations.indexOf('Stowarzyszenie Cebula 0'),
    );
    expect(organizations.indexOf('Stowarzyszenie Ćma 0')).toBeLessThan(organizations.indexOf('Stowarzyszenie Lipa 0'));
    const hashtags = options('hasztag').map((h) => h.slice(1));
    expect(hashtags).toEqual(expect.arrayContaining(['Trwa', 'Współpraca', 'Zima', ...seed.hashtags]));
    expect(hashtags).toEqual([...hashtags].sort(new Intl.Collator('pl').compare));
  });

  it('the static list links every hashtag page as well as the months (issue 5.11)', async () => {
    const html = (await render({ kind: 'events' }, {}, 'pl', true)) as string;
    expect(html).toContain('<a href="/wydarzenia/tag/Zima/">#Zima</a>');
    expect(html).toContain('<a href="/wydarzenia/tag/Wsp%C3%B3%C5%82praca/">#Współpraca</a>');
    expect(html).toContain('<a href="/wydarzenia/miesiac/2026-12/">grudzień 2026</a>');
  });
});
