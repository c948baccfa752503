import type { Locale } from '@org/domain';
import { type EntityDef, entityByKind } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import type { AdminStore, StoredRecord } from '../store-contract.js';

/** A record that points at another one, and the fields it points from. */
export interface Reference {
  def: EntityDef;
  record: StoredRecord;
  /** The fields as staff know them ("Organizacja", "Dotacje"), each once. */
  fields: string[];
}

/** How many of the records pointing at a record its delete page lists; it says how many more there are. */
export const REFERENCES_SHOWN = 100;

/** The label of the last named segment of a path, for a list of where a record is used. */
const fieldOf = (path: string, locale: Locale): string => {
  const segments = path.replace(/\[\d+\]/g, '').split('.');
  const last = labelOf(segments.join('.'), locale);
  // "Program: organizacja", "Partnerzy: samorząd": where in the record, then which field.
  return segments.length > 2 ||
    (segments.length === 2 && ['agenda', 'partners', 'affiliations'].includes(segments[0] ?? ''))
    ? `${labelOf(segments[0] ?? '', locale)}: ${last.toLowerCase()}`
    : last;
};

/**
 * The records that point at the record `id` (an organiser, a panelist's organisation, a grant of an
 * event or post, a post's event, a parent authority…), as the store's index of references has them
 * (`store.referencesTo`): the first `REFERENCES_SHOWN`, each read whole so the page names it as its own
 * list does, and how many there are in all. The store refuses the delete itself (`ReferencedError`);
 * this is for showing staff what to change first.
 */
export async function referencesTo(
  store: AdminStore,
  id: string,
  locale: Locale,
): Promise<{ items: Reference[]; total: number }> {
  const found = await store.referencesTo(id, { limit: REFERENCES_SHOWN });
  const items: Reference[] = [];
  for (const ref of found.items) {
    const def = entityByKind(ref.entity);
    const record = def ? await store[def.route].get(ref.id) : null;
    // Gone since the store answered (deleted meanwhile): nothing to show or change.
    if (!def || !record) continue;
    items.push({ def, record, fields: [...new Set(ref.paths.map((p) => fieldOf(p, locale)))] });
  }
  return { items, total: found.total };
}
