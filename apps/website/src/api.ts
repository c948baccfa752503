import {
  CooperationSchema,
  EventSchema,
  GrantSchema,
  itemPeople,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  RecordMetaSchema,
  VenueSchema,
} from '@org/domain';
import type { Locale, ReadRepository, SiteStore } from '@org/site';
import { isSlug, listAll, PUBLIC_EVENT_STATUSES } from '@org/site';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { apiLocale, EVENT_FILTER_PARAMS, PAGE_PARAMS, readListQuery, readPageParams } from './api-query.js';
import { resolveCalendarFilter } from './data-routes.js';
import { makePage, reply } from './page-cache.js';

/**
 * CORS for the public, read-only API: any site may read it from a browser, with its validators
 * (ETag) visible and conditional requests (If-None-Match) allowed.
 */
export const API_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};
const PREFLIGHT = {
  ...API_CORS,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
  'access-control-max-age': '86400',
  allow: 'GET, HEAD, OPTIONS',
};

/**
 * The read-only JSON API of published data: `/api/v1/<collection>` (paged) and
 * `/api/v1/<collection>/<slug>`, described by `/api/openapi.json`. Drafts are never listed or
 * returned. Extend by adding a collection to `COLLECTIONS`.
 */
const COLLECTIONS = {
  events: { schema: EventSchema, title: 'Event' },
  posts: { schema: PostSchema, title: 'Post' },
  organizations: { schema: OrganizationSchema, title: 'Organization' },
  authorities: { schema: LocalAuthoritySchema, title: 'LocalAuthority' },
  grants: { schema: GrantSchema, title: 'Grant' },
  venues: { schema: VenueSchema, title: 'Venue' },
  cooperations: { schema: CooperationSchema, title: 'Cooperation' },
  people: { schema: PersonSchema, title: 'Person' },
} as const;
type Collection = keyof typeof COLLECTIONS;

/**
 * What a 404 says a slug did not name, per collection: "No published event has the slug …", "Nie ma
 * opublikowanego wydarzenia o adresie …". Events and posts have drafts, which are not published; people
 * are public only as speakers at a public event (as their pages are).
 */
const NOT_FOUND: Record<Collection, Record<Locale, (slug: string) => string>> = {
  events: {
    en: (s) => `No published event has the slug "${s}".`,
    pl: (s) => `Nie ma opublikowanego wydarzenia o adresie „${s}”.`,
  },
  posts: {
    en: (s) => `No published post has the slug "${s}".`,
    pl: (s) => `Nie ma opublikowanego wpisu o adresie „${s}”.`,
  },
  organizations: {
    en: (s) => `No organisation has the slug "${s}".`,
    pl: (s) => `Nie ma organizacji o adresie „${s}”.`,
  },
  authorities: {
    en: (s) => `No local authority has the slug "${s}".`,
    pl: (s) => `Nie ma samorządu o adresie „${s}”.`,
  },
  grants: {
    en: (s) => `No grant has the slug "${s}".`,
    pl: (s) => `Nie ma dotacji o adresie „${s}”.`,
  },
  venues: {
    en: (s) => `No venue of a public event has the slug "${s}".`,
    pl: (s) => `Nie ma miejsca publicznego wydarzenia o adresie „${s}”.`,
  },
  cooperations: {
    en: (s) => `No cooperation has the slug "${s}".`,
    pl: (s) => `Nie ma współpracy o adresie „${s}”.`,
  },
  people: {
    en: (s) => `No person speaking at a public event has the slug "${s}".`,
    pl: (s) => `Nie ma osoby występującej w publicznym wydarzeniu o adresie „${s}”.`,
  },
};
// A slug is repeated in a message only this far.
const shownSlug = (slug: string) => (slug.length > 80 ? `${slug.slice(0, 80)}…` : slug);

const publicFilter = (collection: Collection) =>
  collection === 'events'
    ? { status: PUBLIC_EVENT_STATUSES }
    : collection === 'posts'
      ? { status: ['published'] as const }
      : undefined;

/** Whether a record the store holds is one the API shows: published events and posts, speakers at them. */
async function isPublic(store: SiteStore, collection: Collection, record: { id: string; status?: string }) {
  if (collection === 'events') return PUBLIC_EVENT_STATUSES.includes(record.status as never);
  if (collection === 'posts') return record.status === 'published';
  // As the site decides a person or a venue has a page (`personPageData`, `venuePageData`): they
  // speak at a public event, or one is held there.
  if (collection === 'people' || collection === 'venues') {
    const filter = collection === 'people' ? { personId: record.id } : { venueId: record.id };
    return (await store.events.list({ filter: { status: PUBLIC_EVENT_STATUSES, ...filter }, limit: 1 })).total > 0;
  }
  return true;
}

/**
 * The people on the agenda of a public event and the venues of one, the ones the site gives a page (as
 * `publicRoutes` finds them). Read by walking the public events: the store has no filter for it.
 */
async function publicIds(store: SiteStore, collection: 'people' | 'venues'): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const e of listAll(store.events, { filter: { status: PUBLIC_EVENT_STATUSES } }))
    if (collection === 'venues') {
      if (e.venueId) ids.add(e.venueId);
    } else for (const item of e.agenda) for (const s of itemPeople(item)) if (s.kind === 'person') ids.add(s.personId);
  return ids;
}

/** A page of the public people or venues, in the store's order (people by family name, venues by name). */
async function publicPage(store: SiteStore, collection: 'people' | 'venues', limit: number, offset: number) {
  const ids = await publicIds(store, collection);
  const items: unknown[] = [];
  let total = 0;
  const repo = store[collection] as ReadRepository<{ id: string }, unknown>;
  for await (const p of listAll(repo)) {
    if (!ids.has(p.id)) continue;
    if (total >= offset && items.length < limit) items.push(p);
    total++;
  }
  return { items, total, limit, offset };
}

/** The order each list comes in (the store's default sort; ties by id). */
const ORDER: Record<Collection, string> = {
  events: 'by start, earliest first',
  posts: 'by publication, newest first',
  organizations: 'by name, in Polish alphabetical order',
  authorities: 'by name, in Polish alphabetical order',
  grants: 'by the start of their period, latest first',
  venues: 'by name, in Polish alphabetical order',
  cooperations: 'most recently changed first',
  people: 'by family name, then given names, in Polish alphabetical order',
};

/** The event list's filters, documented: the names of the website's English list, with their Polish twins. */
const EVENT_FILTERS = [
  ['hashtag', 'Events carrying this hashtag (with or without #, any letter case).'],
  ['month', 'Events any part of which falls in this month in Warsaw time, written YYYY-MM.'],
  ['organization', 'Events an organisation organises, partners or speaks at: its slug.'],
  ['authority', 'Events a local authority partners, speaks at or funds through a grant: its slug.'],
] as const;

const LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  description: 'The language of error messages: Polish when it prefers pl to en, else English.',
  schema: { type: 'string' },
};

const META = z.toJSONSchema(RecordMetaSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;

/** The OpenAPI 3.1 document: one list and one item operation per collection, schemas from `@org/domain`. */
export function openApiDocument(siteUrl: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const [name, { schema, title }] of Object.entries(COLLECTIONS)) {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
      string,
      unknown
    >;
    delete json.$schema;
    // A record as the API gives it: the domain's value with the store's version and timestamps.
    json.properties = { ...(json.properties as object), ...(META.properties as object) };
    json.required = [...new Set([...((json.required as string[]) ?? []), ...(META.required as string[])])];
    schemas[title] = json;
    const ref = { $ref: `#/components/schemas/${title}` };
    paths[`/api/v1/${name}`] = {
      get: {
        operationId: `list_${name}`,
        summary: `Published ${name}, paged`,
        description: `Records ${ORDER[name as Collection]}. A parameter the list does not take is refused (400), not ignored.${
          name === 'events'
            ? ' Filters combine: an event must match each one given. A filter naming nothing (an unknown organisation) is refused (400) with the reason.'
            : ''
        }`,
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'How many records: decimal digits only, given at most once.',
            schema: { type: 'integer', ...PAGE_PARAMS.limit },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'How many records to skip: decimal digits only, given at most once.',
            schema: { type: 'integer', ...PAGE_PARAMS.offset },
          },
          ...(name === 'events'
            ? EVENT_FILTERS.map(([key, description]) => {
                const [en, pl] = EVENT_FILTER_PARAMS[key];
                return {
                  name: en,
                  in: 'query',
                  description: `${description} Given at most once; also read as ${pl}.`,
                  schema:
                    key === 'month' ? { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } : { type: 'string' },
                };
              })
            : []),
          LANGUAGE,
        ],
        responses: {
          '200': {
            description: 'A page of records',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items', 'total', 'limit', 'offset'],
                  properties: {
                    items: { type: 'array', items: ref },
                    total: { type: 'integer' },
                    limit: { type: 'integer' },
                    offset: { type: 'integer' },
                    totalIsLowerBound: { type: 'boolean' },
                  },
                },
              },
            },
          },
          '400': { $ref: '#/components/responses/BadRequest' },
        },
      },
    };
    paths[`/api/v1/${name}/{slug}`] = {
      get: {
        operationId: `get_${name}`,
        summary: `One published ${title} by slug`,
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, LANGUAGE],
        responses: {
          '200': { description: title, content: { 'application/json': { schema: ref } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    };
  }
  // Every 4xx answer's body: a code for programs, a sentence for people.
  schemas.Error = {
    type: 'object',
    required: ['error', 'message'],
    additionalProperties: false,
    properties: {
      error: { type: 'string', enum: ['bad_request', 'not_found', 'method_not_allowed'] },
      message: {
        type: 'string',
        minLength: 1,
        description: 'What failed, where and why, in English or Polish (Accept-Language).',
      },
    },
  };
  const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mosty public API',
      version: '1.0.0',
      description:
        'Read-only access to the published events, news, organisations, local authorities, grants, venues, cooperations and speakers of Mosty. Error messages are in Polish when Accept-Language prefers Polish, else in English.',
    },
    servers: [{ url: siteUrl }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: { description: 'Invalid query parameters', content: error },
        NotFound: { description: 'No published record with this slug', content: error },
      },
    },
  };
}

/** The API routes, mounted by `app.ts`. */
export function apiRoutes(store: SiteStore, siteUrl: string): Hono {
  const api = new Hono();
  // Every answer carries CORS; a 200 gets an ETag, answers If-None-Match with 304 and is compressed on
  // request, like the pages (page-cache.ts). Published data changes with any publication, so clients
  // revalidate (max-age=0) instead of guessing a lifetime.
  api.use(async (c, next) => {
    if (c.req.method === 'OPTIONS') return c.body(null, 204, PREFLIGHT);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD')
      return c.json(
        { error: 'method_not_allowed', message: `The API is read-only: ${c.req.method} is not allowed (GET, HEAD)` },
        405,
        { ...API_CORS, allow: 'GET, HEAD, OPTIONS' },
      );
    await next();
    const res = c.res;
    if (res.status !== 200) {
      for (const [k, v] of Object.entries(API_CORS)) res.headers.set(k, v);
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const page = {
      ...makePage({ contentType: res.headers.get('content-type') ?? 'application/json; charset=utf-8', body }, 0, 0),
      lastModified: '',
    };
    const r = reply(
      page,
      {
        'if-none-match': c.req.header('if-none-match'),
        'accept-encoding': c.req.header('accept-encoding'),
      },
      c.req.method === 'HEAD',
    );
    c.res = new Response(r.body as BodyInit | null, { status: r.status, headers: { ...r.headers, ...API_CORS } });
  });
  const openApi = JSON.stringify(openApiDocument(siteUrl));
  api.get('/openapi.json', (c) => c.body(openApi, 200, { 'content-type': 'application/json; charset=utf-8' }));
  // Errors are said in the language the request prefers, so they vary with it.
  const fail = (c: Context, status: 400 | 404, error: string, message: string) =>
    c.json({ error, message }, status, { vary: 'Accept-Language' });
  for (const name of Object.keys(COLLECTIONS) as Collection[]) {
    const repo = store[name] as ReadRepository<{ id: string; status?: string }, unknown>;
    api.get(`/v1/${name}`, async (c) => {
      const locale = apiLocale(c.req.header('accept-language'));
      const params = new URL(c.req.url).searchParams;
      const query = readPageParams(params, locale);
      const asked = readListQuery(params, locale, name === 'events');
      if (!query.ok || !asked.ok)
        return fail(
          c,
          400,
          'bad_request',
          [...(query.ok ? [] : query.messages), ...(asked.ok ? [] : asked.messages)].join(' '),
        );
      const { limit, offset } = query.value;
      if (name === 'people' || name === 'venues') return c.json(await publicPage(store, name, limit, offset));
      if (name === 'events') {
        // The website's own reading of the list's filters: the same checks and reasons as its pages give.
        const resolved = await resolveCalendarFilter(store, asked.filter, locale);
        if ('reason' in resolved) return fail(c, 400, 'bad_request', resolved.reason);
        const { label: _label, ...picked } = resolved.filter;
        return c.json(await store.events.list({ filter: { ...picked, status: PUBLIC_EVENT_STATUSES }, limit, offset }));
      }
      const filter = publicFilter(name);
      return c.json(await repo.list({ ...(filter ? { filter } : {}), limit, offset }));
    });
    api.get(`/v1/${name}/:slug`, async (c) => {
      const slug = c.req.param('slug');
      // Text that cannot be a slug names nothing: answered without asking the store.
      const record = isSlug(slug) ? await repo.getBySlug(slug) : null;
      if (!record || !(await isPublic(store, name, record)))
        return fail(c, 404, 'not_found', NOT_FOUND[name][apiLocale(c.req.header('accept-language'))](shownSlug(slug)));
      return c.json(record);
    });
  }
  return api;
}
