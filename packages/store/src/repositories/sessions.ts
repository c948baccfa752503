import { createHash, randomBytes } from 'node:crypto';
import { NotFoundError } from '@org/domain';
import type { Kysely } from 'kysely';
import { bookkeeping, nowIso, type StoreContext } from '../context.js';
import type { Session, SessionRepository } from '../types.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The session of `token` if it has not ended by the store's clock. */
// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
async function liveSession(ctx: StoreContext, db: Kysely<any>, token: unknown): Promise<Session | null> {
  if (typeof token !== 'string' || token === '') return null;
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at', 'csrf_secret', 'created_at'])
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', nowIso(ctx))
    .executeTakeFirst();
  return row
    ? { userId: row.user_id, expiresAt: row.expires_at, csrfSecret: row.csrf_secret, createdAt: row.created_at }
    : null;
}

/**
 * Sign-in sessions in the database, so any number of admin processes share them. The token is
 * returned once and only its SHA-256 is kept: a leaked database holds no usable session. Sessions
 * are bookkeeping, not data: signing in or out leaves the data version alone, so the website's
 * caches survive it.
 */
export function sessionRepository(ctx: StoreContext): SessionRepository {
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  const live = (db: Kysely<any>, token: unknown) => liveSession(ctx, db, token);
  return {
    async create(userId, ttlMs, meta) {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`Session TTL must be positive, got ${ttlMs}.`);
      const token = randomBytes(32).toString('base64url');
      const csrfSecret = randomBytes(32).toString('base64url');
      const expiresAt = new Date(ctx.now().getTime() + ttlMs).toISOString();
      await bookkeeping(ctx, async (db) => {
        const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
        if (!user) throw new NotFoundError('user', userId);
        await db
          .insertInto('sessions')
          .values({
            token_hash: hashToken(token),
            user_id: userId,
            expires_at: expiresAt,
            csrf_secret: csrfSecret,
            created_at: nowIso(ctx),
            meta: meta ? JSON.stringify(meta) : null,
          })
          .execute();
      });
      return { token, expiresAt, csrfSecret };
    },

    get: (token) => live(ctx.db, token),

    async extend(token, idleMs, maxMs) {
      for (const [name, ms] of [
        ['idle', idleMs],
        ['maximum', maxMs],
      ] as const)
        if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`Session ${name} time must be positive, got ${ms}.`);
      if (typeof token !== 'string' || token === '') return null;
      return bookkeeping(ctx, async (db) => {
        const session = await live(db, token);
        if (!session) return null;
        const until = new Date(
          Math.min(ctx.now().getTime() + idleMs, Date.parse(session.createdAt) + maxMs),
        ).toISOString();
        // Only forward: ISO instants in UTC of one format compare as text in both dialects.
        await db
          .updateTable('sessions')
          .set({ expires_at: until })
          .where('token_hash', '=', hashToken(token))
          .where('expires_at', '<', until)
          .execute();
        return until > session.expiresAt ? { ...session, expiresAt: until } : session;
      });
    },

    async delete(token) {
      await bookkeeping(ctx, (db) => db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute());
    },

    async deleteForUser(userId) {
      await bookkeeping(ctx, (db) => db.deleteFrom('sessions').where('user_id', '=', userId).execute());
    },

    async prune() {
      // ISO instants in UTC of one format compare as text in both dialects (see extend).
      const result = await bookkeeping(ctx, (db) =>
        db.deleteFrom('sessions').where('expires_at', '<=', nowIso(ctx)).executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },
  };
}
