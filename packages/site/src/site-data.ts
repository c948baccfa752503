import {
  type Cooperation,
  type Event,
  type Grant,
  isPublicEvent,
  itemPeople,
  type LocalAuthority,
  type Organization,
  type Post,
  type Speaker,
} from '@org/domain';
import { type Related, relatedOf } from './related.js';
import type { ListQuery, Page, ReadRepository, SiteEventFilter, SiteStore, Stored } from './site-store.js';

/**
 * Every query the website makes, in one place: what the public may see (no drafts) and the related
 * records each page needs. Views get domain values from here and never touch the store.
 */

/** Statuses the public sees: drafts are invisible, cancelled and postponed events stay, marked. */
export const PUBLIC_EVENT_STATUSES: Event['status'][] = ['published', 'cancelled', 'postponed'];
const PUBLISHED_POSTS: Post['status'][] = ['published'];
export const PAGE_SIZE = 50;
const MAX_LIMIT = 500;

// The domain's rule (drafts are not public), as a guard that also takes a missing record.
const isPublicStored = (e: Event | null | undefined): e is Stored<Event> => !!e && isPublicEvent(e);
const isPublicPost = (p: Post | null | undefined): p is Stored<Post> => !!p && p.status === 'published';

/** Fetches records by id, one query per kind, skipping ids that no longer exist. */
function byIds<X>(repo: { getMany(ids: readonly string[]): Promise<X[]> }, ids: Iterable<string>): Promise<X[]> {
  return repo.getMany([...(ids instanceof Set ? ids : new Set(ids))]);
}

/** Every item of a list, page by page (the store caps a page at 500). */
export async function* listAll<T, F>(repo: ReadRepository<T, F>, query: ListQuery<F> = {}): AsyncGenerator<Stored<T>> {
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await repo.list({ ...query, limit: MAX_LIMIT, offset });
    yield* page.items;
    if (page.items.length < MAX_LIMIT || offset + page.items.length >= page.total) return;
  }
}

const speakersOf = (event: Event): Speaker[] => event.agenda.flatMap(itemPeople);

/**
 * Everything the given events refer to: venues, organisers, partners, speakers and whom they speak
 * for (their affiliations included), grants and their funders and beneficiaries.
 */
export async function relatedForEvents(store: SiteStore, events: readonly Event[], full = true): Promise<Related> {
  // Ids are gathered into sets in loops rather than flat-mapped arrays (every uncached event page runs
  // this), in the order the store is asked for them and the maps keep: first mention first.
  const venueIds = new Set<string>();
  for (const e of events) if (e.venueId) venueIds.add(e.venueId);
  if (!full) return relatedOf({ venues: await byIds(store.venues, venueIds) });
  const speakers: Speaker[] = [];
  for (const e of events) for (const item of e.agenda) speakers.push(...itemPeople(item));
  const personIds = new Set<string>();
  for (const s of speakers) if (s.kind === 'person') personIds.add(s.personId);
  const grantIds = new Set<string>();
  for (const e of events) for (const id of e.grantIds) grantIds.add(id);
  // Venues, people and grants at once; the organisations and authorities they name after them.
  const [venues, people, grants] = await Promise.all([
    byIds(store.venues, venueIds),
    byIds(store.people, personIds),
    byIds(store.grants, grantIds),
  ]);
  const orgIds = new Set<string>();
  for (const e of events) {
    orgIds.add(e.organizerId);
    for (const p of e.partners) if (p.organizationId) orgIds.add(p.organizationId);
  }
  for (const s of speakers) if (s.organizationId) orgIds.add(s.organizationId);
  for (const p of people) for (const a of p.affiliations) if (a.organizationId) orgIds.add(a.organizationId);
  for (const g of grants) {
    orgIds.add(g.beneficiaryId);
    if (g.funderUnitId) orgIds.add(g.funderUnitId);
  }
  const authorityIds = new Set<string>();
  for (const e of events) for (const p of e.partners) if (p.authorityId) authorityIds.add(p.authorityId);
  for (const s of speakers) if (s.authorityId) authorityIds.add(s.authorityId);
  for (const p of people) for (const a of p.affiliations) if (a.authorityId) authorityIds.add(a.authorityId);
  for (const g of grants) authorityIds.add(g.funderAuthorityId);
  const [organizations, authorities] = await Promise.all([
    byIds(store.organizations, orgIds),
    byIds(store.authorities, authorityIds),
  ]);
  return relatedOf({ venues, people, grants, organizations, authorities });
}

/** A public event by slug with what its page shows, or null (unknown or draft). */
export async function eventPageData(store: SiteStore, slug: string) {
  const event = await store.events.getBySlug(slug);
  if (!isPublicStored(event)) return null;
  const [related, posts] = await Promise.all([
    relatedForEvents(store, [event]),
    store.posts.list({ filter: { status: PUBLISHED_POSTS, eventId: event.id }, limit: 20 }),
  ]);
  return {
    event: withKnownGrants(event, related.grants),
    related,
    posts: posts.items,
    grants: [...related.grants.values()],
  };
}

/**
 * An event or post without the grants that no longer exist (deleted after it named them), given the
 * grants that do: its page, feed entry or calendar entry shows the funding statements it has and
 * never fails for one it cannot write. The admin's check before publication names such a grant.
 */
export function withKnownGrants<R extends { grantIds: readonly string[] }>(
  record: R,
  grants: { has(id: string): boolean },
): R {
  return record.grantIds.every((id) => grants.has(id))
    ? record
    : { ...record, grantIds: record.grantIds.filter((id) => grants.has(id)) };
}

// The store's event filter bounds an event's end from below (`from`: ends at or after) and its start
// from above (`to`: starts at or before). A month and "upcoming" or "past" are both such bounds: they
// meet by taking the later `from` and the earlier `to`, so the store filters and pages the result.
const later = (a: string | undefined, b: string) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a);
const earlier = (a: string | undefined, b: string) => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a);

/** One page of a list: which page and how long. */
export interface PageRequest {
  page?: number;
  limit?: number;
  /** Only the events whose words (title, summary, hashtags) start with the search's: the store's word-prefix search. */
  search?: string | undefined;
}

/**
 * Upcoming events (ending now or later, so those in progress too) within the filter's own bounds,
 * soonest first, one page of them.
 */
export async function upcomingEvents(
  store: SiteStore,
  now: string,
  filter: SiteEventFilter = {},
  { page = 1, limit = PAGE_SIZE, search }: PageRequest = {},
) {
  return store.events.list({
    filter: { ...filter, status: PUBLIC_EVENT_STATUSES, from: later(filter.from, now) },
    ...(search === undefined ? {} : { search }),
    sort: { field: 'startsAt', direction: 'asc' },
    limit,
    offset: (page - 1) * limit,
  });
}

/**
 * Past events (ended before now) within the filter's own bounds, the latest to end first, one page of
 * them. The store's filter cannot say "ends before", only "starts before": of the events that have
 * started, sorted by their end, those still in progress come first, so they are counted and skipped
 * and the page is exact (an event in progress is upcoming, never also past).
 */
export async function pastEvents(
  store: SiteStore,
  now: string,
  filter: SiteEventFilter,
  { page = 1, limit = PAGE_SIZE, search }: PageRequest = {},
) {
  const ended = new Date(Date.parse(now) - 1).toISOString();
  const started: SiteEventFilter = { ...filter, status: PUBLIC_EVENT_STATUSES, to: earlier(filter.to, ended) };
  const searched = search === undefined ? {} : { search };
  const inProgress = (
    await store.events.list({ filter: { ...started, from: later(filter.from, now) }, ...searched, limit: 1 })
  ).total;
  const offset = (page - 1) * limit;
  const result = await store.events.list({
    filter: started,
    ...searched,
    sort: { field: 'endsAt', direction: 'desc' },
    limit,
    offset: inProgress + offset,
  });
  return { ...result, total: Math.max(0, result.total - inProgress), offset };
}

/** Published posts, newest first. */
export function latestPosts(store: SiteStore, limit = PAGE_SIZE, offset = 0): Promise<Page<Stored<Post>>> {
  return store.posts.list({
    filter: { status: PUBLISHED_POSTS },
    sort: { field: 'publishedAt', direction: 'desc' },
    limit,
    offset,
  });
}

// Polish alphabetical order (DESIGN.md: every sort in the `pl` collation); one collator for every call.
const POLISH = new Intl.Collator('pl');
/** Compares names in Polish alphabetical order ("Ćma" after "Cebula", before "Dąb"). */
export const comparePolish = POLISH.compare;

/** What the latest public events (up to 500) involve: organisations, authorities and hashtags, with counts. */
async function recentInvolvement(store: SiteStore) {
  const recent = await store.events.list({
    filter: { status: PUBLIC_EVENT_STATUSES },
    sort: { field: 'startsAt', direction: 'desc' },
    limit: MAX_LIMIT,
  });
  let counted = INVOLVEMENT.get(recent);
  if (!counted) {
    // An authority funding an event through a grant takes part in it (the store's authority filter finds
    // such events too): the funders of the events' grants, read once per list.
    counted = byIds(
      store.grants,
      recent.items.flatMap((e) => e.grantIds),
    ).then((grants) => countInvolvement(recent, new Map(grants.map((g) => [g.id, g.funderAuthorityId]))));
    INVOLVEMENT.set(recent, counted);
    // A failed read is not kept: the next render asks again.
    counted.catch(() => INVOLVEMENT.delete(recent));
  }
  return counted;
}

// Counting 500 events' parties and hashtags is a function of the list alone: a store that hands out the
// same list object again (the website's read snapshot, until the data changes) gets the same counts,
// and a new list (any write, or a store without a snapshot) is counted afresh.
const INVOLVEMENT = new WeakMap<object, Promise<ReturnType<typeof countInvolvement>>>();

// What the home page and the event filter show of the counts (the most involved, the filter's choices)
// follows from the counts and the records they name, both of one read snapshot: kept beside the counts.
const DERIVED = new WeakMap<object, Map<string, Promise<unknown>>>();
// Kept values are shared by every render of a snapshot: frozen, so a render that sorts or extends one in
// place fails at once instead of changing what later renders show.
const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);
function derived<T>(owner: object, key: string, compute: () => Promise<T>): Promise<T> {
  let values = DERIVED.get(owner);
  if (!values) {
    values = new Map();
    DERIVED.set(owner, values);
  }
  const known = values.get(key) as Promise<T> | undefined;
  if (known) return known;
  const value = compute();
  values.set(key, value);
  // A failed read is not kept: the next render asks again.
  value.catch(() => values.delete(key));
  return value;
}

function countInvolvement(recent: Page<Stored<Event>>, funderOf: ReadonlyMap<string, string>) {
  const orgCount = new Map<string, number>();
  const authCount = new Map<string, number>();
  // Hashtags match whatever their case (the store's filter does), so one spelling stands for all.
  const tagCount = new Map<string, { tag: string; n: number }>();
  for (const e of recent.items) {
    const orgs = new Set<string>([e.organizerId]);
    const auths = new Set<string>();
    for (const p of e.partners) {
      if (p.organizationId) orgs.add(p.organizationId);
      if (p.authorityId) auths.add(p.authorityId);
    }
    for (const s of speakersOf(e)) {
      if (s.organizationId) orgs.add(s.organizationId);
      if (s.authorityId) auths.add(s.authorityId);
    }
    for (const g of e.grantIds) {
      const funder = funderOf.get(g);
      if (funder) auths.add(funder);
    }
    for (const id of orgs) orgCount.set(id, (orgCount.get(id) ?? 0) + 1);
    for (const id of auths) authCount.set(id, (authCount.get(id) ?? 0) + 1);
    for (const tag of new Set(e.hashtags)) {
      const key = tag.toLocaleLowerCase('pl');
      const known = tagCount.get(key);
      if (known) known.n++;
      else tagCount.set(key, { tag, n: 1 });
    }
  }
  return { orgCount, authCount, tagCount, scanned: recent.items.length, total: recent.total };
}

/**
 * The `top` records of `counts` by count, ties in Polish alphabetical order of their names (ids are
 * opaque: an order by id means nothing to a reader). Every record tied with the last place is fetched,
 * since any of them may come first by name; records that no longer exist are skipped.
 */
async function topByCountThenName<X extends { id: string; name: string }>(
  repo: { getMany(ids: readonly string[]): Promise<X[]> },
  counts: Map<string, number>,
  top: number,
): Promise<{ record: X; events: number }[]> {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const last = sorted[top - 1]?.[1] ?? 0;
  const candidates = sorted.filter(([, n], i) => i < top || n === last);
  const records = await byIds(
    repo,
    candidates.map(([id]) => id),
  );
  return records
    .map((record) => ({ record, events: counts.get(record.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.events - a.events || comparePolish(a.record.name, b.record.name) || (a.record.id < b.record.id ? -1 : 1),
    )
    .slice(0, top);
}

/**
 * The organisations and authorities most involved in recent events (organiser, partner, speakers
 * representing them, an authority funding them through a grant), counted over the latest 500 public
 * events; ties in Polish alphabetical order.
 */
export async function mostInvolved(store: SiteStore, top = 8) {
  const involvement = await recentInvolvement(store);
  return derived(involvement, `most ${top}`, async () => {
    const [orgs, auths] = await Promise.all([
      topByCountThenName(store.organizations, involvement.orgCount, top),
      topByCountThenName(store.authorities, involvement.authCount, top),
    ]);
    return {
      organizations: frozen(orgs.map(({ record: organization, events }) => ({ organization, events }))),
      authorities: frozen(auths.map(({ record: authority, events }) => ({ authority, events }))),
    };
  });
}

/**
 * At most this many organisations and hashtags in the event filter: every one with recent events in
 * a typical year of the foundation's, and a select that stays usable (and a page that stays small)
 * when there are more. Beyond it the most involved are kept and the form says so.
 */
export const FILTER_CHOICES = 100;

/** A list of filter choices and how many there were before the list was cut. */
export interface FilterChoices<T> {
  items: readonly T[];
  total: number;
}

/**
 * What the event filter offers, each list in Polish alphabetical order: the organisations and
 * hashtags of the latest 500 public events (the `bound` most involved of them when there are more)
 * and every local authority (up to 500). `events` says how many events were read of how many.
 */
export function eventFilterChoices(store: SiteStore, bound = FILTER_CHOICES) {
  return recentInvolvement(store).then((involvement) =>
    derived(involvement, `choices ${bound}`, () => filterChoicesOf(store, involvement, bound)),
  );
}

async function filterChoicesOf(
  store: SiteStore,
  involvement: Awaited<ReturnType<typeof recentInvolvement>>,
  bound: number,
) {
  const { orgCount, tagCount } = involvement;
  const [orgs, authorities] = await Promise.all([
    topByCountThenName(store.organizations, orgCount, bound),
    store.authorities.list({ sort: { field: 'name', direction: 'asc' }, limit: MAX_LIMIT }),
  ]);
  const tags = [...tagCount.values()].sort((a, b) => b.n - a.n || comparePolish(a.tag, b.tag)).slice(0, bound);
  const byName = (a: { name: string }, b: { name: string }) => comparePolish(a.name, b.name);
  return {
    organizations: {
      items: frozen(orgs.map(({ record: o }) => ({ slug: o.slug, name: o.name })).sort(byName)),
      total: orgCount.size,
    } satisfies FilterChoices<{ slug: string; name: string }>,
    authorities: {
      items: frozen(authorities.items.map((a) => ({ slug: a.slug, name: a.name })).sort(byName)),
      total: authorities.total,
    } satisfies FilterChoices<{ slug: string; name: string }>,
    hashtags: {
      items: frozen(tags.map((t) => t.tag).sort(comparePolish)),
      total: tagCount.size,
    } satisfies FilterChoices<string>,
    events: { scanned: involvement.scanned, total: involvement.total },
  };
}

/**
 * A published post by slug with its event (when public) and what both refer to, or null. A post about
 * a funded event is a publication about that public task: `grantIds` are the post's own grants and
 * then its event's, and the page shows every one's funding statement.
 */
export async function postPageData(store: SiteStore, slug: string) {
  const post = await store.posts.getBySlug(slug);
  if (!isPublicPost(post)) return null;
  const eventRecord = post.eventId ? await store.events.get(post.eventId) : null;
  const stored = isPublicStored(eventRecord) ? eventRecord : undefined;
  const [grants, eventRelated] = await Promise.all([
    byIds(store.grants, new Set([...post.grantIds, ...(stored?.grantIds ?? [])])),
    stored ? relatedForEvents(store, [stored]) : Promise.resolve(undefined),
  ]);
  const related = { ...(eventRelated ?? relatedOf({})), grants: new Map(grants.map((g) => [g.id, g])) };
  const event = stored ? withKnownGrants(stored, related.grants) : undefined;
  const grantIds = [...new Set([...post.grantIds, ...(event?.grantIds ?? [])])].filter((id) => related.grants.has(id));
  return { post, event, grantIds, grants, related };
}

async function cooperationContext(
  store: SiteStore,
  cooperations: readonly Cooperation[],
  extraGrants: readonly Grant[],
) {
  const [events, grants, orgs, auths] = await Promise.all([
    byIds(
      store.events,
      cooperations.flatMap((c) => c.eventIds),
    ),
    byIds(
      store.grants,
      cooperations.flatMap((c) => c.grantIds),
    ),
    byIds(
      store.organizations,
      cooperations.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
    ),
    byIds(
      store.authorities,
      cooperations.map((c) => c.authorityId),
    ),
  ]);
  return {
    cooperationEvents: new Map(events.filter(isPublicStored).map((e) => [e.id, e as Event])),
    grants: [...grants, ...extraGrants],
    organizations: orgs,
    authorities: auths,
  };
}

/** An organisation's profile: its events, cooperation records and grants. */
export async function organizationPageData(store: SiteStore, slug: string) {
  const organization = await store.organizations.getBySlug(slug);
  if (!organization) return null;
  const [events, cooperations, grants] = await Promise.all([
    store.events.list({
      filter: { status: PUBLIC_EVENT_STATUSES, organizationId: organization.id },
      sort: { field: 'startsAt', direction: 'desc' },
      limit: 100,
    }),
    store.cooperations.list({ filter: { organizationId: organization.id }, limit: 200 }),
    // The grants it receives and those it handles as the funder's unit (a regional centre for social policy).
    store.grants.list({ filter: { refersTo: organization.id }, limit: 100 }),
  ]);
  const coop = await cooperationContext(store, cooperations.items, []);
  const parent = organization.parentAuthorityId ? await store.authorities.get(organization.parentAuthorityId) : null;
  const eventRelated = await relatedForEvents(store, events.items, false);
  const related = relatedOf({
    venues: [...eventRelated.venues.values()],
    grants: coop.grants,
    organizations: [organization, ...coop.organizations],
    authorities: [...coop.authorities, ...(parent ? [parent] : [])],
  });
  return {
    organization,
    events: events.items,
    cooperations: cooperations.items,
    cooperationEvents: coop.cooperationEvents,
    grants: grants.items.filter((g) => g.beneficiaryId === organization.id),
    handledGrants: grants.items.filter((g) => g.funderUnitId === organization.id),
    related,
  };
}

/** A local authority's profile: its events, cooperation records, the grants it funded and its units. */
export async function authorityPageData(store: SiteStore, slug: string) {
  const authority = await store.authorities.getBySlug(slug);
  if (!authority) return null;
  const [events, cooperations, grants] = await Promise.all([
    store.events.list({
      filter: { status: PUBLIC_EVENT_STATUSES, authorityId: authority.id },
      sort: { field: 'startsAt', direction: 'desc' },
      limit: 100,
    }),
    store.cooperations.list({ filter: { authorityId: authority.id }, limit: 200 }),
    store.grants.list({ filter: { funderAuthorityId: authority.id }, limit: 100 }),
  ]);
  // The events it funded (through its grants) are events it took part in too, as its funder.
  const funded = await Promise.all(
    grants.items.slice(0, 20).map((g) =>
      store.events.list({
        filter: { status: PUBLIC_EVENT_STATUSES, grantId: g.id },
        sort: { field: 'startsAt', direction: 'desc' },
        limit: 100,
      }),
    ),
  );
  const byId = new Map(events.items.map((e) => [e.id, e]));
  for (const page of funded) for (const e of page.items) if (!byId.has(e.id)) byId.set(e.id, e);
  const allEvents = [...byId.values()]
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || (a.id < b.id ? -1 : 1))
    .slice(0, 100);
  const coop = await cooperationContext(store, cooperations.items, []);
  const [parent, units] = await Promise.all([
    authority.parentId ? store.authorities.get(authority.parentId) : Promise.resolve(null),
    byIds(
      store.organizations,
      grants.items.flatMap((g) => (g.funderUnitId ? [g.funderUnitId] : [])),
    ),
  ]);
  const eventRelated = await relatedForEvents(store, allEvents, false);
  const related = relatedOf({
    venues: [...eventRelated.venues.values()],
    grants: [...coop.grants, ...grants.items],
    organizations: coop.organizations,
    authorities: [authority, ...coop.authorities, ...(parent ? [parent] : [])],
  });
  return {
    authority,
    units: units.filter((u) => u.parentAuthorityId === authority.id),
    events: allEvents,
    cooperations: cooperations.items,
    cooperationEvents: coop.cooperationEvents,
    grants: grants.items,
    related,
  };
}

/** A grant's page: the grant, its funder, unit and beneficiary, and the public events it funded. */
export async function grantPageData(store: SiteStore, slug: string) {
  const grant = await store.grants.getBySlug(slug);
  if (!grant) return null;
  const [events, funder, orgs] = await Promise.all([
    store.events.list({
      filter: { status: PUBLIC_EVENT_STATUSES, grantId: grant.id },
      sort: { field: 'startsAt', direction: 'asc' },
      limit: 200,
    }),
    store.authorities.get(grant.funderAuthorityId),
    byIds(store.organizations, [grant.beneficiaryId, ...(grant.funderUnitId ? [grant.funderUnitId] : [])]),
  ]);
  const eventRelated = await relatedForEvents(store, events.items, false);
  const related = relatedOf({
    venues: [...eventRelated.venues.values()],
    organizations: orgs,
    authorities: funder ? [funder] : [],
    grants: [grant],
  });
  return { grant, events: events.items, related };
}

/**
 * A speaker's page: the person, whom they have spoken for (affiliations with roles and periods) and
 * the public events they took part in. Only people who speak at a public event have a page: a name
 * that appears only in drafts stays private.
 */
export async function personPageData(store: SiteStore, slug: string) {
  const person = await store.people.getBySlug(slug);
  if (!person) return null;
  const events = await store.events.list({
    filter: { status: PUBLIC_EVENT_STATUSES, personId: person.id },
    sort: { field: 'startsAt', direction: 'desc' },
    limit: 100,
  });
  if (events.items.length === 0) return null;
  const [organizations, authorities, eventRelated] = await Promise.all([
    byIds(
      store.organizations,
      person.affiliations.flatMap((a) => (a.organizationId ? [a.organizationId] : [])),
    ),
    byIds(
      store.authorities,
      person.affiliations.flatMap((a) => (a.authorityId ? [a.authorityId] : [])),
    ),
    relatedForEvents(store, events.items, false),
  ]);
  const related = relatedOf({
    venues: [...eventRelated.venues.values()],
    people: [person],
    organizations,
    authorities,
  });
  return { person, events: events.items, related };
}

/** A venue's page: where it is, how accessible, and the public events held there. Only venues of a public event have a page. */
export async function venuePageData(store: SiteStore, slug: string) {
  const venue = await store.venues.getBySlug(slug);
  if (!venue) return null;
  const events = await store.events.list({
    filter: { status: PUBLIC_EVENT_STATUSES, venueId: venue.id },
    sort: { field: 'startsAt', direction: 'desc' },
    limit: 100,
  });
  if (events.items.length === 0) return null;
  return { venue, events: events.items, related: relatedOf({ venues: [venue] }) };
}

/**
 * One page of an alphabetical list of organisations, authorities or grants, narrowed by `search` when given (the
 * store's word-prefix search, without case or Polish letters: "otwarte drz" finds "Stowarzyszenie Otwarte Drzwi").
 */
export async function indexPage(
  store: SiteStore,
  kind: 'organizations' | 'authorities' | 'grants',
  page: number,
  search?: string,
) {
  const sortField = kind === 'grants' ? 'taskTitle' : 'name';
  const repo = store[kind] as ReadRepository<Organization | LocalAuthority | Grant, never>;
  const result = await repo.list({
    ...(search === undefined ? {} : { search }),
    sort: { field: sortField, direction: 'asc' },
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return {
    items: result.items,
    total: result.total,
    // A common word's matches are counted up to a cap: "at least 1000".
    atLeast: result.totalIsLowerBound === true,
    pages: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
  };
}
