import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ValidationError } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { databaseTarget, redactedUrl } from './database-target.js';
import { openStore } from './open-store.js';

describe('databaseTarget', () => {
  it('reads an address as openStore opens it', () => {
    expect(databaseTarget('postgres://db/mosty')).toEqual({ kind: 'postgres' });
    expect(databaseTarget(' postgresql://u@db:5432/mosty ')).toEqual({ kind: 'postgres' });
    expect(databaseTarget(':memory:')).toEqual({ kind: 'memory' });
    expect(databaseTarget('data/x.db')).toEqual({ kind: 'sqlite', path: resolve('data/x.db') });
    expect(databaseTarget('file:data/x.db?mode=ro')).toEqual({ kind: 'sqlite', path: resolve('data/x.db') });
    expect(databaseTarget('file:///srv/mosty.db')).toEqual({ kind: 'sqlite', path: '/srv/mosty.db' });
    expect(databaseTarget('sqlite:///srv/mosty.db')).toEqual({ kind: 'sqlite', path: '/srv/mosty.db' });
    expect(databaseTarget('C:\\mosty\\x.db')).toMatchObject({ kind: 'sqlite' });
    for (const other of ['mysql://x', 'postgres:x', 'POSTGRES://db/x', 'https://example.org/x.db'])
      expect(databaseTarget(other), other).toEqual({ kind: 'unsupported' });
  });

  it('hides a password when it shows an address', () => {
    expect(redactedUrl('mysql://u:tajne@db/x')).toBe('mysql://u:***@db/x');
    expect(redactedUrl('data/x.db')).toBe('data/x.db');
    // A URL that cannot be parsed: the password is taken to run to the last @, unencoded / and @ included.
    expect(redactedUrl('postgres://mosty:ta/j@ne@db:99999/x')).toBe('postgres://mosty:***@db:99999/x');
    expect(redactedUrl('postgres://mosty@db:99999/x')).toBe('postgres://mosty@db:99999/x');
    expect(redactedUrl('postgres://db:99999/x')).toBe('postgres://db:99999/x');
  });
});

describe('openStore with an address of a scheme it does not open', () => {
  it('refuses it in the store’s language, password hidden, and creates nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-target-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const pl = await openStore('mysql://u:tajne@db/x').catch((e: unknown) => e);
      expect(pl).toBeInstanceOf(ValidationError);
      expect((pl as Error).message).toBe(
        'nieobsługiwany adres bazy danych „mysql://u:***@db/x”: podaj ścieżkę do pliku SQLite, adres file: albo sqlite:, albo postgres://.',
      );
      const en = await openStore('mysql://x', { locale: 'en' }).catch((e: unknown) => e);
      expect((en as ValidationError).issues).toEqual([
        {
          path: 'url',
          field: 'DATABASE_URL',
          code: 'url',
          message:
            'unsupported database address "mysql://x": give a SQLite file path, a file: or sqlite: URL, or postgres://.',
        },
      ]);
      expect(existsSync(join(dir, 'mysql:'))).toBe(false);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
