import { MostyError } from '@org/domain';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DialectSeam, UniqueViolation } from './seam.js';

// Any constant works as long as every Mosty migrator uses the same one.
const MIGRATION_LOCK_KEY = 7_234_001;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function uniqueViolation(error: unknown): UniqueViolation | null {
  const e = error as { code?: unknown; detail?: unknown };
  if (e?.code !== '23505') return null;
  // "Key (slug)=(fundacja-razem) already exists."
  const match = /Key \((\w+)\)=\((.*)\) already exists/.exec(String(e.detail ?? ''));
  return match ? { field: match[1] as string, value: match[2] as string } : { field: 'id' };
}

/**
 * Opens a PostgreSQL database behind Kysely. With `schema`, every connection works in that schema
 * (created when missing), which is how each test run and benchmark gets a fresh, disposable database.
 *
 * @example
 * const seam = await openPostgres('postgres://postgres@127.0.0.1:5432/test', 'mosty_test_1'); // seam.name === 'postgres'
 */
export async function openPostgres(url: string, schema?: string): Promise<DialectSeam> {
  const parsed = new URL(url);
  const schemaName = schema ?? parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schemaName !== undefined && !SCHEMA_NAME.test(schemaName))
    throw new MostyError('DATABASE_OPEN', `PostgreSQL schema name "${schemaName}" must match ${SCHEMA_NAME}`);
  const connectionString = parsed.toString();
  if (schemaName) {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      await client.query(`create schema if not exists "${schemaName}"`);
    } catch (cause) {
      throw new MostyError('DATABASE_OPEN', `Cannot prepare schema ${schemaName} on PostgreSQL at ${redact(url)}`, {
        cause,
      });
    } finally {
      await client.end().catch(() => {});
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schemaName ? { options: `-c search_path=${schemaName}` } : {}),
  });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (cause) {
    await db.destroy().catch(() => {});
    throw new MostyError('DATABASE_OPEN', `Cannot connect to PostgreSQL at ${redact(url)}`, { cause });
  }
  return {
    name: 'postgres',
    db,
    keyText: 'text collate "C"',
    uniqueViolation,
    file: null,
    lockForMigration: async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    },
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
