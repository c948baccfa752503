import { fail, type IdentifierResult, ok, stripSeparators } from './result.js';

/** ISO 13616 mod 97 over the rearranged IBAN, in chunks so it never leaves safe integers. */
function mod97(rearranged: string): number {
  let digits = '';
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    digits += code >= 65 && code <= 90 ? String(code - 55) : ch;
  }
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest;
}

/**
 * Parses a Polish bank account: an IBAN (`PL` + 26 digits) or the domestic NRB (26 digits), with
 * spaces allowed. The canonical form is the compact IBAN. An IBAN of another country is refused with
 * `prefix`, valid or not: grant agreements carry Polish accounts, and this checks only those.
 *
 * @example
 * parsePolishIban('PL61 1090 1014 0000 0712 1981 2874') // { ok: true, value: 'PL61109010140000071219812874' }
 * parsePolishIban('06 1600 1127 1843 9838 2000 0034')   // { ok: true, value: 'PL06160011271843983820000034' }
 * parsePolishIban('DE89 3704 0044 0532 0130 00')        // { ok: false, reason: 'prefix' }
 */
export function parsePolishIban(input: string): IdentifierResult {
  let s = stripSeparators(input).toUpperCase();
  if (/^[A-Z]{2}/.test(s)) {
    if (!s.startsWith('PL')) return fail('prefix');
  } else {
    s = `PL${s}`;
  }
  if (!/^PL\d+$/.test(s)) return fail('format');
  if (s.length !== 28) return fail('length');
  if (/^PL0+$/.test(s)) return fail('allZeros');
  return mod97(s.slice(4) + s.slice(0, 4)) === 1 ? ok(s) : fail('checksum');
}

/**
 * True when the input is a valid Polish IBAN or NRB; false for any other country's IBAN, even a valid one.
 *
 * @example
 * isValidPolishIban('PL61109010140000071219812874') // true
 * isValidPolishIban('PL62109010140000071219812874') // false (check digits)
 * isValidPolishIban('DE89370400440532013000')       // false (a German account)
 */
export const isValidPolishIban = (input: string): boolean => parsePolishIban(input).ok;
