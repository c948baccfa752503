import {
  ConflictError,
  type Locale,
  NotFoundError,
  PasswordSchema,
  UniqueViolationError,
  type User,
  UserSchema,
  validate,
} from '@org/domain';
import type { Kysely } from 'kysely';
import { newId, nowIso, pageBounds, type StoreContext, write } from '../context.js';
import { MESSAGES } from '../messages.js';
import { dummyPasswordHash, hashPassword, verifyPasswordHash } from '../password.js';
import { polishSortKey } from '../sort-key.js';
import { holdsNul } from '../text-guard.js';
import type { Actor, Page, Stored, UserRepository } from '../types.js';
import { insertAudit } from './audit.js';
import { validationError } from './validation-error.js';

/** A users row; the password hash never leaves this module except in a dump. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  sort_key: string;
  role: string;
  disabled: number;
  password_hash: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export const userFromRow = (row: UserRow): Stored<User> => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as User['role'],
  disabled: Number(row.disabled) === 1,
  version: Number(row.version),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const publicUser = (u: Stored<User>): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
});

function checkPassword(password: unknown, locale: Locale): string {
  const checked = validate(PasswordSchema, password, locale);
  const field = MESSAGES.password[locale];
  if (!checked.ok)
    throw validationError(
      'password',
      checked.issues.map((i) => ({
        ...i,
        path: 'password',
        field,
        // The schema checks a bare value, which the domain calls "Wartość" / "Value": name the field instead.
        message: `${field}: ${i.message.replace(/^[^:]*: /, '')}`,
      })),
    );
  return checked.value;
}

/** Staff accounts: e-mail (unique, lower case), name, role, and an scrypt hash of the password. */
export function userRepository(ctx: StoreContext): UserRepository {
  // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
  const row = async (db: Kysely<any>, column: 'id' | 'email', value: string) =>
    // No stored id or e-mail holds a NUL, which PostgreSQL would refuse to compare (see text-guard.ts).
    holdsNul(value)
      ? undefined
      : ((await db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst()) as
          | UserRow
          | undefined);

  const unique = (error: unknown, email: string): unknown =>
    ctx.seam.uniqueViolation(error) ? new UniqueViolationError('user', 'email', email, { cause: error }) : error;

  const audit = async (
    // biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
    db: Kysely<any>,
    actor: Actor | undefined,
    action: 'create' | 'update',
    id: string,
    before: unknown,
    after: unknown,
  ) => {
    if (!actor) return;
    await insertAudit(ctx, db, {
      actorId: actor.userId,
      action,
      entity: 'user',
      entityId: id,
      before,
      after,
      ...(actor.note ? { note: actor.note } : {}),
    });
  };

  const repo: UserRepository = {
    async create(input, actor) {
      const checked = validate(UserSchema, { ...input, id: newId(ctx) }, ctx.locale);
      if (!checked.ok) throw validationError('user', checked.issues);
      const user = checked.value;
      const hash = await hashPassword(checkPassword(input.password, ctx.locale));
      const at = nowIso(ctx);
      try {
        return await write(ctx, async (db) => {
          await db
            .insertInto('users')
            .values({
              id: user.id,
              email: user.email,
              name: user.name,
              sort_key: polishSortKey(user.name),
              role: user.role,
              disabled: user.disabled ? 1 : 0,
              password_hash: hash,
              version: 1,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await audit(db, actor, 'create', user.id, null, user);
          return { ...user, version: 1, createdAt: at, updatedAt: at };
        });
      } catch (error) {
        throw unique(error, user.email);
      }
    },

    async verifyPassword(email, password) {
      const found = typeof email === 'string' ? await row(ctx.db, 'email', email.trim().toLowerCase()) : undefined;
      const hash = found?.password_hash ?? (await dummyPasswordHash());
      const ok = await verifyPasswordHash(String(password), hash);
      if (!found || !ok || Number(found.disabled) === 1) return null;
      return userFromRow(found);
    },

    async list(query = {}): Promise<Page<Stored<User>>> {
      const { limit, offset } = pageBounds(query, ctx.locale);
      if (holdsNul(query.search) || holdsNul(query.role)) return { items: [], total: 0, limit, offset };
      let base = ctx.db.selectFrom('users');
      if (query.role?.length) base = base.where('role', 'in', query.role);
      if (query.search) {
        const needle = `%${query.search.toLowerCase().replace(/[%_\\]/g, '')}%`;
        base = base.where((eb) => eb.or([eb('email', 'like', needle), eb(eb.fn('lower', ['name']), 'like', needle)]));
      }
      const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('sort_key').orderBy('id').limit(limit).offset(offset).execute();
      return { items: rows.map((r) => userFromRow(r as UserRow)), total: Number(total.n), limit, offset };
    },

    async get(id) {
      const found = await row(ctx.db, 'id', id);
      return found ? userFromRow(found) : null;
    },

    async getByEmail(email) {
      const found = await row(ctx.db, 'email', email.trim().toLowerCase());
      return found ? userFromRow(found) : null;
    },

    async update(id, expectedVersion, input, actor) {
      const current = await row(ctx.db, 'id', id);
      if (!current) throw new NotFoundError('user', id);
      const before = publicUser(userFromRow(current));
      const checked = validate(UserSchema, { ...before, ...input, id }, ctx.locale);
      if (!checked.ok) throw validationError('user', checked.issues);
      const user = checked.value;
      try {
        return await write(ctx, async (db) => {
          const at = nowIso(ctx);
          const result = await db
            .updateTable('users')
            .set({
              email: user.email,
              name: user.name,
              sort_key: polishSortKey(user.name),
              role: user.role,
              disabled: user.disabled ? 1 : 0,
              version: expectedVersion + 1,
              updated_at: at,
            })
            .where('id', '=', id)
            .where('version', '=', expectedVersion)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) {
            const now = await row(db, 'id', id);
            throw new ConflictError('user', id, expectedVersion, now ? Number(now.version) : null);
          }
          await audit(db, actor, 'update', id, before, user);
          return { ...user, version: expectedVersion + 1, createdAt: current.created_at, updatedAt: at };
        });
      } catch (error) {
        throw unique(error, user.email);
      }
    },

    async setPassword(id, password, actor) {
      const hash = await hashPassword(checkPassword(password, ctx.locale));
      await write(ctx, async (db) => {
        const result = await db
          .updateTable('users')
          .set((eb) => ({ password_hash: hash, version: eb('version', '+', 1), updated_at: nowIso(ctx) }))
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new NotFoundError('user', id);
        // Every session of the user ends: a changed password must lock out whoever knew the old one.
        await db.deleteFrom('sessions').where('user_id', '=', id).execute();
        // The audit entry says the password changed, never what to.
        await audit(db, actor, 'update', id, { password: '(changed)' }, { password: '(changed)' });
      });
    },

    async count() {
      const result = await ctx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(result.n);
    },
  };
  return repo;
}
