import {
  CooperationSchema,
  EventSchema,
  GrantSchema,
  LocalAuthoritySchema,
  OrganizationSchema,
  PostSchema,
  RecordMetaSchema,
  VenueSchema,
} from '@org/domain';
import type { ReadRepository, SiteStore } from '@org/site';
import { isSlug, PUBLIC_EVENT_STATUSES } from '@org/site';
import { Hono } from 'hono';
import { z } from 'zod';
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
} as const;
type Collection = keyof typeof COLLECTIONS;

const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

const publicFilter = (collection: Collection) =>
  collection === 'events'
    ? { status: PUBLIC_EVENT_STATUSES }
    : collection === 'posts'
      ? { status: ['published'] as const }
      : undefined;

const isPublic = (collection: Collection, record: { status?: string }) =>
  collection === 'events'
    ? PUBLIC_EVENT_STATUSES.includes(record.status as never)
    : collection === 'posts'
      ? record.status === 'published'
      : true;

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
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
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
        parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: title, content: { 'application/json': { schema: ref } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    };
  }
  const error = {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'string' }, message: { type: 'string' } },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mosty public API',
      version: '1.0.0',
      description:
        'Read-only access to the published events, news, organisations, local authorities and grants of Mosty.',
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
  for (const name of Object.keys(COLLECTIONS) as Collection[]) {
    const repo = store[name] as ReadRepository<{ status?: string }, unknown>;
    api.get(`/v1/${name}`, async (c) => {
      const query = PageQuerySchema.safeParse(c.req.query());
      if (!query.success)
        return c.json(
          {
            error: 'bad_request',
            message: query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          },
          400,
        );
      const filter = publicFilter(name);
      const page = await repo.list({ ...(filter ? { filter } : {}), ...query.data });
      return c.json(page);
    });
    api.get(`/v1/${name}/:slug`, async (c) => {
      // Text that cannot be a slug names nothing: answered without asking the store.
      const record = isSlug(c.req.param('slug')) ? await repo.getBySlug(c.req.param('slug')) : null;
      if (!record || !isPublic(name, record))
        return c.json({ error: 'not_found', message: `No published ${name} "${c.req.param('slug')}"` }, 404);
      return c.json(record);
    });
  }
  return api;
}
