/**
 * The errors @org/formats throws for its own reasons. Each is a `MostyError` of `@org/domain` with a
 * `code`, the `path` of the input field it is about and, when it is about a record, that `record`
 * (kind, id, slug), so a caller says it in its own words without reading the (English) message.
 *
 * To add one: add its code to `FORMAT_ERROR_CODES`, throw a `FormatError` with it (or a subclass when
 * it names more than a path and a record, as `GrantMissingError` names the grant), map it in
 * `FormatErrorByCode`, and document it in the README's "Errors" section.
 */
import { MostyError } from '@org/domain';
import type { PageKind } from './urls.js';

/** Every code a `FormatError` can carry. */
export const FORMAT_ERROR_CODES = [
  'FORMAT_GRANT_MISSING',
  'FORMAT_REPORT_GRANT_MISSING',
  'FORMAT_TABLE_MISSING',
  'FORMAT_SCHEMA_MISSING',
  'FORMAT_REFERENCE_MISSING',
  'FORMAT_RECORD_UNPARSED',
] as const;

/**
 * What a `FormatError` is about: `FORMAT_GRANT_MISSING`, a funded record names a grant the world does
 * not hold; `FORMAT_REPORT_GRANT_MISSING`, a report was asked for without saying which grant;
 * `FORMAT_TABLE_MISSING`, a table format without `input.table`; `FORMAT_SCHEMA_MISSING`, a validator
 * without its schema; `FORMAT_REFERENCE_MISSING`, a record names an organisation, authority, venue, person or
 * event the world does not hold, and the writer was told not to leave it out; `FORMAT_RECORD_UNPARSED`, a
 * record was not parsed with its `@org/domain` schema (a field the schema fills in is missing).
 */
export type FormatErrorCode = (typeof FORMAT_ERROR_CODES)[number];

/** The record an error is about: its kind (as in `pageUrl`), id and slug. */
export interface FormatRecordRef {
  kind: PageKind;
  id: string;
  slug: string;
}

/** A record that a grant can fund: an event or a post. */
export type FundedRecordRef = FormatRecordRef & { kind: 'event' | 'post' };

/** The structured part of a `FormatError`, besides its code. */
export interface FormatErrorDetails {
  /**
   * Where in the input: a field of the record (`grantIds[1]`, written as `@org/domain`'s `pathString`
   * writes paths), or of the writer's arguments (`input.table`, `schemas.schemaOrgVocabulary`).
   */
  path: string;
  /** The record the error is about, when it is about one. */
  record?: FormatRecordRef;
}

/**
 * An error of @org/formats: a `code` from `FORMAT_ERROR_CODES`, the `path` of the field it is about and,
 * for a record, `record`. The message says the same in English for logs. Recognise it with
 * `isFormatError` (by `code`, so a second copy of the package is recognised too).
 *
 * @example
 * new FormatError('FORMAT_TABLE_MISSING', 'csv and xlsx need input.table', { path: 'input.table' }).path // 'input.table'
 */
export class FormatError extends MostyError {
  declare readonly code: FormatErrorCode;
  /** Where in the input: `grantIds[1]` of the record, `input.table`, `schemas.schemaOrgVocabulary`. */
  readonly path: string;
  /** The record the error is about (kind, id, slug), when it is about one. */
  readonly record: FormatRecordRef | undefined;
  constructor(code: FormatErrorCode, message: string, details: FormatErrorDetails, options?: { cause?: unknown }) {
    super(code, message.startsWith('@org/formats: ') ? message : `@org/formats: ${message}`, options);
    this.path = details.path;
    this.record = details.record;
  }
}

/**
 * `FORMAT_GRANT_MISSING`: a funded event or post names a grant that is not in the world given to the
 * writer, so its funding statement cannot be written (leaving it out would break the funding
 * agreement). `record` is the funded record, `grantId` the grant it names, `path` where (`grantIds[0]`).
 *
 * @example
 * const error = new GrantMissingError({ kind: 'post', id: 'p1', slug: 'relacja' }, 'g9', 0);
 * [error.code, error.grantId, error.record.slug, error.path] // ['FORMAT_GRANT_MISSING', 'g9', 'relacja', 'grantIds[0]']
 */
export class GrantMissingError extends FormatError {
  declare readonly code: 'FORMAT_GRANT_MISSING';
  /** Only events and posts are funded, so only they name grants. */
  declare readonly record: FundedRecordRef;
  /** The id of the grant the record names and the world lacks. */
  readonly grantId: string;
  /**
   * @param record The funded record.
   * @param grantId The grant it names.
   * @param index The position of `grantId` in the record's `grantIds`.
   */
  constructor(record: FundedRecordRef, grantId: string, index: number) {
    const path = `grantIds[${index}]`;
    super(
      'FORMAT_GRANT_MISSING',
      `${record.kind} "${record.slug}" is funded by grant ${grantId}, which is not in the world given to the writer; its funding statement cannot be written (${record.kind} id ${record.id}, ${path})`,
      { path, record },
    );
    this.grantId = grantId;
  }
}

/** A record another one names by id: its kind (as in `pageUrl`) and id. */
export interface RecordReference {
  kind: PageKind;
  id: string;
}

/**
 * `FORMAT_REFERENCE_MISSING`: a record names another one (an event its organiser, venue, partners or speakers;
 * a grant its beneficiary, funder or the funder's unit; a post its event) that is not in the world given to the
 * writer, where leaving it out or naming it by its bare id would publish wrong data. `record` is the record,
 * `reference` what it names, `path` where (`organizerId`, `agenda[1].panelists[0].personId`).
 *
 * @example
 * const error = new ReferenceMissingError({ kind: 'event', id: 'e1', slug: 'forum' }, { kind: 'organization', id: 'o9' }, 'organizerId', 'its organiser would be left out');
 * [error.code, error.reference.id, error.record.slug, error.path] // ['FORMAT_REFERENCE_MISSING', 'o9', 'forum', 'organizerId']
 */
export class ReferenceMissingError extends FormatError {
  declare readonly code: 'FORMAT_REFERENCE_MISSING';
  declare readonly record: FormatRecordRef;
  /** The kind and id of the record it names and the world lacks. */
  readonly reference: RecordReference;
  /**
   * @param record The record that names the missing one.
   * @param reference What it names.
   * @param path Where in `record` (`organizerId`, `partners[0].authorityId`).
   * @param consequence What the writer would have done without it, for the message ("its organiser would be left out").
   */
  constructor(record: FormatRecordRef, reference: RecordReference, path: string, consequence: string) {
    super(
      'FORMAT_REFERENCE_MISSING',
      `${record.kind} "${record.slug}" names ${reference.kind} ${reference.id} in ${path}, which is not in the world given to the writer; ${consequence} (${record.kind} id ${record.id}, ${path})`,
      { path, record },
    );
    this.reference = reference;
  }
}

/** The error each code comes with, for `isFormatError`'s narrowing. */
export interface FormatErrorByCode {
  FORMAT_GRANT_MISSING: GrantMissingError;
  FORMAT_REPORT_GRANT_MISSING: FormatError;
  FORMAT_TABLE_MISSING: FormatError;
  FORMAT_SCHEMA_MISSING: FormatError;
  FORMAT_REFERENCE_MISSING: ReferenceMissingError;
  FORMAT_RECORD_UNPARSED: FormatError;
}

const CODES: ReadonlySet<string> = new Set(FORMAT_ERROR_CODES);

/**
 * Whether a thrown value is an error of @org/formats (with `code`, its kind of error), by its `code`
 * and fields rather than `instanceof`, so an error made by another copy of the package counts too.
 *
 * @example
 * try { writeFeed('rss', { posts }, index, opts) } catch (error) {
 *   if (isFormatError(error, 'FORMAT_GRANT_MISSING')) console.log(error.record.slug, error.grantId) // 'relacja g9'
 * }
 */
export function isFormatError<C extends FormatErrorCode = FormatErrorCode>(
  error: unknown,
  code?: C,
): error is FormatErrorByCode[C] {
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<FormatError> & { grantId?: unknown; reference?: Partial<RecordReference> | null };
  if (typeof candidate.code !== 'string' || !CODES.has(candidate.code)) return false;
  if (code !== undefined && candidate.code !== code) return false;
  if (typeof candidate.path !== 'string') return false;
  const hasRecord = typeof candidate.record === 'object' && candidate.record !== null;
  if (candidate.code === 'FORMAT_GRANT_MISSING') return typeof candidate.grantId === 'string' && hasRecord;
  if (candidate.code === 'FORMAT_REFERENCE_MISSING')
    return hasRecord && typeof candidate.reference?.id === 'string' && typeof candidate.reference.kind === 'string';
  return true;
}
