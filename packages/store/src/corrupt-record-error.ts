import { type Locale, MostyError } from '@org/domain';
import { MESSAGES } from './messages.js';

/**
 * A stored record whose document cannot be read (a torn write, a hand edit of the database file):
 * the message names the record (kind, id, slug), where it is kept (table and column) and why, in the
 * store's language, and the parser's error is its `cause`. It is the database's fault, not the
 * caller's: an app answers it as its own failure, never as bad input.
 */
export class CorruptRecordError extends MostyError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string, message: string, options?: { cause?: unknown }) {
    super('CORRUPT_RECORD', message, options);
    this.entity = entity;
    this.id = id;
  }
}

/** Which stored record a document belongs to, for the message when it cannot be read. */
export interface StoredRecordRef {
  kind: string;
  table: string;
  id: string;
  slug: string;
}

/**
 * The JSON object in a stored record's `doc` column, or a `CorruptRecordError` naming the record when
 * the text does not parse or is not an object. Costs nothing beyond the parse every read does anyway.
 *
 * @example
 * parseStoredDoc('{"title":"A"}', { kind: 'event', table: 'events', id: 'e1', slug: 'a' }, 'en') // { title: 'A' }
 * parseStoredDoc('{"title"', { kind: 'event', table: 'events', id: 'e1', slug: 'a' }, 'en')
 * // CorruptRecordError: corrupt record in the database: event e1 ("a"), column events.doc: not valid JSON (…).
 */
export function parseStoredDoc<T>(doc: string, record: StoredRecordRef, locale: Locale): T {
  let value: unknown;
  let problem: string | null = null;
  let cause: unknown;
  try {
    value = JSON.parse(doc);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      problem = MESSAGES.notJsonObject[locale](value);
  } catch (error) {
    cause = error;
    problem = MESSAGES.notJson[locale](error instanceof Error ? error.message : String(error));
  }
  if (problem === null) return value as T;
  const { kind, table, id, slug } = record;
  const message = MESSAGES.corruptRecord[locale](kind, id, slug, `${table}.doc`, problem);
  throw new CorruptRecordError(kind, id, message, cause === undefined ? undefined : { cause });
}
