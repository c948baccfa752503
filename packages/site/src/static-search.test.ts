import { seedWorld } from '@org/demo';
import { searchWords } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from './locale.js';
import { renderRoute } from './render-pages.js';
import { linkContext } from './routes.js';
import {
  STATIC_SEARCH_LIMIT,
  STATIC_SEARCH_SCRIPT,
  STATIC_SEARCH_SCRIPT_PATH,
  staticSearchIndex,
  staticSearchIndexPath,
} from './static-search.js';
import { eventsLike, plainOrganization, tempStore } from './testing/temp-store.js';

// More organisations than one page of the list holds (50), so the file is made from several pages.
const world = seedWorld();
world.organizations.push(
  ...Array.from({ length: 120 }, (_, i) => plainOrganization(`org-${i}`, `Stowarzyszenie Łączy Nas nr ${i + 1}`)),
);
// Events on both sides of NOW (the seed event is on 26 November 2026): cancelled, postponed, in English, a draft.
const DAY = 86_400_000;
const seedEvent = world.events[0];
if (!seedEvent) throw new Error('the seed has no event');
world.events.push(
  ...eventsLike(
    seedEvent,
    'minione',
    3,
    (i) => Date.parse('2026-10-01T08:00:00Z') + i * DAY,
    (i) => (i === 1 ? { status: 'cancelled' } : {}),
  ),
  ...eventsLike(
    seedEvent,
    'przyszle',
    3,
    (i) => Date.parse('2026-12-01T08:00:00Z') + i * DAY,
    (i) =>
      [
        { language: 'en' as const, title: 'Open forum' },
        { status: 'postponed' as const },
        { status: 'draft' as const },
      ][i] ?? {},
  ),
);
let env: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  env = await tempStore(world);
});
afterAll(async () => {
  await env?.dispose();
});

const NOW = Date.parse('2026-11-20T12:00:00Z');
const list = async (
  locale: 'pl' | 'en',
  staticLinks: boolean,
  route: Parameters<typeof renderRoute>[1] = { kind: 'organizations' },
) =>
  String(
    (
      await renderRoute(
        { store: env.store, ctx: linkContext('https://mosty.example.org/m', locale, staticLinks), now: NOW },
        route,
      )
    )?.body,
  );

describe('search in a static copy', () => {
  it('a list’s file holds every record the list shows, in its order, with the store’s search words', async () => {
    const file = await staticSearchIndex(env.store, 'organizations');
    const listed = await env.store.organizations.list({ sort: { field: 'name', direction: 'asc' }, limit: 500 });
    expect(listed.total).toBeGreaterThan(100);
    expect(file.items.map(([, slug]) => slug)).toEqual(listed.items.map((o) => o.slug));
    expect(file.items.find(([, slug]) => slug === 'org-0')?.[2]).toBe('stowarzyszenie laczy nas nr 1');
    const first = listed.items[0];
    expect(file.items[0]).toEqual([first?.name, first?.slug, first ? searchWords.organization(first).join(' ') : '']);
    // Grants are named by their task's title.
    const grants = await staticSearchIndex(env.store, 'grants');
    expect(grants.items.map(([name]) => name)).toEqual(expect.arrayContaining(world.grants.map((g) => g.taskTitle)));
  });

  it('a static copy’s list has the box, hidden until its script shows it, with what the script needs', async () => {
    const html = await list('pl', true);
    const box = /<search hidden="" data-static-search=""[^>]*>/.exec(html)?.[0] ?? '';
    expect(box).toContain(`data-index="/m${staticSearchIndexPath('organizations')}"`);
    expect(box).toContain('data-href="/m/organizacje/{slug}/"');
    expect(box).toContain('data-list="lista"');
    const t = strings('pl').search;
    expect(box).toContain(`data-found1="${t.organizations.found(1, false, '{q}').replace('1', '{n}')}"`);
    expect(box).toContain('data-found2="Znaleziono {n} organizacje dla „{q}”."');
    expect(box).toContain('data-found5="Znaleziono {n} organizacji dla „{q}”."');
    expect(box).toContain(`data-more="${t.staticMore(STATIC_SEARCH_LIMIT)}"`);
    expect(html).toContain(`<script src="/m${STATIC_SEARCH_SCRIPT_PATH}" defer=""></script>`);
    expect(html).toMatch(/<div id="lista"><ul/);
    // English pages link English pages, names marked as Polish.
    const en = await list('en', true);
    expect(en).toContain('data-href="/m/en/organisations/{slug}/"');
    expect(en).toContain('data-name-lang="pl"');
    expect(en).toContain('data-found2="Found {n} organisations for “{q}”."');
  });

  it('the events’ file holds the list’s events in its order, upcoming then past, with what the list says of each', async () => {
    const pl = await staticSearchIndex(env.store, 'events', { now: NOW, locale: 'pl' });
    expect(pl.items.map(([, slug]) => slug)).toEqual([
      'sprawny-urzad-sprawna-organizacja',
      'przyszle-0',
      'przyszle-1',
      'minione-2',
      'minione-1',
      'minione-0',
    ]);
    const seed = await env.store.events.getBySlug('sprawny-urzad-sprawna-organizacja');
    if (!seed) throw new Error('no seed event');
    expect(pl.items[0]).toEqual([
      seed.title,
      seed.slug,
      searchWords.event(seed).join(' '),
      '26 listopada 2026, 10:00–14:00',
      '',
    ]);
    const bySlug = (file: typeof pl, slug: string) => file.items.find(([, s]) => s === slug) ?? [];
    expect(bySlug(pl, 'minione-1')[3]).toBe('Wydarzenie odwołane · 2 października 2026, 10:00–12:00');
    expect(bySlug(pl, 'przyszle-1')[3]).toBe('Wydarzenie przełożone · 2 grudnia 2026, 09:00–11:00');
    // A title in English is marked so on a Polish page, and a Polish one on an English page.
    expect(bySlug(pl, 'przyszle-0').slice(0, 1).concat(bySlug(pl, 'przyszle-0').slice(4))).toEqual([
      'Open forum',
      'en',
    ]);
    const en = await staticSearchIndex(env.store, 'events', { now: NOW, locale: 'en' });
    expect(en.items.map(([, slug]) => slug)).toEqual(pl.items.map(([, slug]) => slug));
    expect(en.items[0]?.slice(3)).toEqual(['26 November 2026, 10:00–14:00', 'pl']);
    expect(bySlug(en, 'przyszle-0')[4]).toBe('');
    expect(bySlug(en, 'minione-1')[3]).toBe('Event cancelled · 2 October 2026, 10:00–12:00');
    expect(staticSearchIndexPath('events', 'pl')).toBe('/szukaj/events.json');
    expect(staticSearchIndexPath('events', 'en')).toBe('/szukaj/events-en.json');
    expect(staticSearchIndexPath('organizations', 'en')).toBe('/szukaj/organizations.json');
  });

  it('a static copy’s event list has the box for the whole list; the pages of a month or hashtag do not', async () => {
    const html = await list('pl', true, { kind: 'events' });
    const box = /<search hidden="" data-static-search=""[^>]*>/.exec(html)?.[0] ?? '';
    expect(box).toContain(`data-index="/m/szukaj/events.json"`);
    expect(box).toContain('data-href="/m/wydarzenia/{slug}/"');
    expect(box).toContain('data-found5="Znaleziono {n} wydarzeń dla „{q}”."');
    expect(box).not.toContain('data-name-lang');
    expect(html).toContain(strings('pl').search.events.hint);
    // The list the box hides while it shows results: both sections and the pager.
    expect(html).toMatch(/<div id="lista"><section aria-labelledby="nadchodzace">/);
    const en = await list('en', true, { kind: 'events' });
    expect(en).toContain('data-index="/m/szukaj/events-en.json"');
    expect(en).toContain('data-href="/m/en/events/{slug}/"');
    for (const route of [
      { kind: 'eventsMonth', month: '2026-11' },
      { kind: 'eventsTag', tag: seedEvent.hashtags[0] ?? '' },
    ] as const) {
      const filtered = await list('pl', true, route);
      expect(filtered).toContain('<section aria-labelledby="nadchodzace">');
      expect(filtered).not.toContain('data-static-search');
      expect(filtered).not.toContain('id="lista"');
    }
    const live = await list('pl', false, { kind: 'events' });
    expect(live).not.toContain('data-static-search');
    expect(live).not.toContain('id="lista"');
  });

  it('the live site’s list has its server search box, not this one', async () => {
    const html = await list('pl', false);
    expect(html).not.toContain('data-static-search');
    expect(html).not.toContain(STATIC_SEARCH_SCRIPT_PATH);
    expect(html).toContain('<form class="filters" method="get"');
  });

  it('the script is JavaScript a browser parses, named by its content', () => {
    expect(() => new Function(STATIC_SEARCH_SCRIPT)).not.toThrow();
    expect(STATIC_SEARCH_SCRIPT_PATH).toMatch(/^\/assets\/szukaj-[0-9a-f]{10}\.js$/);
    expect(STATIC_SEARCH_SCRIPT).not.toContain('innerHTML');
  });
});
