/**
 * A stale save merged field by field against the version its form was opened with (`base`): what only a colleague
 * changed since is theirs, what only staff changed is theirs to keep, and what both changed differently is a clash
 * that staff choose. Top-level keys of the record are the fields: an agenda or a list of partners is one field.
 */

type Tree = Record<string, unknown>;

export interface Merge {
  /** The record to show in the form: the colleague's version, with staff's own changes and, on a clash, staff's value. */
  merged: Tree;
  /** Keys only the colleague changed: their value is taken. */
  taken: string[];
  /** Keys only staff changed: their value is kept. */
  kept: string[];
  /** Keys both changed, to different values: staff choose; nothing is saved until they do. */
  clashes: string[];
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;

/** A value as compared: empty parts dropped, object keys sorted, instants in one notation (a form and the store write them differently). */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && INSTANT.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms).toISOString();
  }
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const out: Tree = {};
    for (const key of Object.keys(value as Tree).sort()) {
      const v = canonical((value as Tree)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/**
 * Whether two values of a field say the same, however the form or the store happened to write them.
 *
 * @example
 * sameValue({ b: '', a: '2026-11-26T09:00:00.000Z' }, { a: '2026-11-26T09:00Z' }) // true
 */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Merges staff's posted values (`mine`) into the version stored now (`theirs`) over the `keys` the form carries,
 * against `base`, the version the form was opened with. Without a base (a form sent before forms carried one,
 * or one that does not parse) every field in which the versions differ is a clash: nothing is overwritten unasked.
 *
 * @example
 * threeWayMerge(['title', 'summary'], { title: 'A', summary: 'S' }, { title: 'A2', summary: 'S' }, { title: 'A', summary: 'S2' })
 * // { merged: { title: 'A2', summary: 'S2' }, taken: ['summary'], kept: ['title'], clashes: [] }
 */
export function threeWayMerge(keys: Iterable<string>, base: Tree | null, mine: Tree, theirs: Tree): Merge {
  const merged: Tree = { ...theirs };
  const taken: string[] = [];
  const kept: string[] = [];
  const clashes: string[] = [];
  const put = (key: string, value: unknown) => {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  };
  for (const key of keys) {
    const m = mine[key];
    const s = theirs[key];
    if (sameValue(m, s)) continue;
    if (base === null) {
      clashes.push(key);
      put(key, m);
      continue;
    }
    const b = base[key];
    const mineChanged = !sameValue(b, m);
    const theirsChanged = !sameValue(b, s);
    if (mineChanged && theirsChanged) {
      clashes.push(key);
      put(key, m);
    } else if (mineChanged) {
      kept.push(key);
      put(key, m);
    } else taken.push(key);
  }
  return { merged, taken, kept, clashes };
}

/** The hidden field of a record form that carries the version it was opened with, as JSON. */
export const ORIGINAL_FIELD = 'original';

/** The version a form was opened with, from its hidden field: an object, or null when absent or not JSON of one. */
export function parseOriginal(raw: string | undefined): Tree | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Tree) : null;
  } catch {
    return null;
  }
}

/** The part of a stored record its form carries (`keys`): what the hidden field holds, no more. */
export const originalOf = (record: Tree, keys: Iterable<string>): Tree => {
  const out: Tree = {};
  for (const key of keys) if (Object.hasOwn(record, key)) out[key] = record[key];
  return out;
};
