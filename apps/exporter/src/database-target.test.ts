import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, databaseTarget, redacted, requireReadableDatabase } from './database-target.js';
import { MESSAGES } from './messages.js';

describe('databaseTarget', () => {
  it('reads an address as openStore does', () => {
    expect(databaseTarget('postgres://db/mosty')).toEqual({ kind: 'postgres' });
    expect(databaseTarget(' postgresql://u@db:5432/mosty ')).toEqual({ kind: 'postgres' });
    expect(databaseTarget(':memory:')).toEqual({ kind: 'memory' });
    expect(databaseTarget('data/x.db')).toEqual({ kind: 'sqlite', path: resolve('data/x.db') });
    expect(databaseTarget('/srv/mosty.db')).toEqual({ kind: 'sqlite', path: '/srv/mosty.db' });
    expect(databaseTarget('file:data/x.db?mode=ro')).toEqual({ kind: 'sqlite', path: resolve('data/x.db') });
    expect(databaseTarget('file:///srv/mosty.db')).toEqual({ kind: 'sqlite', path: '/srv/mosty.db' });
    expect(databaseTarget('sqlite:///srv/mosty.db')).toEqual({ kind: 'sqlite', path: '/srv/mosty.db' });
    expect(databaseTarget('C:\\mosty\\x.db').kind).toBe('sqlite');
  });

  it('calls unsupported what the store would take for a relative path with a colon in it', () => {
    for (const url of ['mysql://x', 'mysql://u:p@db/mosty', 'postgres:mosty', 'POSTGRES://db/mosty', 'https://x/y.db'])
      expect(databaseTarget(url), url).toEqual({ kind: 'unsupported' });
  });

  it('hides a password', () => {
    expect(redacted('mysql://mosty:sekret@db/mosty')).toBe('mysql://mosty:***@db/mosty');
    expect(redacted('mysql://x')).toBe('mysql://x');
  });
});

describe('requireReadableDatabase', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-target-'));
    // A database SQLite has written to: one it only opened is an empty file still.
    const there = new Database(join(dir, 'there.db'));
    there.exec('create table t (x)');
    there.close();
    writeFileSync(join(dir, 'empty.db'), '');
    writeFileSync(join(dir, 'notes.db'), 'id;name\n1;Łódź\n');
    writeFileSync(join(dir, 'short.db'), 'SQLite');
    mkdirSync(join(dir, 'folder.db'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const refusal = (address: string, source: '--db' | 'DATABASE_URL' | 'default', locale: 'pl' | 'en' = 'en') => {
    try {
      requireReadableDatabase(address, source, MESSAGES[locale]);
    } catch (error) {
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      return error as DatabaseUnavailableError;
    }
    return undefined;
  };

  it('lets an existing file, PostgreSQL and memory through', () => {
    expect(refusal(join(dir, 'there.db'), '--db')).toBeUndefined();
    expect(refusal(`file:${join(dir, 'there.db')}`, 'DATABASE_URL')).toBeUndefined();
    expect(refusal('postgres://db/mosty', 'DATABASE_URL')).toBeUndefined();
    expect(refusal(':memory:', '--db')).toBeUndefined();
  });

  it('refuses a missing file, a folder and a path through a file, naming the path and where it came from', () => {
    const missing = join(dir, 'no', 'such', 'x.db');
    expect(refusal(missing, '--db')?.message).toBe(
      `no database at "${missing}" (from --db): no such file; an export only reads a database, it never creates one.`,
    );
    expect(refusal(missing, 'DATABASE_URL', 'pl')?.message).toBe(
      `brak bazy danych „${missing}” (ze zmiennej DATABASE_URL): nie ma takiego pliku; eksport tylko czyta bazę danych, nie zakłada nowej.`,
    );
    expect(refusal(missing, 'default')?.message).toMatch(
      /\(the default database\): no such file; .* \(pnpm start, run once, creates it\)\.$/,
    );
    expect(refusal(join(dir, 'folder.db'), '--db')?.message).toMatch(/: a folder, not a SQLite database file;/);
    expect(refusal(join(dir, 'there.db', 'x.db'), '--db')?.code).toBe('DATABASE_MISSING');
  });

  // The store opens any file as SQLite: it wrote a database header into an empty file (and then said that nothing in
  // it was changed), and said of a text file only that it cannot open it, not why.
  it('refuses an empty file and a file that is not SQLite, saying which, before the store opens it', () => {
    const empty = join(dir, 'empty.db');
    expect(refusal(empty, '--db')?.message).toBe(
      `no database at "${empty}" (from --db): an empty file, not a SQLite database; an export only reads a database, it never creates one.`,
    );
    expect(refusal(empty, '--db', 'pl')?.message).toBe(
      `brak bazy danych „${empty}” (z opcji --db): to pusty plik, a nie baza danych SQLite; eksport tylko czyta bazę danych, nie zakłada nowej.`,
    );
    const notes = join(dir, 'notes.db');
    expect(refusal(notes, 'DATABASE_URL')?.message).toBe(
      `no database at "${notes}" (from DATABASE_URL): not a SQLite database file (it does not start with the SQLite header); an export only reads a database, it never creates one.`,
    );
    expect(refusal(`file:${notes}`, '--db', 'pl')?.message).toBe(
      `brak bazy danych „${notes}” (z opcji --db): to nie jest plik bazy danych SQLite (nie zaczyna się nagłówkiem SQLite); eksport tylko czyta bazę danych, nie zakłada nowej.`,
    );
    expect(refusal(join(dir, 'short.db'), '--db')?.code).toBe('DATABASE_MISSING');
  });

  it('refuses a scheme the store does not open, hiding a password', () => {
    const error = refusal('mysql://mosty:sekret@db/mosty', 'DATABASE_URL');
    expect(error?.code).toBe('DATABASE_URL_UNSUPPORTED');
    expect(error?.message).toBe(
      'unsupported database URL "mysql://mosty:***@db/mosty" (from DATABASE_URL): expected a SQLite file path, a file: or sqlite: URL, or a postgres:// URL.',
    );
  });
});
