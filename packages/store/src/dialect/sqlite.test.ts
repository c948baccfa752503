import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, seamOf } from '../open-store.js';
import { orgInput } from '../test/fixtures.js';
import { withStatementCache } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'mosty-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite connection', () => {
  it('gives the query planner statistics when a store with data is opened (PRAGMA optimize)', async () => {
    const file = join(dir, 'stats.db');
    const store = await openStore(file);
    for (let i = 0; i < 30; i++) await store.organizations.create(orgInput(`Fundacja Numer ${i}`));
    await store.close();
    const before = new Database(file, { readonly: true });
    const hasStats = () =>
      before.prepare("select count(*) from sqlite_master where name = 'sqlite_stat1'").pluck().get() as number;
    // A new file had nothing to analyse when it was opened; the rows came afterwards.
    const analysedBefore = hasStats()
      ? (before.prepare("select count(*) from sqlite_stat1 where tbl = 'organizations'").pluck().get() as number)
      : 0;
    before.close();
    expect(analysedBefore).toBe(0);

    await (await openStore(file)).close();
    const after = new Database(file, { readonly: true });
    const rows = after.prepare("select idx, stat from sqlite_stat1 where tbl = 'organizations'").all() as {
      idx: string;
      stat: string;
    }[];
    after.close();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.stat.startsWith('30'))).toBe(true);
  });

  it('keeps temporary B-trees and sorters in memory: a file per statement cost ten times the query', async () => {
    const store = await openStore(join(dir, 'temp.db'));
    try {
      // 2 is MEMORY (0, the default, is the compile-time choice: a file).
      const rows = await sql<{ temp_store: number }>`pragma temp_store`.execute(seamOf(store).db);
      expect(rows.rows[0]?.temp_store).toBe(2);
      // A list whose plan needs temporary B-trees (`id in (subquery)`, ORDER BY on an expression) still answers.
      await store.organizations.create(orgInput('Fundacja Tymczasowa'));
      expect((await store.posts.list({ limit: 5 })).total).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe('statement cache', () => {
  it('reuses a statement by its SQL, keeps the most recently used, and never hands out a busy one', () => {
    const raw = new Database(':memory:');
    const db = withStatementCache(raw, 2);
    raw.exec('create table t (n integer)');
    raw.exec('insert into t values (1), (2), (3)');
    const a = db.prepare('select n from t order by n');
    expect(db.prepare('select n from t order by n')).toBe(a);
    // While a stream iterates `a`, the same SQL gets its own statement and both read every row.
    const seen: number[] = [];
    for (const row of a.iterate() as Iterable<{ n: number }>) {
      const inner = db.prepare('select n from t order by n');
      expect(inner).not.toBe(a);
      seen.push(row.n, (inner.all() as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    // Size 2: two other statements since `a` was last used push it out.
    db.prepare('select 1');
    db.prepare('select 2');
    expect(db.prepare('select n from t order by n')).not.toBe(a);
    db.close();
    expect(raw.open).toBe(false);
  });
});
