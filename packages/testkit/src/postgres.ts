import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testEnv } from './env.js';

/**
 * Why the test PostgreSQL (`testEnv.PG_URL`) cannot be used, or null when it answers a query. Under
 * `CI=true` the second dialect must run: an unreachable server throws (the suite fails), never skips.
 *
 * @example
 * const pgReason = await postgresUnavailable();
 * it.skipIf(pgReason !== null)(`… (postgres${pgReason ? `: skipped, ${pgReason}` : ''})`, ...)
 */
export async function postgresUnavailable(url: string = testEnv.PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    const reason = `PostgreSQL at ${url} is unreachable (${(error as Error).message})`;
    if (testEnv.CI) throw new Error(`${reason}; under CI=true this is a failure`, { cause: error });
    return reason;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A fresh, unused schema name for one test's PostgreSQL store (open the store with `{ schema }`;
 * it is created on open). Drop it with `dropSchema` when done.
 *
 * @example
 * freshSchema(); // 'mosty_test_3f9a0c1b2d4e'
 * freshSchema('mosty_website'); // 'mosty_website_8e1f…'
 */
export const freshSchema = (prefix = 'mosty_test'): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/**
 * Drops a test schema and everything in it, on `testEnv.PG_URL` unless another URL is given.
 *
 * @example
 * await dropSchema(schema); // gone, whether or not it existed
 */
export async function dropSchema(schema: string, url: string = testEnv.PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${client.escapeIdentifier(schema)} cascade`);
  } finally {
    await client.end();
  }
}
