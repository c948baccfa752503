import { randomBytes } from 'node:crypto';
import { type Locale, uuidv7, ValidationError } from '@org/domain';
import type { Kysely, Transaction } from 'kysely';
import type { DialectSeam } from './dialect/seam.js';
import { EXPECTED, MESSAGES, shown } from './messages.js';
import type { ChangeFeed } from './types.js';

/**
 * What every context of one store shares (a transaction's context too): a count of this process's
 * committed writes and a lazily opened change feed, which together say when cached list totals
 * are stale. The local count covers the moment between a commit and PostgreSQL's notification.
 */
export interface SharedState {
  writes: number;
  feed: Promise<ChangeFeed | null> | null;
  closed: boolean;
}

/** What every repository shares: the seam, the Kysely handle (a transaction's inside `store.transaction`) and the clock. */
export interface StoreContext {
  readonly seam: DialectSeam;
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  readonly db: Kysely<any>;
  readonly inTransaction: boolean;
  readonly now: () => Date;
  /** The language of the messages of the store's errors (`openStore`'s `locale`, Polish by default). */
  readonly locale: Locale;
  /** Shared by the store and its transactions; absent in contexts built by hand. */
  readonly shared?: SharedState;
}

/**
 * A stamp that changes whenever any committed write may have changed the data (this process's or
 * another's), or null when the store cannot tell (then nothing may be cached). Never inside a
 * transaction, whose own uncommitted writes no stamp reflects.
 */
export async function changeStamp(ctx: StoreContext): Promise<string | null> {
  const shared = ctx.shared;
  if (!shared || ctx.inTransaction || shared.closed) return null;
  shared.feed ??= ctx.seam.openChangeFeed().catch(() => null);
  const writesBefore = shared.writes;
  const feed = await shared.feed;
  if (!feed || shared.closed) return null;
  return `${feed.version()}:${writesBefore}`;
}

/** A fresh UUIDv7 from the store's clock. */
export const newId = (ctx: Pick<StoreContext, 'now'>): string => uuidv7(ctx.now().getTime(), randomBytes(10));

/** The store's clock as an ISO instant. */
export const nowIso = (ctx: Pick<StoreContext, 'now'>): string => ctx.now().toISOString();

/**
 * Runs a write in a transaction (joining the current one inside `store.transaction`) and bumps the
 * data version as its last statement, so pollers see the new number exactly when the data commits.
 */
export async function write<T>(
  ctx: StoreContext,
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  fn: (db: Kysely<any> | Transaction<any>) => Promise<T>,
): Promise<T> {
  if (ctx.inTransaction) {
    const result = await fn(ctx.db);
    await bumpDataVersion(ctx);
    return result;
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const result = await fn(trx);
      await bumpDataVersion({ ...ctx, db: trx });
      return result;
    });
  } finally {
    // After the commit (or rollback, where it costs only a recount): cached totals are stale.
    if (ctx.shared) ctx.shared.writes++;
  }
}

/**
 * Runs bookkeeping that is not data (rate-limit counters) in a transaction without bumping the data
 * version, so caches are not invalidated by every sign-in attempt. On SQLite the transaction also
 * takes its turn in the per-file write queue, which a bare statement would not.
 */
export async function bookkeeping<T>(
  ctx: StoreContext,
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  fn: (db: Kysely<any> | Transaction<any>) => Promise<T>,
): Promise<T> {
  if (ctx.inTransaction) return fn(ctx.db);
  return ctx.db.transaction().execute(fn);
}

async function bumpDataVersion(ctx: StoreContext): Promise<void> {
  await ctx.db
    .updateTable('data_version')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('id', '=', 1)
    .execute();
  await ctx.seam.notifyChange(ctx.db);
}

/** Checks `limit` and `offset` of a list query: limit 1–500 (default 50), offset ≥ 0. */
export function pageBounds(
  query: { limit?: number; offset?: number } | undefined,
  locale: Locale,
): { limit: number; offset: number } {
  const limit = query?.limit ?? 50;
  const offset = query?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw queryError(locale, 'limit', EXPECTED.pageLimit[locale], limit);
  if (!Number.isInteger(offset) || offset < 0) throw queryError(locale, 'offset', EXPECTED.pageOffset[locale], offset);
  return { limit, offset };
}

/**
 * A refused list query parameter, in the shape of the domain's validation errors: `path`, what it
 * must be (`expected`, already in `locale`) and what it was.
 *
 * @example
 * queryError('en', 'limit', EXPECTED.pageLimit.en, 0).message // 'limit: must be an integer from 1 to 500 (got "0").'
 */
export function queryError(locale: Locale, path: string, expected: string, got: unknown): ValidationError {
  const message = MESSAGES.query[locale](path, expected, shown(got));
  return new ValidationError(message, [{ path, field: path, code: 'query', message }]);
}
