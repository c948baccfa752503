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
  #turn: number | undefined;
  readonly #endTurn = () => {
    this.#turn = undefined;
  };
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

  /**
   * The current version: a number when it can be read synchronously, else a promise of it.
   *
   * With a change feed it is read once per turn of the event loop: the requests handled in one turn
   * all arrived before the turn began (libuv collects ready sockets, then runs their callbacks), so a
   * version read at the turn's first request is already later than any write those clients could have
   * seen finish. `setImmediate` runs right after the turn's I/O callbacks and forgets it. Reading
   * `PRAGMA data_version` was a sixth of a cached request's CPU.
   */
  current(): number | Promise<number> {
    if (this.#feed) {
      if (this.#turn !== undefined) return this.#turn;
      this.#turn = this.#feed.version();
      setImmediate(this.#endTurn);
      return this.#turn;
    }
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
