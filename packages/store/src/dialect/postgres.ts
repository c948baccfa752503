import { createHash } from 'node:crypto';
import { type Locale, MostyError } from '@org/domain';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseSettings } from '../check-database-url.js';
import { driverReason } from '../driver-reason.js';
import { MESSAGES } from '../messages.js';
import type { ChangeFeed } from '../types.js';
import { prepareStatements } from './prepared-statements.js';
import type { DialectSeam, SecondaryIndex, UniqueViolation } from './seam.js';

// Any constant works as long as every Mosty migrator uses the same one.
const MIGRATION_LOCK_KEY = 7_234_001;
// The first key of the advisory locks on records (`lockRecords`); the second is the id's hashtext.
const RECORD_LOCK_SPACE = 7_234_002;

function uniqueViolation(error: unknown): UniqueViolation | null {
  const e = error as { code?: unknown; detail?: unknown };
  if (e?.code !== '23505') return null;
  // "Key (slug)=(fundacja-razem) already exists."
  const match = /Key \((\w+)\)=\((.*)\) already exists/.exec(String(e.detail ?? ''));
  return match ? { field: match[1] as string, value: match[2] as string } : { field: 'id' };
}

// invalid_byte_sequence_for_encoding (a NUL in text) and untranslatable_character.
const REFUSED_TEXT = new Set(['22021', '22P05']);

function refusedText(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && REFUSED_TEXT.has(code) ? code : null;
}

// A query waits at most this long for a free pooled connection (or a new one), then fails, instead of
// queueing without limit while the database is down or every connection is busy.
const CONNECTION_TIMEOUT_MS = 10_000;
const POOL_WARNING_EVERY_MS = 10_000;

const RECONNECT_FIRST_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * The NOTIFY channel of one schema. Channels are per database, not per schema, so each schema (each
 * test run, each benchmark) gets its own; names longer than PostgreSQL's 63 bytes are hashed.
 */
export function changeChannel(schema: string | undefined): string {
  const name = `mosty_changes_${schema ?? 'default'}`;
  return name.length <= 63 ? name : `mosty_changes_${createHash('sha256').update(name).digest('hex').slice(0, 40)}`;
}

/**
 * A dedicated client that LISTENs on the change channel. Its number grows with every notification
 * and on every reconnect, because notifications sent while the client was away are lost.
 */
async function postgresChangeFeed(
  config: pg.ClientConfig,
  channel: string,
  url: string,
  locale: Locale,
): Promise<ChangeFeed> {
  let version = 0;
  let closed = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ ...config, application_name: 'mosty-changes' });
    c.on('notification', (n) => {
      if (n.channel === channel) version++;
    });
    // An idle client that loses its server emits 'error' and then 'end'; 'end' reconnects.
    c.on('error', () => {
      c.end().catch(() => {});
    });
    c.on('end', () => {
      if (client !== c) return;
      client = null;
      version++;
      if (!closed) reconnect(RECONNECT_FIRST_MS);
    });
    try {
      await c.connect();
      await c.query(`listen "${channel}"`);
    } catch (error) {
      await c.end().catch(() => {});
      throw error;
    }
    return c;
  };
  const reconnect = (delay: number) => {
    timer = setTimeout(() => {
      connect().then(
        (c) => {
          if (closed) {
            c.end().catch(() => {});
            return;
          }
          client = c;
          version++;
        },
        () => {
          if (!closed) reconnect(Math.min(delay * 2, RECONNECT_MAX_MS));
        },
      );
    }, delay);
    // A waiting reconnect must not keep a process alive that has nothing else to do.
    timer.unref();
  };

  try {
    client = await connect();
  } catch (cause) {
    throw new MostyError('DATABASE_OPEN', MESSAGES.postgresListen[locale](redact(url), driverReason(cause)), { cause });
  }
  return {
    version: () => version,
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/**
 * Opens a PostgreSQL database behind Kysely, with the settings `readDatabaseUrl` read from `url` (which
 * messages name, password hidden). With a schema, every connection works in it (created when missing), which
 * is how each test run and benchmark gets a fresh, disposable database. Its errors (`DATABASE_OPEN`) speak `locale`.
 *
 * @example
 * const url = 'postgres://postgres@127.0.0.1:5432/test';
 * const read = readDatabaseUrl(url, { schema: 'mosty_test_1' });
 * if (read.ok && read.settings.kind === 'postgres') await openPostgres(url, read.settings); // seam.name === 'postgres'
 */
export async function openPostgres(
  url: string,
  settings: Extract<DatabaseSettings, { kind: 'postgres' }>,
  locale: Locale = 'pl',
): Promise<DialectSeam> {
  const { connectionString, schema: schemaName, poolMax, prepare } = settings;
  if (schemaName) {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      await client.query(`create schema if not exists "${schemaName}"`);
    } catch (cause) {
      throw new MostyError(
        'DATABASE_OPEN',
        MESSAGES.postgresSchema[locale](schemaName, redact(url), driverReason(cause)),
        { cause },
      );
    } finally {
      await client.end().catch(() => {});
    }
  }
  // No parallel workers: the store's queries read a page or a capped count from an index, and starting
  // workers (measured: 5 ms for a 2 ms search page, hundreds of ms on a busy machine) costs more than
  // the work they share.
  const options = ['-c max_parallel_workers_per_gather=0', ...(schemaName ? [`-c search_path=${schemaName}`] : [])];
  const clientConfig: pg.ClientConfig = { connectionString, options: options.join(' ') };
  const channel = changeChannel(schemaName);
  const pool = new pg.Pool({ ...clientConfig, max: poolMax, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  // An idle pooled connection whose server went away (a restart, a failover, pg_terminate_backend, an
  // idle timeout) emits 'error'; without a listener that is an uncaught exception that ends the process.
  // The pool has already dropped it, and the next query opens a new one.
  let lastPoolWarning = 0;
  pool.on('error', (error) => {
    const now = Date.now();
    if (now - lastPoolWarning < POOL_WARNING_EVERY_MS) return;
    lastPoolWarning = now;
    console.warn(
      `@org/store: an idle PostgreSQL connection to ${redact(url)} failed and was dropped (${driverReason(error)}); the next query opens a new one.`,
    );
  });
  // Named statements, unless the URL says `prepare=off` (a pooler that hands each transaction another server
  // connection, such as PgBouncer in transaction mode without max_prepared_statements, would lose them).
  if (prepare) pool.on('connect', (client) => prepareStatements(client));
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (cause) {
    await db.destroy().catch(() => {});
    throw new MostyError('DATABASE_OPEN', MESSAGES.postgresConnect[locale](redact(url), driverReason(cause)), {
      cause,
    });
  }
  return {
    name: 'postgres',
    db,
    keyText: 'text collate "C"',
    uniqueViolation,
    refusedText,
    file: null,
    lockForMigration: async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    },
    // The two-key form lives apart from the one-key migration lock; ids sorted, so two writers that
    // point at the same records take their locks in one order and never wait for each other in a cycle.
    lockRecords: async (trx, ids, mode) => {
      if (ids.length === 0) return;
      const sorted = [...new Set(ids)].sort();
      const lock = mode === 'shared' ? sql.raw('pg_advisory_xact_lock_shared') : sql.raw('pg_advisory_xact_lock');
      await sql`select ${lock}(${RECORD_LOCK_SPACE}, hashtext(id)) from unnest(${sorted}::text[]) with ordinality as t(id, n) order by n`.execute(
        trx,
      );
    },
    // Sent at commit, and not at all when the transaction rolls back.
    notifyChange: async (trx) => {
      await sql`select pg_notify(${channel}, '')`.execute(trx);
    },
    openChangeFeed: () => postgresChangeFeed(clientConfig, channel, url, locale),
    // One JSON parameter per 10,000 rows, turned into rows of the table's own type by the server:
    // binding tens of thousands of parameters per statement took longer than the inserts.
    insertRows: async (db, table, rows) => {
      const first = rows[0];
      if (!first) return;
      const columns = sql.join(Object.keys(first).map((c) => sql.id(c)));
      for (let i = 0; i < rows.length; i += 10_000)
        await sql`insert into ${sql.table(table)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows.slice(i, i + 10_000))}::json)`.execute(
          db,
        );
    },
    secondaryIndexes: async (db, table) =>
      (
        await sql<SecondaryIndex>`select i.relname as name, pg_get_indexdef(i.oid) as "create" from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid where t.relname = ${table} and t.relnamespace = current_schema()::regnamespace and not x.indisunique and not x.indisprimary`.execute(
          db,
        )
      ).rows,
    tableExists: async (db, table) =>
      (await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(db)).rows[0]?.t != null,
    close: () => db.destroy(),
  };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  // File paths and file: URLs carry no secret.
  if (!/^postgres(ql)?:/.test(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
