import type { ReadRepository, SiteStore } from './site-store.js';

/**
 * A read-through memo over a store for one snapshot job (the static export): each record is read
 * once by id or slug, then shared by every page that mentions it. Lists still go to the store.
 * Never use it for serving: it does not see later writes.
 */
export function memoStore(store: SiteStore): SiteStore {
  const memo = <T, F>(repo: ReadRepository<T, F>): ReadRepository<T, F> => {
    const byId = new Map<string, ReturnType<ReadRepository<T, F>['get']>>();
    const bySlug = new Map<string, ReturnType<ReadRepository<T, F>['getBySlug']>>();
    return {
      get(id) {
        const hit = byId.get(id) ?? repo.get(id);
        byId.set(id, hit);
        return hit;
      },
      getBySlug(slug) {
        const hit = bySlug.get(slug) ?? repo.getBySlug(slug);
        bySlug.set(slug, hit);
        return hit;
      },
      list: (query) => repo.list(query),
    };
  };
  return {
    events: memo(store.events),
    organizations: memo(store.organizations),
    authorities: memo(store.authorities),
    venues: memo(store.venues),
    people: memo(store.people),
    grants: memo(store.grants),
    posts: memo(store.posts),
    cooperations: memo(store.cooperations),
    dataVersion: () => store.dataVersion(),
  };
}
