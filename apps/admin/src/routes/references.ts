import type { Locale } from '@org/domain';
import { ENTITIES, type EntityDef } from '../forms/entities.js';
import { listAll } from '../publish/compliance.js';
import type { AdminStore, StoredRecord } from '../store-contract.js';
import { labelOf } from '../views/field-control.js';

/** A record that points at another one, and the fields it points from. */
export interface Reference {
  def: EntityDef;
  record: StoredRecord;
  /** The fields as staff know them ("Organizacja", "Dotacje"), each once. */
  fields: string[];
}

/** Paths (`agenda[1].panelists[0].organizationId`) under which `value` holds `id`. */
function pathsTo(value: unknown, id: string, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (value === id) out.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsTo(v, id, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      // A record's own id and its agenda items' ids are names, not references.
      if (k === 'id') continue;
      pathsTo(v, id, path ? `${path}.${k}` : k, out);
    }
}

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
 * Every record that points at the record `id` (an organiser, a panelist's organisation, a grant of an
 * event or post, a post's event, a parent authority…), found by reading every record: ids are opaque
 * and unique across kinds, so any field holding exactly that id refers to it. The store has no index
 * of all references (its `entity_links` covers only what list filters follow).
 */
export async function referencesTo(store: AdminStore, id: string, locale: Locale): Promise<Reference[]> {
  const out: Reference[] = [];
  for (const def of ENTITIES) {
    for (const record of await listAll(store[def.route])) {
      if (record.id === id) continue;
      const paths: string[] = [];
      const { version: _v, createdAt: _c, updatedAt: _u, ...value } = record;
      pathsTo(value, id, '', paths);
      if (paths.length > 0) out.push({ def, record, fields: [...new Set(paths.map((p) => fieldOf(p, locale)))] });
    }
  }
  return out;
}
