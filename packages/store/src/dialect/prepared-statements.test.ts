import { dropSchema, freshSchema, testEnv } from '@org/testkit';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { readDatabaseUrl } from '../check-database-url.js';
import { contextOf, openStore } from '../open-store.js';
import { postgresCase } from '../test/dialects.js';
import type { Store } from '../types.js';
import { MAX_PREPARED_PER_CONNECTION } from './prepared-statements.js';

// PostgreSQL only: named statements are the PostgreSQL dialect's. Each store here has one pooled connection
// (pool_max=1), so pg_prepared_statements, which is per connection, shows what the store's queries left.
describe('named statements on PostgreSQL', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });
  const open = async (params: Record<string, string> = {}) => {
    const schema = freshSchema();
    const url = new URL(testEnv.PG_URL);
    url.searchParams.set('pool_max', '1');
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const store = await openStore(url.toString(), { schema });
    cleanup.push(async () => {
      await store.close();
      await dropSchema(schema);
    });
    return { store, schema, db: contextOf(store).db };
  };
  const named = async (store: Store) =>
    (
      await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(contextOf(store).db)
    ).rows
      .map((r) => r.name)
      .filter((n) => n.startsWith('mosty_'));
  // Another connection to the same schema, as another process (a newer admin migrating) would have.
  const elsewhere = async (schema: string, statement: string) => {
    const client = new pg.Client({ connectionString: testEnv.PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  it('parses each of the store’s statements once per connection, then only runs it', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { store } = await open();
    const reads = async () => {
      await store.organizations.list({ search: 'razem', limit: 20 });
      await store.events.list({ filter: { status: ['published'] }, limit: 20 });
      await store.organizations.get('no-such-id');
    };
    await reads();
    const first = await named(store);
    expect(first.length).toBeGreaterThanOrEqual(3);
    await reads();
    await reads();
    // The same statements, not new ones: each was parsed once.
    expect(await named(store)).toEqual(first);
  });

  it('sends them unnamed with prepare=off (for a pooler that moves transactions between connections)', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { store } = await open({ prepare: 'off' });
    await store.organizations.list({ search: 'razem', limit: 20 });
    await store.events.list({ filter: { status: ['published'] }, limit: 20 });
    expect(await named(store)).toEqual([]);
  });

  it('runs a statement whose table another process changed again, prepared anew, outside a transaction', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { schema, db } = await open();
    await sql`create table probe (a int)`.execute(db);
    await sql`insert into probe values (${1})`.execute(db);
    const read = () => sql<Record<string, unknown>>`select * from probe where a = ${1}`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1 }]);
    await elsewhere(schema, 'alter table probe add column b text');
    // The statement prepared before the change would now fail ("cached plan must not change result type").
    expect((await read()).rows).toEqual([{ a: 1, b: null }]);
    expect((await read()).rows).toEqual([{ a: 1, b: null }]);
  });

  it('inside a transaction, fails that transaction with the server’s error, and the next one runs', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { schema, db } = await open();
    await sql`create table probe (a int)`.execute(db);
    await sql`insert into probe values (${1})`.execute(db);
    const read = () =>
      db.transaction().execute((trx) => sql<Record<string, unknown>>`select * from probe where a = ${1}`.execute(trx));
    expect((await read()).rows).toEqual([{ a: 1 }]);
    await elsewhere(schema, 'alter table probe add column b text');
    await expect(read()).rejects.toMatchObject({ code: '0A000' });
    expect((await read()).rows).toEqual([{ a: 1, b: null }]);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} named statements on a connection, and answers past them`, async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { store, db } = await open();
    const texts = MAX_PREPARED_PER_CONNECTION + 20;
    for (let i = 0; i < texts; i++) {
      // A different text each time, as `in (…)` lists of different lengths make.
      const r = await sql<{ n: number }>`select ${i}::int + ${sql.raw(String(i))} as n`.execute(db);
      expect(r.rows[0]?.n).toBe(2 * i);
    }
    expect(await named(store)).toHaveLength(MAX_PREPARED_PER_CONNECTION);
  });
});

describe('prepare in DATABASE_URL', () => {
  it('is on by default, off when asked, and never reaches the driver', () => {
    const settings = (url: string) => {
      const read = readDatabaseUrl(url);
      if (!read.ok || read.settings.kind !== 'postgres') throw new Error(`not read: ${url}`);
      return read.settings;
    };
    expect(settings('postgres://db/mosty').prepare).toBe(true);
    expect(settings('postgres://db/mosty?prepare=on').prepare).toBe(true);
    const off = settings('postgres://db/mosty?prepare=off&sslmode=require');
    expect(off.prepare).toBe(false);
    expect(off.connectionString).toBe('postgres://db/mosty?sslmode=require');
  });
});
