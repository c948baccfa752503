import { SEED_IDS, seedWorld } from '@org/demo';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactedUrl } from './database-target.js';
import { runMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import { seamOf } from './open-store.js';
import { seedDemo } from './seed-demo.js';
import { DIALECTS, type TestStore } from './test/dialects.js';
import { steppingClock } from './test/fixtures.js';

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

  it("'verify' opens a migrated database, and refuses one that lacks migrations or Mosty's tables, changing nothing", async () => {
    const seam = seamOf(t.store);
    const verified = await t.reopen({ migrate: 'verify', locale: 'en' });
    expect((await verified.events.list()).total).toBe(0);
    const shown = redactedUrl(t.url);
    const last = (MIGRATIONS.at(-1) as Migration).name;
    await seam.db.deleteFrom('mosty_migrations').where('name', '=', last).execute();
    await expect(t.reopen({ migrate: 'verify', locale: 'en' })).rejects.toMatchObject({
      code: 'DATABASE_NOT_MIGRATED',
      message: `The database ${shown} lacks the migrations ${last}; nothing in it was changed. Run mosty-migrate (or start the website or the admin once), then try again.`,
    });
    const recorded = await seam.db.selectFrom('mosty_migrations').select('name').execute();
    expect(recorded.map((r) => r.name)).not.toContain(last);
    await sql`drop table mosty_migrations`.execute(seam.db);
    await expect(t.reopen({ migrate: 'verify', locale: 'pl' })).rejects.toMatchObject({
      code: 'DATABASE_NOT_MIGRATED',
      message: `baza danych ${shown} nie ma tabel Mosty; niczego w niej nie zmieniono. Sprawdź DATABASE_URL albo przygotuj bazę poleceniem mosty-migrate.`,
    });
    expect(await seam.tableExists(seam.db, 'mosty_migrations')).toBe(false);
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

  it('0006 keeps each record’s words beside its search words, or NULL when they are too long to keep', async () => {
    const short = await t.store.organizations.create({ name: 'Fundacja Łódź Wschód', legalForm: 'fundacja' });
    const long = await t.store.organizations.create({
      name: `Fundacja ${'中'.repeat(250)} Wolna`,
      legalForm: 'fundacja',
    });
    await t.store.organizations.create({ name: 'Fundacja Zielona', legalForm: 'fundacja' });
    const seam = seamOf(t.store);
    const words = async (id: string) =>
      (
        await seam.db
          .selectFrom('search_tokens')
          .select(['token', 'words'])
          .where('entity_id', '=', id)
          .orderBy('token')
          .execute()
      ).map((r) => [r.token, r.words === null ? null : String(r.words).trim().split(' ').sort().join(' ')]);
    const written = { short: await words(short.id), long: await words(long.id) };
    expect(written.short).toEqual([
      ['fundacja', 'fundacja lodz wschod'],
      ['lodz', 'fundacja lodz wschod'],
      ['wschod', 'fundacja lodz wschod'],
    ]);
    expect(written.long.map(([, w]) => w)).toEqual([null, null, null]);
    // A database from before 0006: no words column, the sorted index without it, and 0006 not run.
    await sql`drop index search_tokens_sorted`.execute(seam.db);
    await sql`alter table search_tokens drop column words`.execute(seam.db);
    await sql`create index search_tokens_sorted on search_tokens (entity, token, sort_key, entity_id)`.execute(seam.db);
    await seam.db.deleteFrom('mosty_migrations').where('name', '=', '0006-search-words-beside-each-word').execute();
    const report = await runMigrations(seam);
    expect(report.applied).toEqual(['0006-search-words-beside-each-word']);
    expect({ short: await words(short.id), long: await words(long.id) }).toEqual(written);
    const found = await t.store.organizations.list({ search: 'fundacja w' });
    expect(found.items.map((o) => o.id).sort()).toEqual([short.id, long.id].sort());
  });

  it('0007 indexes which records each stored record points at, so referencesTo finds them', async () => {
    await seedDemo(t.store);
    const db = seamOf(t.store).db;
    const refs = async () =>
      await db
        .selectFrom('entity_links')
        .select(['entity', 'entity_id', 'target'])
        .where('rel', '=', 'ref')
        .orderBy('entity')
        .orderBy('entity_id')
        .orderBy('target')
        .execute();
    const written = await refs();
    const toGrant = await t.store.referencesTo(SEED_IDS.grant);
    expect(toGrant.total).toBeGreaterThan(0);
    // A database from before 0007: no reference rows, and 0007 not run.
    await db.deleteFrom('entity_links').where('rel', '=', 'ref').execute();
    await db.deleteFrom('mosty_migrations').where('name', '=', '0007-reference-links').execute();
    expect((await t.store.referencesTo(SEED_IDS.grant)).total).toBe(0);
    const report = await runMigrations(seamOf(t.store));
    expect(report.applied).toEqual(['0007-reference-links']);
    expect(await refs()).toEqual(written);
    expect(await t.store.referencesTo(SEED_IDS.grant)).toEqual(toGrant);
  });

  it('0008 keeps the slugs records gave up, replaying the renames the audit log holds', async () => {
    // Audit entries are replayed in time order: a stepping clock gives each its own millisecond.
    const stepped = await dialect.open({ now: steppingClock() });
    try {
      await formerSlugsFromAudit(stepped);
    } finally {
      await stepped.dispose();
    }
  });

  async function formerSlugsFromAudit(t: TestStore) {
    const actor = { userId: null, note: 'przed 0008' };
    const org = await t.store.organizations.create({ name: 'Fundacja Alfa', legalForm: 'fundacja' }, actor);
    const b = await t.store.organizations.update(org.id, 1, { ...org, slug: 'fundacja-beta' }, actor);
    const c = await t.store.organizations.update(b.id, b.version, { ...b, slug: 'fundacja-gamma' }, actor);
    // Renamed back without an audit entry: the log's last word is not the record's current slug.
    const back = await t.store.organizations.update(c.id, c.version, { ...c, slug: 'fundacja-beta' });
    const venue = await t.store.venues.create(
      {
        name: 'Sala Stara',
        address: { street: 'ul. Długa 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
      },
      actor,
    );
    const hall = await t.store.venues.update(venue.id, 1, { ...venue, slug: 'sala-nowa' }, actor);
    const gone = await t.store.organizations.create({ name: 'Usunięta', legalForm: 'inna' }, actor);
    const renamedGone = await t.store.organizations.update(gone.id, 1, { ...gone, slug: 'usunieta-2' }, actor);
    await t.store.organizations.delete(gone.id, renamedGone.version, actor);
    const seam = seamOf(t.store);
    const rows = async () =>
      (
        await seam.db
          .selectFrom('former_slugs')
          .select(['entity', 'slug', 'entity_id'])
          .orderBy('entity')
          .orderBy('slug')
          .execute()
      ).map((r) => `${r.entity}:${r.slug}:${r.entity_id}`);
    expect(await rows()).toEqual([
      `organization:fundacja-alfa:${org.id}`,
      `organization:fundacja-gamma:${org.id}`,
      `organization:usunieta:${gone.id}`,
      `venue:sala-stara:${venue.id}`,
    ]);
    // A database from before 0008: no former slugs, and 0008 not run.
    await sql`drop table former_slugs`.execute(seam.db);
    await seam.db.deleteFrom('mosty_migrations').where('name', '=', '0008-former-slugs').execute();
    const report = await runMigrations(seam);
    expect(report.applied).toEqual(['0008-former-slugs']);
    // What the log knows: it saw 'fundacja-beta' given up but not taken back (left out, as the record's
    // slug now), and never saw 'fundacja-gamma' given up.
    expect(await rows()).toEqual([
      `organization:fundacja-alfa:${org.id}`,
      `organization:usunieta:${gone.id}`,
      `venue:sala-stara:${venue.id}`,
    ]);
    expect(await t.store.organizations.getByFormerSlug('fundacja-alfa')).toEqual(back);
    expect(await t.store.venues.getByFormerSlug('sala-stara')).toEqual(hall);
    expect(await t.store.organizations.getByFormerSlug('usunieta')).toBeNull();
  }

  it('0009 writes every stored timestamp in one form, so updatedSince compares them as instants', async () => {
    const seam = seamOf(t.store);
    const org = async (name: string) => t.store.organizations.create({ name, legalForm: 'fundacja' });
    const [early, late, odd] = [await org('Wcześnie'), await org('Późno'), await org('Dziwnie')];
    // As a restored dump could have left them: 10:00 in Warsaw is before 09:30 UTC, but its text sorts after;
    // a fraction of a second finer than milliseconds; and text that names no instant, which stays as it was.
    const stamp = (id: string, updated_at: string, created_at = updated_at) =>
      seam.db.updateTable('organizations').set({ updated_at, created_at }).where('id', '=', id).execute();
    await stamp(early.id, '2026-11-27T10:00:00+01:00');
    await stamp(late.id, '2026-11-27T09:30:00.0004Z', '2026-11-27T09:30:00Z');
    await stamp(odd.id, 'wczoraj');
    // A database from before 0009: its indexes as 0001 made them, and 0009 not run.
    await sql`drop index events_updated_status`.execute(seam.db);
    await sql`drop index posts_status_updated`.execute(seam.db);
    await sql`create index events_updated on events (updated_at, id) where deleted_at is null`.execute(seam.db);
    await seam.db.deleteFrom('mosty_migrations').where('name', '=', '0009-updated-since').execute();
    const report = await runMigrations(seam);
    expect(report.applied).toEqual(['0009-updated-since']);
    const stamps = await seam.db
      .selectFrom('organizations')
      .select(['name', 'created_at', 'updated_at'])
      .orderBy('name')
      .execute();
    expect(stamps).toEqual([
      { name: 'Dziwnie', created_at: 'wczoraj', updated_at: 'wczoraj' },
      { name: 'Późno', created_at: '2026-11-27T09:30:00.000Z', updated_at: '2026-11-27T09:30:00.000Z' },
      { name: 'Wcześnie', created_at: '2026-11-27T09:00:00.000Z', updated_at: '2026-11-27T09:00:00.000Z' },
    ]);
    // 'Wcześnie' changed at 09:00 UTC: before the instant, whatever its text once said ('wczoraj' compares as text).
    const since = await t.store.organizations.list({ updatedSince: '2026-11-27T09:15:00Z' });
    expect(since.items.map((o) => o.name).filter((name) => name !== 'Dziwnie')).toEqual(['Późno']);
  });

  it('0011 indexes a venue’s events: counting them reads the index, not every event', async () => {
    const seam = seamOf(t.store);
    if (seam.name === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select count(*) from events as t
        where t.deleted_at is null and t.status in ('published', 'cancelled', 'postponed') and t.venue_id = ${'v'}`.execute(
        seam.db,
      );
      expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/USING (COVERING )?INDEX events_venue \(venue_id=\?\)/);
    } else {
      // A planner with few rows may scan instead: that the index is there, on live rows, is what can be said.
      const rows = await sql<{ indexdef: string }>`select indexdef from pg_indexes
        where schemaname = ${t.schema as string} and indexname = 'events_venue'`.execute(seam.db);
      expect(rows.rows.map((r) => r.indexdef)).toEqual([
        expect.stringMatching(/\(venue_id, starts_at, id, status\) WHERE \(deleted_at IS NULL\)$/),
      ]);
    }
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
