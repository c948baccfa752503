/**
 * How many password checks this admin process runs at once, and how many wait for one: 2 and 6. Each check is one
 * scrypt (N=2^17, r=8: ~128 MiB, 0.2–1 s) on libuv's thread pool, which has 4 threads and also reads files; the
 * sign-in limits count per address and account, so attempts spread over many addresses (fresh e-mails, the dummy
 * hash) could otherwise keep every thread hashing and queue genuine sign-ins behind them without end. Two in flight
 * leave two threads to everything else and bound scrypt's memory to ~256 MiB; six waiting is a few seconds at most.
 * Past that, the attempt is refused at once (`LoginHashGate.run` answers `{ ok: false }`), its password never checked.
 * The count is per process: it protects this process's threads and memory, which is what runs out.
 */
export const LOGIN_HASHES_AT_ONCE = 2;
export const LOGIN_HASHES_WAITING = 6;
/** What a refused sign-in's Retry-After says: a few checks' time. */
export const LOGIN_BUSY_RETRY_SECONDS = 5;

export type Gated<T> = { ok: true; value: T } | { ok: false };

/**
 * A semaphore with a short queue: `run` starts `work` when fewer than `slots` run, waits in line while fewer than
 * `waiting` wait, and otherwise answers `{ ok: false }` without running it.
 *
 * @example
 * const gate = new LoginHashGate(2, 6);
 * await gate.run(() => store.users.verifyPassword(email, password)) // { ok: true, value: null }, or { ok: false } when full
 */
export class LoginHashGate {
  #running = 0;
  readonly #queue: (() => void)[] = [];

  constructor(
    readonly slots: number = LOGIN_HASHES_AT_ONCE,
    readonly waiting: number = LOGIN_HASHES_WAITING,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<Gated<T>> {
    if (this.#running >= this.slots) {
      if (this.#queue.length >= this.waiting) return { ok: false };
      // The slot is handed over by the one that ends (`#release`), so #running never passes `slots`.
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else this.#running++;
    try {
      return { ok: true, value: await work() };
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#running--;
  }
}
