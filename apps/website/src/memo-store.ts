import type { ReadRepository, SiteStore } from '@org/site';
import {
  type RecordGate,
  type RepositoryName,
  recordGate,
  type ValidRecordsOptions,
  warnInvalid,
} from './valid-records.js';

export type { InvalidRecord } from './valid-records.js';
export { warnInvalid } from './valid-records.js';
/** How `memoStore` treats records that break the domain's rules (see `ValidRecordsOptions`). */
export type MemoStoreOptions = ValidRecordsOptions;

/** A read-model snapshot over a store: see `memoStore`. */
export interface MemoStore extends SiteStore {
  /** Forgets everything read; the next reads go to the store. Call when the data version moves. */
  reset(): void;
  /** Reads every record of every kind once, so that lookups by id or slug never reach the store. */
  preload(): Promise<void>;
}

// Lists keyed by their query; the website's filters come from query strings, so the keys are bounded.
const MAX_LISTS = 20_000;

/**
 * A read-through snapshot of a store: each record is read once by id or slug and each list once per
 * query, then shared by every page that needs it, until `reset()`. The server resets it whenever the
 * data version moves (so a render never mixes data from before and after a write it has seen); the
 * static export, one snapshot job, preloads it and never resets it.
 */
export function memoStore(store: SiteStore, options: MemoStoreOptions = {}): MemoStore {
  const onInvalid = options.onInvalid ?? warnInvalid;
  const resets: (() => void)[] = [];
  const memo = <T extends { id: string; slug: string }, F>(repo: ReadRepository<T, F>, name: RepositoryName) => {
    const gate: RecordGate = recordGate(name, onInvalid);
    let byId = new Map<string, ReturnType<ReadRepository<T, F>['get']>>();
    let bySlug = new Map<string, ReturnType<ReadRepository<T, F>['getBySlug']>>();
    let lists = new Map<string, ReturnType<ReadRepository<T, F>['list']>>();
    // One object per record: a list's items are the records already read, so thousands of kept
    // lists (every profile's events) share their records instead of each holding its own copies.
    type Item = Awaited<ReturnType<ReadRepository<T, F>['list']>>['items'][number];
    let records = new Map<string, Item>();
    resets.push(() => {
      byId = new Map();
      bySlug = new Map();
      lists = new Map();
      records = new Map();
      // A record still breaking the rules is told of again in the next snapshot.
      gate.forgetInvalid();
    });
    /** The snapshot's one object for a record, or null for one that breaks the rules (checked once per version). */
    const canonical = (item: Item): Item | null => {
      const known = records.get(item.id);
      if (known && known.version === item.version) return known;
      if (!gate.keeps(item)) return null;
      records.set(item.id, item);
      return item;
    };
    const checked = (item: Item | null): Item | null => (item === null ? null : canonical(item));
    // A failed read is not kept: the next one tries again. Nor is a miss: ids and slugs come from
    // request paths, and remembering every unknown one would grow without bound until the next write.
    const keep = <K, V>(map: Map<K, Promise<V>>, key: K, p: Promise<V>) => {
      map.set(key, p);
      p.then(
        (value) => {
          if (value == null && map.get(key) === p) map.delete(key);
        },
        () => {
          if (map.get(key) === p) map.delete(key);
        },
      );
      return p;
    };
    const wrapped: ReadRepository<T, F> & { preload(): Promise<void> } = {
      get(id) {
        return byId.get(id) ?? keep(byId, id, repo.get(id).then(checked));
      },
      async getMany(ids) {
        // The ids read before come from the snapshot; the others in one store query, then kept like gets.
        const missing = ids.filter((id) => !byId.has(id));
        if (missing.length > 0) {
          const read = repo.getMany(missing).then((items) => new Map(items.map((item) => [item.id, canonical(item)])));
          for (const id of new Set(missing))
            keep(
              byId,
              id,
              read.then((found) => found.get(id) ?? null),
            );
        }
        const records: (Item | null)[] = await Promise.all([...new Set(ids)].map((id) => byId.get(id) ?? null));
        return records.filter((r): r is Item => r !== null);
      },
      // Not kept: asked only for a slug no live record holds (an old link), which is rare and may be anything.
      getByFormerSlug: (slug) => repo.getByFormerSlug(slug).then(checked),
      formerSlugs: () => repo.formerSlugs(),
      getBySlug(slug) {
        return bySlug.get(slug) ?? keep(bySlug, slug, repo.getBySlug(slug).then(checked));
      },
      list(query) {
        const key = JSON.stringify(query ?? {});
        const hit = lists.get(key);
        if (hit) return hit;
        if (lists.size >= MAX_LISTS) lists = new Map();
        return keep(
          lists,
          key,
          repo.list(query).then((page) => {
            const items = page.items.map(canonical).filter((item): item is Item => item !== null);
            // A record left out is not counted: totals and pages stay consistent with what is shown.
            return { ...page, items, total: page.total - (page.items.length - items.length) };
          }),
        );
      },
      async preload() {
        const maps = { byId, bySlug };
        for (let offset = 0; ; offset += 500) {
          const page = await repo.list({ limit: 500, offset });
          for (const read of page.items) {
            const item = canonical(read);
            if (item === null) continue;
            const p = Promise.resolve(item);
            maps.byId.set(item.id, p);
            maps.bySlug.set(item.slug, p);
          }
          if (page.items.length < 500) return;
        }
      },
    };
    return wrapped;
  };
  const repos = {
    events: memo(store.events, 'events'),
    organizations: memo(store.organizations, 'organizations'),
    authorities: memo(store.authorities, 'authorities'),
    venues: memo(store.venues, 'venues'),
    people: memo(store.people, 'people'),
    grants: memo(store.grants, 'grants'),
    posts: memo(store.posts, 'posts'),
    cooperations: memo(store.cooperations, 'cooperations'),
  };
  return {
    ...repos,
    dataVersion: () => store.dataVersion(),
    reset() {
      for (const r of resets) r();
    },
    async preload() {
      await Promise.all(Object.values(repos).map((r) => r.preload()));
    },
  };
}
