import type { Grant, LocalAuthority, Organization, Person, Venue } from '@org/domain';

/**
 * The records a page refers to by id, looked up by id. `site-data.ts` fills it from the store with
 * only what a page needs; views never query anything themselves.
 */
export interface Related {
  organizations: ReadonlyMap<string, Organization>;
  authorities: ReadonlyMap<string, LocalAuthority>;
  people: ReadonlyMap<string, Person>;
  venues: ReadonlyMap<string, Venue>;
  grants: ReadonlyMap<string, Grant>;
}

/** Builds a `Related` from lists of records (missing kinds are empty). */
export function relatedOf(records: {
  organizations?: readonly Organization[];
  authorities?: readonly LocalAuthority[];
  people?: readonly Person[];
  venues?: readonly Venue[];
  grants?: readonly Grant[];
}): Related {
  const byId = <T extends { id: string }>(xs: readonly T[] = []) => new Map(xs.map((x) => [x.id, x]));
  return {
    organizations: byId(records.organizations),
    authorities: byId(records.authorities),
    people: byId(records.people),
    venues: byId(records.venues),
    grants: byId(records.grants),
  };
}
