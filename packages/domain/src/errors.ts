import type { FieldIssue } from './validation.js';

/**
 * The errors Mosty's packages and apps throw, each with a stable `code` that an app maps to its
 * transport in one place (HTTP status, exit code), and the `cause` it wraps.
 * Extend by adding a subclass with a new code and mapping it in every app's error handler.
 */
export class MostyError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input failed a domain schema. `issues` say where and why. */
export class ValidationError extends MostyError {
  readonly issues: FieldIssue[];
  constructor(message: string, issues: FieldIssue[], options?: { cause?: unknown }) {
    super('VALIDATION', message, options);
    this.issues = issues;
  }
}

/** The record asked for does not exist. */
export class NotFoundError extends MostyError {
  readonly entity: string;
  readonly key: string;
  constructor(entity: string, key: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', `${entity} not found: ${key}.`, options);
    this.entity = entity;
    this.key = key;
  }
}

/** A write was based on a stale version: somebody changed the record since it was read. */
export class ConflictError extends MostyError {
  readonly entity: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly actualVersion: number | null;
  constructor(
    entity: string,
    id: string,
    expectedVersion: number,
    actualVersion: number | null,
    options?: { cause?: unknown },
  ) {
    super(
      'CONFLICT',
      actualVersion === null
        ? `${entity} ${id} was deleted by someone else: expected version ${expectedVersion}, found none.`
        : `${entity} ${id} was changed by someone else: expected version ${expectedVersion}, found ${actualVersion}. Read it again and repeat the change.`,
      options,
    );
    this.entity = entity;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** A unique value (a slug, a TERC code) is already taken. */
export class UniqueViolationError extends MostyError {
  readonly entity: string;
  readonly field: string;
  readonly value: string;
  constructor(entity: string, field: string, value: string, options?: { cause?: unknown }) {
    super('UNIQUE', `${entity} with ${field} "${value}" already exists: choose another ${field}.`, options);
    this.entity = entity;
    this.field = field;
    this.value = value;
  }
}
