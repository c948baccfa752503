import { dropSchema, freshSchema, testEnv } from '@org/testkit';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from './open-store.js';
import { postgresCase } from './test/dialects.js';
import type { Store } from './types.js';

// PostgreSQL only: the pool, its limits and the driver's reasons are the PostgreSQL dialect's.
describe('the PostgreSQL connection pool', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const f of cleanup.splice(0).reverse()) await f();
  });
  const open = async (params: Record<string, string>): Promise<{ store: Store; url: string }> => {
    const schema = freshSchema();
    const url = new URL(testEnv.PG_URL);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    const store = await openStore(url.toString(), { schema });
    cleanup.push(async () => {
      await store.close();
      await dropSchema(schema);
    });
    return { store, url: url.toString() };
  };

  it('drops connections the server ended (a restart, a failover) and opens new ones, and the process lives on', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const name = `mosty-pool-test-${process.pid}-${Date.now()}`;
    const { store } = await open({ application_name: name });
    // Three reads at once hold three pooled connections, idle in the pool afterwards.
    await Promise.all([store.organizations.list(), store.events.list(), store.venues.list()]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const admin = new pg.Client({ connectionString: testEnv.PG_URL });
    await admin.connect();
    try {
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [name],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
      // pg_terminate_backend only signals: a backend may still be ending (and hand its connection's next
      // query the termination) after it returns. Wait until all three are gone, as after a real restart.
      await vi.waitFor(
        async () =>
          expect(
            (await admin.query('select count(*)::int as n from pg_stat_activity where application_name = $1', [name]))
              .rows[0].n,
          ).toBe(0),
        { timeout: 10_000, interval: 20 },
      );
    } finally {
      await admin.end();
    }
    // Without a listener, the pool's 'error' event is an uncaught exception: the run fails here.
    await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 10_000, interval: 20 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^@org\/store: an idle PostgreSQL connection to postgres:.* failed and was dropped \(terminating connection due to administrator command\); the next query opens a new one\.$/,
    );
    expect((await store.organizations.list()).total).toBe(0);
  });

  it('takes its size from pool_max in the URL, and refuses a size that is not one', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const { store } = await open({ pool_max: '2' });
    expect((await store.events.list()).total).toBe(0);
    for (const bad of ['0', 'dużo', '1.5', '1001']) {
      const url = new URL(testEnv.PG_URL);
      url.searchParams.set('pool_max', bad);
      await expect(openStore(url.toString(), { locale: 'en' })).rejects.toMatchObject({
        code: 'DATABASE_OPEN',
        message: `pool_max in DATABASE_URL must be a number of connections from 1 to 1000 (got "${bad}").`,
      });
    }
  });

  it('says why it cannot connect: a database that does not exist', async (context) => {
    if (postgresCase.unavailable) context.skip(`skipped: ${postgresCase.unavailable}`);
    const url = new URL(testEnv.PG_URL);
    url.pathname = '/mosty_no_such_database';
    await expect(openStore(url.toString(), { locale: 'en' })).rejects.toMatchObject({
      code: 'DATABASE_OPEN',
      message: `Cannot connect to PostgreSQL at ${url.toString()}: database "mosty_no_such_database" does not exist.`,
    });
  });
});
