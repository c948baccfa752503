/**
 * Form field names as paths (`agenda[1].people[0].personId`) and the nested values they build.
 * Shared by the server (parsing posts) and the browser bundle (validating as staff type): pure, no I/O.
 */

/** One segment of a path: a property name or an array index. */
export type Segment = string | number;

// Arrays in our schemas hold at most 200 entries; a larger index is refused, so a crafted post
// cannot make the server allocate a huge array.
const MAX_INDEX = 199;
const SEGMENT = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d{1,3}\])*)$/;

/**
 * Splits a field name into segments, or null when it is not a well-formed path (unknown shapes,
 * `__proto__`, indices beyond 199 are all null).
 *
 * @example
 * parsePath('agenda[1].people[0].personId') // ['agenda', 1, 'people', 0, 'personId']
 */
export function parsePath(name: string): Segment[] | null {
  if (name.length > 200) return null;
  const out: Segment[] = [];
  for (const part of name.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m?.[1]) return null;
    if (m[1] === '__proto__' || m[1] === 'constructor' || m[1] === 'prototype') return null;
    out.push(m[1]);
    for (const idx of (m[2] ?? '').match(/\d+/g) ?? []) {
      const n = Number(idx);
      if (n > MAX_INDEX) return null;
      out.push(n);
    }
  }
  return out;
}

/** The pattern of a path with indices as `*`, to look up how a field is typed. */
export const pathPattern = (segments: readonly Segment[]): string =>
  segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[*]` : acc ? `${acc}.${s}` : s), '');

type Tree = { [key: string]: unknown };

/** Sets a value at a path, creating objects and arrays on the way; a clash of shapes keeps the first. */
export function setPath(root: Tree, segments: readonly Segment[], value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    const last = i === segments.length - 1;
    const nextIsIndex = typeof segments[i + 1] === 'number';
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return;
      if (last) node[seg] = value;
      else {
        node[seg] ??= nextIsIndex ? [] : {};
        node = node[seg];
      }
    } else {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      const obj = node as Tree;
      if (last) {
        if (!Object.hasOwn(obj, seg)) obj[seg] = value;
      } else {
        if (!Object.hasOwn(obj, seg)) obj[seg] = nextIsIndex ? [] : {};
        node = obj[seg];
      }
    }
  }
}
