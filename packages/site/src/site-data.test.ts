import { seedWorld } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from './render-pages.js';
import { linkContext } from './routes.js';
import { mostInvolved } from './site-data.js';
import { eventsLike, plainOrganization, tempStore } from './testing/temp-store.js';

// Ties in the home page's "most involved" lists: two organisations and two authorities with as many
// events each, whose ids sort the other way round from their names. Only these events are stored, so
// the counts are exactly the ones built here.
const world = seedWorld();
const seed = world.events[0]!;
const lead = plainOrganization('org-lead', 'Lider');
// By id org-a comes first; by name (Polish collation) Ćma does, and by code units Zorza would.
const zorza = plainOrganization('org-a', 'Zorza');
const cma = plainOrganization('org-b', 'Ćma');
world.organizations.push(lead, zorza, cma);
const [first, second] = [...world.authorities].sort((a, b) => (a.id < b.id ? -1 : 1));
if (!first || !second) throw new Error('the seed has two authorities');
first.name = 'Żyrardów (gmina)';
second.name = 'Łomianki (gmina)';
world.events = eventsLike(
  seed,
  'remis',
  5,
  (i) => Date.parse('2026-10-01T08:00:00Z') + i * 86_400_000,
  (i) => ({
    organizerId: lead.id,
    partners:
      i < 3
        ? [
            { organizationId: zorza.id, role: 'partner' as const },
            { organizationId: cma.id, role: 'partner' as const },
            { authorityId: first.id, role: 'partner' as const },
            { authorityId: second.id, role: 'partner' as const },
          ]
        : [],
  }),
);
world.posts = [];
world.cooperations = [];

let env: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  env = await tempStore(world);
});
afterAll(async () => {
  await env?.dispose();
});

describe('mostInvolved', () => {
  it('breaks ties by name in Polish alphabetical order, not by id', async () => {
    const all = await mostInvolved(env.store);
    expect(all.organizations.map((o) => [o.organization.name, o.events])).toEqual([
      ['Lider', 5],
      ['Ćma', 3],
      ['Zorza', 3],
    ]);
    expect(all.authorities.map((a) => [a.authority.name, a.events])).toEqual([
      ['Łomianki (gmina)', 3],
      ['Żyrardów (gmina)', 3],
    ]);
  });

  it('keeps the first by name when a tie crosses the cut', async () => {
    const cut = await mostInvolved(env.store, 2);
    expect(cut.organizations.map((o) => o.organization.name)).toEqual(['Lider', 'Ćma']);
    const one = await mostInvolved(env.store, 1);
    expect(one.authorities.map((a) => a.authority.name)).toEqual(['Łomianki (gmina)']);
  });

  it('the home page lists them in that order', async () => {
    const page = await renderRoute(
      {
        store: env.store,
        ctx: linkContext('https://mosty.example.org', 'pl'),
        now: Date.parse('2026-11-20T12:00:00Z'),
      },
      { kind: 'home' },
    );
    const html = String(page?.body);
    const section = (id: string) =>
      html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
    const names = (s: string) => [...s.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names(section('organizacje'))).toEqual(['Lider', 'Ćma', 'Zorza']);
    expect(names(section('samorzady'))).toEqual(['Łomianki (gmina)', 'Żyrardów (gmina)']);
  });
});
