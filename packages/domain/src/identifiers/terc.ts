import { fail, type IdentifierResult, ok, stripSeparators } from './result.js';

/**
 * TERC unit types (RODZ) in the GUS register. 1–3 are gminy (JST); 4 and 5 are statistical parts of
 * a gmina miejsko-wiejska; 8 is a dzielnica of Warsaw; 9 a delegatura of Kraków, Łódź, Poznań or Wrocław.
 */
export const TERC_RODZ = {
  '1': 'gmina miejska',
  '2': 'gmina wiejska',
  '3': 'gmina miejsko-wiejska',
  '4': 'miasto w gminie miejsko-wiejskiej',
  '5': 'obszar wiejski w gminie miejsko-wiejskiej',
  '8': 'dzielnica m.st. Warszawy',
  '9': 'delegatura miasta',
} as const;

export type TercRodz = keyof typeof TERC_RODZ;

/** The parts of a TERC code. `level` says which prefix it is: WW, WWPP or WWPPGGR. */
export type TercParts =
  | { level: 'wojewodztwo'; woj: string; code: string }
  | { level: 'powiat'; woj: string; pow: string; code: string; cityWithPowiatRights: boolean }
  | { level: 'gmina'; woj: string; pow: string; gmi: string; rodz: TercRodz; code: string };

const isWoj = (w: string) => {
  const n = Number(w);
  return n >= 2 && n <= 32 && n % 2 === 0;
};

// Powiat codes as the GUS register uses them (TERC, 2024-01-01): 01–38 powiaty ziemskie, 61–79 miasta na
// prawach powiatu; 39–60 and 80–99 are used by no powiat. Widen these if a new edition of the register
// numbers a powiat past them (the register's test runs over a whole edition).
const POWIAT_ZIEMSKI = { min: 1, max: 38 };
const MIASTO_NA_PRAWACH_POWIATU = { min: 61, max: 79 };
const inRange = (n: number, range: { min: number; max: number }) => n >= range.min && n <= range.max;

/**
 * Splits a TERC (TERYT) code into its parts, or returns null when it is not a well-formed code:
 * województwo codes are the 16 even numbers 02–32, powiat 01–38 (powiaty ziemskie) or 61–79 (cities
 * with powiat rights), gmina 01–99 and RODZ one of 1, 2, 3, 4, 5, 8, 9, where 8 and 9 (parts of a city)
 * only under a city with powiat rights. Whether a code exists in a given
 * edition of the register is a separate question (see the store's TERC importer).
 *
 * @example
 * tercParts('1434') // { level: 'powiat', woj: '14', pow: '34', code: '1434', cityWithPowiatRights: false }
 */
export function tercParts(input: string): TercParts | null {
  const code = stripSeparators(input);
  if (!/^(\d{2}|\d{4}|\d{7})$/.test(code)) return null;
  const woj = code.slice(0, 2);
  if (!isWoj(woj)) return null;
  if (code.length === 2) return { level: 'wojewodztwo', woj, code };
  const pow = code.slice(2, 4);
  const cityWithPowiatRights = inRange(Number(pow), MIASTO_NA_PRAWACH_POWIATU);
  if (!cityWithPowiatRights && !inRange(Number(pow), POWIAT_ZIEMSKI)) return null;
  if (code.length === 4) return { level: 'powiat', woj, pow, code, cityWithPowiatRights };
  const gmi = code.slice(4, 6);
  const rodz = code.slice(6);
  if (gmi === '00' || !(rodz in TERC_RODZ)) return null;
  // A dzielnica (8) or delegatura (9) is part of a city with powiat rights, never of a powiat ziemski.
  if ((rodz === '8' || rodz === '9') && !cityWithPowiatRights) return null;
  return { level: 'gmina', woj, pow, gmi, rodz: rodz as TercRodz, code };
}

/**
 * Parses a TERC code (2, 4 or 7 digits) into its canonical digits.
 *
 * @example
 * parseTerc('14 65 01 1') // { ok: true, value: '1465011' }
 * parseTerc('1418046')    // { ok: false, reason: 'format' } (RODZ 6 is not defined)
 */
export function parseTerc(input: string): IdentifierResult {
  const code = stripSeparators(input);
  if (!/^\d+$/.test(code)) return fail('format');
  if (![2, 4, 7].includes(code.length)) return fail('length');
  const parts = tercParts(code);
  return parts ? ok(parts.code) : fail('format');
}

/**
 * True when the input is a well-formed TERC code of a województwo, powiat or gmina (or its part).
 *
 * @example
 * isValidTerc('1465011') // true
 * isValidTerc('3301011') // false (WOJ 33 does not exist)
 */
export const isValidTerc = (input: string): boolean => parseTerc(input).ok;
