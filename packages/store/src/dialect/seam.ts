import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { ChangeFeed } from '../types.js';

/** Which database a store runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** A unique index that refused a write: the column it guards and, when the driver says, the value. */
export interface UniqueViolation {
  field: string;
  value?: string;
}

/** An index by name, with the SQL that creates it (as the database's catalog keeps it). */
export interface SecondaryIndex {
  name: string;
  create: string;
}

/**
 * The one place where SQLite and PostgreSQL differ. Everything above it (migrations, repositories,
 * import, dump) is written once against Kysely and this interface.
 * Extend by adding a file beside `sqlite.ts` and `postgres.ts` and a branch in `open-store.ts`.
 */
export interface DialectSeam {
  readonly name: DialectName;
  // The entity tables are chosen at run time (one generic repository serves eight kinds), so the
  // Kysely instance is untyped here; the fixed tables are typed where they are used.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly db: Kysely<any>;
  /** The SQL type of text compared bytewise (sort keys, search tokens): `text` or `text collate "C"`. */
  readonly keyText: string;
  /** The driver's unique-violation error as a field and value, or null for any other error. */
  uniqueViolation(error: unknown): UniqueViolation | null;
  /**
   * The SQLSTATE of the driver's refusal of text it cannot store or compare (PostgreSQL: 22021 for a
   * NUL byte, 22P05 for an untranslatable character), or null for any other error. SQLite stores any text.
   */
  refusedText(error: unknown): string | null;
  /** Serialises migrators of one database, across processes, for the rest of the transaction. */
  lockForMigration(trx: Transaction<unknown>): Promise<void>;
  /**
   * Takes, for the rest of the transaction, a lock per record id: `shared` by a write that points at
   * those records, `exclusive` by the delete of one, so a delete's check for records pointing at it
   * sees every write that points at it and committed first, and such a write waits for the delete.
   * PostgreSQL: advisory locks (READ COMMITTED would let both commit); SQLite: nothing, since its write
   * transactions already run one at a time.
   */
  // biome-ignore lint/suspicious/noExplicitAny: called with the repositories' untyped handles
  lockRecords(trx: Kysely<any>, ids: readonly string[], mode: 'shared' | 'exclusive'): Promise<void>;
  /** Called inside every data write transaction, before commit: PostgreSQL NOTIFYs the change channel. */
  notifyChange(trx: Kysely<unknown>): Promise<void>;
  /** Opens a dedicated change detector (see `Store.changes`). */
  openChangeFeed(): Promise<ChangeFeed>;
  /**
   * The indexes of `table` that neither are its primary key nor enforce uniqueness, each with the
   * statement that creates it again: a bulk load drops them and builds them afterwards in one sort.
   */
  secondaryIndexes(db: Kysely<unknown>, table: string): Promise<SecondaryIndex[]>;
  /** Whether `table` exists (in the schema in use, on PostgreSQL), without creating anything. */
  tableExists(db: Kysely<unknown>, table: string): Promise<boolean>;
  /**
   * Inserts many rows of one table as fast as the database takes them (the bulk load); every row has
   * the same keys, which are columns of `table`.
   */
  insertRows(db: Kysely<unknown>, table: string, rows: Record<string, unknown>[]): Promise<void>;
  /** The better-sqlite3 handle, for the online backup; absent on PostgreSQL. */
  readonly sqlite?: SqliteDatabase;
  /** The file of a SQLite store, or null (PostgreSQL, `:memory:`). */
  readonly file: string | null;
  close(): Promise<void>;
}
