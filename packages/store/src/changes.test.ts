import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeChannel } from './dialect/postgres.js';
import { seamOf } from './open-store.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import { orgInput } from './test/fixtures.js';
import type { ChangeFeed } from './types.js';

// PostgreSQL delivers a notification shortly after the commit, so the checks wait for the change to
// arrive (no time is asserted); SQLite sees it at once.
const changesFrom = (feed: ChangeFeed, before: number) =>
  vi.waitFor(() => expect(feed.version()).not.toBe(before), { timeout: 10_000, interval: 20 });

describe.each(DIALECTS)('changes() on $name', (dialect) => {
  const stores: TestStore[] = [];
  const feeds: ChangeFeed[] = [];
  afterEach(async () => {
    for (const f of feeds.splice(0)) await f.close();
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('changes after a write through the same store and through another store on the same database', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    const feed = await t.store.changes();
    feeds.push(feed);
    const other = await t.reopen({ migrate: false });

    const v0 = feed.version();
    await t.store.organizations.create(orgInput('Z tego samego'));
    await changesFrom(feed, v0);

    const v1 = feed.version();
    await other.organizations.create(orgInput('Z innego połączenia'));
    await changesFrom(feed, v1);

    // A write in a transaction that rolls back changes nothing; a later write is still seen.
    const v2 = feed.version();
    await t.store
      .transaction(async (tx) => {
        await tx.organizations.create(orgInput('Wycofana'));
        throw new Error('rollback');
      })
      .catch(() => {});
    await t.store.comments.list('organization', 'x'); // a read between, on the same store
    await other.organizations.create(orgInput('Po wycofaniu'));
    await changesFrom(feed, v2);
    expect((await t.store.organizations.list()).total).toBe(3);
  });

  it('stays the same while nothing is written, reads included', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    await t.store.organizations.create(orgInput('Przed'));
    const feed = await t.store.changes();
    feeds.push(feed);
    // The write committed before the listener started, so no notification of it can arrive late.
    const v = feed.version();
    for (let i = 0; i < 20; i++) {
      await t.store.organizations.list({ search: 'przed' });
      await t.store.organizations.require('przed');
      expect(feed.version()).toBe(v);
    }
    await feed.close();
    await feed.close(); // closing twice is harmless
  });

  it('stays the same through sign-in bookkeeping (sessions, rate limits) from any connection, and moves by one for a write', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    const other = await t.reopen({ migrate: false });
    const user = await t.store.users.create({
      email: 'ksiegowa@m.pl',
      name: 'Księgowa',
      role: 'editor',
      password: 'długie hasło do testu',
    });
    const feed = await t.store.changes();
    feeds.push(feed);
    const v = feed.version();
    // What an admin's sign-in, use and sign-out write, from this process and from another.
    for (const store of [t.store, other]) {
      await store.rateLimits.hit('login:ksiegowa@m.pl', 60_000, 5);
      const session = await store.sessions.create(user.id, 60_000, { ip: '127.0.0.1' });
      await store.sessions.extend(session.token, 120_000, 600_000);
      await store.sessions.delete(session.token);
      await store.sessions.create(user.id, 60_000);
      await store.sessions.deleteForUser(user.id);
      await store.rateLimits.reset('login:ksiegowa@m.pl');
      expect(feed.version()).toBe(v);
    }
    // A write of data after them is seen, and counts once: none of the bookkeeping counted late.
    await other.organizations.create(orgInput('Po zalogowaniu'));
    await changesFrom(feed, v);
    expect(feed.version()).toBe(v + 1);
    expect(await t.store.dataVersion()).toBe(await other.dataVersion());
  });

  it.runIf(dialect.name === 'postgres' && !dialect.unavailable)(
    'counts a lost listener connection as a change and listens again after reconnecting (PostgreSQL only: SQLite has no listener)',
    async () => {
      const t = await dialect.open();
      stores.push(t);
      const feed = await t.store.changes();
      feeds.push(feed);
      const v0 = feed.version();
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'mosty-changes' and query = ${`listen "${changeChannel(t.schema)}"`}`.execute(
        seamOf(t.store).db,
      );
      await changesFrom(feed, v0);
      // Wait until the listener is back, then a write must reach it.
      await vi.waitFor(
        async () => {
          const r = await sql<{
            n: number;
          }>`select count(*)::int as n from pg_stat_activity where application_name = 'mosty-changes' and query = ${`listen "${changeChannel(t.schema)}"`}`.execute(
            seamOf(t.store).db,
          );
          expect(r.rows[0]?.n).toBe(1);
        },
        { timeout: 20_000, interval: 100 },
      );
      const v1 = feed.version();
      await t.store.organizations.create(orgInput('Po powrocie'));
      await changesFrom(feed, v1);
    },
  );
});
