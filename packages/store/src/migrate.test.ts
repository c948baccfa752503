import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { seamOf } from './open-store.js';
import { DIALECTS, type TestStore } from './test/dialects.js';

const tables = async (t: TestStore): Promise<string[]> => {
  const seam = seamOf(t.store);
  const rows =
    seam.name === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(seam.db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = ${t.schema as string}`.execute(
          seam.db,
        );
  return rows.rows.map((r) => r.name).sort();
};

describe.each(DIALECTS)('migrations on $name', (dialect) => {
  let t: TestStore;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open();
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('are applied once, in order, and recorded', async () => {
    const again = await runMigrations(seamOf(t.store));
    expect(again).toEqual({ applied: [], alreadyApplied: MIGRATIONS.map((m) => m.name) });
    const recorded = await seamOf(t.store).db.selectFrom('mosty_migrations').select('name').orderBy('name').execute();
    expect(recorded.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tables(t)).toEqual(
      expect.arrayContaining(['events', 'organizations', 'users', 'sessions', 'audit_log']),
    );
  });

  it('leave the database as it was when one fails halfway', async () => {
    const before = await tables(t);
    await t.store.organizations.create({ name: 'Przed migracją', legalForm: 'inna' });
    const failing: Migration = {
      name: '9999-fails',
      async up(db) {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        await db.insertInto('half_done').values({ id: 1 }).execute();
        await db.updateTable('organizations').set({ name: 'zepsute' }).execute();
        throw new Error('boom');
      },
    };
    await expect(runMigrations(seamOf(t.store), [...MIGRATIONS, failing])).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      cause: expect.objectContaining({ message: 'boom' }),
    });
    expect(await tables(t)).toEqual(before);
    expect((await t.store.organizations.list()).items.map((o) => o.name)).toEqual(['Przed migracją']);
    const recorded = await seamOf(t.store).db.selectFrom('mosty_migrations').select('name').execute();
    expect(recorded.map((r) => r.name)).not.toContain('9999-fails');
  });
});
