import type { Locale } from '@org/domain';
import { sql } from 'kysely';
import { readDatabaseUrl } from './check-database-url.js';
import type { StoreContext } from './context.js';
import { redactedUrl } from './database-target.js';
import { openPostgres } from './dialect/postgres.js';
import type { DialectSeam } from './dialect/seam.js';
import { openSqlite, requireMostySqlite } from './dialect/sqlite.js';
import {
  authorityDef,
  cooperationDef,
  type EntityDef,
  eventDef,
  grantDef,
  organizationDef,
  personDef,
  postDef,
  venueDef,
} from './entities.js';
import { requireMigrated, runMigrations } from './migrate.js';
import { auditRepository } from './repositories/audit.js';
import { commentRepository } from './repositories/comments.js';
import { entityRepository } from './repositories/entity-repository.js';
import { rateLimitRepository } from './repositories/rate-limits.js';
import { referencesTo } from './repositories/references.js';
import { scheduledRepository } from './repositories/scheduled.js';
import { sessionRepository } from './repositories/sessions.js';
import { userRepository } from './repositories/users.js';
import { defaultDatabaseUrl } from './resolve-database-url.js';
import { guardText, type ParamNames } from './text-guard.js';
import type { Repository, Store } from './types.js';

export interface OpenStoreOptions {
  /** The clock for timestamps and ids (tests pass a fixed one). */
  now?: () => Date;
  /** PostgreSQL only: work in this schema, created when missing (each test run uses its own). */
  schema?: string;
  /**
   * Run pending migrations on open (default true). `'verify'` changes nothing and refuses a database
   * whose migrations are not all applied (`DATABASE_NOT_MIGRATED`): for tools that only read.
   */
  migrate?: boolean | 'verify';
  /**
   * The language of the messages of its errors: `'pl'` (default) or `'en'`. Only `message` texts
   * change; codes, paths and fields of issues are the same in both.
   */
  locale?: Locale;
  /**
   * Where the address came from, as messages that ask to check it name it: `'DATABASE_URL'` (default), or a
   * program's option such as `'--db'`.
   */
  source?: string;
}

const SEAM = Symbol('mosty.seam');

/** The dialect seam behind a store: for backups, dumps and tests inside this package. */
export function seamOf(store: Store): DialectSeam {
  const seam = (store as Store & { [SEAM]?: DialectSeam })[SEAM];
  if (!seam) throw new TypeError('Not a store opened by openStore().');
  return seam;
}

/** The context of a store, for the bulk paths (seeding, import, restore) inside this package. */
export function contextOf(store: Store): StoreContext {
  const ctx = (store as Store & { [CTX]?: StoreContext })[CTX];
  if (!ctx) throw new TypeError('Not a store opened by openStore().');
  return ctx;
}
const CTX = Symbol('mosty.context');

// Each method's arguments, so a refused text names its field ('' spreads a record or query).
const ENTITY_PARAMS: Partial<Record<keyof Repository<unknown>, ParamNames>> = {
  create: ['', 'actor'],
  get: ['id'],
  getMany: ['ids'],
  getBySlug: ['slug'],
  getByFormerSlug: ['slug'],
  formerSlugs: [],
  require: ['idOrSlug'],
  update: ['id', 'expectedVersion', '', 'actor'],
  delete: ['id', 'expectedVersion', 'actor', 'options'],
  list: [''],
};

function buildStore(ctx: StoreContext): Store {
  const entities = <T, F, S extends string>(def: EntityDef<T, F, S>): Repository<T, F, S> =>
    guardText(ctx, def.kind, entityRepository(ctx, def), ENTITY_PARAMS);
  const store: Store & { [SEAM]: DialectSeam; [CTX]: StoreContext } = {
    [SEAM]: ctx.seam,
    [CTX]: ctx,
    dialect: ctx.seam.name,
    events: entities(eventDef),
    organizations: entities(organizationDef),
    authorities: entities(authorityDef),
    venues: entities(venueDef),
    people: entities(personDef),
    grants: entities(grantDef),
    posts: entities(postDef),
    cooperations: entities(cooperationDef),
    users: guardText(ctx, 'user', userRepository(ctx), {
      create: ['', 'actor'],
      verifyPassword: ['email', 'password'],
      list: [''],
      get: ['id'],
      getByEmail: ['email'],
      update: ['id', 'expectedVersion', '', 'actor'],
      setPassword: ['id', 'password', 'actor'],
    }),
    sessions: guardText(ctx, 'session', sessionRepository(ctx), {
      create: ['userId', 'ttlMs', 'meta'],
      get: ['token'],
      extend: ['token', 'idleMs', 'maxMs'],
      delete: ['token'],
      deleteForUser: ['userId'],
    }),
    audit: guardText(ctx, 'audit entry', auditRepository(ctx), { record: [''], list: [''] }),
    scheduled: guardText(ctx, 'scheduled publication', scheduledRepository(ctx), {
      schedule: ['entity', 'id', 'at', 'actor'],
      due: ['now'],
      markDone: ['id'],
      cancel: ['id', 'actor'],
    }),
    rateLimits: guardText(ctx, 'rate limit', rateLimitRepository(ctx), {
      hit: ['key', 'windowMs', 'limit'],
      reset: ['key'],
      forgive: ['key'],
    }),
    comments: guardText(ctx, 'comment', commentRepository(ctx), { add: [''], list: ['entity', 'entityId'] }),
    referencesTo: referencesTo(ctx),
    changes: () => ctx.seam.openChangeFeed(),
    async dataVersion() {
      const row = await ctx.db.selectFrom('data_version').select('value').where('id', '=', 1).executeTakeFirst();
      return Number(row?.value ?? 0);
    },
    async transaction(fn) {
      // Inside a transaction, a nested one joins it: one commit, one rollback.
      if (ctx.inTransaction) return fn(store);
      try {
        return await ctx.db.transaction().execute((trx) => fn(buildStore({ ...ctx, db: trx, inTransaction: true })));
      } finally {
        if (ctx.shared) ctx.shared.writes++;
      }
    },
    async migrate() {
      await runMigrations(ctx.seam, undefined, ctx.now, ctx.locale);
    },
    async close() {
      if (ctx.inTransaction) throw new TypeError('close() the store, not the transaction handle.');
      const shared = ctx.shared;
      if (shared && !shared.closed) {
        shared.closed = true;
        const feed = await shared.feed?.catch(() => null);
        await feed?.close().catch(() => {});
      }
      await ctx.seam.close();
    },
  };
  return store;
}

/**
 * Opens a store. A file path or `file:` URL opens SQLite (WAL, foreign keys, busy timeout), a
 * `postgres://` URL PostgreSQL; with no URL, `data/mosty.db` under the workspace root. The database
 * is created and migrated on first use. Its errors speak Polish unless `locale: 'en'` is given.
 *
 * @example
 * const store = await openStore();
 * const event = await store.events.require('sprawny-urzad-sprawna-organizacja');
 * await store.close();
 *
 * @example
 * const store = await openStore(undefined, { locale: 'en' });
 * await store.events.list({ limit: 0 }); // ValidationError: limit: must be an integer from 1 to 500 (got "0").
 */
export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  // The same reading as `checkDatabaseUrl`'s, so that an address the check passes is not refused here.
  const read = readDatabaseUrl(url, options);
  if (!read.ok) throw read.error;
  const { locale, settings } = read;
  const target = url?.trim() || defaultDatabaseUrl();
  // A tool that only reads looks before it opens: opening a SQLite file for use would create or change it.
  if (options.migrate === 'verify' && settings.kind !== 'postgres')
    requireMostySqlite(target, redactedUrl(target), locale, options.source);
  const seam = settings.kind === 'postgres' ? await openPostgres(target, settings, locale) : openSqlite(target, locale);
  const ctx: StoreContext = {
    seam,
    db: seam.db,
    inTransaction: false,
    now: options.now ?? (() => new Date()),
    locale,
    shared: { writes: 0, feed: null, closed: false },
  };
  try {
    if (options.migrate === 'verify')
      await requireMigrated(seam, redactedUrl(target), locale, undefined, options.source);
    else if (options.migrate !== false) await runMigrations(seam, undefined, ctx.now, locale);
    else await sql`select 1`.execute(seam.db);
  } catch (error) {
    await seam.close().catch(() => {});
    throw error;
  }
  return buildStore(ctx);
}
