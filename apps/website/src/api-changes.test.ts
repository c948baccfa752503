import { setTimeout as sleep } from 'node:timers/promises';
import { seedWorld } from '@org/demo';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// Incremental sync: a reuser asks each list for what changed since its last visit (updatedSince), written through
// the real store on a real server, and checks every answer against the API's own OpenAPI document with Ajv.

let site: SeededSite;
let since: string;
let ajv: Ajv2020;
beforeAll(async () => {
  site = await seededSite({ world: seedWorld() });
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(await (await site.get('/api/openapi.json')).json(), 'openapi');
  // The seed was written before this instant: only the test's own writes are changes since.
  await sleep(5);
  since = new Date().toISOString();
});
afterAll(() => site?.close());

type Listed = { items: { id: string; slug: string; updatedAt: string; version: number }[]; total: number };
const pointer = (path: string) => path.replaceAll('~', '~0').replaceAll('/', '~1');
const validList = (list: string) =>
  ajv.compile({ $ref: `openapi#/paths/${pointer(list)}/get/responses/200/content/application~1json/schema` });

/** A list's answer, checked against its documented schema. */
async function changes(list: string, query: string): Promise<Listed> {
  const res = await site.get(`${list}?${query}`);
  expect(res.status, `${list}?${query}`).toBe(200);
  const body = await res.json();
  const valid = validList(list);
  expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
  return body as Listed;
}
const at = (instant: string) => `updatedSince=${encodeURIComponent(instant)}`;

describe('updatedSince: what changed since a reuser last asked', () => {
  it('lists only records written at or after it, oldest change first, pages through them and resumes', async () => {
    expect(await changes('/api/v1/organizations', at(since))).toMatchObject({ items: [], total: 0 });
    const [a, b] = await Promise.all(
      ['spoldzielnia-socjalna-kto-rano-wstaje', 'fundacja-kobiety-wedrowne'].map(
        async (slug) => (await site.store.organizations.getBySlug(slug))!,
      ),
    );
    // b first, then a: the list follows the writes, not the names or the ids.
    const b2 = await site.store.organizations.update(b!.id, b!.version, { ...b!, shortName: 'Wędrowne' });
    await sleep(2);
    const a2 = await site.store.organizations.update(a!.id, a!.version, { ...a!, shortName: 'Kto rano' });
    const all = await changes('/api/v1/organizations', at(since));
    expect(all.items.map((o) => [o.slug, o.version, o.updatedAt])).toEqual([
      [b2.slug, b2.version, b2.updatedAt],
      [a2.slug, a2.version, a2.updatedAt],
    ]);
    expect(all.total).toBe(2);
    expect((await changes('/api/v1/organizations', `${at(since)}&limit=1&offset=1`)).items.map((o) => o.slug)).toEqual([
      a2.slug,
    ]);
    // Resuming from the last updatedAt seen gives that record again (at or after), and nothing older.
    expect((await changes('/api/v1/organizations', at(a2.updatedAt))).items.map((o) => o.slug)).toEqual([a2.slug]);
    // Any offset names the same instant.
    const warsaw = new Date(Date.parse(since) + 3_600_000).toISOString().replace('Z', '+01:00');
    expect((await changes('/api/v1/organizations', at(warsaw))).total).toBe(2);
    // Without updatedSince the list is the whole one, in its own order.
    expect((await changes('/api/v1/organizations', 'limit=500')).total).toBe(seedWorld().organizations.length);
  });

  it('events and posts: with the filters, with fundingStatements; an unpublished post just leaves the list', async () => {
    const event = (await site.store.events.getBySlug('sprawny-urzad-sprawna-organizacja'))!;
    await site.store.events.update(event.id, event.version, { ...event, summary: `${event.summary ?? ''} Zmiana.` });
    const events = await changes('/api/v1/events', `${at(since)}&hashtag=Współpraca`);
    expect(events.items.map((e) => e.slug)).toEqual([event.slug]);
    expect((events.items[0] as unknown as { fundingStatements: unknown[] }).fundingStatements).toHaveLength(1);
    expect((await changes('/api/v1/events', `${at(since)}&hashtag=NieMaTakiego`)).total).toBe(0);

    const post = (await site.store.posts.getBySlug(seedWorld().posts[0]!.slug))!;
    const edited = await site.store.posts.update(post.id, post.version, { ...post, title: `${post.title} (zmiana)` });
    const posts = await changes('/api/v1/posts', at(since));
    expect(posts.items.map((p) => [p.slug, p.version])).toEqual([[post.slug, edited.version]]);
    // Back to draft: a later write, yet nothing in the answer tells a mirror the post is gone (documented).
    await site.store.posts.update(edited.id, edited.version, { ...edited, status: 'draft' });
    expect(await changes('/api/v1/posts', at(since))).toMatchObject({ items: [], total: 0 });
    const doc = (await (await site.get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { description: string; parameters: { name: string; description: string }[] } }>;
    };
    for (const [path, item] of Object.entries(doc.paths))
      if (/^\/api\/v1\/[a-z]+$/.test(path)) {
        expect(item.get.description, path).toMatch(/Deletions and unpublishing cannot be observed/);
        expect(item.get.parameters.find((p) => p.name === 'updatedSince')?.description, path).toMatch(/oldest first/);
      }
  });

  it('people are listed by their own changes, and only while a public event names them', async () => {
    const person = (await site.store.people.list({ limit: 1 })).items[0]!;
    await site.store.people.update(person.id, person.version, { ...person, givenName: `${person.givenName}a` });
    expect((await changes('/api/v1/people', at(since))).items.map((p) => p.id)).toEqual([person.id]);
    expect((await changes('/api/v1/venues', at(since))).total).toBe(0);
  });

  it.each([
    ['wczoraj', 'en', 'Query parameter updatedSince must be a date and time in ISO 8601 with Z or an offset from UTC'],
    ['2026-11-27', 'pl', 'Parametr zapytania updatedSince musi być datą z godziną w formacie ISO 8601'],
    ['2026-11-27T10:00:00', 'pl', 'podano „2026-11-27T10:00:00”'],
    ['2026-02-31T10:00:00Z', 'en', 'got "2026-02-31T10:00:00Z"'],
  ] as const)(
    'refuses updatedSince=%s with 400 and a reason in the asked language (%s)',
    async (value, locale, reason) => {
      for (const list of ['/api/v1/posts', '/api/v1/people', '/api/v1/events']) {
        const res = await site.get(`${list}?updatedSince=${encodeURIComponent(value)}`, {
          headers: { 'accept-language': locale },
        });
        expect(res.status, list).toBe(400);
        const body = (await res.json()) as { error: string; message: string };
        expect(body.error).toBe('bad_request');
        expect(body.message).toContain(reason);
      }
    },
  );

  it('refuses updatedSince given twice', async () => {
    const res = await site.get(`/api/v1/grants?${at(since)}&${at(since)}`, { headers: { 'accept-language': 'pl' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe(
      'Parametr zapytania updatedSince podano 2 razy: należy podać go raz.',
    );
  });
});
