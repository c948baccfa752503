const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (b) => (b & 0xff).toString(16).padStart(2, '0')).join('');

/**
 * Makes a UUIDv7 (RFC 9562) from a time and 10 random bytes. Pure: the caller brings the clock and
 * the randomness (`Date.now()`, `crypto.getRandomValues(new Uint8Array(10))`), so ids sort by
 * creation time and tests can be exact.
 *
 * @example
 * uuidv7(0x0190f5a3b2c1, new Uint8Array(10)) // '0190f5a3-b2c1-7000-8000-000000000000'
 */
export function uuidv7(unixMs: number, random: ArrayLike<number>): string {
  if (!Number.isInteger(unixMs) || unixMs < 0 || unixMs > 0xffffffffffff)
    throw new RangeError(`uuidv7: bad time ${unixMs}`);
  if (random.length < 10) throw new RangeError(`uuidv7: need 10 random bytes, got ${random.length}`);
  const time = unixMs.toString(16).padStart(12, '0');
  const r = hex(Array.from({ length: 10 }, (_, i) => random[i] ?? 0));
  const version = `7${r.slice(1, 4)}`;
  const variant = ((Number.parseInt(r.slice(4, 6), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0') + r.slice(6, 8);
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${variant}-${r.slice(8, 20)}`;
}
