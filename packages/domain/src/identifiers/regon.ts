import { fail, type IdentifierResult, ok, stripSeparators, weightedSum } from './result.js';

const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

// Unlike NIP, a remainder of 10 becomes check digit 0 (shared/DOMAIN-PL.md §1.3).
const checkDigit = (digits: string, weights: readonly number[]) => (weightedSum(digits, weights) % 11) % 10;

/**
 * Parses a REGON (9 digits, or 14 for a local unit). A 14-digit REGON must also carry a valid
 * 9-digit base. REGON takes no country prefix; all zeros are refused.
 *
 * @example
 * parseRegon('013272636')      // { ok: true, value: '013272636' }
 * parseRegon('61018820100000') // { ok: false, reason: 'checksum' }
 */
export function parseRegon(input: string): IdentifierResult {
  const s = stripSeparators(input);
  if (/^[A-Za-z]/.test(s)) return fail('prefix');
  if (!/^\d+$/.test(s)) return fail('format');
  if (s.length !== 9 && s.length !== 14) return fail('length');
  if (/^0+$/.test(s)) return fail('allZeros');
  if (checkDigit(s, REGON9_WEIGHTS) !== Number(s[8])) return fail('checksum');
  if (s.length === 14 && checkDigit(s, REGON14_WEIGHTS) !== Number(s[13])) return fail('checksum');
  return ok(s);
}

/**
 * True when the input is a valid 9- or 14-digit REGON.
 *
 * @example
 * isValidRegon('123456160')   // true (remainder 10 → check digit 0)
 * isValidRegon('PL610188201') // false
 */
export const isValidRegon = (input: string): boolean => parseRegon(input).ok;
