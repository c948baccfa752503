import type {
  Cooperation,
  Event,
  Grant,
  LocalAuthority,
  Organization,
  Person,
  Post,
  RecordMeta,
  Venue,
} from '@org/domain';

/**
 * The part of `@org/store`'s `Store` the website reads: lookups and lists, never writes. The real
 * store satisfies it structurally; naming only what is read keeps the site read-only by type.
 */
export type Stored<T> = T & RecordMeta;
export interface ListQuery<F> {
  filter?: F;
  search?: string;
  sort?: { field: string; direction?: 'asc' | 'desc' };
  limit?: number;
  offset?: number;
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
export interface ReadRepository<T, F> {
  get(id: string): Promise<Stored<T> | null>;
  getBySlug(slug: string): Promise<Stored<T> | null>;
  list(query?: ListQuery<F>): Promise<Page<Stored<T>>>;
}
export interface SiteEventFilter {
  status?: Event['status'][];
  from?: string;
  to?: string;
  hashtag?: string;
  organizationId?: string;
  authorityId?: string;
  grantId?: string;
  venueId?: string;
  personId?: string;
}
export interface SiteStore {
  events: ReadRepository<Event, SiteEventFilter>;
  organizations: ReadRepository<Organization, { legalForm?: string[] }>;
  authorities: ReadRepository<LocalAuthority, { kind?: string[]; parentId?: string }>;
  venues: ReadRepository<Venue, Record<string, never>>;
  people: ReadRepository<Person, { organizationId?: string }>;
  grants: ReadRepository<Grant, { funderAuthorityId?: string; beneficiaryId?: string }>;
  posts: ReadRepository<Post, { status?: Post['status'][]; eventId?: string; hashtag?: string }>;
  cooperations: ReadRepository<Cooperation, { authorityId?: string; organizationId?: string }>;
  dataVersion(): Promise<number>;
  /** A synchronous change detector, when the store offers one (see `data-version.ts`). */
  changes?(): Promise<{ version(): number; close(): Promise<void> }>;
}
