import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './index.js';

// A tool that only reads (`migrate: 'verify'`, the exporter) pointed at the wrong SQLite file must leave it as it was:
// opening for use would create a missing file and switch another program's database to WAL.
describe("openStore with migrate: 'verify', on a SQLite file that is not Mosty's", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mosty-verify-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses another program’s database and leaves it byte for byte, in its own journal mode', async () => {
    const path = join(dir, 'inny-program.db');
    const other = new Database(path);
    other.pragma('journal_mode = DELETE');
    other.exec("create table notatki (tekst text); insert into notatki values ('zażółć gęślą jaźń')");
    other.close();
    const before = readFileSync(path);
    await expect(openStore(path, { migrate: 'verify', locale: 'en' })).rejects.toMatchObject({
      code: 'DATABASE_NOT_MIGRATED',
      message: `The database ${path} has no Mosty tables; nothing in it was changed. Check DATABASE_URL, or set the database up with mosty-migrate.`,
    });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = new Database(path, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
  });

  it('refuses a file that does not exist without creating it or its folder', async () => {
    const path = join(dir, 'brak', 'mosty.db');
    await expect(openStore(path, { migrate: 'verify' })).rejects.toMatchObject({
      code: 'DATABASE_NOT_MIGRATED',
      message: `baza danych ${path} nie istnieje; niczego nie utworzono. Sprawdź DATABASE_URL albo przygotuj bazę poleceniem mosty-migrate.`,
    });
    expect(existsSync(join(dir, 'brak'))).toBe(false);
  });

  it('names where the address came from, when a program gives it by an option', async () => {
    const path = join(dir, 'brak.db');
    await expect(openStore(path, { migrate: 'verify', source: '--db' })).rejects.toMatchObject({
      code: 'DATABASE_NOT_MIGRATED',
      message: `baza danych ${path} nie istnieje; niczego nie utworzono. Sprawdź --db albo przygotuj bazę poleceniem mosty-migrate.`,
    });
    const other = join(dir, 'inny.db');
    const db = new Database(other);
    db.exec('create table t (x)');
    db.close();
    await expect(openStore(other, { migrate: 'verify', source: '--db', locale: 'en' })).rejects.toMatchObject({
      message: `The database ${other} has no Mosty tables; nothing in it was changed. Check --db, or set the database up with mosty-migrate.`,
    });
    await expect(openStore('postgres://db/mosty?pool_max=0', { source: '--db', locale: 'en' })).rejects.toMatchObject({
      code: 'DATABASE_OPEN',
      message: 'pool_max in --db must be a number of connections from 1 to 1000 (got "0").',
    });
  });

  it('refuses a file that is not a database, unchanged, saying it cannot open it', async () => {
    const path = join(dir, 'notatki.txt');
    writeFileSync(path, 'to nie jest baza danych\n'.repeat(300));
    const before = readFileSync(path);
    await expect(openStore(path, { migrate: 'verify', locale: 'en' })).rejects.toMatchObject({
      code: 'DATABASE_OPEN',
      message: `Cannot open the SQLite database at ${path}.`,
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('opens a Mosty database as before, and it is still in WAL mode', async () => {
    const path = join(dir, 'mosty.db');
    await (await openStore(path)).close();
    const store = await openStore(path, { migrate: 'verify' });
    expect((await store.events.list()).total).toBe(0);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
