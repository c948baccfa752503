import {
  AGENDA_ITEM_KINDS,
  CooperationSchema,
  CURRENCY_CODES,
  CURRENCY_CODES_NOT_IN_HUNDREDTHS,
  type Event,
  EventSchema,
  GrantSchema,
  IdSchema,
  itemPeople,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  type Post,
  PostSchema,
  RecordMetaSchema,
  requiredAttributions,
  VenueSchema,
} from '@org/domain';
import type { Locale, ReadRepository, SiteStore } from '@org/site';
import { isSlug, listAll, PUBLIC_EVENT_STATUSES, type SiteConfig, visibleText } from '@org/site';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  apiLocale,
  EVENT_FILTER_PARAMS,
  PAGE_PARAMS,
  readListQuery,
  readPageParams,
  readSearchParam,
  readUpdatedSince,
  SEARCH,
  SEARCH_MAX_API,
  UPDATED_SINCE,
} from './api-query.js';
import { READ_CORS, READ_CORS_RATE_LIMITED, READ_PREFLIGHT } from './cors.js';
import { movedQuery, resolveCalendarFilter } from './data-routes.js';
import { makePage, reply } from './page-cache.js';
import { type RateLimitHit, rateLimitHeaders } from './rate-limit.js';

// The API is read as the data files are (cors.ts); its preflight names the methods it allows too.
const PREFLIGHT = { ...READ_PREFLIGHT, allow: 'GET, HEAD, OPTIONS' };

/**
 * The read-only JSON API of published data: `/api/v1/<collection>` (paged) and
 * `/api/v1/<collection>/<slug or id>`, described by `/api/openapi.json`. Drafts are never listed or
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
 * The lists that take `search`, with the words each searches (the store's own, `searchText` in @org/store's
 * entities). People and venues are public only as a public event names them, a list of its own that the store's
 * search does not cover.
 */
const SEARCHED_WORDS = {
  events: 'title, summary, hashtags',
  posts: 'title, lead, hashtags',
  organizations: 'name, shortName, krs, nip, regon, address.city',
  authorities: 'name, terc, officeName',
  grants: 'taskTitle, funderName, programme, agreementNumber, hashtags',
  cooperations: 'organizationDescription, description',
} as const satisfies Partial<Record<Collection, string>>;
type Searchable = keyof typeof SEARCHED_WORDS;
const SEARCHABLE: ReadonlySet<string> = new Set(Object.keys(SEARCHED_WORDS));

/**
 * What a 404 says a slug or id did not name, per collection: "No published event has the slug or id …",
 * "Nie ma opublikowanego wydarzenia o adresie ani identyfikatorze …". Events and posts have drafts, which are not published; people
 * are public only as speakers at a public event (as their pages are).
 */
const NOT_FOUND: Record<Collection, Record<Locale, (slug: string) => string>> = {
  events: {
    en: (s) => `No published event has the slug or id "${s}".`,
    pl: (s) => `Nie ma opublikowanego wydarzenia o adresie ani identyfikatorze „${s}”.`,
  },
  posts: {
    en: (s) => `No published post has the slug or id "${s}".`,
    pl: (s) => `Nie ma opublikowanego wpisu o adresie ani identyfikatorze „${s}”.`,
  },
  organizations: {
    en: (s) => `No organisation has the slug or id "${s}".`,
    pl: (s) => `Nie ma organizacji o adresie ani identyfikatorze „${s}”.`,
  },
  authorities: {
    en: (s) => `No local authority has the slug or id "${s}".`,
    pl: (s) => `Nie ma samorządu o adresie ani identyfikatorze „${s}”.`,
  },
  grants: {
    en: (s) => `No grant has the slug or id "${s}".`,
    pl: (s) => `Nie ma dotacji o adresie ani identyfikatorze „${s}”.`,
  },
  venues: {
    en: (s) => `No venue of a public event has the slug or id "${s}".`,
    pl: (s) => `Nie ma miejsca publicznego wydarzenia o adresie ani identyfikatorze „${s}”.`,
  },
  cooperations: {
    en: (s) => `No cooperation has the slug or id "${s}".`,
    pl: (s) => `Nie ma współpracy o adresie ani identyfikatorze „${s}”.`,
  },
  people: {
    en: (s) => `No person speaking at a public event has the slug or id "${s}".`,
    pl: (s) => `Nie ma osoby występującej w publicznym wydarzeniu o adresie ani identyfikatorze „${s}”.`,
  },
};
// A slug is repeated in a message only this far, any invisible character in it written out (`\u200B`).
const shownSlug = (slug: string) => visibleText(slug, 80);

/** The API's own answers that name no record: a method it does not take, a path it does not have. */
const MESSAGES: Record<
  Locale,
  {
    readOnly: (method: string) => string;
    noEndpoint: (path: string) => string;
    tooMany: (limit: number, seconds: number) => string;
  }
> = {
  en: {
    readOnly: (method) => `The API is read-only: ${shownSlug(method)} is not allowed (GET, HEAD).`,
    noEndpoint: (path) => `No API endpoint at ${shownSlug(path)}; /api/openapi.json lists them.`,
    tooMany: (limit, seconds) =>
      `Too many requests from this address: the limit is ${limit} a minute per client; try again in ${seconds} s.`,
  },
  pl: {
    readOnly: (method) => `API służy tylko do odczytu: metoda ${shownSlug(method)} jest niedozwolona (GET, HEAD).`,
    noEndpoint: (path) => `Pod adresem ${shownSlug(path)} nie ma punktu API; spis jest w /api/openapi.json.`,
    // The number stands after "limit to" and "za … s", where Polish needs no plural form of a noun.
    tooMany: (limit, seconds) =>
      `Zbyt wiele zapytań z tego adresu: limit to ${limit} na minutę od jednego klienta; można spróbować ponownie za ${seconds} s.`,
  },
};

/**
 * The 404 of a path under `/api` that is no endpoint, in the language the request prefers (the API's
 * other errors are). Mounted by `app.tsx` after every route.
 */
export const noApiEndpoint = (c: Context) =>
  c.json(
    { error: 'not_found', message: MESSAGES[apiLocale(c.req.header('accept-language'))].noEndpoint(c.req.path) },
    404,
    { ...READ_CORS, vary: 'Accept-Language' },
  );

/**
 * The 429 of a client over the rate limit (`rate-limit.ts`), in the API's error shape and the language the
 * request prefers, with Retry-After and the RateLimit headers. Not to be kept by a cache: the wait is this
 * client's own. Used by `app.tsx`, which counts the requests.
 */
export const apiTooManyRequests = (c: Context, hit: RateLimitHit) =>
  c.json(
    {
      error: 'too_many_requests',
      message: MESSAGES[apiLocale(c.req.header('accept-language'))].tooMany(hit.limit, hit.resetSeconds),
    },
    429,
    {
      ...READ_CORS_RATE_LIMITED,
      ...rateLimitHeaders(hit),
      'cache-control': 'no-store',
      vary: 'Accept-Language',
    },
  );

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

/**
 * The store's query for the records of a list changed at or after `since` (their `updatedAt`), oldest change first,
 * ties by id: a reuser's incremental sync pages through them deterministically and resumes from the last
 * `updatedAt` it saw. The store reads them from its index on (updated_at, id), so an old instant costs a page, not
 * a table.
 */
const changedFrom = (since: number) =>
  ({ updatedSince: new Date(since).toISOString(), sort: { field: 'updatedAt', direction: 'asc' } }) as const;

/**
 * The public people or venues changed at or after `since`, in the order `changedFrom` asks for. Which of them are public
 * depends on the events, not on their own rows, so the store cannot count them: the changed ones are read in order
 * (from the index, only as far as the changes go) and the public ones kept.
 */
async function publicChangedSince(
  store: SiteStore,
  collection: 'people' | 'venues',
  since: number,
  limit: number,
  offset: number,
) {
  const ids = await publicIds(store, collection);
  const items: unknown[] = [];
  let total = 0;
  const repo = store[collection] as ReadRepository<{ id: string }, unknown>;
  for await (const record of listAll(repo, changedFrom(since))) {
    if (!ids.has(record.id)) continue;
    if (total >= offset && items.length < limit) items.push(record);
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
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  description: 'ETags of copies the client has: 304 when one of them is still what the API would send.',
  schema: { type: 'string' },
};
const IF_MODIFIED_SINCE = {
  name: 'If-Modified-Since',
  in: 'header',
  description:
    'The Last-Modified of the copy the client has: 304 when the record has not changed since (to the second). Ignored when If-None-Match is given.',
  schema: { type: 'string' },
};
const ETAG = {
  description:
    'A strong validator of these bytes (one per content coding); send it back as If-None-Match to revalidate.',
  schema: { type: 'string' },
};
const NOT_MODIFIED = {
  description:
    'Not modified: the copy the client named (If-None-Match or If-Modified-Since) is still current. No body.',
  headers: { ETag: ETAG },
};

/** One funding statement as a page in a language shows it. */
const STATEMENT = {
  type: 'object',
  required: ['statement', 'lang'],
  additionalProperties: false,
  properties: {
    statement: { type: 'string', minLength: 1, description: 'The statement, word for word.' },
    lang: {
      type: 'string',
      enum: ['pl', 'en'],
      description:
        'The language of the statement: the English page shows the agreement’s exact Polish text (pl) when the agreement gives no English one.',
    },
  },
};

/**
 * The field the API adds to events and posts: what their pages must show about their funding
 * (`requiredAttributions`). A post's are those of its own grants, then those of the public event it is about,
 * as its page shows them (a report on a funded event is a publication of that public task).
 */
const fundingStatementsSchema = (kind: 'events' | 'posts') => ({
  type: 'array',
  description:
    kind === 'events'
      ? 'The funding statement every grant in grantIds requires, in the same order, as the event’s Polish (pl) and English (en) pages show it: the attribution text of the grant agreement, else the one the law’s template gives. A publication of a funded public task must carry it word for word, with the hashtags the funder asks for. A grant that no longer exists gives none.'
      : 'The funding statement every grant in grantIds requires, in the same order, then those the published event it is about (eventId) requires that it does not name itself, as the post’s Polish (pl) and English (en) pages show them: the attribution text of the grant agreement, else the one the law’s template gives. A publication of a funded public task must carry it word for word, with the hashtags the funder asks for. A grant that no longer exists gives none.',
  items: {
    type: 'object',
    required: ['grantId', 'pl', 'en', 'hashtags'],
    additionalProperties: false,
    properties: {
      grantId: { type: 'string', description: 'The grant (an id in grantIds) that requires the statement.' },
      pl: STATEMENT,
      en: STATEMENT,
      hashtags: { type: 'array', items: { type: 'string' }, description: 'Hashtags the funder asks to be shown.' },
    },
  },
});

/**
 * Events or posts as the API gives them: each with the funding statements its pages show
 * (`fundingStatementsSchema`), read from its grants as the event page reads them; a post's from its own grants
 * and those of the public event it is about, as `postPageData` reads them for the post page.
 */
async function withFundingStatements<T extends { grantIds: readonly string[]; eventId?: string | undefined }>(
  store: SiteStore,
  records: T[],
) {
  const eventIds = [...new Set(records.flatMap((r) => (r.eventId ? [r.eventId] : [])))];
  const events = eventIds.length > 0 ? await store.events.getMany(eventIds) : [];
  // Only a public event's grants: a draft's are not shown on the post's page either.
  const eventGrants = new Map(
    events.filter((e) => PUBLIC_EVENT_STATUSES.includes(e.status as never)).map((e) => [e.id, e.grantIds]),
  );
  const grantIdsOf = (r: T) => [...new Set([...r.grantIds, ...((r.eventId && eventGrants.get(r.eventId)) || [])])];
  const ids = [...new Set(records.flatMap(grantIdsOf))];
  const grants = ids.length > 0 ? await store.grants.getMany(ids) : [];
  return records.map((record) => {
    const [pl, en] = (['pl', 'en'] as const).map(
      (locale) => requiredAttributions({ grantIds: grantIdsOf(record) }, grants, { locale }).attributions,
    ) as [
      ReturnType<typeof requiredAttributions>['attributions'],
      ReturnType<typeof requiredAttributions>['attributions'],
    ];
    return {
      ...record,
      fundingStatements: pl.map((a, i) => ({
        grantId: a.grantId,
        pl: { statement: a.statement, lang: a.lang },
        en: { statement: en[i]?.statement ?? a.statement, lang: en[i]?.lang ?? a.lang },
        hashtags: a.hashtags,
      })),
    };
  });
}

/**
 * The codes a money amount may carry: ISO 4217 codes with hundredths as their minor unit, as `MoneySchema`
 * accepts them (its refinements, which JSON Schema cannot say, leave the currency a bare string).
 */
const CURRENCIES = [...CURRENCY_CODES].filter((code) => !CURRENCY_CODES_NOT_IN_HUNDREDTHS.has(code)).sort();

/**
 * What zod's JSON Schema leaves unsaid about enumerated fields, said from the domain's own constants: an
 * agenda item's kind as one list beside the per-kind schemas (each fixes its own as a `const`), and the
 * currency codes. The other enumerated fields are `z.enum`s of those constants and come out as `enum` already.
 */
function documentEnums(title: string, json: Record<string, unknown>): void {
  type Node = { properties?: Record<string, Node>; items?: Node; required?: string[]; [key: string]: unknown };
  const root = json as Node;
  if (title === 'Event') {
    // The domain's whole list, so a client's type matches the domain's; the API itself never gives a draft.
    const status = root.properties?.status;
    if (status && !status.description)
      status.description =
        'published, cancelled or postponed: the API never gives a draft (listed as the domain has it).';
    const items = root.properties?.agenda?.items;
    if (items) {
      items.properties = {
        kind: {
          type: 'string',
          enum: [...AGENDA_ITEM_KINDS],
          description: 'What the item is; each kind has its fields.',
        },
      };
      items.required = ['kind'];
    }
  }
  if (title === 'Grant')
    for (const field of ['amount', 'ownContribution']) {
      const currency = root.properties?.[field]?.properties?.currency;
      if (currency) currency.enum = CURRENCIES;
    }
}

const META = z.toJSONSchema(RecordMetaSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
// What the store's bookkeeping fields mean to a reuser: updatedAt is what updatedSince compares.
Object.assign((META.properties as Record<string, Record<string, unknown>>).updatedAt ?? {}, {
  description:
    'When the record last changed (any field, its status included), in UTC, ISO 8601: what the lists’ updatedSince compares. Fields the API adds from other records (fundingStatements from the grants) are not the record’s own: their change shows in those records’ updatedAt.',
});
Object.assign((META.properties as Record<string, Record<string, unknown>>).version ?? {}, {
  description: 'How many times the record was written: 1 when created, one more with each change.',
});

/**
 * What incremental sync with updatedSince cannot see, said in every list's description: the API keeps no record of
 * deletions, and a record unpublished (a post or event back to draft) simply leaves the lists.
 */
const SYNC_LIMITS =
  'Deletions and unpublishing cannot be observed: a record deleted or no longer published just stops being listed, with nothing to say it left, so a mirror that only asks for changes keeps it; compare the full list of ids now and then (a person or venue is listed only while a public event names it, which changes no updatedAt of theirs).';

/** What the API's rate limit is (`rate-limit.ts`), said where the document describes it. */
const RATE_LIMIT_TEXT =
  'Each client (its IP address, an IPv6 client its /64 network) may make a number of requests a minute to the API, counted from its first one (the site’s calendars rendered for a filter count too); the server says how many (RateLimit-Limit), and may have no limit. CORS preflights are not counted.';
const RATE_LIMIT_DOC_HEADERS = {
  'RateLimit-Limit': {
    description: 'Requests a client may make in its window of a minute.',
    schema: { type: 'integer' },
  },
  'RateLimit-Remaining': { description: 'Requests left in the window.', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'Seconds until the window ends.', schema: { type: 'integer', minimum: 1 } },
};

/** The OpenAPI 3.1 document: one list and one item operation per collection, schemas from `@org/domain`. */
export function openApiDocument(
  siteUrl: string,
  site?: Pick<SiteConfig, 'publisher' | 'license'>,
): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const [name, { schema, title }] of Object.entries(COLLECTIONS)) {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
      string,
      unknown
    >;
    delete json.$schema;
    documentEnums(title, json);
    // A record as the API gives it: the domain's value with the store's version and timestamps.
    json.properties = { ...(json.properties as object), ...(META.properties as object) };
    json.required = [...new Set([...((json.required as string[]) ?? []), ...(META.required as string[])])];
    if (name === 'events' || name === 'posts') {
      json.properties = { ...(json.properties as object), fundingStatements: fundingStatementsSchema(name) };
      (json.required as string[]).push('fundingStatements');
    }
    schemas[title] = json;
    const ref = { $ref: `#/components/schemas/${title}` };
    paths[`/api/v1/${name}`] = {
      get: {
        operationId: `list_${name}`,
        summary: `Published ${name}, paged`,
        description: `Records ${ORDER[name as Collection]}; with ${UPDATED_SINCE}, only those changed at or after it, by updatedAt, oldest first, ties by id. A parameter the list does not take is refused (400), not ignored. A list has an ETag but no Last-Modified: a record deleted or unpublished changes the list without a date to show for it. ${SYNC_LIMITS}${
          name === 'events'
            ? ' Filters combine: an event must match each one given. A filter naming nothing (an unknown organisation) is refused (400) with the reason; one naming an organisation or authority by a slug it had before it was renamed is answered with 301 to the same query under its current slug.'
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
          ...(SEARCHABLE.has(name as Collection)
            ? [
                {
                  name: SEARCH,
                  in: 'query',
                  description: `Only the records with a word starting with each word given (${SEARCHED_WORDS[name as Searchable]}), without case or Polish letters: "zolw" finds "Żółwie". At most ${SEARCH_MAX_API} characters, given at most once, with a letter or a digit (punctuation alone is refused, 400); an empty one asks for nothing. Combines with the filters and ${UPDATED_SINCE}; the order stays the list's. Over 1000 matches, total stops counting at 1000 and totalIsLowerBound is true.`,
                  schema: { type: 'string', maxLength: SEARCH_MAX_API },
                },
              ]
            : []),
          {
            name: UPDATED_SINCE,
            in: 'query',
            description: `Only the records changed at or after this instant (their updatedAt), by updatedAt, oldest first, ties by id: ISO 8601 date and time with Z or an offset (2026-11-27T00:00:00Z), given at most once; a date alone is refused (400), as is an instant in the year 10000 or later (UTC). For incremental sync: page through with offset, then ask again from the last updatedAt seen (a record changed at that very instant comes again; its id and version tell it is known). ${SYNC_LIMITS}`,
            schema: { type: 'string', format: 'date-time' },
          },
          ...(name === 'events'
            ? EVENT_FILTERS.flatMap(([key, description]) => {
                const [en, pl, ...others] = EVENT_FILTER_PARAMS[key];
                const schema =
                  key === 'month' ? { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } : { type: 'string' };
                return [
                  {
                    name: en,
                    in: 'query',
                    description: `${description} Given at most once (under any of its names); also read as ${[pl, ...others].join(' or ')}.`,
                    schema,
                  },
                  // The other spellings documented too, so a client generated from this document may send them.
                  ...others.map((other) => ({
                    name: other,
                    in: 'query',
                    description: `The same as ${en}, spelt as the API's paths and fields spell it.`,
                    schema,
                  })),
                ];
              })
            : []),
          LANGUAGE,
          IF_NONE_MATCH,
        ],
        responses: {
          '200': {
            description: 'A page of records',
            headers: { ETag: ETAG },
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
          ...(name === 'events'
            ? {
                '301': {
                  description:
                    'A filter named an organisation or authority by a slug it gave up when renamed: the same query with its current slug is at Location.',
                  headers: { Location: { schema: { type: 'string', format: 'uri' } } },
                },
              }
            : {}),
          '304': NOT_MODIFIED,
          '400': { $ref: '#/components/responses/BadRequest' },
          '429': { $ref: '#/components/responses/TooManyRequests' },
        },
      },
    };
    paths[`/api/v1/${name}/{slug}`] = {
      get: {
        operationId: `get_${name}`,
        summary: `One published ${title} by slug or id`,
        description:
          'Records name each other by id (venueId, organizerId, grantIds, personId…): an id works here as a slug does. A slug is looked up first, then an id, then a slug the record had before it was renamed, which is answered with 301 to its current address.',
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            description: 'The record’s slug (as in its page’s address), or its id.',
            schema: { type: 'string' },
          },
          LANGUAGE,
          IF_NONE_MATCH,
          IF_MODIFIED_SINCE,
        ],
        responses: {
          '200': {
            description: title,
            headers: {
              ETag: ETAG,
              'Last-Modified': {
                description: 'When the record last changed (its updatedAt, to the second).',
                schema: { type: 'string' },
              },
            },
            content: { 'application/json': { schema: ref } },
          },
          '301': {
            description: 'A slug the record gave up when renamed: its current address is at Location.',
            headers: { Location: { schema: { type: 'string', format: 'uri' } } },
          },
          '304': NOT_MODIFIED,
          '404': { $ref: '#/components/responses/NotFound' },
          '429': { $ref: '#/components/responses/TooManyRequests' },
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
      error: { type: 'string', enum: ['bad_request', 'not_found', 'method_not_allowed', 'too_many_requests'] },
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
      description: `Read-only access to the published events, news, organisations, local authorities, grants, venues, cooperations and speakers of Mosty. Error messages are in Polish when Accept-Language prefers Polish, else in English. ${RATE_LIMIT_TEXT} Every answer counted says the client’s allowance in RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset; a request over it is answered 429 with Retry-After.`,
      // The terms of reuse of the data, and whom to ask, as the site's configuration gives them.
      ...(site
        ? {
            license: { name: site.license.name, url: site.license.url },
            contact: { name: site.publisher.name, email: site.publisher.email },
          }
        : {}),
    },
    servers: [{ url: siteUrl }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: { description: 'Invalid query parameters', content: error },
        NotFound: { description: 'No published record with this slug or id', content: error },
        TooManyRequests: {
          description: `${RATE_LIMIT_TEXT} This client has made them all: wait Retry-After seconds.`,
          headers: {
            'Retry-After': {
              description: 'Seconds until the client’s window ends.',
              schema: { type: 'integer', minimum: 1 },
            },
            ...RATE_LIMIT_DOC_HEADERS,
          },
          content: error,
        },
      },
    },
  };
}

/**
 * The Last-Modified header of a record: its `updatedAt`, to the second (HTTP dates have no finer unit,
 * so two changes in one second share a date; the ETag tells them apart).
 */
const lastModifiedOf = (record: { updatedAt?: unknown }): Record<string, string> => {
  const t = typeof record.updatedAt === 'string' ? Date.parse(record.updatedAt) : Number.NaN;
  return Number.isFinite(t) ? { 'last-modified': new Date(Math.floor(t / 1000) * 1000).toUTCString() } : {};
};

/** The API routes, mounted by `app.ts`. */
export function apiRoutes(store: SiteStore, siteUrl: string, site?: SiteConfig): Hono {
  const api = new Hono();
  // Every answer carries CORS; a 200 gets an ETag, answers If-None-Match with 304 and is compressed on
  // request, like the pages (page-cache.ts). Published data changes with any publication, so clients
  // revalidate (max-age=0) instead of guessing a lifetime.
  api.use(async (c, next) => {
    if (c.req.method === 'OPTIONS') return c.body(null, 204, PREFLIGHT);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD')
      return c.json(
        {
          error: 'method_not_allowed',
          message: MESSAGES[apiLocale(c.req.header('accept-language'))].readOnly(c.req.method),
        },
        405,
        { ...READ_CORS, allow: 'GET, HEAD, OPTIONS', vary: 'Accept-Language' },
      );
    await next();
    const res = c.res;
    if (res.status !== 200) {
      for (const [k, v] of Object.entries(READ_CORS)) res.headers.set(k, v);
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    // A record's date is when it last changed (`lastModifiedOf`); a list has none (see `openApiDocument`).
    const page = {
      ...makePage({ contentType: res.headers.get('content-type') ?? 'application/json; charset=utf-8', body }, 0, 0),
      lastModified: res.headers.get('last-modified') ?? '',
    };
    const r = reply(
      page,
      {
        'if-none-match': c.req.header('if-none-match'),
        'if-modified-since': c.req.header('if-modified-since'),
        'accept-encoding': c.req.header('accept-encoding'),
      },
      c.req.method === 'HEAD',
    );
    c.res = new Response(r.body as BodyInit | null, { status: r.status, headers: { ...r.headers, ...READ_CORS } });
  });
  const openApi = JSON.stringify(openApiDocument(siteUrl, site));
  api.get('/openapi.json', (c) => c.body(openApi, 200, { 'content-type': 'application/json; charset=utf-8' }));
  // Errors are said in the language the request prefers, so they vary with it.
  const fail = (c: Context, status: 400 | 404, error: string, message: string) =>
    c.json({ error, message }, status, { vary: 'Accept-Language' });
  // Kept an hour, as the pages' redirects are: the old slug may later be taken by another record.
  const moved = (c: Context, location: string) =>
    c.body(null, 301, { location, 'cache-control': 'public, max-age=3600' });
  for (const name of Object.keys(COLLECTIONS) as Collection[]) {
    const repo = store[name] as ReadRepository<
      { id: string; slug: string; status?: string; updatedAt?: string },
      unknown
    >;
    api.get(`/v1/${name}`, async (c) => {
      const locale = apiLocale(c.req.header('accept-language'));
      const params = new URL(c.req.url).searchParams;
      const query = readPageParams(params, locale);
      const searches = SEARCHABLE.has(name);
      const asked = readListQuery(params, locale, name === 'events', searches);
      const since = readUpdatedSince(params, locale);
      const searched = searches ? readSearchParam(params, locale) : ({ ok: true, value: undefined } as const);
      if (!query.ok || !asked.ok || !since.ok || !searched.ok)
        return fail(
          c,
          400,
          'bad_request',
          [query, asked, since, searched].flatMap((r) => (r.ok ? [] : r.messages)).join(' '),
        );
      const { limit, offset } = query.value;
      const changed = since.value;
      const search = searched.value === undefined ? {} : { search: searched.value };
      if (name === 'people' || name === 'venues') {
        if (changed === undefined) return c.json(await publicPage(store, name, limit, offset));
        return c.json(await publicChangedSince(store, name, changed, limit, offset));
      }
      if (name === 'events') {
        // The website's own reading of the list's filters: the same checks and reasons as its pages give.
        const resolved = await resolveCalendarFilter(store, asked.filter, locale);
        if ('reason' in resolved) return fail(c, 400, 'bad_request', resolved.reason);
        if ('moved' in resolved) return moved(c, `${siteUrl}/api/v1/events?${movedQuery(params, resolved.moved)}`);
        const { label: _label, ...picked } = resolved.filter;
        const filter = { ...picked, status: PUBLIC_EVENT_STATUSES };
        const page =
          changed === undefined
            ? await store.events.list({ filter, ...search, limit, offset })
            : await store.events.list({ filter, ...search, ...changedFrom(changed), limit, offset });
        return c.json({ ...page, items: await withFundingStatements(store, page.items) });
      }
      const filter = publicFilter(name);
      const page =
        changed === undefined
          ? await repo.list({ ...(filter ? { filter } : {}), ...search, limit, offset })
          : await repo.list({ ...(filter ? { filter } : {}), ...search, ...changedFrom(changed), limit, offset });
      if (name === 'posts')
        return c.json({
          ...page,
          items: await withFundingStatements(store, page.items as ((typeof page.items)[number] & Post)[]),
        });
      return c.json(page);
    });
    api.get(`/v1/${name}/:slug`, async (c) => {
      const key = c.req.param('slug');
      const notFound = () =>
        fail(c, 404, 'not_found', NOT_FOUND[name][apiLocale(c.req.header('accept-language'))](shownSlug(key)));
      // Text that can be neither a slug nor an id names nothing: answered without asking the store. A slug
      // first; then an id, which is how records name each other (a UUID is also a well-formed slug, but
      // slugs are made from titles and names, so one equal to another record's id is not to be met).
      const slug = isSlug(key);
      const record =
        (slug ? await repo.getBySlug(key) : null) ?? (IdSchema.safeParse(key).success ? await repo.get(key) : null);
      if (record) {
        if (!(await isPublic(store, name, record))) return notFound();
        const body =
          name === 'events' || name === 'posts'
            ? (await withFundingStatements(store, [record as typeof record & (Event | Post)]))[0]
            : record;
        return c.json(body, 200, lastModifiedOf(record));
      }
      // A slug given up when the record was renamed: its current address, as its page does.
      const renamed = slug ? await repo.getByFormerSlug(key) : null;
      if (!renamed || renamed.slug === key || !(await isPublic(store, name, renamed))) return notFound();
      const query = new URL(c.req.url).search;
      return moved(c, `${siteUrl}/api/v1/${name}/${renamed.slug}${query}`);
    });
  }
  return api;
}
