import { seedWorld } from '@org/demo';
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

  it('0005 links stored events to the organisations their speakers speak for', async () => {
    const world = seedWorld();
    for (const a of world.authorities) await t.store.authorities.create(a);
    for (const o of world.organizations) await t.store.organizations.create(o);
    for (const v of world.venues) await t.store.venues.create(v);
    for (const p of world.people) await t.store.people.create(p);
    for (const g of world.grants) await t.store.grants.create(g);
    const event = await t.store.events.create(world.events[0]!);
    const db = seamOf(t.store).db;
    const links = async () =>
      (
        await db
          .selectFrom('entity_links')
          .select('target')
          .where('entity', '=', 'event')
          .where('entity_id', '=', event.id)
          .where('rel', '=', 'organization')
          .orderBy('target')
          .execute()
      ).map((r) => r.target);
    const now = await links();
    const speakerOrgs = new Set(
      event.agenda.flatMap((i) => ('panelists' in i ? i.panelists : [])).flatMap((s) => s.organizationId ?? []),
    );
    expect(speakerOrgs.size).toBeGreaterThan(0);
    // A database from before 0005: the speakers' organisation links are missing and 0005 has not run.
    await db
      .deleteFrom('entity_links')
      .where('entity_id', '=', event.id)
      .where('rel', '=', 'organization')
      .where(
        'target',
        'in',
        [...speakerOrgs].filter((o) => o !== event.organizerId),
      )
      .execute();
    await db.deleteFrom('mosty_migrations').where('name', '=', '0005-speaker-organization-links').execute();
    expect((await links()).length).toBeLessThan(now.length);
    const report = await runMigrations(seamOf(t.store));
    expect(report.applied).toEqual(['0005-speaker-organization-links']);
    expect(await links()).toEqual(now);
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
