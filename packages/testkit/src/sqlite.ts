import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Writes another application's SQLite database (one table, `invoices`, nothing of Mosty's) to
 * `other-app.db` in `dir` and gives back its path: for the commands that must refuse such a file
 * and leave it as it was, which `sqliteTables` then checks.
 *
 * @example
 * const file = foreignSqliteFile(dir); // '/tmp/mosty-check-x1y2/other-app.db'
 * sqliteTables(file); // ['invoices']
 */
export function foreignSqliteFile(dir: string): string {
  const file = join(dir, 'other-app.db');
  const db = new Database(file);
  try {
    db.exec('create table invoices (id integer primary key)');
  } finally {
    db.close();
  }
  return file;
}

/**
 * The names of the tables in a SQLite file, sorted, without SQLite's own (`sqlite_stat1`, which
 * `PRAGMA optimize` may write on close, and the other `sqlite_` names SQLite reserves): the tables an
 * application made. The file is opened read-only.
 *
 * @example
 * sqliteTables(foreignSqliteFile(dir)); // ['invoices']
 */
export function sqliteTables(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // `_` is a LIKE wildcard: escaped, so that only the names SQLite reserves are left out.
    return db
      .prepare<[], { name: string }>(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
      )
      .all()
      .map((row) => row.name);
  } finally {
    db.close();
  }
}
