import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPolishIban, parsePolishIban } from './iban.js';

// An independent mod 97 with BigInt, to check the chunked one against (ISO 13616; P = 25, L = 21).
const bigMod97 = (iban: string) => {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return Number(BigInt(numeric) % 97n);
};
const ibanOf = (bban: string) => {
  const check = 98 - Number(BigInt(`${bban}252100`) % 97n);
  return `PL${String(check).padStart(2, '0')}${bban}`;
};
const validIban = fc.stringMatching(/^\d{24}$/).map(ibanOf);

describe('parsePolishIban: DOMAIN-PL.md §1.6 vectors', () => {
  it.each([
    ['PL61 1090 1014 0000 0712 1981 2874', 'PL61109010140000071219812874'],
    ['PL61109010140000071219812874', 'PL61109010140000071219812874'],
    ['pl61109010140000071219812874', 'PL61109010140000071219812874'],
    ['PL06160011271843983820000034', 'PL06160011271843983820000034'],
    ['06 1600 1127 1843 9838 2000 0034', 'PL06160011271843983820000034'],
    ['16160011271234567890123456', 'PL16160011271234567890123456'],
  ])('%s is valid → %s', (input, canonical) => {
    expect(parsePolishIban(input)).toEqual({ ok: true, value: canonical });
    expect(isValidPolishIban(input)).toBe(true);
  });

  it('the worked example: the check digits of BBAN 109010140000071219812874 are 61', () => {
    expect(ibanOf('109010140000071219812874')).toBe('PL61109010140000071219812874');
    expect(bigMod97('PL62109010140000071219812874')).toBe(2);
  });

  it('the foreign vectors below are valid IBANs of their countries', () => {
    expect(bigMod97('DE89370400440532013000')).toBe(1);
    expect(bigMod97('GB29NWBK60161331926819')).toBe(1);
  });

  it.each([
    ['PL62 1090 1014 0000 0712 1981 2874', 'checksum'],
    ['06160011271843983820000035', 'checksum'],
    ['0616001127184398382000003', 'length'],
    ['DE06160011271843983820000034', 'prefix'],
    // A valid German IBAN (ISO 13616's own example): refused for its country, not for its digits.
    ['DE89 3704 0044 0532 0130 00', 'prefix'],
    ['GB29NWBK60161331926819', 'prefix'],
    ['PL6110901014000007121981287A', 'format'],
    ['PL00000000000000000000000000', 'allZeros'],
    ['', 'format'],
  ] as const)('%s is invalid (%s)', (input, reason) => {
    expect(parsePolishIban(input)).toEqual({ ok: false, reason });
    expect(isValidPolishIban(input)).toBe(false);
  });
});

describe('parsePolishIban: properties', () => {
  it('accepts every IBAN built from a BBAN, compact, grouped by four, or as an NRB', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        const grouped = iban.replace(/(.{4})/g, '$1 ').trim();
        for (const written of [iban, grouped, iban.slice(2), grouped.slice(2), iban.toLowerCase()])
          expect(parsePolishIban(written)).toEqual({ ok: true, value: iban });
      }),
    );
  });

  it('refuses any single-digit change (mod 97 catches every substitution)', () => {
    fc.assert(
      fc.property(validIban, fc.integer({ min: 2, max: 27 }), fc.integer({ min: 1, max: 9 }), (iban, at, delta) => {
        const changed = iban.slice(0, at) + ((Number(iban[at]) + delta) % 10) + iban.slice(at + 1);
        expect(isValidPolishIban(changed)).toBe(false);
      }),
    );
  });

  it('agrees with a BigInt mod 97 on any 26 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{26}$/), (nrb) => {
        expect(isValidPolishIban(nrb)).toBe(!/^0+$/.test(nrb) && bigMod97(`PL${nrb}`) === 1);
      }),
    );
  });

  it("refuses another country's IBAN for its country (prefix), whatever follows", () => {
    const country = fc.stringMatching(/^[A-Za-z]{2}$/).filter((c) => c.toUpperCase() !== 'PL');
    fc.assert(
      fc.property(country, fc.stringMatching(/^[0-9A-Z]{0,32}$/), (cc, rest) => {
        expect(parsePolishIban(`${cc}${rest}`)).toEqual({ ok: false, reason: 'prefix' });
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parsePolishIban(input);
        if (result.ok) expect(result.value).toMatch(/^PL\d{26}$/);
      }),
    );
  });
});
