/**
 * The part of `@org/store`'s `Store` the admin uses, as the admin needs it. The real store is passed
 * in (`createApp({ store })`); this type only pins down what the admin relies on, so a change in the
 * store shows up as one compile error here.
 */
import type { AuditEntry, EntityKind, User, UserRole } from '@org/domain';
import type { Actor, Page, Store, StoredComment, ListQuery as StoreListQuery } from '@org/store';

export type { Actor, Page, StoredComment } from '@org/store';

/**
 * List queries as the admin sends them. Filters are built per entity from form input and the sort
 * field comes from a list's `?sort=`, checked against `EntityDef.filters` and `EntityDef.sorts`.
 * `@org/store` types each repository's filter and sort fields (`store.events` takes `EventFilter` and
 * `EventSortField`); one admin repository type cannot name them all, so it takes what every repository
 * accepts, and `listFilter` / `sortField` are the one place that vouches for checked values (the store
 * checks them again at run time and refuses unknown ones with a `ValidationError`).
 */
export type ListQuery = Omit<StoreListQuery<never>, 'filter' | 'sort'> & {
  filter?: Record<string, never>;
  sort?: { field: never; direction?: 'asc' | 'desc' };
};
/** A sort field named in `EntityDef.sorts` (checked by the caller), as the store's typed list queries take it. */
export const sortField = (name: string): never => name as never;
/** A list filter built from `EntityDef.filters` (checked by the caller), as the store's typed list queries take it. */
export const listFilter = (filter: Record<string, unknown>): Record<string, never> => filter as Record<string, never>;
export type StoredRecord = Record<string, unknown> & {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};
export interface AdminRepository {
  create(input: unknown, actor?: Actor): Promise<StoredRecord>;
  get(id: string): Promise<StoredRecord | null | undefined>;
  getBySlug(slug: string): Promise<StoredRecord | null | undefined>;
  update(id: string, expectedVersion: number, input: unknown, actor?: Actor): Promise<StoredRecord>;
  delete(id: string, expectedVersion: number, actor?: Actor): Promise<unknown>;
  list(query?: ListQuery): Promise<Page<StoredRecord>>;
}
/** `erasedAt`: when the account's personal data was erased (the store's `users.erase`); its name and e-mail are placeholders since. */
export type StoredUser = User & { version: number; erasedAt?: string };
export interface AdminStore {
  events: AdminRepository;
  organizations: AdminRepository;
  authorities: AdminRepository;
  venues: AdminRepository;
  people: AdminRepository;
  grants: AdminRepository;
  posts: AdminRepository;
  cooperations: AdminRepository;
  users: {
    create(
      input: { email: string; name: string; role: UserRole; password: string },
      actor?: Actor,
    ): Promise<StoredUser>;
    verifyPassword(email: string, password: string): Promise<StoredUser | null>;
    list(query?: { role?: UserRole[]; limit?: number; offset?: number }): Promise<Page<StoredUser>>;
    get(id: string): Promise<StoredUser | null | undefined>;
    getByEmail(email: string): Promise<StoredUser | null | undefined>;
    update(id: string, version: number, input: unknown, actor?: Actor): Promise<StoredUser>;
    setPassword(id: string, password: string, actor?: Actor): Promise<unknown>;
    erase(id: string, version: number, actor?: Actor): Promise<StoredUser>;
    count(): Promise<number>;
  };
  sessions: {
    create(
      userId: string,
      ttlMs: number,
      /** Kept with the session for whoever reads the table (the store's `SessionMeta`): the client's address and browser. */
      meta?: { ip?: string; userAgent?: string },
    ): Promise<{ token: string; expiresAt: string; csrfSecret: string }>;
    get(
      token: string,
    ): Promise<{ userId: string; expiresAt: string; csrfSecret: string; createdAt: string } | null | undefined>;
    extend(token: string, idleMs: number, maxMs: number): Promise<unknown>;
    delete(token: string): Promise<unknown>;
    deleteForUser(userId: string): Promise<unknown>;
  };
  audit: {
    record(entry: Omit<AuditEntry, 'id' | 'at'> & Partial<Pick<AuditEntry, 'id' | 'at'>>): Promise<unknown>;
    list(query: {
      entity?: EntityKind;
      entityId?: string;
      actorId?: string;
      limit?: number;
      offset?: number;
    }): Promise<AuditEntry[] | Page<AuditEntry>>;
  };
  rateLimits: {
    hit(
      key: string,
      windowMs: number,
      limit: number,
    ): Promise<{ allowed: boolean; count: number; retryAfterMs: number }>;
    reset(key: string): Promise<unknown>;
    forgive(key: string): Promise<unknown>;
  };
  comments: {
    add(input: { entity: EntityKind; entityId: string; authorId: string; body: string }): Promise<StoredComment>;
    list(entity: EntityKind, entityId: string): Promise<StoredComment[]>;
  };
  /** The records that point at a record (`paths`: the fields they point from), the first `limit` and the total. */
  referencesTo(
    id: string,
    query?: { limit?: number },
  ): Promise<{
    items: { entity: Exclude<EntityKind, 'user'>; id: string; slug: string; name: string; paths: string[] }[];
    total: number;
  }>;
  scheduled: {
    schedule(entity: 'event' | 'post', id: string, at: string, actor?: Actor): Promise<unknown>;
    due(now: string): Promise<{ id: string; entity: 'event' | 'post'; entityId: string; actorId: string | null }[]>;
    markDone(id: string): Promise<unknown>;
    /** Cancels a pending publication (`NotFoundError` when it is no longer pending), audited with the actor. */
    cancel(id: string, actor?: Actor): Promise<unknown>;
    /** Scheduled publications not yet done, earliest first. */
    list(): Promise<{ id: string; entity: 'event' | 'post'; entityId: string; at: string; actorId: string | null }[]>;
  };
}

// The real store must satisfy this view; a change in @org/store that breaks the admin fails here.
export type StoreSatisfiesAdminView = Store extends AdminStore ? true : never;
const storeSatisfiesAdminView: StoreSatisfiesAdminView = true;
void storeSatisfiesAdminView;
