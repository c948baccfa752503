import { seedWorld } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTime, renderRoute } from './render-pages.js';
import { linkContext } from './routes.js';
import { eventFilterChoices, mostInvolved } from './site-data.js';
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

describe('an authority that funds events through a grant', () => {
  it('takes part in them: counted among the most involved and offered by the filter', async () => {
    // The seed event alone: no authority is its partner; Województwo Mazowieckie funds it (its grant).
    const seedOnly = seedWorld();
    const funder = seedOnly.authorities.find((a) => a.id === seedOnly.grants[0]?.funderAuthorityId);
    if (!funder) throw new Error('the seed grant has no funder among the authorities');
    expect(seedOnly.events[0]?.partners.some((p) => p.authorityId === funder.id)).toBe(false);
    const own = await tempStore(seedOnly);
    try {
      const most = await mostInvolved(own.store);
      expect(most.authorities.map((a) => [a.authority.name, a.events])).toContainEqual([funder.name, 1]);
      const choices = await eventFilterChoices(own.store);
      expect(choices.authorities.items.map((a) => a.slug)).toContain(funder.slug);
    } finally {
      await own.dispose();
    }
  });
});

describe('eventFilterChoices', () => {
  it('keeps the first by name when a tie crosses the bound, as the home page does', async () => {
    // Lider (5 events), then Ćma and Zorza (3 each): with two places, Ćma wins the tie by name although
    // Zorza's id sorts first.
    const choices = await eventFilterChoices(env.store, 2);
    expect(choices.organizations.items.map((o) => o.name)).toEqual(['Ćma', 'Lider']);
    expect(choices.organizations.total).toBe(3);
  });

  it('counts afresh for every list a store hands out (a store without a read snapshot)', async () => {
    const before = await eventFilterChoices(env.store);
    const again = await eventFilterChoices(env.store);
    expect(again).toEqual(before);
    // The raw store makes a new list object per call, so nothing is kept between calls.
    expect(again).not.toBe(before);
  });
});

describe('listTime', () => {
  it('cuts the lists of upcoming and past events at the whole minute', () => {
    expect(listTime(Date.parse('2026-11-26T10:00:59.999Z'))).toBe('2026-11-26T10:00:00.000Z');
    expect(listTime(Date.parse('2026-11-26T10:01:00.000Z'))).toBe('2026-11-26T10:01:00.000Z');
  });

  it('moves an event to the past within a minute of its end', async () => {
    const event = world.events[4]!;
    const render = async (now: number) =>
      String(
        (
          await renderRoute(
            { store: env.store, ctx: linkContext('https://mosty.example.org', 'pl'), now },
            { kind: 'events' },
          )
        )?.body,
      );
    const link = `/wydarzenia/${event.slug}"`;
    const upcomingPart = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('aria-labelledby="minione"'));
    const end = Date.parse(event.endsAt);
    expect(upcomingPart(await render(end - 1))).toContain(link);
    expect(upcomingPart(await render(end + 60_000))).not.toContain(link);
  });
});
