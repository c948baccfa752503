import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MostyError } from '@org/domain';
import { MESSAGES, type Messages } from './messages.js';

/** Where the database's address came from: the command line, the environment, or neither. */
export type DatabaseSource = '--db' | 'DATABASE_URL' | 'default';

/** What `openStore` makes of a database's address. */
export type DatabaseTarget =
  | { kind: 'postgres' }
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'unsupported' };

/**
 * Reads an address the way `openStore` does: `postgres://` or `postgresql://` is PostgreSQL, `:memory:`
 * an empty database in memory, a `file:` or `sqlite:` URL or any other text a SQLite file. The store
 * takes text with any other scheme (`mysql://x`) for a relative file path (`./mysql:/x`); here it is
 * `unsupported`. At least two letters before the colon, so that a Windows drive (`C:\…`) stays a path.
 *
 * @example
 * databaseTarget('postgres://db/mosty') // { kind: 'postgres' }
 * databaseTarget('file:data/x.db?mode=ro') // { kind: 'sqlite', path: '<current folder>/data/x.db' }
 * databaseTarget('mysql://x') // { kind: 'unsupported' }
 */
// Mirrors openStore() and sqlitePath() of @org/store, which exports neither reading: keep the two in step.
export function databaseTarget(address: string): DatabaseTarget {
  const url = address.trim();
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres' };
  if (url === ':memory:') return { kind: 'memory' };
  if (url.startsWith('file://')) {
    return URL.canParse(url) ? { kind: 'sqlite', path: new URL(url).pathname } : { kind: 'unsupported' };
  }
  if (url.startsWith('file:')) return { kind: 'sqlite', path: resolve(url.slice('file:'.length).split('?')[0] ?? '') };
  if (url.startsWith('sqlite:'))
    return { kind: 'sqlite', path: resolve(url.slice('sqlite:'.length).replace(/^\/\//, '')) };
  if (/^[a-z][a-z0-9+.-]+:/i.test(url)) return { kind: 'unsupported' };
  return { kind: 'sqlite', path: resolve(url) };
}

/** Why a SQLite address names no database to read: nothing there, a folder, or no permission to look. */
export type DatabaseFileProblem = 'missing' | 'not-a-file' | 'unreadable';

/** A URL as it may be shown: its password, if any, hidden. */
export function redacted(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (!parsed.password) return url;
  parsed.password = '***';
  return parsed.href;
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
 * store does not support. PostgreSQL and `:memory:` create nothing on disk and pass.
 */
export function requireReadableDatabase(address: string, source: DatabaseSource, m: Messages = MESSAGES.pl): void {
  const target = databaseTarget(address);
  if (target.kind === 'unsupported') {
    const shown = redacted(address.trim());
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
