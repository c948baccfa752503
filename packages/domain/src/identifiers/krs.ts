import { fail, type IdentifierResult, ok, stripSeparators } from './result.js';

/**
 * Parses a KRS number: 1 to 10 digits, canonically zero-padded to 10. KRS numbers have no check
 * digit; all zeros are invalid.
 *
 * @example
 * parseKrs('30897')  // { ok: true, value: '0000030897' }
 * parseKrs('12a45')  // { ok: false, reason: 'format' }
 */
export function parseKrs(input: string): IdentifierResult {
  let s = stripSeparators(input);
  if (/^krs/i.test(s)) s = s.slice(3);
  if (s === '') return fail('length');
  if (!/^\d+$/.test(s)) return fail('format');
  if (s.length > 10) return fail('length');
  if (/^0+$/.test(s)) return fail('allZeros');
  return ok(s.padStart(10, '0'));
}

/**
 * True when the input is a KRS number (1–10 digits, not all zeros).
 *
 * @example
 * isValidKrs('0000030897') // true
 * isValidKrs('12345678901') // false
 */
export const isValidKrs = (input: string): boolean => parseKrs(input).ok;
