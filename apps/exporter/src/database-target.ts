import { statSync } from 'node:fs';
import { MostyError } from '@org/domain';
import { type DatabaseTarget, databaseTarget, redactedUrl } from '@org/store';
import type { Messages } from './messages.js';

/** Where the database's address came from: the command line, the environment, or neither. */
export type DatabaseSource = '--db' | 'DATABASE_URL' | 'default';

/** Why a SQLite address names no database to read: nothing there, a folder, or no permission to look. */
export type DatabaseFileProblem = 'missing' | 'not-a-file' | 'unreadable';

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
 * store does not support. PostgreSQL and `:memory:` create nothing on disk and pass.
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
    if (statSync(target.path).isFile()) return;
    reason = 'not-a-file';
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
