import { type Locale, MostyError } from '@org/domain';
import { sql } from 'kysely';
import type { DialectSeam } from './dialect/seam.js';
import { MESSAGES } from './messages.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

/** What `runMigrations` did. */
export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies the migrations not yet recorded, each in its own transaction together with its record, so
 * a failing migration leaves the database exactly as it was before it started. Safe to run from
 * several processes at once: they queue on the dialect's migration lock. A failure (`MIGRATION_FAILED`)
 * speaks `locale`.
 *
 * @example
 * await runMigrations(seam) // { applied: ['0001-initial'], alreadyApplied: [] }
 */
export async function runMigrations(
  seam: DialectSeam,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
  locale: Locale = 'pl',
): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  await seam.db.transaction().execute(async (trx) => {
    await seam.lockForMigration(trx);
    await sql`create table if not exists mosty_migrations (name text primary key, applied_at text not null)`.execute(
      trx,
    );
  });
  for (const migration of migrations) {
    await seam.db.transaction().execute(async (trx) => {
      await seam.lockForMigration(trx);
      const done = await trx
        .selectFrom('mosty_migrations')
        .select('name')
        .where('name', '=', migration.name)
        .executeTakeFirst();
      if (done) {
        report.alreadyApplied.push(migration.name);
        return;
      }
      try {
        await migration.up(trx, { name: seam.name, keyText: seam.keyText });
      } catch (cause) {
        throw new MostyError('MIGRATION_FAILED', MESSAGES.migrationFailed[locale](migration.name, seam.name), {
          cause,
        });
      }
      await trx
        .insertInto('mosty_migrations')
        .values({ name: migration.name, applied_at: now().toISOString() })
        .execute();
      report.applied.push(migration.name);
    });
  }
  return report;
}

/**
 * Refuses a database whose migrations are not all applied (`DATABASE_NOT_MIGRATED`), changing nothing:
 * for tools that only read (the exporter, `mosty-check`), which must not create Mosty's tables in a
 * database named by mistake, nor need the right to. `shown` names the database in the message.
 *
 * @example
 * await requireMigrated(seam, 'postgres://db/mosty') // resolves when every migration is applied
 */
export async function requireMigrated(
  seam: DialectSeam,
  shown: string,
  locale: Locale = 'pl',
  migrations: readonly Migration[] = MIGRATIONS,
  source?: string,
): Promise<void> {
  if (!(await seam.tableExists(seam.db, 'mosty_migrations')))
    throw new MostyError('DATABASE_NOT_MIGRATED', MESSAGES.notMostyDatabase[locale](shown, source));
  const done = new Set(
    (
      await seam.db
        .selectFrom('mosty_migrations' as never)
        .select('name' as never)
        .execute()
    ).map((row) => (row as { name: string }).name),
  );
  const missing = migrations.map((m) => m.name).filter((name) => !done.has(name));
  if (missing.length > 0)
    throw new MostyError('DATABASE_NOT_MIGRATED', MESSAGES.migrationsMissing[locale](shown, missing));
}
