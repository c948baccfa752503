import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIban, parseIban } from './iban.js';

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

describe('parseIban: DOMAIN-PL.md §1.6 vectors', () => {
  it.each([
    ['PL61 1090 1014 0000 0712 1981 2874', 'PL61109010140000071219812874'],
    ['PL61109010140000071219812874', 'PL61109010140000071219812874'],
    ['pl61109010140000071219812874', 'PL61109010140000071219812874'],
    ['PL06160011271843983820000034', 'PL06160011271843983820000034'],
    ['06 1600 1127 1843 9838 2000 0034', 'PL06160011271843983820000034'],
    ['16160011271234567890123456', 'PL16160011271234567890123456'],
  ])('%s is valid → %s', (input, canonical) => {
    expect(parseIban(input)).toEqual({ ok: true, value: canonical });
    expect(isValidIban(input)).toBe(true);
  });

  it('the worked example: the check digits of BBAN 109010140000071219812874 are 61', () => {
    expect(ibanOf('109010140000071219812874')).toBe('PL61109010140000071219812874');
    expect(bigMod97('PL62109010140000071219812874')).toBe(2);
  });

  it.each([
    ['PL62 1090 1014 0000 0712 1981 2874', 'checksum'],
    ['06160011271843983820000035', 'checksum'],
    ['0616001127184398382000003', 'length'],
    ['DE06160011271843983820000034', 'prefix'],
    ['PL6110901014000007121981287A', 'format'],
    ['PL00000000000000000000000000', 'allZeros'],
    ['', 'format'],
  ] as const)('%s is invalid (%s)', (input, reason) => {
    expect(parseIban(input)).toEqual({ ok: false, reason });
    expect(isValidIban(input)).toBe(false);
  });
});

describe('parseIban: properties', () => {
  it('accepts every IBAN built from a BBAN, compact, grouped by four, or as an NRB', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        const grouped = iban.replace(/(.{4})/g, '$1 ').trim();
        for (const written of [iban, grouped, iban.slice(2), grouped.slice(2), iban.toLowerCase()])
          expect(parseIban(written)).toEqual({ ok: true, value: iban });
      }),
    );
  });

  it('refuses any single-digit change (mod 97 catches every substitution)', () => {
    fc.assert(
      fc.property(validIban, fc.integer({ min: 2, max: 27 }), fc.integer({ min: 1, max: 9 }), (iban, at, delta) => {
        const changed = iban.slice(0, at) + ((Number(iban[at]) + delta) % 10) + iban.slice(at + 1);
        expect(isValidIban(changed)).toBe(false);
      }),
    );
  });

  it('agrees with a BigInt mod 97 on any 26 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{26}$/), (nrb) => {
        expect(isValidIban(nrb)).toBe(!/^0+$/.test(nrb) && bigMod97(`PL${nrb}`) === 1);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parseIban(input);
        if (result.ok) expect(result.value).toMatch(/^PL\d{26}$/);
      }),
    );
  });
});
