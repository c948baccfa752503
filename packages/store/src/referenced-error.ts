import { type EntityKind, type Locale, MostyError } from '@org/domain';
import { MESSAGES } from './messages.js';
import type { References } from './types.js';

/** How many of the records pointing at a record a `ReferencedError` carries; its message names the first five. */
export const REFERRERS_IN_ERROR = 20;
const REFERRERS_IN_MESSAGE = 5;

/**
 * A delete refused because other records point at the record (code `REFERENCED`): deleting it would
 * leave their pages without it (an event without its organiser, a panelist without their organisation).
 * `references` holds the first of them (up to 20) and how many there are, for a page to list; the
 * message names the first five in the store's language. An app answers it as a conflict (409).
 *
 * @example
 * await store.organizations.delete(org.id, org.version);
 * // ReferencedError: nie można usunąć organizacji „Fundacja Razem” (fundacja-razem): wskazuje na ten rekord
 * // 1 inny rekord: wydarzenie „Sprawny urząd” (organizerId). Usuń albo zmień najpierw te odwołania.
 */
export class ReferencedError extends MostyError {
  readonly entity: EntityKind;
  readonly id: string;
  readonly references: References;
  constructor(
    target: { entity: EntityKind; id: string; name: string; slug: string },
    references: References,
    locale: Locale,
  ) {
    super(
      'REFERENCED',
      MESSAGES.referenced[locale](target, references.total, references.items.slice(0, REFERRERS_IN_MESSAGE)),
    );
    this.entity = target.entity;
    this.id = target.id;
    this.references = references;
  }
}
