import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Locale, MostyError } from '@org/domain';
import Database from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, Kysely, SqliteDialect, SqliteDriver, sql } from 'kysely';
import { databaseTarget, redactedUrl } from '../database-target.js';
import { MESSAGES } from '../messages.js';
import type { ChangeFeed } from '../types.js';
import type { DialectSeam, SecondaryIndex, UniqueViolation } from './seam.js';
import { acquireWriteLock } from './write-lock.js';

// Long enough for another process's batch import to commit; writers of this process never wait here.
const BUSY_TIMEOUT_MS = 15_000;

/**
 * Kysely's driver with write transactions that start `BEGIN IMMEDIATE` (a deferred transaction that
 * reads first and then writes can fail with SQLITE_BUSY without waiting) behind the per-file queue.
 */
class QueuedSqliteDriver extends SqliteDriver {
  readonly #lockKey: string;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(config: ConstructorParameters<typeof SqliteDriver>[0], lockKey: string) {
    super(config);
    this.#lockKey = lockKey;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const release = await acquireWriteLock(this.#lockKey);
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      this.#releases.set(connection, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('commit'));
    } finally {
      this.#release(connection);
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } finally {
      this.#release(connection);
    }
  }

  #release(connection: DatabaseConnection): void {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
  }
}

class QueuedSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDriver>[0];
  readonly #lockKey: string;
  constructor(config: ConstructorParameters<typeof SqliteDriver>[0], lockKey: string) {
    super(config);
    this.#config = config;
    this.#lockKey = lockKey;
  }
  override createDriver() {
    return new QueuedSqliteDriver(this.#config, this.#lockKey);
  }
}

// Distinct statements the store issues: one per query shape (an `in (?, ?)` list of another length is
// another shape), a few hundred at most.
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's driver sees it, with prepared statements kept by their SQL: preparing costs
 * more than running most of the store's queries (a lookup by id, a page of a list). A statement that
 * is still being iterated by a stream is busy, so the same SQL meanwhile gets a fresh statement.
 *
 * @example
 * const db = withStatementCache(new Database(':memory:'));
 * db.prepare('select 1') === db.prepare('select 1'); // true
 */
export function withStatementCache(
  raw: Database.Database,
  size = STATEMENT_CACHE_SIZE,
): Pick<Database.Database, 'prepare' | 'close'> {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(source: string) {
      const kept = statements.get(source);
      if (kept && !kept.busy) {
        // Most recently used last, so the oldest is the first key.
        statements.delete(source);
        statements.set(source, kept);
        return kept;
      }
      const statement = raw.prepare(source);
      if (!kept) {
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
        statements.set(source, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      return raw.close();
    },
  } as Pick<Database.Database, 'prepare' | 'close'>;
}

/** `file:` URLs and plain paths to a file path; `:memory:` stays as it is. */
export function sqlitePath(url: string): string {
  const target = databaseTarget(url);
  if (target.kind === 'sqlite') return target.path;
  if (target.kind === 'memory') return ':memory:';
  // openStore refuses the others before it gets here.
  throw new Error(`not a SQLite address: ${redactedUrl(url)}.`);
}

function uniqueViolation(error: unknown): UniqueViolation | null {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e?.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return null;
  // "UNIQUE constraint failed: organizations.slug"
  const column = /failed: [\w]+\.(\w+)/.exec(String(e.message))?.[1] ?? 'id';
  return { field: column };
}

/**
 * Gives the query planner statistics, as SQLite advises for long-lived connections: `PRAGMA optimize`
 * at open analyses the tables that were never analysed or changed much since (a sample of at most
 * 400 rows per index, milliseconds). Without statistics the planner walks every published event to
 * find one organisation's events instead of starting from the link index. Failing is harmless (e.g.
 * another process holds the write lock past the busy timeout): the next open tries again.
 */
function refreshStatistics(raw: Database.Database): void {
  try {
    raw.pragma('analysis_limit = 400');
    raw.pragma('optimize = 0x10002');
  } catch {
    // Statistics only steer plans; every query is correct without them.
  }
}

/**
 * A change detector on its own read connection: `PRAGMA data_version` changes whenever another
 * connection (this store's writer or another process) commits, and reading it takes microseconds.
 * The version it reports is the data version row, read again only when the pragma has moved, so
 * commits of bookkeeping (sign-in sessions, rate limits) leave it alone. An in-memory database has
 * no second connection, so it reads the data version row every time.
 */
function sqliteChangeFeed(raw: Database.Database, file: string | null, locale: Locale): ChangeFeed {
  if (file === null) {
    const row = raw.prepare('select value from data_version where id = 1').pluck();
    return { version: () => Number(row.get()), close: async () => {} };
  }
  let reader: Database.Database;
  try {
    reader = new Database(file, { fileMustExist: true });
    reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (cause) {
    throw new MostyError('DATABASE_OPEN', MESSAGES.sqliteChangeFeed[locale](file), { cause });
  }
  const pragma = reader.prepare('pragma data_version').pluck();
  const row = reader.prepare('select value from data_version where id = 1').pluck();
  // Every commit moves the pragma, bookkeeping too (sessions, rate limits): the data version row,
  // which only writes of data bump, is read again only when it has moved, and is what is reported.
  let seen: number | undefined;
  let value = 0;
  return {
    version: () => {
      const now = Number(pragma.get());
      if (now !== seen) {
        // Read after the pragma, so the value is at least as new as the commit the pragma shows.
        seen = now;
        value = Number(row.get());
      }
      return value;
    },
    close: async () => {
      if (reader.open) reader.close();
    },
  };
}

/**
 * For a tool that only reads (`migrate: 'verify'`): refuses a SQLite file that is missing or has no Mosty tables
 * before `openSqlite` touches it. Opening for use creates a missing file and its folder and switches the file to
 * WAL, which rewrites the header of another program's database; this looks through a read-only connection
 * first, so such a file is left byte for byte as it was. `shown` names the database in the messages.
 *
 * @example
 * requireMostySqlite('/tmp/other-app.db', '/tmp/other-app.db', 'en') // DATABASE_NOT_MIGRATED: … has no Mosty tables; nothing in it was changed. …
 */
export function requireMostySqlite(url: string, shown: string, locale: Locale = 'pl', source?: string): void {
  const path = sqlitePath(url);
  // An in-memory database is new and empty: `requireMigrated` refuses it, and there is no file to keep.
  if (path === ':memory:') return;
  if (!existsSync(path)) throw new MostyError('DATABASE_NOT_MIGRATED', MESSAGES.noDatabaseFile[locale](shown, source));
  let hasTables: boolean;
  try {
    const reader = new Database(path, { readonly: true, fileMustExist: true });
    try {
      reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      hasTables =
        reader.prepare("select 1 from sqlite_master where type = 'table' and name = 'mosty_migrations'").get() !==
        undefined;
    } finally {
      reader.close();
    }
  } catch (cause) {
    // Not a database (a text file, a folder), or no right to read it.
    throw new MostyError('DATABASE_OPEN', MESSAGES.sqliteOpen[locale](path), { cause });
  }
  if (!hasTables) throw new MostyError('DATABASE_NOT_MIGRATED', MESSAGES.notMostyDatabase[locale](shown, source));
}

/**
 * Opens a SQLite file (created with its folder when missing) in WAL mode with foreign keys on and a
 * busy timeout, behind Kysely. Its errors (`DATABASE_OPEN`) speak `locale`.
 *
 * @example
 * const seam = openSqlite('data/mosty.db'); // seam.name === 'sqlite'
 */
export function openSqlite(url: string, locale: Locale = 'pl'): DialectSeam {
  const path = sqlitePath(url);
  let file: string | null = null;
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (cause) {
      // A file where a folder of the path should be, or no right to make it.
      throw new MostyError('DATABASE_OPEN', MESSAGES.sqliteOpen[locale](path), { cause });
    }
    file = path;
  }
  let raw: Database.Database;
  try {
    raw = new Database(path);
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before it is acknowledged, so not even a power cut loses it.
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    // 64 MiB of page cache instead of 2: bulk loads insert into large indexes in random order.
    raw.pragma('cache_size = -65536');
    // Temporary B-trees (ORDER BY without an index, IN (subquery), DISTINCT) and sorters in memory: in a
    // file, each statement that makes one opens and removes a temporary file, ten times the cost of the
    // query itself (an event's posts, 0 rows: 250 µs → 23 µs).
    raw.pragma('temp_store = MEMORY');
  } catch (cause) {
    throw new MostyError('DATABASE_OPEN', MESSAGES.sqliteOpen[locale](path), { cause });
  }
  refreshStatistics(raw);
  const lockKey = file ? realpathSync(file) : `memory:${Math.random()}`;
  const db = new Kysely({
    dialect: new QueuedSqliteDialect({ database: withStatementCache(raw) as Database.Database }, lockKey),
  });
  return {
    name: 'sqlite',
    db,
    keyText: 'text',
    uniqueViolation,
    refusedText: () => null,
    sqlite: raw,
    file,
    // One connection, and BEGIN IMMEDIATE already excludes every other writer of the file.
    lockForMigration: async () => {},
    // Write transactions start with BEGIN IMMEDIATE behind the per-file queue: they already run one at a time.
    lockRecords: async () => {},
    // Every commit already changes what `PRAGMA data_version` reports to other connections.
    notifyChange: async () => {},
    openChangeFeed: async () => sqliteChangeFeed(raw, file, locale),
    insertRows: async (db, table, rows) => {
      const first = rows[0];
      if (!first) return;
      // Multi-row INSERTs under SQLite's limit of 32,766 bound parameters.
      const size = Math.floor(30_000 / Object.keys(first).length);
      // biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time
      const anyDb = db as Kysely<any>;
      for (let i = 0; i < rows.length; i += size)
        await anyDb
          .insertInto(table)
          .values(rows.slice(i, i + size))
          .execute();
    },
    // Indexes SQLite makes for PRIMARY KEY and UNIQUE constraints have no SQL; unique indexes stay too.
    secondaryIndexes: async (db, table) =>
      (
        await sql<SecondaryIndex>`select name, sql as "create" from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(
          db,
        )
      ).rows.filter((index) => !/^\s*create\s+unique\b/i.test(index.create)),
    tableExists: async (db, table) =>
      (await sql`select 1 from sqlite_master where type = 'table' and name = ${table}`.execute(db)).rows.length > 0,
    close: () => db.destroy(),
  };
}
