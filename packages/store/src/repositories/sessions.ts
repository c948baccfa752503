import { createHash, randomBytes } from 'node:crypto';
import { NotFoundError } from '@org/domain';
import { nowIso, type StoreContext, write } from '../context.js';
import type { SessionRepository } from '../types.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Sign-in sessions in the database, so any number of admin processes share them. The token is
 * returned once and only its SHA-256 is kept: a leaked database holds no usable session.
 */
export function sessionRepository(ctx: StoreContext): SessionRepository {
  return {
    async create(userId, ttlMs, meta) {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`Session TTL must be positive, got ${ttlMs}`);
      const token = randomBytes(32).toString('base64url');
      const csrfSecret = randomBytes(32).toString('base64url');
      const expiresAt = new Date(ctx.now().getTime() + ttlMs).toISOString();
      await write(ctx, async (db) => {
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

    async get(token) {
      if (typeof token !== 'string' || token === '') return null;
      const row = await ctx.db
        .selectFrom('sessions')
        .select(['user_id', 'expires_at', 'csrf_secret'])
        .where('token_hash', '=', hashToken(token))
        .where('expires_at', '>', nowIso(ctx))
        .executeTakeFirst();
      return row ? { userId: row.user_id, expiresAt: row.expires_at, csrfSecret: row.csrf_secret } : null;
    },

    async delete(token) {
      await write(ctx, (db) => db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute());
    },

    async deleteForUser(userId) {
      await write(ctx, (db) => db.deleteFrom('sessions').where('user_id', '=', userId).execute());
    },
  };
}
