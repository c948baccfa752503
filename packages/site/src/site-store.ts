import type { Cooperation, Event, Grant, LocalAuthority, Organization, Person, Post, Venue } from '@org/domain';
import type {
  AuthorityFilter,
  ChangeFeed,
  CooperationFilter,
  EventFilter,
  GrantFilter,
  OrganizationFilter,
  PersonFilter,
  PostFilter,
  Repository,
  Store,
} from '@org/store';

export type { ListQuery, Page, Stored } from '@org/store';

/**
 * The part of `@org/store`'s `Store` the website reads: lookups and lists, never writes. The types come
 * from the store itself; naming only the read methods keeps the site read-only by type.
 */
export type ReadRepository<T, F> = Pick<
  Repository<T, F>,
  'get' | 'getMany' | 'getBySlug' | 'getByFormerSlug' | 'formerSlugs' | 'list'
>;
export type SiteEventFilter = EventFilter;

export interface SiteStore {
  events: ReadRepository<Event, EventFilter>;
  organizations: ReadRepository<Organization, OrganizationFilter>;
  authorities: ReadRepository<LocalAuthority, AuthorityFilter>;
  venues: ReadRepository<Venue, Record<string, never>>;
  people: ReadRepository<Person, PersonFilter>;
  grants: ReadRepository<Grant, GrantFilter>;
  posts: ReadRepository<Post, PostFilter>;
  cooperations: ReadRepository<Cooperation, CooperationFilter>;
  dataVersion(): Promise<number>;
  /** A synchronous change detector, when the store offers one (see `data-version.ts`). */
  changes?(): Promise<ChangeFeed>;
}

// The real store must satisfy the website's view; a change in @org/store that breaks the site fails here.
export type StoreSatisfiesSiteView = Store extends SiteStore ? true : never;
const storeSatisfiesSiteView: StoreSatisfiesSiteView = true;
void storeSatisfiesSiteView;
