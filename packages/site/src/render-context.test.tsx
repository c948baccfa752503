import { AsyncLocalStorage } from 'node:async_hooks';
import { seedWorld } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from './locale.js';
import { filterErrorPage, notFoundPage, renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { tempStore } from './testing/temp-store.js';
import { htmlOf } from './views/layout.js';

// On Node 20, the first AsyncLocalStorage.run turns on promise hooks for the whole process, for good, and every
// promise of every request pays for them after that (about 4% of an uncached event page's CPU). hono/jsx's
// `toString` runs each render in one; the site renders without it (`htmlOf`). These tests count the runs.
const world = seedWorld();
const seed = world.events[0]!;
let env: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  env = await tempStore(world);
});
afterAll(async () => {
  await env?.dispose();
});

/** Calls `body` and counts the `AsyncLocalStorage.run` calls it makes. */
async function countRuns(body: () => Promise<void> | void): Promise<number> {
  const original = AsyncLocalStorage.prototype.run;
  let runs = 0;
  AsyncLocalStorage.prototype.run = function (this: AsyncLocalStorage<unknown>, ...args: Parameters<typeof original>) {
    runs++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await body();
  } finally {
    AsyncLocalStorage.prototype.run = original;
  }
  return runs;
}

const ROUTES: Route[] = [
  { kind: 'home' },
  { kind: 'events' },
  { kind: 'eventsTag', tag: 'Współpraca' },
  { kind: 'eventsMonth', month: '2026-11' },
  { kind: 'event', slug: seed.slug },
  { kind: 'news' },
  ...world.posts.map((p) => ({ kind: 'post', slug: p.slug }) as const),
  { kind: 'organizations' },
  ...world.organizations.slice(0, 5).map((o) => ({ kind: 'organization', slug: o.slug }) as const),
  { kind: 'authorities' },
  ...world.authorities.slice(0, 5).map((a) => ({ kind: 'authority', slug: a.slug }) as const),
  { kind: 'grants' },
  ...world.grants.map((g) => ({ kind: 'grant', slug: g.slug }) as const),
  ...world.people.slice(0, 5).map((p) => ({ kind: 'person', slug: p.slug }) as const),
  ...world.venues.map((v) => ({ kind: 'venue', slug: v.slug }) as const),
  { kind: 'accessibility' },
  { kind: 'openData' },
];

describe('rendering without hono’s render context', () => {
  it('the counter sees hono/jsx’s own toString run one', async () => {
    // Without this, a counter that never counted would pass the test below.
    expect(await countRuns(() => void String(<p>x</p>))).toBe(1);
  });

  it('no page of either language runs AsyncLocalStorage', async () => {
    let pages = 0;
    const runs = await countRuns(async () => {
      for (const locale of LOCALES) {
        const ctx = linkContext('https://mosty.example.org', locale);
        for (const route of ROUTES) {
          const page = await renderRoute({ store: env.store, ctx, now: Date.parse('2026-11-20T12:00:00Z') }, route);
          expect(page?.status ?? 200, `${locale} ${JSON.stringify(route)}`).toBe(200);
          pages++;
        }
        notFoundPage(ctx, '/nie-ma');
        filterErrorPage(ctx, '/wydarzenia?miesiac=2026-13', { fault: 'month', reason: 'zły miesiąc' });
        // A page of another static-link context builds its own header and footer.
        await renderRoute(
          { store: env.store, ctx: linkContext('https://mosty.example.org', locale, true), now: 0 },
          {
            kind: 'home',
          },
        );
      }
    });
    expect(pages).toBe(ROUTES.length * 2);
    expect(runs).toBe(0);
  });

  it('htmlOf gives what toString gives, escaped alike', () => {
    const node = (
      <ul title={'a&b"'}>
        {['<x>', 1, null, false, <li>{'„ł”'}</li>]}
        {/* biome-ignore lint/complexity/noUselessFragments: a fragment is one of the nodes htmlOf must render */}
        <>{'&'}</>
      </ul>
    );
    expect(htmlOf(node)).toBe(String(node));
    expect(htmlOf(node)).toBe('<ul title="a&amp;b&quot;">&lt;x&gt;1<li>„ł”</li>&amp;</ul>');
  });

  it('htmlOf refuses an async component rather than write "[object Promise]"', () => {
    const Later = async () => <b>later</b>;
    expect(() => htmlOf(<Later />)).toThrow(/async component/);
  });
});
