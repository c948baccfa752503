import type {
  AuditEntry,
  Cooperation,
  EntityKind,
  Event,
  Grant,
  LocalAuthority,
  Organization,
  Person,
  Post,
  RecordMeta,
  User,
  UserRole,
  Venue,
} from '@org/domain';

/** A domain value as stored: the value with its version and timestamps spread in. */
export type Stored<T> = T & RecordMeta;

/**
 * A staff account as stored. `erasedAt`: when its personal data was erased (`UserRepository.erase`); then
 * its name is `ERASED_USER_NAME`, its e-mail `<id>@usuniete.invalid`, and it can never sign in again.
 */
export type StoredUser = Stored<User> & { erasedAt?: string };

/** Who writes. When given, the write leaves an audit entry naming them. */
export interface Actor {
  userId: string | null;
  note?: string;
}

/** The fields every kind of record sorts by; `name` is what the record is called, in Polish collation. */
export type CommonSortField = 'name' | 'createdAt' | 'updatedAt';
/** `title` sorts as `name` does. */
export type EventSortField = CommonSortField | 'title' | 'startsAt' | 'endsAt' | 'publishedAt';
export type OrganizationSortField = CommonSortField;
export type AuthoritySortField = CommonSortField | 'terc';
export type VenueSortField = CommonSortField;
export type PersonSortField = CommonSortField;
/** `taskTitle` sorts as `name` does. */
export type GrantSortField = CommonSortField | 'taskTitle' | 'periodFrom';
/** `title` sorts as `name` does. */
export type PostSortField = CommonSortField | 'title' | 'publishedAt';
export type CooperationSortField = CommonSortField;

/**
 * A list query. `S` is the repository's sort fields (`store.events` takes `EventSortField`), so a field
 * it does not sort by is a compile error; a field from untyped input is still checked at run time (a
 * `ValidationError` naming the fields it takes).
 */
export interface ListQuery<F, S extends string = string> {
  /** Entity-specific filters. */
  filter?: F;
  /** Case- and diacritics-insensitive word-prefix search: "zolw" finds "żółw" and "Żółwie". */
  search?: string;
  /**
   * Only records changed at or after this instant (their `updatedAt`, any ISO 8601 date and time with Z or an
   * offset; a deleted record is never listed): what incremental sync asks for. Combines with `filter` and
   * `search`; sort by `updatedAt` ascending to page through the changes oldest first (ties by id), which an
   * index serves on every kind. A value that names no instant, or one outside the years 0000–9999, is a
   * `ValidationError` (`updatedSince`).
   *
   * @example
   * await store.posts.list({ updatedSince: '2026-11-27T00:00:00+01:00', sort: { field: 'updatedAt' }, limit: 100 });
   * // { items: [posts changed since 2026-11-26T23:00:00.000Z, oldest change first], total, limit: 100, offset: 0 }
   */
  updatedSince?: string;
  /** Names sort in Polish collation. */
  sort?: { field: S; direction?: 'asc' | 'desc' };
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** True when counting stopped early: there are at least `total` matches ("1000+"). Absent means false. */
  totalIsLowerBound?: boolean;
  limit: number;
  offset: number;
}

export interface Repository<T, F = Record<string, never>, S extends string = string> {
  /** Validates with the domain schema first (a `ValidationError` before any SQL); fills `id` and `slug` when absent. */
  create(input: unknown, actor?: Actor): Promise<Stored<T>>;
  get(id: string): Promise<Stored<T> | null>;
  /**
   * The records with these ids, in the order first given, each once; an id no record has (or a deleted
   * record's) is left out. One query for up to 500 ids.
   */
  getMany(ids: readonly string[]): Promise<Stored<T>[]>;
  getBySlug(slug: string): Promise<Stored<T> | null>;
  /**
   * The live record that `slug` named before it was renamed, or null: no record of this kind gave the
   * slug up, the one that did is deleted, or a live record holds the slug now (`getBySlug` finds that
   * one). For an old link, when `getBySlug` finds nothing: the record carries its current slug, the
   * address to redirect to. A chain of renames (A → B → C) leads from A and from B. Indexed lookups only.
   *
   * @example
   * await store.events.update(event.id, event.version, { ...event, slug: 'spotkanie-2027' });
   * await store.events.getBySlug('spotkanie'); // null
   * (await store.events.getByFormerSlug('spotkanie'))?.slug; // 'spotkanie-2027'
   */
  getByFormerSlug(slug: string): Promise<Stored<T> | null>;
  /**
   * Every former slug that `getByFormerSlug` would follow now, with the slug it leads to, by former slug:
   * for a static copy of the site, which writes a redirect page at each old address.
   *
   * @example
   * await store.events.formerSlugs(); // [{ slug: 'spotkanie', currentSlug: 'spotkanie-2027', id: '01…' }]
   */
  formerSlugs(): Promise<FormerSlug[]>;
  /** By id or slug; `NotFoundError` when neither matches. */
  require(idOrSlug: string): Promise<Stored<T>>;
  /**
   * Replaces the record; `ConflictError` when `expectedVersion` is not the stored one. A changed slug
   * keeps the old one as a former slug of the record (see `getByFormerSlug`), in the same transaction.
   */
  update(id: string, expectedVersion: number, input: unknown, actor?: Actor): Promise<Stored<T>>;
  /**
   * Soft delete: the record disappears from reads and lists, its slug is free again, the audit keeps it.
   * Refused with a `ReferencedError` (code `REFERENCED`, naming them) while other records point at it,
   * checked in the delete's own transaction; `{ force: true }` deletes it anyway and leaves them pointing
   * at a record that is gone (for tests of how readers cope with that).
   */
  delete(id: string, expectedVersion: number, actor?: Actor, options?: DeleteOptions): Promise<void>;
  list(query?: ListQuery<F, S>): Promise<Page<Stored<T>>>;
}

/** An old slug of a live record and the slug the record has now (see `Repository.formerSlugs`). */
export interface FormerSlug {
  slug: string;
  currentSlug: string;
  /** The record's id. */
  id: string;
}

export interface DeleteOptions {
  /** Delete even while other records point at the record; they keep pointing at it. Default false. */
  force?: boolean;
}

/** A record that points at another one (see `Store.referencesTo`). */
export interface Referrer {
  entity: Exclude<EntityKind, 'user'>;
  id: string;
  slug: string;
  /** What the record is called, as its lists sort it: an event's title, a person's "Nazwisko Imię". */
  name: string;
  /** Where in it the other record's id is: `organizerId`, `grantIds[0]`, `agenda[1].panelists[0].organizationId`. */
  paths: string[];
}

/** The records that point at one record: the first `limit` of them, and how many there are. */
export interface References {
  /** By kind (authorities, organisations, venues, people, grants, events, posts, cooperations), then by name. */
  items: Referrer[];
  total: number;
}

// The filters are type literals, not interfaces: a type literal is assignable to Record<string, unknown>,
// so a caller's view of a repository whose filter is any record (the admin's, which builds filters and
// sort fields from form input) still accepts the store's typed repositories.
export type EventFilter = {
  status?: Event['status'][];
  /** Events that end at or after this instant. */
  from?: string;
  /** Events that start at or before this instant. */
  to?: string;
  hashtag?: string;
  /** Organiser or partner. */
  organizationId?: string;
  /** Partner, or an authority a speaker represents. */
  authorityId?: string;
  grantId?: string;
  venueId?: string;
  /** Anyone on the agenda. */
  personId?: string;
};
export type OrganizationFilter = {
  legalForm?: string[];
};
export type AuthorityFilter = {
  kind?: string[];
  parentId?: string;
  terc?: string;
};
export type PersonFilter = {
  organizationId?: string;
};
export type GrantFilter = {
  funderAuthorityId?: string;
  beneficiaryId?: string;
  /**
   * Grants that name this record: as beneficiary, as the funder's unit (`funderUnitId`) or as the funder.
   * An organisation's id gives the grants it receives and those it handles for the funder.
   */
  refersTo?: string;
};
export type PostFilter = {
  status?: Post['status'][];
  eventId?: string;
  hashtag?: string;
};
export type CooperationFilter = {
  authorityId?: string;
  organizationId?: string;
};

export interface UserCreateInput {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  disabled?: boolean;
}
export interface UserUpdateInput {
  email?: string;
  name?: string;
  role?: UserRole;
  disabled?: boolean;
}

export interface UserRepository {
  create(input: UserCreateInput, actor?: Actor): Promise<StoredUser>;
  /** scrypt, compared in constant time; null for an unknown e-mail, a wrong password or a disabled user. */
  verifyPassword(email: string, password: string): Promise<StoredUser | null>;
  list(query?: { search?: string; role?: UserRole[]; limit?: number; offset?: number }): Promise<Page<StoredUser>>;
  get(id: string): Promise<StoredUser | null>;
  getByEmail(email: string): Promise<StoredUser | null>;
  /**
   * `ConflictError` when `expectedVersion` is stale; `LastAdministratorError` (code `LAST_ADMINISTRATOR`)
   * when taking the role away or blocking the account would leave no active administrator, checked in
   * the update's transaction so that concurrent changes cannot both pass.
   */
  update(id: string, expectedVersion: number, input: UserUpdateInput, actor?: Actor): Promise<StoredUser>;
  setPassword(id: string, password: string, actor?: Actor): Promise<void>;
  /**
   * Erases a blocked account's personal data (RODO art. 17) and keeps the account's id, so the audit log
   * and comments still show that one account acted: the name becomes `ERASED_USER_NAME`, the e-mail
   * `<id>@usuniete.invalid`, the password unusable; every audit entry about the account loses the name and
   * e-mail it recorded; its sessions end; an `erase` entry records who did it. `AccountErasureError`
   * (code `USER_ACTIVE`) for an account that is not blocked (block it first: nobody loses access by
   * mistake), `NotFoundError` for an unknown id, `ConflictError` for a stale `expectedVersion`. Erasing an
   * erased account returns it unchanged.
   */
  erase(id: string, expectedVersion: number, actor?: Actor): Promise<StoredUser>;
  count(): Promise<number>;
}

export interface SessionMeta {
  ip?: string;
  userAgent?: string;
}
export interface Session {
  userId: string;
  /** When the session ends unless `extend` moves it: an ISO instant in UTC. */
  expiresAt: string;
  csrfSecret: string;
  /** When it was made (signing in): `extend` never moves its end past this plus its maximum. */
  createdAt: string;
}
export interface SessionRepository {
  /** The token is random and returned once; only its SHA-256 is stored. */
  create(
    userId: string,
    ttlMs: number,
    meta?: SessionMeta,
  ): Promise<{ token: string; expiresAt: string; csrfSecret: string }>;
  /** Null for an unknown or expired token. */
  get(token: string): Promise<Session | null>;
  /**
   * Slides a live session: its end becomes `idleMs` from now, but never later than `maxMs` after it
   * was made, and never earlier than it already is (of two processes extending it at once, the later
   * end stays). Every process reading the store then agrees when it ends. Null for an unknown or
   * expired token (an expired session is not revived). Not a data change: caches stay valid.
   *
   * @example
   * await store.sessions.extend(token, 2 * 3600_000, 12 * 3600_000) // { ..., expiresAt: now + 2 h }
   */
  extend(token: string, idleMs: number, maxMs: number): Promise<Session | null>;
  delete(token: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /**
   * Deletes every session that has ended (its `expiresAt` is now or past); returns how many. Ended
   * sessions are never read again, but their rows stay until this runs: the admin runs it at start and
   * hourly. Not a data change.
   *
   * @example
   * await store.sessions.prune() // 3
   */
  prune(): Promise<number>;
}

export interface AuditQuery {
  entity?: EntityKind;
  entityId?: string;
  actorId?: string;
  limit?: number;
  offset?: number;
}
export interface AuditRepository {
  /** Validates the entry with the domain schema; fills `id` and `at` when absent. */
  record(entry: Omit<AuditEntry, 'id' | 'at'> & Partial<Pick<AuditEntry, 'id' | 'at'>>): Promise<AuditEntry>;
  /** Newest first. */
  list(query?: AuditQuery): Promise<Page<AuditEntry>>;
}

export interface ScheduledPublication {
  id: string;
  entity: 'event' | 'post';
  entityId: string;
  at: string;
  actorId: string | null;
  createdAt: string;
  doneAt: string | null;
}
export interface ScheduledRepository {
  schedule(entity: 'event' | 'post', id: string, at: string, actor?: Actor): Promise<ScheduledPublication>;
  /** Pending publications whose time has come, oldest first. */
  due(now: string): Promise<ScheduledPublication[]>;
  markDone(id: string): Promise<void>;
  /**
   * Cancels a pending publication: it is no longer listed nor due. `NotFoundError` when it is not pending
   * (already published, withheld or cancelled: a publisher that claimed it first wins), a `ValidationError`
   * for an id that cannot be one. With an `actor`, an audit entry on the record (action `update`, the
   * time in `before.scheduledPublication`, a note saying it was cancelled) in the same transaction.
   */
  cancel(id: string, actor?: Actor): Promise<ScheduledPublication>;
  /** Pending publications, soonest first. */
  list(): Promise<ScheduledPublication[]>;
}

/** The outcome of one rate-limit hit. */
export interface RateLimitHit {
  /** False once the window holds more than `limit` hits. */
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** When refused: how long until the window ends. 0 when allowed. */
  retryAfterMs: number;
}
export interface RateLimitRepository {
  /**
   * Counts one hit on `key` in a fixed window of `windowMs` that starts at the key's first hit (or the
   * first hit after the previous window ended). One statement, so it is atomic across processes.
   */
  hit(key: string, windowMs: number, limit: number): Promise<RateLimitHit>;
  /** Forgets the key's hits (after a successful sign-in, say). */
  reset(key: string): Promise<void>;
  /** Takes back one hit of the current window (a sign-in that succeeded should not count against its address). */
  forgive(key: string): Promise<void>;
  /**
   * Deletes the counters whose window started `olderThanMs` ago or earlier; returns how many. Pass the
   * longest window the caller counts in: every window of such a counter has ended, and its next hit
   * would start a new one anyway. Without it, every key ever hit (each e-mail address tried at
   * sign-in) keeps its row. Not a data change.
   *
   * @example
   * await store.rateLimits.prune(24 * 3600_000) // 120
   */
  prune(olderThanMs: number): Promise<number>;
}

/** A reviewer's comment on a record. */
export interface StoredComment {
  id: string;
  entity: EntityKind;
  entityId: string;
  authorId: string;
  /** Trimmed, 1–5000 characters. */
  body: string;
  /** When it was written, an ISO instant in UTC. */
  at: string;
}
export interface CommentRepository {
  /** Validates first (a `ValidationError` naming the field); `NotFoundError` when the record does not exist. */
  add(input: { entity: EntityKind; entityId: string; authorId: string; body: string }): Promise<StoredComment>;
  /** Oldest first. */
  list(entity: EntityKind, entityId: string): Promise<StoredComment[]>;
}

/** A cheap, synchronous change detector for caches (see `Store.changes`). */
export interface ChangeFeed {
  /** A number that differs after any committed write to the data, from this or any other process. */
  version(): number;
  close(): Promise<void>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  events: Repository<Event, EventFilter, EventSortField>;
  organizations: Repository<Organization, OrganizationFilter, OrganizationSortField>;
  authorities: Repository<LocalAuthority, AuthorityFilter, AuthoritySortField>;
  venues: Repository<Venue, Record<string, never>, VenueSortField>;
  people: Repository<Person, PersonFilter, PersonSortField>;
  grants: Repository<Grant, GrantFilter, GrantSortField>;
  posts: Repository<Post, PostFilter, PostSortField>;
  cooperations: Repository<Cooperation, CooperationFilter, CooperationSortField>;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  scheduled: ScheduledRepository;
  /** Counters for rate limits (login per account and per address), shared by every process. */
  rateLimits: RateLimitRepository;
  /** Reviewers' comments on any record. */
  comments: CommentRepository;
  /**
   * The live records that point at the record `id`, of any kind (an event at its organiser, venue, grants
   * and speakers; a person at their organisations; a post at its event…): what a delete would leave
   * pointing at nothing. `limit`: 1–500, default 100; `total` counts them all. Read from an index, not by
   * reading every record.
   */
  referencesTo(id: string, query?: { limit?: number }): Promise<References>;
  /** A number that grows with every committed write, from any process: cheap to poll (website caches). */
  dataVersion(): Promise<number>;
  /**
   * A change detector whose `version()` is synchronous and costs microseconds, for caches to check on
   * every request. SQLite: `PRAGMA data_version` on a dedicated read connection (it changes when any
   * other connection commits, this store's writer included). PostgreSQL: a dedicated client that
   * LISTENs on the channel every write transaction NOTIFYs at commit; the number grows with each
   * notification and on every reconnect (notifications may have been missed while away), so it
   * changes shortly after a commit, not at the same instant. Close it when done.
   */
  changes(): Promise<ChangeFeed>;
  /** Runs `fn` in one transaction; everything it writes commits together or not at all. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}
