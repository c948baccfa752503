/**
 * A FIFO mutex per database file, shared by every connection this process opens to it.
 *
 * better-sqlite3 is synchronous: if connection B waits in SQLite's busy handler while connection A
 * of the same process holds the write lock across an `await`, the whole event loop sleeps and A can
 * never commit — B times out with SQLITE_BUSY. Queuing write transactions per file in JavaScript
 * first means a connection only ever waits in SQLite for other processes.
 */
const queues = new Map<string, Promise<void>>();

/** Waits for the file's lock and returns the function that releases it. */
export async function acquireWriteLock(key: string): Promise<() => void> {
  const previous = queues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => mine);
  queues.set(key, tail);
  await previous;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
    if (queues.get(key) === tail) queues.delete(key);
  };
}
