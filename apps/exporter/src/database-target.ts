import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { MostyError } from '@org/domain';
import { type DatabaseTarget, databaseTarget, redactedUrl } from '@org/store';
import type { Messages } from './messages.js';

/** Where the database's address came from: the command line, the environment, or neither. */
export type DatabaseSource = '--db' | 'DATABASE_URL' | 'default';

/**
 * Why a SQLite address names no database to read: nothing there, a folder, no permission to look, an empty file, or
 * a file of something else (a CSV, a dump, a backup archive).
 */
export type DatabaseFileProblem = 'missing' | 'not-a-file' | 'unreadable' | 'empty' | 'not-sqlite';

// Every SQLite database file starts with these 16 bytes (https://www.sqlite.org/fileformat.html#the_database_header).
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What the first bytes of an existing file say: a SQLite database, an empty file, or something else. */
function sqliteHeaderProblem(path: string): 'empty' | 'not-sqlite' | undefined {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'empty';
    return read === head.length && head.equals(SQLITE_HEADER) ? undefined : 'not-sqlite';
  } finally {
    closeSync(fd);
  }
}

/** The database named is not one the exporter can read: it is neither created nor opened. */
export class DatabaseUnavailableError extends MostyError {
  constructor(
    code: 'DATABASE_MISSING' | 'DATABASE_URL_UNSUPPORTED',
    message: string,
    readonly address: string,
    readonly source: DatabaseSource,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/**
 * Refuses, before the store is opened, an address it would turn into a new empty database: a SQLite
 * file that does not exist (the store creates it and its folders, which the website relies on for its
 * demo file, but an export would then print nothing and succeed), a folder, or a URL of a scheme the
 * store does not support, or a file that is not a SQLite database (empty, or without SQLite's header), which the
 * store would write into or refuse without saying why. PostgreSQL and `:memory:` create nothing on disk and pass.
 */
export function requireReadableDatabase(address: string, source: DatabaseSource, m: Messages): void {
  const target = databaseTarget(address);
  if (target.kind === 'unsupported') {
    const shown = redactedUrl(address.trim());
    throw new DatabaseUnavailableError('DATABASE_URL_UNSUPPORTED', m.databaseUnsupported(shown, source), shown, source);
  }
  if (target.kind !== 'sqlite') return;
  let reason: DatabaseFileProblem;
  let cause: unknown;
  try {
    if (!statSync(target.path).isFile()) reason = 'not-a-file';
    else {
      // The store would open any file as SQLite, and write a database header into an empty one; the driver then
      // says only that it cannot open it, not why.
      const problem = sqliteHeaderProblem(target.path);
      if (problem === undefined) return;
      reason = problem;
    }
  } catch (error) {
    cause = error;
    const code = (error as { code?: unknown }).code;
    reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
  }
  throw new DatabaseUnavailableError(
    'DATABASE_MISSING',
    m.databaseMissing(target.path, source, reason),
    target.path,
    source,
    { cause },
  );
}

/** The address as it may be shown (its password hidden): `@org/store`'s `redactedUrl`. */
export const redacted = redactedUrl;
export { type DatabaseTarget, databaseTarget };
