/**
 * HTTP caching rules the website (its pages, feeds and exports) and the admin (its browser bundle) answer by, so
 * that both servers negotiate a content coding, tag each encoding and evaluate conditional requests the same way,
 * as RFC 9110 asks. No I/O and no clock: the caller passes the request's header values and "now".
 */

/** A content coding the house sends: brotli, gzip or none. */
export type Encoding = 'identity' | 'gzip' | 'br';

/** What a conditional request is evaluated against: the response it would get without its conditions. */
export interface Validators {
  /** A strong ETag of the uncompressed body, quoted (`"…"`); each encoding's own is `etagOf`'s. */
  etag: string;
  /** An HTTP date, or '' or absent when the response has none (If-Modified-Since is then ignored). */
  lastModified?: string;
  /** The response's status without the conditions; 200 when absent. */
  status?: number;
}

// Accept-Encoding values seen so far and what each chose: a server meets a handful of distinct ones
// (each browser sends its own fixed string), so parsing happens once per string, not per request.
const negotiated = new Map<string, Encoding>();

/**
 * The content coding to send for an Accept-Encoding value (RFC 9110 §12.5.3): brotli, else gzip,
 * else none, honouring q-values (`br;q=0` refuses brotli) and `*`. No header means identity.
 *
 * @example
 * negotiateEncoding('gzip, deflate, br') // 'br'
 * negotiateEncoding('br;q=0, gzip') // 'gzip'
 */
export function negotiateEncoding(accept: string | undefined): Encoding {
  if (accept === undefined || accept === '') return 'identity';
  const known = negotiated.get(accept);
  if (known) return known;
  const q = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let weight = 1;
    for (const param of params) {
      const [k, v] = param.split('=').map((x) => x.trim());
      if (k?.toLowerCase() === 'q') {
        const n = Number(v);
        weight = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
      }
    }
    if (!q.has(coding)) q.set(coding, weight);
  }
  const weight = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  const chosen: Encoding = br > 0 && br >= gz ? 'br' : gz > 0 ? 'gzip' : 'identity';
  // Bounded: a client sending a new value on every request must not grow the map without end.
  if (negotiated.size < 256) negotiated.set(accept, chosen);
  return chosen;
}

/**
 * The ETag of one encoding of a response. A strong validator names one representation's bytes
 * (RFC 9110 §8.8.3), so the gzip and brotli bodies get tags of their own.
 *
 * @example
 * etagOf({ etag: '"abc"' }, 'br') // '"abc-br"'
 * etagOf({ etag: '"abc"' }, 'gzip') // '"abc-gz"'
 */
export function etagOf(validators: Pick<Validators, 'etag'>, encoding: Encoding): string {
  return encoding === 'identity'
    ? validators.etag
    : `${validators.etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/**
 * Whether If-None-Match names the content in any encoding (weak comparison, RFC 9110
 * §13.1.2: `W/` prefixes are ignored, and a tag of another encoding of the same bytes matches).
 */
function matchesNoneMatch(validators: Validators, inm: string): boolean {
  const base = validators.etag.slice(0, -1); // without the closing quote
  for (const raw of inm.split(',')) {
    let tag = raw.trim();
    if (tag === '*') return true;
    if (tag.startsWith('W/')) tag = tag.slice(2);
    if (tag === validators.etag || tag === `${base}-gz"` || tag === `${base}-br"`) return true;
  }
  return false;
}

/**
 * Whether a conditional GET or HEAD is satisfied by what the client has, so the answer is a 304.
 * If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); an If-Modified-Since that is no date,
 * or a date later than `now` (milliseconds since the epoch), is ignored (RFC 9110 §13.1.3); a response
 * other than a 200 is never turned into a 304.
 *
 * @example
 * notModified({ etag: '"abc"' }, 'W/"abc-gz"', undefined, Date.now()) // true
 * notModified({ etag: '"abc"', lastModified: 'Thu, 26 Nov 2026 10:00:00 GMT' }, undefined, 'Thu, 26 Nov 2026 10:00:00 GMT', Date.parse('2026-11-27')) // true
 */
export function notModified(
  validators: Validators,
  inm: string | undefined,
  ims: string | undefined,
  now: number,
): boolean {
  if ((validators.status ?? 200) !== 200) return false;
  if (inm !== undefined) return matchesNoneMatch(validators, inm);
  if (ims === undefined || !validators.lastModified) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && since <= now && since >= Date.parse(validators.lastModified);
}
