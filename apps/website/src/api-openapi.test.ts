import { type DemoWorld, seedWorld } from '@org/demo';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// Every answer of the JSON API checked against the API's own OpenAPI document by a validator we did not
// write (Ajv, JSON Schema 2020-12, which OpenAPI 3.1 schemas are): a client generated from the document
// must accept what the API sends, its errors included.

/**
 * The seed world plus a person who speaks only at a draft and one who speaks nowhere, and a venue only a
 * draft is held at: none of them is public.
 */
function world(): DemoWorld {
  const w = seedWorld();
  const seed = w.events[0];
  if (!seed) throw new Error('the seed world has no event');
  w.people.push(
    { id: 'person-draft', slug: 'tylko-w-szkicu', givenName: 'Anna', familyName: 'Szkicowa', affiliations: [] },
    { id: 'person-none', slug: 'nigdzie', givenName: 'Jan', familyName: 'Nikt', affiliations: [] },
  );
  const venue = w.venues[0];
  if (!venue) throw new Error('the seed world has no venue');
  w.venues.push({ ...venue, id: 'venue-draft', slug: 'sala-ze-szkicu', name: 'Sala ze szkicu' });
  w.events.push({
    ...seed,
    id: 'draft-1',
    slug: 'szkic',
    status: 'draft',
    venueId: 'venue-draft',
    agenda: [
      {
        id: 'draft-item-1',
        kind: 'introduction',
        title: 'Wprowadzenie',
        startsAt: seed.startsAt,
        endsAt: seed.endsAt,
        speakers: [{ kind: 'person', personId: 'person-draft' }],
      },
    ],
  } as DemoWorld['events'][number]);
  return w;
}

let site: SeededSite;
let doc: {
  paths: Record<
    string,
    {
      get: {
        parameters: { name: string; schema: Record<string, unknown> }[];
        responses: Record<string, { $ref?: string }>;
      };
    }
  >;
};
let ajv: Ajv2020;
beforeAll(async () => {
  site = await seededSite({ world: world(), now: '2026-11-27T12:00:00Z' });
  doc = (await (await site.get('/api/openapi.json')).json()) as typeof doc;
  // OpenAPI's own keywords (openapi, info, paths…) are not JSON Schema's: not strict about them.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi');
});
afterAll(() => site?.close());

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The documented body schema of an operation's response, following a `$ref` to a shared response. */
const validator = (path: string, status: string) => {
  const response = doc.paths[path]?.get.responses[status];
  expect(response, `${path} documents ${status}`).toBeDefined();
  const base = response?.$ref ? response.$ref.slice(2).split('/') : ['paths', path, 'get', 'responses', status];
  return ajv.compile({ $ref: `openapi#/${pointer(...base, 'content', 'application/json', 'schema')}` });
};

describe('JSON API against its OpenAPI document', () => {
  it('every list and every record validates', async () => {
    const lists = Object.keys(doc.paths).filter((p) => /^\/api\/v1\/[a-z]+$/.test(p));
    expect(lists.length).toBeGreaterThanOrEqual(8);
    let records = 0;
    for (const list of lists) {
      const page = (await (await site.get(`${list}?limit=500`)).json()) as { items: { slug: string }[] };
      const validList = validator(list, '200');
      expect(validList(page), `${list}: ${ajv.errorsText(validList.errors)}`).toBe(true);
      const validItem = validator(`${list}/{slug}`, '200');
      for (const item of page.items) {
        const record = await (await site.get(`${list}/${item.slug}`)).json();
        expect(validItem(record), `${list}/${item.slug}: ${ajv.errorsText(validItem.errors)}`).toBe(true);
        records++;
      }
    }
    expect(records).toBeGreaterThanOrEqual(lists.length);
  });

  it('says what the fields hold where a number or a code alone would mislead, and in what order each list comes', () => {
    interface Schema {
      description?: string;
      properties?: Record<string, Schema>;
    }
    const schemas = (doc as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
    const field = (schema: string, ...path: string[]) =>
      path.reduce<Schema | undefined>((s, name) => s?.properties?.[name], schemas[schema])?.description;
    expect(field('Grant', 'amount', 'amount')).toMatch(/grosze/);
    expect(field('Organization', 'nip')).toMatch(/NIP/);
    expect(field('Event', 'startsAt')).toMatch(/ISO 8601/);
    expect(field('Event', 'id')).toMatch(/never changes/);
    for (const [path, item] of Object.entries(doc.paths))
      if (/^\/api\/v1\/[a-z]+$/.test(path))
        expect((item.get as { description?: string }).description, path).toMatch(/^Records (by|most)/);
  });

  it('documents the bounds it enforces', () => {
    const params = Object.fromEntries(doc.paths['/api/v1/events']?.get.parameters.map((p) => [p.name, p.schema]) ?? []);
    expect(params.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(params.offset).toMatchObject({ type: 'integer', minimum: 0, maximum: 10_000_000 });
  });

  it.each([
    [
      '/api/v1/events?offset=99999999999999999999999',
      'Query parameter offset must be between 0 and 10000000, got 99999999999999999999999.',
    ],
    ['/api/v1/events?offset=10000001', 'Query parameter offset must be between 0 and 10000000, got 10000001.'],
    ['/api/v1/events?limit=0', 'Query parameter limit must be between 1 and 500, got 0.'],
    [
      '/api/v1/events?limit=0x10',
      'Query parameter limit must be a whole number written in decimal digits (0–9), got "0x10".',
    ],
    [
      '/api/v1/posts?offset=1e3',
      'Query parameter offset must be a whole number written in decimal digits (0–9), got "1e3".',
    ],
    [
      '/api/v1/events?limit=%2B5',
      'Query parameter limit must be a whole number written in decimal digits (0–9), got "+5".',
    ],
    [
      '/api/v1/events?limit=%205',
      'Query parameter limit must be a whole number written in decimal digits (0–9), got " 5".',
    ],
    [
      '/api/v1/events?limit=5.0',
      'Query parameter limit must be a whole number written in decimal digits (0–9), got "5.0".',
    ],
    ['/api/v1/events?limit=', 'Query parameter limit must be a whole number written in decimal digits (0–9), got "".'],
    ['/api/v1/people?limit=1&limit=2', 'Query parameter limit is given 2 times: give it once.'],
    [
      '/api/v1/events?limit=1&limit=2&offset=-1',
      'Query parameter limit is given 2 times: give it once. Query parameter offset must be a whole number written in decimal digits (0–9), got "-1".',
    ],
  ])('%s is a documented 400 saying %s', async (url, message) => {
    const res = await site.get(url);
    expect(res.status).toBe(400);
    const body = await res.json();
    const valid = validator(url.slice(0, url.indexOf('?')), '400');
    expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
    expect(body).toEqual({ error: 'bad_request', message });
  });

  it.each([
    [
      '/api/v1/events?status=draft',
      'Query parameter status is not one this list takes; it takes limit, offset, hashtag, month, organisation, authority.',
    ],
    ['/api/v1/posts?hashtag=Współpraca', 'Query parameter hashtag is not one this list takes; it takes limit, offset.'],
    ['/api/v1/events?hashtag=a&hasztag=b', 'Query parameter hashtag/hasztag is given 2 times: give it once.'],
    ['/api/v1/events?organisation=nie-ma-takiej', 'ORG'],
    ['/api/v1/events?month=2026-13', 'MONTH'],
    ['/api/v1/events?hashtag=dwa%20slowa', 'HASHTAG'],
  ])('%s: a list parameter it does not take, or a filter naming nothing, is a documented 400', async (url, message) => {
    const res = await site.get(url);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    const valid = validator(url.slice(0, url.indexOf('?')), '400');
    expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
    expect(body.error).toBe('bad_request');
    if (message === 'ORG') expect(body.message).toContain('nie-ma-takiej');
    else if (message === 'MONTH') expect(body.message).toContain('2026-13');
    else if (message === 'HASHTAG') expect(body.message).toContain('dwa slowa');
    else expect(body.message).toBe(message);
  });

  it('filters events as the website’s list does, by either language’s parameter names, and documents the filters', async () => {
    const slugs = async (query: string) => {
      const res = await site.get(`/api/v1/events?${query}`);
      expect(res.status, query).toBe(200);
      const page = (await res.json()) as { items: { slug: string }[]; total: number };
      const valid = validator('/api/v1/events', '200');
      expect(valid(page), ajv.errorsText(valid.errors)).toBe(true);
      return page.items.map((e) => e.slug);
    };
    const seed = 'sprawny-urzad-sprawna-organizacja';
    const all = await slugs('');
    expect(all).toContain(seed);
    expect(all).not.toContain('szkic');
    for (const query of [
      'hashtag=Współpraca',
      'hashtag=%23wsp%C3%B3%C5%82praca',
      'hasztag=Współpraca',
      'organisation=fundacja-inicjatyw-spoleczno-ekonomicznych',
      'organizacja=fundacja-inicjatyw-spoleczno-ekonomicznych',
      'authority=wojewodztwo-mazowieckie',
      'month=2026-11&hashtag=Współpraca',
      'miesiac=2026-11',
    ])
      expect(await slugs(query), query).toEqual([seed]);
    // Drafts stay out whatever the filter; a month with nothing in it is an empty list, not an error.
    expect(await slugs('hashtag=Współpraca&month=2025-01')).toEqual([]);
    const params = doc.paths['/api/v1/events']?.get.parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['hashtag', 'month', 'organisation', 'authority']));
    expect(doc.paths['/api/v1/posts']?.get.parameters.map((p) => p.name)).not.toContain('hashtag');
  });

  it('says it in Polish when the request prefers Polish', async () => {
    const res = await site.get('/api/v1/events?limit=abc', {
      headers: { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.8' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    expect(await res.json()).toEqual({
      error: 'bad_request',
      message: 'Parametr zapytania limit musi być liczbą całkowitą zapisaną cyframi dziesiętnymi (0–9), podano „abc”.',
    });
    const missing = await site.get('/api/v1/events/nope', { headers: { 'accept-language': 'pl' } });
    expect(await missing.json()).toEqual({
      error: 'not_found',
      message: 'Nie ma opublikowanego wydarzenia o adresie „nope”.',
    });
  });

  it.each([
    ['events', 'nope', 'No published event has the slug "nope".'],
    ['events', 'szkic', 'No published event has the slug "szkic".'],
    ['posts', 'nope', 'No published post has the slug "nope".'],
    ['organizations', 'nope', 'No organisation has the slug "nope".'],
    ['authorities', 'nope', 'No local authority has the slug "nope".'],
    ['grants', 'nope', 'No grant has the slug "nope".'],
    ['venues', 'nope', 'No venue of a public event has the slug "nope".'],
    ['venues', 'sala-ze-szkicu', 'No venue of a public event has the slug "sala-ze-szkicu".'],
    ['cooperations', 'nope', 'No cooperation has the slug "nope".'],
    ['people', 'tylko-w-szkicu', 'No person speaking at a public event has the slug "tylko-w-szkicu".'],
    ['people', 'nigdzie', 'No person speaking at a public event has the slug "nigdzie".'],
    ['people', 'Not A Slug', 'No person speaking at a public event has the slug "Not A Slug".'],
  ])('/api/v1/%s/%s is a documented 404 saying %s', async (collection, slug, message) => {
    const res = await site.get(`/api/v1/${collection}/${encodeURIComponent(slug)}`);
    expect(res.status).toBe(404);
    const body = await res.json();
    const valid = validator(`/api/v1/${collection}/{slug}`, '404');
    expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
    expect(body).toEqual({ error: 'not_found', message });
  });

  it('lists exactly the venues the site gives a page: those of public events', async () => {
    const page = (await (await site.get('/api/v1/venues?limit=500')).json()) as {
      items: { slug: string }[];
      total: number;
    };
    const venues = seedWorld().venues.map((v) => v.slug);
    expect(page.items.map((v) => v.slug).sort()).toEqual([...venues].sort());
    expect(page.total).toBe(venues.length);
    for (const v of page.items) expect((await site.get(`/miejsca/${v.slug}`)).status, v.slug).toBe(200);
    expect((await site.get('/miejsca/sala-ze-szkicu')).status).toBe(404);
  });

  it('lists exactly the people the site gives a page: speakers at public events', async () => {
    const page = (await (await site.get('/api/v1/people?limit=500')).json()) as {
      items: { slug: string }[];
      total: number;
    };
    const speakers = seedWorld().people.map((p) => p.slug);
    expect(page.items.map((p) => p.slug).sort()).toEqual([...speakers].sort());
    expect(page.total).toBe(speakers.length);
    for (const p of page.items) expect((await site.get(`/osoby/${p.slug}`)).status, p.slug).toBe(200);
    for (const slug of ['tylko-w-szkicu', 'nigdzie']) expect((await site.get(`/osoby/${slug}`)).status).toBe(404);
    // Paged like every list.
    const second = (await (await site.get('/api/v1/people?limit=2&offset=2')).json()) as typeof page;
    expect(second).toMatchObject({ total: speakers.length, limit: 2, offset: 2 });
    expect(second.items.map((p) => p.slug)).toEqual(page.items.slice(2, 4).map((p) => p.slug));
  });
});
