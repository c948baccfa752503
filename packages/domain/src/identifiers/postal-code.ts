import { fail, type IdentifierResult, ok } from './result.js';

/**
 * Parses a Polish postal code. The written form is `NN-NNN`; five bare digits are accepted and
 * normalised. Anything around the code (`x03-719y`) is refused.
 *
 * @example
 * parsePostalCode('03719')  // { ok: true, value: '03-719' }
 * parsePostalCode('03 719') // { ok: false, reason: 'format' }
 */
export function parsePostalCode(input: string): IdentifierResult {
  const s = input.trim();
  if (/^\d{2}-\d{3}$/.test(s)) return ok(s);
  if (/^\d{5}$/.test(s)) return ok(`${s.slice(0, 2)}-${s.slice(2)}`);
  return fail('format');
}

/**
 * True when the input is a Polish postal code (`NN-NNN`, or `NNNNN`).
 *
 * @example
 * isValidPostalCode('03-719')   // true
 * isValidPostalCode('x03-719y') // false
 */
export const isValidPostalCode = (input: string): boolean => parsePostalCode(input).ok;
