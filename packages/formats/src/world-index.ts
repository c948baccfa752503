import type { Cooperation, Event, Grant, LocalAuthority, Organization, Person, Post, Venue } from '@org/domain';

/** The records a writer may need beside the ones it writes, as arrays (the shape of a store dump or `DemoWorld`). */
export interface WorldInput {
  authorities?: readonly LocalAuthority[];
  organizations?: readonly Organization[];
  venues?: readonly Venue[];
  people?: readonly Person[];
  grants?: readonly Grant[];
  events?: readonly Event[];
  posts?: readonly Post[];
  cooperations?: readonly Cooperation[];
}

/** Related records by id, so a writer can name an event's organiser, venue, speakers and grants. */
export interface WorldIndex {
  authorities: ReadonlyMap<string, LocalAuthority>;
  organizations: ReadonlyMap<string, Organization>;
  venues: ReadonlyMap<string, Venue>;
  people: ReadonlyMap<string, Person>;
  grants: ReadonlyMap<string, Grant>;
  events: ReadonlyMap<string, Event>;
  posts: ReadonlyMap<string, Post>;
}

const byId = <T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> =>
  new Map((items ?? []).map((item) => [item.id, item]));

/**
 * Builds the lookup maps writers use from arrays of domain values. Missing arrays give empty maps. What a
 * writer does with an id the index lacks is its own: a grant a record names, 360Giving's recipient and funder,
 * and JSON-LD with `missing: 'throw'` throw a `FormatError` naming it; JSON-LD by default leaves it out.
 *
 * @example
 * indexWorld(seedWorld()).venues.size // 1
 */
export function indexWorld(world: WorldInput): WorldIndex {
  return {
    authorities: byId(world.authorities),
    organizations: byId(world.organizations),
    venues: byId(world.venues),
    people: byId(world.people),
    grants: byId(world.grants),
    events: byId(world.events),
    posts: byId(world.posts),
  };
}
