const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// FNV-1a, 32 bit, with a per-lane seed: enough spread for ids, no crypto needed (and none available in every runtime).
const fnv = (text: string, seed: number): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

/**
 * A UUID for a record id: the id itself when it already is a UUID (Mosty's UUIDv7), otherwise a
 * deterministic RFC 9562 version-8 UUID derived from it, so formats that demand UUIDs stay stable.
 *
 * @example
 * stableUuid('019a0c2e-8c00-7000-8000-000000000001') // '019a0c2e-8c00-7000-8000-000000000001'
 * stableUuid('room:Sala A') // 'xxxxxxxx-xxxx-8xxx-8xxx-xxxxxxxxxxxx', the same on every call
 */
export function stableUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = [1, 2, 3, 4].map((lane) => fnv(id, lane).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The UUID that names a record in feeds and calendars (Atom `urn:uuid:` ids, RSS guids, JSON Feed ids,
 * iCalendar UIDs): its id when that is a UUID (Mosty's store makes UUIDv7s, unique everywhere), else
 * `stableUuid` of `<kind>:<id>`, so a post and an event that share a non-UUID id stay apart. It depends on
 * neither the slug nor the site's host, so a renamed page or a moved site keeps it (RFC 4287 §4.2.6,
 * RFC 5545 §3.8.4.7; RFC 7986 §5.3 recommends a UUID as UID).
 *
 * @example
 * recordUuid('event', '019a0c2e-8c00-7000-8000-000000000001') // '019a0c2e-8c00-7000-8000-000000000001'
 * recordUuid('post', 'p1') // a version-8 UUID, the same on every call, unlike recordUuid('event', 'p1')
 */
export function recordUuid(kind: 'event' | 'post', id: string): string {
  return UUID.test(id) ? id.toLowerCase() : stableUuid(`${kind}:${id}`);
}

/**
 * A positive 31-bit integer derived from a record id (FNV-1a), for formats that insist on integer ids
 * (frab's `<event id>` and `<person id>`): the same record gets the same number in every schedule and
 * whatever is inserted before it. Numbers can collide: among n ids the chance of any pair sharing one is
 * about n² / 2³² (one in 430,000 for a 100-talk schedule, about 1% for 10,000 talks merged by an aggregator),
 * so a writer that needs them unique within a document probes past a taken one (`uniqueStableInt`); such
 * formats give the UUID (`guid`) beside the number, and players that know it key on that.
 *
 * @example
 * stableInt31('019a0c2e-8c00-7000-8000-000000000001') // a number in 1…2147483647, the same on every call
 */
export function stableInt31(id: string): number {
  return fnv(id, 0) & 0x7fffffff || 1;
}

/**
 * `stableInt31` of an id, moved on to the next free number when another id of the same document already took
 * it (`taken` holds the numbers given so far and is updated).
 *
 * @example
 * const taken = new Set<number>();
 * uniqueStableInt('a', taken) !== uniqueStableInt('b', taken) // true
 */
export function uniqueStableInt(id: string, taken: Set<number>): number {
  let n = stableInt31(id);
  while (taken.has(n)) n = n >= 0x7fffffff ? 1 : n + 1;
  taken.add(n);
  return n;
}
