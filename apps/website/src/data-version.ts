import type { SiteStore } from '@org/site';

/** What `@org/store`'s `changes()` gives: a synchronous, microsecond read of the data version. */
export interface ChangeFeed {
  version(): number;
  close(): Promise<void>;
}

/**
 * The store's data version, read as cheaply as the store allows. With a change feed
 * (`store.changes()`: SQLite `PRAGMA data_version`, PostgreSQL LISTEN/NOTIFY) every request reads it
 * synchronously. Without one, it is a query; concurrent requests share one, but a request never joins
 * a query that started before it arrived, since that query may predate a write the client already saw.
 */
export class DataVersion {
  #feed: ChangeFeed | undefined;
  #opening: Promise<void> | undefined;
  #inflight: Promise<number> | undefined;
  #next: Promise<number> | undefined;

  constructor(private readonly store: SiteStore) {
    if (store.changes)
      this.#opening = store.changes().then(
        (feed) => {
          this.#feed = feed;
          this.#opening = undefined;
        },
        (error: unknown) => {
          console.error('website: no change feed from the store; querying the data version per request', error);
          this.#opening = undefined;
        },
      );
  }

  /** The current version: a number when it can be read synchronously, else a promise of it. */
  current(): number | Promise<number> {
    if (this.#feed) return this.#feed.version();
    if (this.#opening) return this.#opening.then(() => this.current());
    if (!this.#inflight) return this.#query();
    this.#next ??= this.#inflight
      .catch(() => undefined)
      .then(() => {
        this.#next = undefined;
        return this.#query();
      });
    return this.#next;
  }

  #query(): Promise<number> {
    const p = this.store.dataVersion().finally(() => {
      if (this.#inflight === p) this.#inflight = undefined;
    });
    this.#inflight = p;
    return p;
  }

  async close(): Promise<void> {
    await this.#opening;
    await this.#feed?.close();
  }
}
