import { fail, type IdentifierResult, ok, stripSeparators, weightedSum } from './result.js';

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * Parses a NIP (tax identification number) into its canonical 10 digits. Accepts spaces, dashes and
 * the EU VAT prefix `PL`. A remainder of 10 is invalid because such numbers are never issued
 * (python-stdnum's `stdnum/pl/nip.py` never accepts one either); all zeros are refused as a policy.
 *
 * @example
 * parseNip('PL 525-208-72-27') // { ok: true, value: '5252087227' }
 * parseNip('1234560020')       // { ok: false, reason: 'checksum10' }
 */
export function parseNip(input: string): IdentifierResult {
  let s = stripSeparators(input);
  if (/^[A-Za-z]{2}/.test(s)) {
    if (s.slice(0, 2).toUpperCase() !== 'PL') return fail('prefix');
    s = s.slice(2);
  }
  if (!/^\d+$/.test(s)) return fail('format');
  if (s.length !== 10) return fail('length');
  if (/^0+$/.test(s)) return fail('allZeros');
  const r = weightedSum(s, NIP_WEIGHTS) % 11;
  if (r === 10) return fail('checksum10');
  return r === Number(s[9]) ? ok(s) : fail('checksum');
}

/**
 * True when the input is a valid NIP in any usual written form.
 *
 * @example
 * isValidNip('525-20-87-227') // true
 * isValidNip('5252087228')    // false
 */
export const isValidNip = (input: string): boolean => parseNip(input).ok;
