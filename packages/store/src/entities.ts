/**
 * How each domain entity is kept: its table, schema, the indexed columns lists need, the links
 * filters follow, the words search finds, and the fields it sorts by.
 * Extend by adding a definition here, its table in a new migration, and a property of `Store`.
 */
import {
  type Cooperation,
  CooperationSchema,
  type EntityKind,
  type Event,
  EventSchema,
  type Grant,
  GrantSchema,
  InstantSchema,
  type LocalAuthority,
  LocalAuthoritySchema,
  type Locale,
  type Organization,
  OrganizationSchema,
  type Person,
  PersonSchema,
  type Post,
  PostSchema,
  personName,
  searchKey,
  type Venue,
  VenueSchema,
} from '@org/domain';
import type { z } from 'zod';
import { queryError } from './context.js';
import { EXPECTED } from './messages.js';
import type {
  AuthorityFilter,
  AuthoritySortField,
  CommonSortField,
  CooperationFilter,
  CooperationSortField,
  EventFilter,
  EventSortField,
  GrantFilter,
  GrantSortField,
  OrganizationFilter,
  OrganizationSortField,
  PersonFilter,
  PersonSortField,
  PostFilter,
  PostSortField,
  VenueSortField,
} from './types.js';

/** One condition of a list filter, in terms every dialect compiles the same way. */
export type Condition =
  | { kind: 'column'; column: string; op: '=' | '>=' | '<='; value: string }
  | { kind: 'in'; column: string; values: string[] }
  | { kind: 'link'; rel: string; target: string; via?: LinkVia };

/**
 * A second way a record is linked to a filter's target, read at query time: through its `rel` links to
 * live records of `table` whose `column` holds the target (an event under the authority that funds one
 * of its grants). Nothing is indexed for it, so a change to those records needs no re-indexing.
 */
export interface LinkVia {
  rel: string;
  table: string;
  column: string;
}

export type ColumnValues = Record<string, string | null>;

export interface EntityDef<T, F, S extends string = string> {
  kind: Exclude<EntityKind, 'user'>;
  table: string;
  schema: z.ZodType<T>;
  /** The text a record is called by (and sorted by, in Polish collation). */
  name(value: T): string;
  /** When `create` gets no slug: the text to make one from. */
  slugSource(input: Record<string, unknown>): unknown;
  /**
   * When `slugSource` gives nothing to make a slug of: the records (table and id) whose names, in this
   * order, make it instead, and the text to use when none of them is found. Read from the database by `create`.
   */
  slugFallback?: { records(input: Record<string, unknown>): [table: string, id: unknown][]; last: string };
  /** Words that search finds (folded with `searchKey`). */
  searchText(value: T): (string | undefined)[];
  columns(value: T): ColumnValues;
  links(value: T): [rel: string, target: string][];
  /** The conditions of a list filter; a refused value is a `ValidationError` in `locale`. */
  filter(filter: F, locale: Locale): Condition[];
  /**
   * API sort fields to columns; `name` always sorts by the Polish key. Exactly the fields of `S` (the
   * repository's sort field type in types.ts): a field missing here or not in `S` is a compile error.
   */
  sortFields: Readonly<Record<S, string>>;
  defaultSort: { field: NoInfer<S>; direction: 'asc' | 'desc' };
}

const bound = (column: string, op: '>=' | '<=', path: string, instant: string, locale: Locale): Condition => {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw queryError(locale, path, EXPECTED.instant[locale], instant);
  return { kind: 'column', column, op, value: new Date(time).toISOString() };
};
// The range of instants whose ISO text sorts as they do: `toISOString()` writes a year outside 0000–9999 with a
// sign and six digits ('+010000-…', '-000001-…'), which a text comparison puts before every other.
const FIRST_INSTANT = '0000-01-01T00:00:00.000Z';
const LAST_INSTANT = '9999-12-31T23:59:59.999Z';

/**
 * The condition of a list's `updatedSince`: `updated_at` at or after the instant. Both dialects keep
 * `updated_at` as text written by `toISOString()` (UTC, milliseconds, always 24 characters), so the instant is
 * written the same way and compared as text: any offset names the same instant, and the index on updated_at
 * serves the range. Read strictly (`InstantSchema`): a date alone or a time without an offset would name an
 * instant only in some zone the store would have to guess.
 */
export function updatedSinceCondition(since: unknown, locale: Locale): Condition {
  const time = typeof since === 'string' && InstantSchema.safeParse(since).success ? Date.parse(since) : Number.NaN;
  if (Number.isNaN(time)) throw queryError(locale, 'updatedSince', EXPECTED.instant[locale], since);
  if (time > Date.parse(LAST_INSTANT))
    throw queryError(locale, 'updatedSince', EXPECTED.instantBefore10000[locale], since);
  // Before year 0 (0000-01-01T00:00:00+01:00): every record is changed since, as it is since year 0.
  const value = time < Date.parse(FIRST_INSTANT) ? FIRST_INSTANT : new Date(time).toISOString();
  return { kind: 'column', column: 'updated_at', op: '>=', value };
}

const utc = (instant: string | undefined): string | null => (instant ? new Date(instant).toISOString() : null);
const inList = (column: string, values: string[] | undefined): Condition[] =>
  values && values.length > 0 ? [{ kind: 'in', column, values }] : [];
const eq = (column: string, value: string | undefined): Condition[] =>
  value === undefined ? [] : [{ kind: 'column', column, op: '=', value }];
const link = (rel: string, target: string | undefined): Condition[] =>
  target === undefined ? [] : [{ kind: 'link', rel, target }];
const tag = (hashtag: string) => searchKey(hashtag.replace(/^#/, ''));
const unique = (pairs: [string, string][]): [string, string][] => {
  const seen = new Set<string>();
  return pairs.filter(([rel, target]) => {
    const key = `${rel}\u0001${target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
const common: Readonly<Record<CommonSortField, string>> = {
  name: 'name',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

function eventPeople(event: Event): { people: string[]; authorities: string[]; organizations: string[] } {
  const people: string[] = [];
  const authorities: string[] = [];
  const organizations: string[] = [];
  for (const item of event.agenda) {
    const speakers = [
      ...('speakers' in item ? item.speakers : []),
      ...('panelists' in item ? item.panelists : []),
      ...('facilitators' in item ? item.facilitators : []),
      ...('moderator' in item && item.moderator ? [item.moderator] : []),
    ];
    for (const s of speakers) {
      if (s.kind === 'person') people.push(s.personId);
      if (s.authorityId) authorities.push(s.authorityId);
      if (s.organizationId) organizations.push(s.organizationId);
    }
  }
  return { people, authorities, organizations };
}

export const eventDef: EntityDef<Event, EventFilter, EventSortField> = {
  kind: 'event',
  table: 'events',
  schema: EventSchema,
  name: (e) => e.title,
  slugSource: (i) => i.title,
  searchText: (e) => [e.title, e.summary, ...e.hashtags],
  columns: (e) => ({
    status: e.status,
    starts_at: utc(e.startsAt),
    ends_at: utc(e.endsAt),
    venue_id: e.venueId ?? null,
    organizer_id: e.organizerId,
    published_at: utc(e.publishedAt),
  }),
  links: (e) => {
    const speakers = eventPeople(e);
    return unique([
      ['organization', e.organizerId],
      ...e.partners.flatMap((p): [string, string][] => [
        ...(p.organizationId ? [['organization', p.organizationId] as [string, string]] : []),
        ...(p.authorityId ? [['authority', p.authorityId] as [string, string]] : []),
      ]),
      // Speaking for an organisation or an authority is taking part in the event.
      ...speakers.organizations.map((o): [string, string] => ['organization', o]),
      ...speakers.authorities.map((a): [string, string] => ['authority', a]),
      ...speakers.people.map((p): [string, string] => ['person', p]),
      ...e.grantIds.map((g): [string, string] => ['grant', g]),
      ...e.hashtags.map((h): [string, string] => ['hashtag', tag(h)]),
    ]);
  },
  filter: (f, locale) => [
    ...inList('status', f.status),
    ...(f.from === undefined ? [] : [bound('ends_at', '>=', 'filter.from', f.from, locale)]),
    ...(f.to === undefined ? [] : [bound('starts_at', '<=', 'filter.to', f.to, locale)]),
    ...link('hashtag', f.hashtag === undefined ? undefined : tag(f.hashtag)),
    ...link('organization', f.organizationId),
    // An authority takes part as a partner or through a speaker, and funds the events of its grants.
    ...(f.authorityId === undefined
      ? []
      : [
          {
            kind: 'link',
            rel: 'authority',
            target: f.authorityId,
            via: { rel: 'grant', table: 'grants', column: 'funder_authority_id' },
          } satisfies Condition,
        ]),
    ...link('grant', f.grantId),
    ...eq('venue_id', f.venueId),
    ...link('person', f.personId),
  ],
  sortFields: { ...common, title: 'name', startsAt: 'starts_at', endsAt: 'ends_at', publishedAt: 'published_at' },
  defaultSort: { field: 'startsAt', direction: 'asc' },
};

export const organizationDef: EntityDef<Organization, OrganizationFilter, OrganizationSortField> = {
  kind: 'organization',
  table: 'organizations',
  schema: OrganizationSchema,
  name: (o) => o.name,
  slugSource: (i) => i.name,
  searchText: (o) => [o.name, o.shortName, o.krs, o.nip, o.regon, o.address?.city],
  columns: (o) => ({ legal_form: o.legalForm }),
  links: (o) => (o.parentAuthorityId ? [['authority', o.parentAuthorityId]] : []),
  filter: (f) => inList('legal_form', f.legalForm),
  sortFields: common,
  defaultSort: { field: 'name', direction: 'asc' },
};

export const authorityDef: EntityDef<LocalAuthority, AuthorityFilter, AuthoritySortField> = {
  kind: 'authority',
  table: 'authorities',
  schema: LocalAuthoritySchema,
  name: (a) => a.name,
  slugSource: (i) => i.name,
  searchText: (a) => [a.name, a.terc, a.officeName],
  columns: (a) => ({ kind: a.kind, terc: a.terc, parent_id: a.parentId ?? null }),
  links: () => [],
  filter: (f) => [...inList('kind', f.kind), ...eq('parent_id', f.parentId), ...eq('terc', f.terc)],
  sortFields: { ...common, terc: 'terc' },
  defaultSort: { field: 'name', direction: 'asc' },
};

export const venueDef: EntityDef<Venue, Record<string, never>, VenueSortField> = {
  kind: 'venue',
  table: 'venues',
  schema: VenueSchema,
  name: (v) => v.name,
  slugSource: (i) => i.name,
  searchText: (v) => [v.name, v.address.street, v.address.city],
  columns: () => ({}),
  links: () => [],
  filter: () => [],
  sortFields: common,
  defaultSort: { field: 'name', direction: 'asc' },
};

export const personDef: EntityDef<Person, PersonFilter, PersonSortField> = {
  kind: 'person',
  table: 'people',
  schema: PersonSchema,
  // Sorted by family name first, as Polish lists of people are.
  name: (p) => `${p.familyName} ${p.givenName}`,
  slugSource: (i) => [i.givenName, i.familyName].filter((x) => typeof x === 'string').join(' ') || undefined,
  searchText: (p) => [personName(p), ...p.affiliations.map((a) => a.role)],
  columns: () => ({}),
  links: (p) =>
    unique(
      p.affiliations.flatMap((a): [string, string][] => [
        ...(a.organizationId ? [['organization', a.organizationId] as [string, string]] : []),
        ...(a.authorityId ? [['authority', a.authorityId] as [string, string]] : []),
      ]),
    ),
  filter: (f) => link('organization', f.organizationId),
  sortFields: common,
  defaultSort: { field: 'name', direction: 'asc' },
};

export const grantDef: EntityDef<Grant, GrantFilter, GrantSortField> = {
  kind: 'grant',
  table: 'grants',
  schema: GrantSchema,
  name: (g) => g.taskTitle,
  slugSource: (i) => i.taskTitle,
  searchText: (g) => [g.taskTitle, g.funderName, g.programme, g.agreementNumber, ...g.hashtags],
  columns: (g) => ({
    funder_authority_id: g.funderAuthorityId,
    beneficiary_id: g.beneficiaryId,
    period_from: g.period.from,
  }),
  links: () => [],
  // Its `ref` links: every id a record holds, kept for `referencesTo` (beneficiary, funder's unit, funder).
  filter: (f) => [
    ...eq('funder_authority_id', f.funderAuthorityId),
    ...eq('beneficiary_id', f.beneficiaryId),
    ...link('ref', f.refersTo),
  ],
  sortFields: { ...common, taskTitle: 'name', periodFrom: 'period_from' },
  defaultSort: { field: 'periodFrom', direction: 'desc' },
};

export const postDef: EntityDef<Post, PostFilter, PostSortField> = {
  kind: 'post',
  table: 'posts',
  schema: PostSchema,
  name: (p) => p.title,
  slugSource: (i) => i.title,
  searchText: (p) => [p.title, p.lead, ...p.hashtags],
  columns: (p) => ({ status: p.status, event_id: p.eventId ?? null, published_at: utc(p.publishedAt) }),
  links: (p) => unique(p.hashtags.map((h): [string, string] => ['hashtag', tag(h)])),
  filter: (f) => [
    ...inList('status', f.status),
    ...eq('event_id', f.eventId),
    ...link('hashtag', f.hashtag === undefined ? undefined : tag(f.hashtag)),
  ],
  sortFields: { ...common, title: 'name', publishedAt: 'published_at' },
  defaultSort: { field: 'publishedAt', direction: 'desc' },
};

export const cooperationDef: EntityDef<Cooperation, CooperationFilter, CooperationSortField> = {
  kind: 'cooperation',
  table: 'cooperations',
  schema: CooperationSchema,
  name: (c) => c.organizationDescription ?? c.description?.slice(0, 200) ?? c.slug,
  slugSource: (i) => i.organizationDescription ?? i.description,
  // A record naming only its organisation (by id) says nothing the slug could be made of: its parties'
  // names do ('powiat-wolominski-fundacja-razem'), and 'wspolpraca' when neither is stored.
  slugFallback: {
    records: (i) => [
      ['authorities', i.authorityId],
      ['organizations', i.organizationId],
    ],
    last: 'współpraca',
  },
  searchText: (c) => [c.organizationDescription, c.description],
  columns: (c) => ({ authority_id: c.authorityId, organization_id: c.organizationId ?? null }),
  links: () => [],
  filter: (f) => [...eq('authority_id', f.authorityId), ...eq('organization_id', f.organizationId)],
  sortFields: common,
  defaultSort: { field: 'updatedAt', direction: 'desc' },
};

/** Every entity definition, in the order a dump writes and a restore reads them (referenced kinds first). */
export const ENTITY_DEFS = [
  authorityDef,
  organizationDef,
  venueDef,
  personDef,
  grantDef,
  eventDef,
  postDef,
  cooperationDef,
] as const;

/** The words of a text as search compares them: folded, lower case, split on anything but letters and digits. */
export function searchTokens(texts: (string | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of searchKey(text).split(/[^\p{L}\p{N}]+/u)) if (token) tokens.add(token.slice(0, 100));
  }
  return [...tokens];
}

/**
 * The words the store's search finds a record of a searchable list by (`searchTokens` of its `searchText`): a
 * static copy of the site, which has no store to ask, searches these in the reader's browser instead.
 *
 * @example
 * searchWords.organization(stowarzyszenieOtwarteDrzwi) // ['stowarzyszenie', 'otwarte', 'drzwi', …, 'warszawa']
 */
export const searchWords = {
  event: (value: Event): string[] => searchTokens(eventDef.searchText(value)),
  organization: (value: Organization): string[] => searchTokens(organizationDef.searchText(value)),
  authority: (value: LocalAuthority): string[] => searchTokens(authorityDef.searchText(value)),
  grant: (value: Grant): string[] => searchTokens(grantDef.searchText(value)),
};
