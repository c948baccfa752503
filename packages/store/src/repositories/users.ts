import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  errorFor,
  type FieldIssue,
  type Locale,
  NotFoundError,
  PasswordSchema,
  toFieldIssues,
  UniqueViolationError,
  type User,
  UserSchema,
  type Validation,
} from '@org/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AccountErasureError } from '../account-erasure-error.js';
import { newId, nowIso, pageBounds, type StoreContext, write } from '../context.js';
import { LastAdministratorError } from '../last-administrator-error.js';
import { MESSAGES } from '../messages.js';
import { dummyPasswordHash, hashPassword, verifyPasswordHash } from '../password.js';
import { polishSortKey } from '../sort-key.js';
import { holdsNul } from '../text-guard.js';
import type { Actor, Page, Stored, StoredUser, UserRepository } from '../types.js';
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
  /** Null (or absent in a row read before migration 0010) while the account holds its personal data. */
  erased_at?: string | null;
}

/** The name an erased account shows (`users.erase`); apps word it in their own language from `erasedAt`. */
export const ERASED_USER_NAME = 'Konto usunięte';

/** The e-mail an erased account keeps: unique, and in a domain that can never receive mail (RFC 2606). */
export const erasedUserEmail = (id: string): string => `${id.toLowerCase()}@usuniete.invalid`;

export const userFromRow = (row: UserRow): StoredUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as User['role'],
  disabled: Number(row.disabled) === 1,
  version: Number(row.version),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.erased_at ? { erasedAt: row.erased_at } : {}),
});

/** What an audit entry about an account recorded, without its name and e-mail (the rest, role and block, stays). */
const withoutPersonalData = (text: string | null): string | null => {
  if (text === null) return null;
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
  const kept: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if ('name' in kept) kept.name = ERASED_USER_NAME;
  if ('email' in kept) kept.email = '';
  return JSON.stringify(kept);
};

const publicUser = (u: Stored<User>): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
});

/**
 * The domain's `validate`, except that no message says what was typed. `validate` adds what was got to
 * each message ("(otrzymano: „…”)" / "(got "…")"), leaving out only secrets (the password, since the
 * domain's `secretSchema`). A user's other fields are not safe to repeat either: an e-mail field often
 * holds a password typed in the wrong place, and these messages reach the admin's pages and its logs. The
 * domain's `errorFor(locale)` without `echoInput`, and zod's default of not reporting input, give the
 * domain's own messages without the value. (The domain could offer this as `validate(schema, input,
 * locale, { echoInput: false })`; then this goes.)
 */
function validateWithoutInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Validation<z.output<S>> {
  const result = schema.safeParse(input, { error: errorFor(locale) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toFieldIssues(result.error.issues, locale) };
}

/** The issues of a password, named as the password field (never holding the password). */
function passwordIssues(password: unknown, locale: Locale): { value: string } | { issues: FieldIssue[] } {
  const checked = validateWithoutInput(PasswordSchema, password, locale);
  if (checked.ok) return { value: checked.value };
  const field = MESSAGES.password[locale];
  return {
    issues: checked.issues.map((i) => ({
      ...i,
      path: 'password',
      field,
      // The schema checks a bare value, which the domain calls "Wartość" / "Value": name the field instead.
      message: `${field}: ${i.message.replace(/^[^:]*: /, '')}`,
    })),
  };
}

function checkPassword(password: unknown, locale: Locale): string {
  const checked = passwordIssues(password, locale);
  if ('issues' in checked) throw validationError('password', checked.issues, locale);
  return checked.value;
}

/**
 * The lock every change that takes an active administrator away holds for the rest of its transaction
 * (PostgreSQL: an advisory lock; SQLite's write transactions already run one at a time). Not an id:
 * ids never hold a colon.
 */
const ADMINISTRATORS_LOCK = 'users:active-administrators';

const isActiveAdministrator = (u: Pick<User, 'role' | 'disabled'>) => u.role === 'administrator' && !u.disabled;

/**
 * Refuses, inside the write's transaction and after its update, a change that left no active
 * administrator: nobody could then manage users or give the role back.
 */
// biome-ignore lint/suspicious/noExplicitAny: see DialectSeam.db
async function requireAnotherAdministrator(db: Kysely<any>, before: User, after: User, locale: Locale) {
  const left = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'administrator')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  if (Number(left.n) === 0)
    throw new LastAdministratorError(before, after.role !== 'administrator' ? 'role' : 'disabled', locale);
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
    action: 'create' | 'update' | 'erase',
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
      const checked = validateWithoutInput(UserSchema, { ...input, id: newId(ctx) }, ctx.locale);
      const password = passwordIssues(input.password, ctx.locale);
      // Every issue at once: a form with a bad e-mail and a short password says both.
      if (!checked.ok)
        throw validationError(
          'user',
          [...checked.issues, ...('issues' in password ? password.issues : [])],
          ctx.locale,
        );
      if ('issues' in password) throw validationError('password', password.issues, ctx.locale);
      const user = checked.value;
      const hash = await hashPassword(password.value);
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

    async list(query = {}): Promise<Page<StoredUser>> {
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
      if (current.erased_at) throw new AccountErasureError(current, 'erased', ctx.locale);
      const before = publicUser(userFromRow(current));
      const checked = validateWithoutInput(UserSchema, { ...before, ...input, id }, ctx.locale);
      if (!checked.ok) throw validationError('user', checked.issues, ctx.locale);
      const user = checked.value;
      // The version check below guarantees the stored row is still `before` when the write goes through.
      const removesAdministrator = isActiveAdministrator(before) && !isActiveAdministrator(user);
      try {
        return await write(ctx, async (db) => {
          // Taken before the row is written, so that of two such changes the second waits here and then
          // counts the first one's committed result (READ COMMITTED reads anew in each statement).
          if (removesAdministrator) await ctx.seam.lockRecords(db, [ADMINISTRATORS_LOCK], 'exclusive');
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
          if (removesAdministrator) await requireAnotherAdministrator(db, before, user, ctx.locale);
          await audit(db, actor, 'update', id, before, user);
          return { ...user, version: expectedVersion + 1, createdAt: current.created_at, updatedAt: at };
        });
      } catch (error) {
        throw unique(error, user.email);
      }
    },

    async setPassword(id, password, actor) {
      const current = await row(ctx.db, 'id', id);
      if (current?.erased_at) throw new AccountErasureError(current, 'erased', ctx.locale);
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

    async erase(id, expectedVersion, actor) {
      const current = await row(ctx.db, 'id', id);
      if (!current) throw new NotFoundError('user', id);
      if (current.erased_at) return userFromRow(current);
      if (Number(current.disabled) !== 1) throw new AccountErasureError(current, 'active', ctx.locale);
      // A password nobody knows, hashed as any other: the account can never sign in again.
      const hash = await hashPassword(randomBytes(32).toString('base64url'));
      return await write(ctx, async (db) => {
        const at = nowIso(ctx);
        const result = await db
          .updateTable('users')
          .set({
            email: erasedUserEmail(id),
            name: ERASED_USER_NAME,
            sort_key: polishSortKey(ERASED_USER_NAME),
            password_hash: hash,
            version: expectedVersion + 1,
            updated_at: at,
            erased_at: at,
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          // Blocked when read above and still blocked: an unblock in between makes this a conflict.
          .where('disabled', '=', 1)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          const now = await row(db, 'id', id);
          throw new ConflictError('user', id, expectedVersion, now ? Number(now.version) : null);
        }
        await db.deleteFrom('sessions').where('user_id', '=', id).execute();
        // What the log recorded of the account (created, renamed, its e-mail changed) keeps its role and
        // blocks but not its name and e-mail.
        const entries = await db
          .selectFrom('audit_log')
          .select(['id', 'before', 'after'])
          .where('entity', '=', 'user')
          .where('entity_id', '=', id)
          .execute();
        for (const e of entries) {
          const before = withoutPersonalData(e.before as string | null);
          const after = withoutPersonalData(e.after as string | null);
          if (before !== e.before || after !== e.after)
            await db.updateTable('audit_log').set({ before, after }).where('id', '=', e.id).execute();
        }
        // The entry names nobody: the account is its id, the actor theirs.
        await audit(db, actor, 'erase', id, null, null);
        return userFromRow({
          ...current,
          email: erasedUserEmail(id),
          name: ERASED_USER_NAME,
          version: expectedVersion + 1,
          updated_at: at,
          erased_at: at,
        });
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
