import type { Locale } from '@org/domain';
import { sql } from 'kysely';
import { bookkeeping, queryError, type StoreContext } from '../context.js';
import { EXPECTED } from '../messages.js';
import type { RateLimitRepository } from '../types.js';

interface RateLimitRow {
  window_start: number | string;
  count: number | string;
}

function checkArguments(key: unknown, windowMs: unknown, limit: unknown, locale: Locale): void {
  if (typeof key !== 'string' || key === '' || key.length > 500)
    throw queryError(locale, 'key', EXPECTED.rateLimitKey[locale], key);
  if (!Number.isSafeInteger(windowMs) || (windowMs as number) < 1)
    throw queryError(locale, 'windowMs', EXPECTED.rateLimitWindow[locale], windowMs);
  if (!Number.isSafeInteger(limit) || (limit as number) < 1)
    throw queryError(locale, 'limit', EXPECTED.rateLimitLimit[locale], limit);
}

/**
 * Fixed-window counters in the database, so every process counts the same hits. A hit is one UPSERT
 * that either starts a new window (the key is new or its window has ended) or adds one to the
 * current window; the database serialises concurrent hits on a key, so none is lost.
 *
 * @example
 * await store.rateLimits.hit('login:ala@example.org', 15 * 60_000, 5) // { allowed: true, count: 1, retryAfterMs: 0 }
 */
export function rateLimitRepository(ctx: StoreContext): RateLimitRepository {
  return {
    async hit(key, windowMs, limit) {
      checkArguments(key, windowMs, limit, ctx.locale);
      const now = ctx.now().getTime();
      const ended = sql<boolean>`rate_limits.window_start + ${windowMs} <= ${now}`;
      const row = (await bookkeeping(ctx, (db) =>
        db
          .insertInto('rate_limits')
          .values({ key, window_start: now, count: 1 })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              window_start: sql`case when ${ended} then ${now} else rate_limits.window_start end`,
              count: sql`case when ${ended} then 1 else rate_limits.count + 1 end`,
            }),
          )
          .returning(['window_start', 'count'])
          .executeTakeFirstOrThrow(),
      )) as RateLimitRow;
      const count = Number(row.count);
      const allowed = count <= limit;
      return { allowed, count, retryAfterMs: allowed ? 0 : Math.max(1, Number(row.window_start) + windowMs - now) };
    },

    async reset(key) {
      if (typeof key !== 'string' || key === '')
        throw queryError(ctx.locale, 'key', EXPECTED.rateLimitKey[ctx.locale], key);
      await bookkeeping(ctx, (db) => db.deleteFrom('rate_limits').where('key', '=', key).execute());
    },

    async prune(olderThanMs) {
      if (!Number.isSafeInteger(olderThanMs) || olderThanMs < 1)
        throw queryError(ctx.locale, 'olderThanMs', EXPECTED.rateLimitWindow[ctx.locale], olderThanMs);
      const before = ctx.now().getTime() - olderThanMs;
      const result = await bookkeeping(ctx, (db) =>
        db.deleteFrom('rate_limits').where('window_start', '<=', before).executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },

    async forgive(key) {
      if (typeof key !== 'string' || key === '')
        throw queryError(ctx.locale, 'key', EXPECTED.rateLimitKey[ctx.locale], key);
      // One statement, like a hit: concurrent forgiveness and hits on the key serialise in the database.
      await bookkeeping(ctx, (db) =>
        db
          .updateTable('rate_limits')
          .set({ count: sql`count - 1` })
          .where('key', '=', key)
          .where('count', '>', 0)
          .execute(),
      );
    },
  };
}
