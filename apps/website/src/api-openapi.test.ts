import { type DemoWorld, SEED_FUNDING_STATEMENT, seedWorld } from '@org/demo';
import * as domain from '@org/domain';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
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
  // Posts that name no grant of their own: one about the funded seed event, one about the draft.
  const post = w.posts[0];
  if (!post) throw new Error('the seed world has no post');
  w.posts.push(
    { ...post, id: 'post-relacja', slug: 'relacja-z-forum', grantIds: [] },
    { ...post, id: 'post-o-szkicu', slug: 'o-szkicu', grantIds: [], eventId: 'draft-1' },
  );
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

  it('gives each event the funding statements its pages show, documented, and the seed event the Mazowieckie one', async () => {
    const seed = 'sprawny-urzad-sprawna-organizacja';
    const grant = seedWorld().grants[0];
    const record = (await (await site.get(`/api/v1/events/${seed}`)).json()) as {
      grantIds: string[];
      fundingStatements: unknown;
    };
    const expected = [
      {
        grantId: grant?.id,
        pl: { statement: SEED_FUNDING_STATEMENT, lang: 'pl' },
        en: { statement: grant?.attributionTextEn, lang: 'en' },
        hashtags: grant?.hashtags,
      },
    ];
    expect(SEED_FUNDING_STATEMENT).toMatch(/budżetu Województwa Mazowieckiego/);
    expect(record.grantIds).toEqual([grant?.id]);
    expect(record.fundingStatements).toEqual(expected);
    // The same in a list, and word for word what the event's pages show.
    const list = (await (await site.get('/api/v1/events?limit=500')).json()) as {
      items: { slug: string; grantIds: string[]; fundingStatements: unknown[] }[];
    };
    expect(list.items.find((e) => e.slug === seed)?.fundingStatements).toEqual(expected);
    for (const e of list.items) expect(e.fundingStatements, e.slug).toHaveLength(e.grantIds.length);
    expect(await (await site.get(`/wydarzenia/${seed}`)).text()).toContain(SEED_FUNDING_STATEMENT);
    expect(await (await site.get(`/en/events/${seed}`)).text()).toContain(grant?.attributionTextEn);
    const event = (
      doc as unknown as {
        components: {
          schemas: Record<string, { required: string[]; properties: Record<string, { description?: string }> }>;
        };
      }
    ).components.schemas.Event;
    expect(event?.required).toContain('fundingStatements');
    expect(event?.properties.fundingStatements?.description).toMatch(/word for word/);
  });

  it('gives each post the funding statements its pages show, its event’s too, documented, validated by Ajv', async () => {
    const grant = seedWorld().grants[0];
    const expected = [
      {
        grantId: grant?.id,
        pl: { statement: SEED_FUNDING_STATEMENT, lang: 'pl' },
        en: { statement: grant?.attributionTextEn, lang: 'en' },
        hashtags: grant?.hashtags,
      },
    ];
    const seedPost = seedWorld().posts[0]!.slug;
    const validItem = validator('/api/v1/posts/{slug}', '200');
    // The seed post names the grant and is about the event it funds: the statement once. A report on the funded
    // event that names no grant still carries it (as its pages do); a post about a draft event, none.
    for (const [slug, statements] of [
      [seedPost, expected],
      ['relacja-z-forum', expected],
      ['o-szkicu', []],
    ] as const) {
      const record = (await (await site.get(`/api/v1/posts/${slug}`)).json()) as { fundingStatements: unknown };
      expect(validItem(record), `${slug}: ${ajv.errorsText(validItem.errors)}`).toBe(true);
      expect(record.fundingStatements, slug).toEqual(statements);
      const pl = await (await site.get(`/aktualnosci/${slug}`)).text();
      const en = await (await site.get(`/en/news/${slug}`)).text();
      expect(pl.includes(SEED_FUNDING_STATEMENT), slug).toBe(statements.length > 0);
      expect(en.includes(grant?.attributionTextEn ?? '?'), slug).toBe(statements.length > 0);
    }
    const list = (await (await site.get('/api/v1/posts?limit=500')).json()) as {
      items: { slug: string; fundingStatements: unknown }[];
    };
    expect(Object.fromEntries(list.items.map((p) => [p.slug, p.fundingStatements]))).toEqual({
      [seedPost]: expected,
      'relacja-z-forum': expected,
      'o-szkicu': [],
    });
    const post = (
      doc as unknown as {
        components: {
          schemas: Record<string, { required: string[]; properties: Record<string, { description?: string }> }>;
        };
      }
    ).components.schemas.Post;
    expect(post?.required).toContain('fundingStatements');
    expect(post?.properties.fundingStatements?.description).toMatch(/word for word.*/);
    expect(post?.properties.fundingStatements?.description).toMatch(/the published event it is about/);
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
      'Query parameter status is not one this list takes; it takes limit, offset, updatedSince, search, hashtag, month, organisation, authority.',
    ],
    [
      '/api/v1/posts?hashtag=Współpraca',
      'Query parameter hashtag is not one this list takes; it takes limit, offset, updatedSince, search.',
    ],
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
      message: 'Nie ma opublikowanego wydarzenia o adresie ani identyfikatorze „nope”.',
    });
  });

  it.each([
    ['events', 'nope', 'No published event has the slug or id "nope".'],
    ['events', 'szkic', 'No published event has the slug or id "szkic".'],
    ['posts', 'nope', 'No published post has the slug or id "nope".'],
    ['organizations', 'nope', 'No organisation has the slug or id "nope".'],
    ['authorities', 'nope', 'No local authority has the slug or id "nope".'],
    ['grants', 'nope', 'No grant has the slug or id "nope".'],
    ['venues', 'nope', 'No venue of a public event has the slug or id "nope".'],
    ['venues', 'sala-ze-szkicu', 'No venue of a public event has the slug or id "sala-ze-szkicu".'],
    ['cooperations', 'nope', 'No cooperation has the slug or id "nope".'],
    ['people', 'tylko-w-szkicu', 'No person speaking at a public event has the slug or id "tylko-w-szkicu".'],
    ['people', 'nigdzie', 'No person speaking at a public event has the slug or id "nigdzie".'],
    ['people', 'Not A Slug', 'No person speaking at a public event has the slug or id "Not A Slug".'],
  ])('/api/v1/%s/%s is a documented 404 saying %s', async (collection, slug, message) => {
    const res = await site.get(`/api/v1/${collection}/${encodeURIComponent(slug)}`);
    expect(res.status).toBe(404);
    const body = await res.json();
    const valid = validator(`/api/v1/${collection}/{slug}`, '404');
    expect(valid(body), ajv.errorsText(valid.errors)).toBe(true);
    expect(body).toEqual({ error: 'not_found', message });
  });

  it('resolves its own references: every record by its id too, and every id an event names', async () => {
    for (const list of Object.keys(doc.paths).filter((p) => /^\/api\/v1\/[a-z]+$/.test(p))) {
      const page = (await (await site.get(`${list}?limit=500`)).json()) as { items: { id: string; slug: string }[] };
      const validItem = validator(`${list}/{slug}`, '200');
      for (const item of page.items) {
        const byId = await site.get(`${list}/${item.id}`);
        expect(byId.status, `${list}/${item.id}`).toBe(200);
        const record = await byId.json();
        expect(validItem(record), ajv.errorsText(validItem.errors)).toBe(true);
        expect(record).toEqual(await (await site.get(`${list}/${item.slug}`)).json());
      }
    }
    const events = (await (await site.get('/api/v1/events?limit=500')).json()) as {
      items: { venueId?: string; organizerId: string; grantIds: string[]; agenda: unknown[] }[];
    };
    let references = 0;
    for (const event of events.items) {
      const names = [
        ...(event.venueId ? [`/api/v1/venues/${event.venueId}`] : []),
        `/api/v1/organizations/${event.organizerId}`,
        ...event.grantIds.map((id) => `/api/v1/grants/${id}`),
        ...[...JSON.stringify(event.agenda).matchAll(/"personId":"([^"]+)"/g)].map((m) => `/api/v1/people/${m[1]}`),
      ];
      for (const path of names) {
        expect((await site.get(path)).status, path).toBe(200);
        references++;
      }
    }
    expect(references).toBeGreaterThan(5);
    // An id of a record that is not public is no more found than its slug; nor is one of another kind.
    expect((await site.get('/api/v1/people/person-draft')).status).toBe(404);
    expect((await site.get('/api/v1/venues/venue-draft')).status).toBe(404);
    expect((await site.get('/api/v1/events/draft-1')).status).toBe(404);
    const event = events.items[0] as { organizerId: string };
    const wrongKind = await site.get(`/api/v1/venues/${event.organizerId}`);
    expect(wrongKind.status).toBe(404);
    expect(await wrongKind.json()).toEqual({
      error: 'not_found',
      message: `No venue of a public event has the slug or id "${event.organizerId}".`,
    });
    const key = doc.paths['/api/v1/venues/{slug}']?.get.parameters[0] as unknown as { description?: string };
    expect(key.description).toMatch(/or its id/);
  });

  it('dates a record by its updatedAt, answers If-Modified-Since, and documents its validators', async () => {
    const seed = (await (await site.get('/api/v1/events/sprawny-urzad-sprawna-organizacja')).json()) as {
      updatedAt: string;
    };
    const res = await site.get('/api/v1/events/sprawny-urzad-sprawna-organizacja');
    const lastModified = res.headers.get('last-modified');
    expect(lastModified).toBe(new Date(Math.floor(Date.parse(seed.updatedAt) / 1000) * 1000).toUTCString());
    const since = (ims: string) =>
      site.get('/api/v1/events/sprawny-urzad-sprawna-organizacja', { headers: { 'if-modified-since': ims } });
    const same = await since(lastModified ?? '');
    expect(same.status).toBe(304);
    expect(same.headers.get('access-control-allow-origin')).toBe('*');
    expect((await since(new Date(Date.parse(lastModified ?? '') - 1000).toUTCString())).status).toBe(200);
    // A list has no date of its own: deleting a record changes it without changing any record's date.
    const list = await site.get('/api/v1/events');
    expect(list.headers.get('last-modified')).toBeNull();
    expect(list.headers.get('etag')).toBeTruthy();
    for (const [path, item] of Object.entries(doc.paths)) {
      const responses = item.get.responses as Record<string, { headers?: Record<string, unknown> }>;
      expect(Object.keys(responses), path).toContain('304');
      expect(
        item.get.parameters.map((p) => p.name),
        path,
      ).toContain('If-None-Match');
      if (path.endsWith('{slug}')) {
        expect(Object.keys(responses), path).toContain('301');
        expect(Object.keys(responses['200']?.headers ?? {}), path).toEqual(['ETag', 'Last-Modified']);
      }
    }
  });

  it('takes organization as organisation, as the paths and fields spell it, and documents both', async () => {
    const by = async (query: string) => {
      const res = await site.get(`/api/v1/events?${query}`);
      expect(res.status, query).toBe(200);
      return res.json();
    };
    const spelt = await by('organization=fundacja-inicjatyw-spoleczno-ekonomicznych');
    expect((spelt as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(spelt).toEqual(await by('organisation=fundacja-inicjatyw-spoleczno-ekonomicznych'));
    const twice = await site.get('/api/v1/events?organization=a&organisation=b');
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { message: string }).message).toBe(
      'Query parameter organisation/organizacja/organization is given 2 times: give it once.',
    );
    const params = doc.paths['/api/v1/events']?.get.parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['organisation', 'organization', 'authority']));
  });

  it('cuts a long value it echoes, and says a hashtag only too long is too long', async () => {
    const long = 'a'.repeat(5000);
    for (const [query, start, reason] of [
      [`hashtag=${long}`, '“aaaa', /too long: a hashtag has at most 100 characters/],
      [`hashtag=${long}%20b`, '“aaaa', /is not a hashtag/],
      [`organisation=${long}`, '“aaaa', /no organisation/],
      [`month=${long}`, '“aaaa', /is not a month/],
    ] as const) {
      const res = await site.get(`/api/v1/events?${query}`);
      expect(res.status, query).toBe(400);
      const { message } = (await res.json()) as { message: string };
      expect(message.length, query).toBeLessThan(200);
      expect(message, query).toContain(`${start}${'a'.repeat(36)}…”`);
      expect(message, query).toMatch(reason);
    }
    const pl = await site.get(`/api/v1/events?hasztag=${long}`, { headers: { 'accept-language': 'pl' } });
    expect(((await pl.json()) as { message: string }).message).toBe(
      `Hasztag „${'a'.repeat(40)}…” jest za długi: hasztag może mieć najwyżej 100 znaków.`,
    );
    // The calendar, which reads the same filters, says the same.
    const calendar = await site.get(`/kalendarz.ics?hasztag=${'ż'.repeat(150)}`);
    expect(calendar.status).toBe(404);
    expect(await calendar.text()).toContain(`Hasztag „${'ż'.repeat(40)}…” jest za długi`);
  });

  it('writes out an invisible character in a value it quotes, so the quote is not an empty-looking one', async () => {
    for (const [query, headers, message] of [
      ['hashtag=%E2%80%8B', {}, '“\\u200B” is not a hashtag'],
      ['hashtag=Zima%E2%80%8B', {}, '“Zima\\u200B” is not a hashtag'],
      ['hasztag=%E2%80%8B', { 'accept-language': 'pl' }, '„\\u200B” nie jest hasztagiem'],
      ['organisation=fise%E2%80%8F', {}, 'There is no organisation at “fise\\u200F”.'],
      ['month=2026-11%C2%A0', {}, '“2026-11\\u00A0” is not a month'],
    ] as const) {
      const res = await site.get(`/api/v1/events?${query}`, { headers });
      expect(res.status, query).toBe(400);
      const { message: got } = (await res.json()) as { message: string };
      expect(got, query).toContain(message);
      expect(got, query).not.toMatch(/[\u200B\u200F\u00A0]/);
    }
    const slug = await site.get('/api/v1/events/nie%E2%80%8Bma');
    expect(slug.status).toBe(404);
    expect(((await slug.json()) as { message: string }).message).toContain('nie\\u200Bma');
  });

  it('says a write is refused and a path is no endpoint in Polish when the request prefers Polish', async () => {
    const pl = { 'accept-language': 'pl-PL,pl;q=0.9' };
    const post = await site.get('/api/v1/events', { method: 'POST', body: '{}', headers: pl });
    expect(post.status).toBe(405);
    expect(post.headers.get('vary')).toMatch(/accept-language/i);
    expect(await post.json()).toEqual({
      error: 'method_not_allowed',
      message: 'API służy tylko do odczytu: metoda POST jest niedozwolona (GET, HEAD).',
    });
    const none = await site.get('/api/v2/wydarzenia', { headers: pl });
    expect(none.status).toBe(404);
    expect(none.headers.get('vary')).toMatch(/accept-language/i);
    const body = await none.json();
    expect(body).toEqual({
      error: 'not_found',
      message: 'Pod adresem /api/v2/wydarzenia nie ma punktu API; spis jest w /api/openapi.json.',
    });
    expect(validator('/api/v1/events/{slug}', '404')(body)).toBe(true);
    const en = await site.get('/api/v2/events');
    expect(((await en.json()) as { message: string }).message).toBe(
      'No API endpoint at /api/v2/events; /api/openapi.json lists them.',
    );
    const put = await site.get('/api/v1/events', { method: 'PUT', body: '{}' });
    expect(((await put.json()) as { message: string }).message).toBe(
      'The API is read-only: PUT is not allowed (GET, HEAD).',
    );
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

describe('enumerated fields', () => {
  interface Schema {
    enum?: unknown[];
    const?: unknown;
    properties?: Record<string, Schema>;
    items?: Schema;
    oneOf?: Schema[];
    anyOf?: Schema[];
  }
  const schemas = () => (doc as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
  /** Every `enum` of the document's record schemas, by where it is: `Event.agenda[].kind`. */
  const enumsOf = (schema: Schema, path: string, out: Map<string, unknown[]>) => {
    if (schema.enum) out.set(path, schema.enum);
    for (const [name, child] of Object.entries(schema.properties ?? {})) enumsOf(child, `${path}.${name}`, out);
    if (schema.items) enumsOf(schema.items, `${path}[]`, out);
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) enumsOf(branch, path, out);
    return out;
  };
  const documented = () => {
    const out = new Map<string, unknown[]>();
    for (const [name, schema] of Object.entries(schemas())) if (name !== 'Error') enumsOf(schema, name, out);
    return out;
  };
  // The domain's enumerations of the records the API gives, and where each is documented.
  const currencies = [...domain.CURRENCY_CODES].filter((c) => !domain.CURRENCY_CODES_NOT_IN_HUNDREDTHS.has(c)).sort();
  const EXPECTED: [string, readonly string[]][] = [
    ['Event.status', domain.EVENT_STATUSES],
    ['Event.language', domain.LanguageSchema.options],
    ['Post.language', domain.LanguageSchema.options],
    ['Event.agenda[].kind', domain.AGENDA_ITEM_KINDS],
    ['Organization.legalForm', domain.LEGAL_FORMS],
    ['Cooperation.organizationLegalForm', domain.LEGAL_FORMS],
    ['LocalAuthority.kind', domain.AUTHORITY_KINDS],
    ['Cooperation.form', domain.COOPERATION_FORMS],
    ['Grant.mode', domain.GrantModeSchema.options],
    ['Grant.form', domain.GrantFormSchema.options],
    ['Grant.amount.currency', currencies],
    ['Grant.ownContribution.currency', currencies],
  ];
  // Enumerations of what the public API never gives: staff accounts and the audit log.
  const NOT_PUBLIC = new Set(['USER_ROLES', 'UserRoleSchema', 'ENTITY_KINDS', 'EntityKindSchema', 'AUDIT_ACTIONS']);

  it.each(EXPECTED)('%s is documented as an enum of the domain’s own values', (path, values) => {
    expect(documented().get(path)).toEqual([...values]);
  });

  it('documents every enumeration @org/domain exports, but those of staff accounts and the audit log', () => {
    const all = [...documented().values()].map((values) => JSON.stringify([...values].sort()));
    const missing: string[] = [];
    for (const [name, value] of Object.entries(domain)) {
      if (NOT_PUBLIC.has(name)) continue;
      const values =
        value instanceof z.ZodEnum
          ? (value.options as string[])
          : /^[A-Z][A-Z_]*S$/.test(name) && Array.isArray(value) && name !== 'RULE_CODES'
            ? (value as string[])
            : undefined;
      if (values && !all.includes(JSON.stringify([...values].sort()))) missing.push(name);
    }
    expect(missing).toEqual([]);
    // The check saw the domain's enumerations, not nothing.
    expect(
      Object.keys(domain).filter((n) => (domain as Record<string, unknown>)[n] instanceof z.ZodEnum).length,
    ).toBeGreaterThan(5);
  });

  it('real answers hold only listed values, in every list and record', async () => {
    /** Values at places the schema enumerates that are not listed; a `oneOf` branch that fits is enough. */
    const stray = (schema: Schema, value: unknown, path: string, seen: Set<string>): string[] => {
      const found: string[] = [];
      if (schema.enum) {
        seen.add(path);
        if (!schema.enum.includes(value)) found.push(`${path}: ${JSON.stringify(value)}`);
      }
      if (schema.const !== undefined && value !== schema.const) found.push(`${path}: ${JSON.stringify(value)}`);
      const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
      if (branches.length > 0) {
        const results = branches.map((b) => stray(b, value, path, seen));
        if (!results.some((r) => r.length === 0)) found.push(...(results[0] ?? []));
      }
      if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [name, child] of Object.entries(schema.properties ?? {}))
          if (name in value)
            found.push(...stray(child, (value as Record<string, unknown>)[name], `${path}.${name}`, seen));
      if (Array.isArray(value) && schema.items)
        for (const item of value) found.push(...stray(schema.items, item, `${path}[]`, seen));
      return found;
    };
    const COLLECTION: Record<string, string> = {
      events: 'Event',
      posts: 'Post',
      organizations: 'Organization',
      authorities: 'LocalAuthority',
      grants: 'Grant',
      venues: 'Venue',
      cooperations: 'Cooperation',
      people: 'Person',
    };
    const seen = new Set<string>();
    const found: string[] = [];
    for (const [collection, title] of Object.entries(COLLECTION)) {
      const schema = schemas()[title] as Schema;
      const page = (await (await site.get(`/api/v1/${collection}?limit=500`)).json()) as { items: { slug: string }[] };
      for (const item of page.items) {
        found.push(...stray(schema, item, title, seen));
        found.push(...stray(schema, await (await site.get(`/api/v1/${collection}/${item.slug}`)).json(), title, seen));
      }
    }
    expect(found).toEqual([]);
    // Real values were checked at every enumerated field the seed fills.
    for (const path of [
      'Event.status',
      'Event.agenda[].kind',
      'Organization.legalForm',
      'LocalAuthority.kind',
      'Grant.form',
      'Grant.amount.currency',
    ])
      expect(seen, path).toContain(path);
  });
});
