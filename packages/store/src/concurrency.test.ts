import { ConflictError } from '@org/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, sqliteCase, type TestStore } from './test/dialects.js';
import { spawnWriter } from './test/spawn-writer.js';
import type { Store } from './types.js';

describe.each(DIALECTS)('concurrent writers on $name', (dialect) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('two writers updating one record: exactly one conflict, no lost update', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    const other = await t.reopen({ migrate: false });
    const org = await t.store.organizations.create({ name: 'Wspólna', legalForm: 'fundacja' });
    const [a, b] = await Promise.allSettled([
      t.store.organizations.update(org.id, 1, { ...org, shortName: 'A' }),
      other.organizations.update(org.id, 1, { ...org, shortName: 'B' }),
    ]);
    const outcomes = [a, b].map((r) => r.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    const fulfilled = [a, b].find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ shortName?: string }>;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const stored = await t.store.organizations.get(org.id);
    expect(stored).toMatchObject({ version: 2, shortName: fulfilled.value.shortName });
  });

  it('many read-modify-write increments with retry on conflict lose nothing', async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    const t = await dialect.open();
    stores.push(t);
    const writers: Store[] = [t.store];
    for (let i = 0; i < 4; i++) writers.push(await t.reopen({ migrate: false }));
    const venue = await t.store.venues.create({ name: 'Licznik', address: { street: 'ul. Polna 1', city: 'Wołomin' } });
    const increment = async (s: Store) => {
      for (;;) {
        const current = (await s.venues.get(venue.id))!;
        try {
          await s.venues.update(venue.id, current.version, {
            ...current,
            rooms: [...current.rooms, `sala ${current.rooms.length}`],
          });
          return;
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
    };
    await Promise.all(writers.flatMap((s) => Array.from({ length: 6 }, () => increment(s))));
    const final = (await t.store.venues.get(venue.id))!;
    expect(final.rooms).toHaveLength(30);
    expect(final.version).toBe(31);
  });
});

describe('SQLite under many writers', () => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    for (const t of stores.splice(0)) await t.dispose();
  });

  it('50 concurrent writers in one process: no SQLITE_BUSY reaches a caller, every write is there', async () => {
    const t = await sqliteCase.open();
    stores.push(t);
    const writers: Store[] = [];
    for (let i = 0; i < 50; i++) writers.push(await t.reopen({ migrate: false }));
    const results = await Promise.allSettled(
      writers.flatMap((s, w) =>
        Array.from({ length: 4 }, async (_, k) => {
          const org = await s.organizations.create({ name: `Pisarz ${w} wpis ${k}`, legalForm: 'inna' });
          return s.organizations.update(org.id, 1, { ...org, shortName: `P${w}-${k}` });
        }),
      ),
    );
    const failures = results
      .filter((r) => r.status === 'rejected')
      .map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    const all = await t.store.organizations.list({ limit: 500 });
    expect(all.total).toBe(200);
    expect(all.items.every((o) => o.version === 2 && o.shortName?.startsWith('P'))).toBe(true);
  });

  it('writers in three processes and this one at once: every acknowledged write is there', async () => {
    const t = await sqliteCase.open();
    stores.push(t);
    const children = Array.from({ length: 3 }, (_, i) => spawnWriter(t.url, `Proces ${i}`, 25));
    const mine = Promise.all(
      Array.from({ length: 25 }, (_, k) => t.store.organizations.create({ name: `Rodzic ${k}`, legalForm: 'inna' })),
    );
    const exits = await Promise.all(children.map((c) => c.exited));
    for (const exit of exits) expect(exit).toMatchObject({ code: 0, stderr: '' });
    await mine;
    const ids = new Set((await t.store.organizations.list({ limit: 500 })).items.map((o) => o.id));
    expect(ids.size).toBe(100);
    for (const c of children) for (const id of c.acked) expect(ids.has(id)).toBe(true);
    // Starting three tsx processes on a busy 2-core machine takes a while; nothing here is timed.
  }, 180_000);
});
