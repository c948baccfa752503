import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  authorityDef,
  cooperationDef,
  eventDef,
  grantDef,
  organizationDef,
  personDef,
  postDef,
  venueDef,
} from './entities.js';
import type { Store } from './types.js';

// What each repository sorts by. The type checks run in `pnpm typecheck` (tsc covers the tests), the
// list of each definition's fields in `pnpm test`: together they keep the type and the run-time check equal.
const COMMON = ['name', 'createdAt', 'updatedAt'] as const;
const SORT_FIELDS = {
  events: [...COMMON, 'title', 'startsAt', 'endsAt', 'publishedAt'],
  organizations: [...COMMON],
  authorities: [...COMMON, 'terc'],
  venues: [...COMMON],
  people: [...COMMON],
  grants: [...COMMON, 'taskTitle', 'periodFrom'],
  posts: [...COMMON, 'title', 'publishedAt'],
  cooperations: [...COMMON],
} as const;
type Listed = keyof typeof SORT_FIELDS;

/** The sort field type a repository of the store takes. */
type SortFieldOf<K extends Listed> = NonNullable<NonNullable<Parameters<Store[K]['list']>[0]>['sort']>['field'];

describe('sort fields', () => {
  it('are typed per repository as the fields it sorts by', () => {
    expectTypeOf<SortFieldOf<'events'>>().toEqualTypeOf<(typeof SORT_FIELDS.events)[number]>();
    expectTypeOf<SortFieldOf<'organizations'>>().toEqualTypeOf<(typeof SORT_FIELDS.organizations)[number]>();
    expectTypeOf<SortFieldOf<'authorities'>>().toEqualTypeOf<(typeof SORT_FIELDS.authorities)[number]>();
    expectTypeOf<SortFieldOf<'venues'>>().toEqualTypeOf<(typeof SORT_FIELDS.venues)[number]>();
    expectTypeOf<SortFieldOf<'people'>>().toEqualTypeOf<(typeof SORT_FIELDS.people)[number]>();
    expectTypeOf<SortFieldOf<'grants'>>().toEqualTypeOf<(typeof SORT_FIELDS.grants)[number]>();
    expectTypeOf<SortFieldOf<'posts'>>().toEqualTypeOf<(typeof SORT_FIELDS.posts)[number]>();
    expectTypeOf<SortFieldOf<'cooperations'>>().toEqualTypeOf<(typeof SORT_FIELDS.cooperations)[number]>();
    expectTypeOf<SortFieldOf<'events'>>().not.toEqualTypeOf<string>();
  });

  it('make a mistyped or foreign field a compile error', () => {
    // Never called: only compiled.
    const calls = (store: Store) => [
      store.events.list({ sort: { field: 'startsAt', direction: 'desc' } }),
      store.posts.list({ sort: { field: 'publishedAt' } }),
      // @ts-expect-error a typo of startsAt
      store.events.list({ sort: { field: 'startAt' } }),
      // @ts-expect-error posts have no start
      store.posts.list({ sort: { field: 'startsAt' } }),
      // @ts-expect-error organisations do not sort by NIP
      store.organizations.list({ sort: { field: 'nip' } }),
      // @ts-expect-error a field from untyped input must be checked (or cast) first
      store.grants.list({ sort: { field: String('periodFrom') } }),
    ];
    expectTypeOf(calls).toBeFunction();
  });

  it('are exactly the fields each definition checks at run time', () => {
    const defs = {
      events: eventDef,
      organizations: organizationDef,
      authorities: authorityDef,
      venues: venueDef,
      people: personDef,
      grants: grantDef,
      posts: postDef,
      cooperations: cooperationDef,
    };
    for (const [kind, def] of Object.entries(defs))
      expect(Object.keys(def.sortFields).sort(), kind).toEqual([...SORT_FIELDS[kind as Listed]].sort());
  });
});
