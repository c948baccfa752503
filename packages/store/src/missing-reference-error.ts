import { type EntityKind, FIELD_LABELS, type FieldIssue, type Locale, ValidationError } from '@org/domain';
import { MESSAGES } from './messages.js';

/** One id a record holds that names no live record: where it is, the id, and the kind it should be. */
export interface MissingReference {
  /** The field path, as the domain's issues write it (`agenda[1].panelists[0].personId`). */
  path: string;
  id: string;
  /** The kind the field names (`organizerId`: an organisation); absent when its name says none. */
  entity?: Exclude<EntityKind, 'user'>;
}

/**
 * The issue of one id that names no live record, at its field path, labelled as a form labels the field.
 *
 * @example
 * missingReferenceIssue('organizerId', '0193-nie-ma', 'organization', 'pl').message
 * // 'Organizator: brak organizacji o identyfikatorze „0193-nie-ma” (takiego rekordu nie ma albo go usunięto), pole organizerId.'
 */
export function missingReferenceIssue(
  path: string,
  id: string,
  kind: Exclude<EntityKind, 'user'> | undefined,
  locale: Locale,
): FieldIssue {
  const key =
    path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? path;
  const field = FIELD_LABELS[key]?.[locale] ?? key;
  return { path, field, code: 'reference.missing', message: MESSAGES.missingReference[locale](field, path, id, kind) };
}

/**
 * A create or update refused because the record points at ids that name no record, or a deleted one
 * (code `MISSING_REFERENCE`): an event whose organiser or grant is not there, a panelist whose person is
 * gone. It is a `ValidationError` with an issue per missing id at its field path, so a form shows each
 * beside its field; `missing` lists them. Nothing was written. Messages are in the store's language.
 *
 * @example
 * await store.events.create({ ...event, organizerId: '0193-nie-ma' });
 * // MissingReferenceError: Nieprawidłowe dane (wydarzenie): Organizator: brak organizacji
 * // o identyfikatorze „0193-nie-ma” (takiego rekordu nie ma albo go usunięto), pole organizerId.
 */
export class MissingReferenceError extends ValidationError {
  override readonly code = 'MISSING_REFERENCE';
  readonly entity: Exclude<EntityKind, 'user'>;
  readonly missing: MissingReference[];
  constructor(entity: Exclude<EntityKind, 'user'>, missing: MissingReference[], locale: Locale) {
    const issues = missing.map(({ path, id, entity: kind }) => missingReferenceIssue(path, id, kind, locale));
    super(
      MESSAGES.invalid[locale](
        entity,
        issues.map((i) => i.message),
      ),
      issues,
    );
    this.entity = entity;
    this.missing = missing;
  }
}
