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
import { plainOrganization, tempStore } from './testing/temp-store.js';

// More organisations than one page of the list holds (50), so the file is made from several pages.
const world = seedWorld();
world.organizations.push(
  ...Array.from({ length: 120 }, (_, i) => plainOrganization(`org-${i}`, `Stowarzyszenie Łączy Nas nr ${i + 1}`)),
);
let env: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  env = await tempStore(world);
});
afterAll(async () => {
  await env?.dispose();
});

const NOW = Date.parse('2026-11-20T12:00:00Z');
const list = async (locale: 'pl' | 'en', staticLinks: boolean) =>
  String(
    (
      await renderRoute(
        { store: env.store, ctx: linkContext('https://mosty.example.org/m', locale, staticLinks), now: NOW },
        { kind: 'organizations' },
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
