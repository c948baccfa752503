import {
  CooperationSchema,
  EventSchema,
  GrantSchema,
  LocalAuthoritySchema,
  OrganizationSchema,
  PostSchema,
  VenueSchema,
} from '@org/domain';
import type { ReadRepository, SiteStore } from '@org/site';
import { isSlug, PUBLIC_EVENT_STATUSES } from '@org/site';
import { Hono } from 'hono';
import { z } from 'zod';

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
