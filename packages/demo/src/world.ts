import type { Cooperation, Event, Grant, LocalAuthority, Organization, Person, Post, Venue } from '@org/domain';

/** A complete set of domain values: what the seed and the generator produce and the store loads. */
export interface DemoWorld {
  authorities: LocalAuthority[];
  organizations: Organization[];
  venues: Venue[];
  people: Person[];
  grants: Grant[];
  events: Event[];
  posts: Post[];
  cooperations: Cooperation[];
}
