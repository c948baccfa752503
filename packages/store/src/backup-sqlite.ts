import { existsSync } from 'node:fs';
import { MostyError } from '@org/domain';
import { sql } from 'kysely';
import { MESSAGES } from './messages.js';
import { contextOf, seamOf } from './open-store.js';
import type { Store } from './types.js';

/**
 * Copies a SQLite store to a new file at `path`: a consistent snapshot taken while the apps keep
 * reading and writing. PostgreSQL has its own tools (pg_dump); `dumpStore` gives a portable copy of either.
 * Its errors speak the store's language (`openStore`'s `locale`).
 *
 * @example
 * await backupSqlite(store, 'backups/mosty-2026-11-26.db')
 */
export async function backupSqlite(store: Store, path: string): Promise<void> {
  const seam = seamOf(store);
  const { locale } = contextOf(store);
  if (seam.name !== 'sqlite') throw new MostyError('UNSUPPORTED', MESSAGES.backupNeedsSqlite[locale](seam.name));
  if (existsSync(path)) throw new MostyError('BACKUP_FAILED', MESSAGES.backupTargetExists[locale](path));
  try {
    // VACUUM INTO copies inside one read transaction: in WAL mode writers go on and the copy is the
    // snapshot at its start. (The online backup API restarts whenever another connection writes, so
    // under steady writes it may never finish.)
    await sql`vacuum into ${path}`.execute(seam.db);
  } catch (cause) {
    throw new MostyError('BACKUP_FAILED', MESSAGES.backupFailed[locale](path), { cause });
  }
}
