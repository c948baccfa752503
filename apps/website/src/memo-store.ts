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
        let hit = byId.get(id);
        if (!hit) byId.set(id, (hit = repo.get(id)));
        return hit;
      },
      getBySlug(slug) {
        let hit = bySlug.get(slug);
        if (!hit) bySlug.set(slug, (hit = repo.getBySlug(slug)));
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
