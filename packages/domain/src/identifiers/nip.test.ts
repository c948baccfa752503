import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNip, parseNip } from './nip.js';

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const remainder = (nine: string) => [...nine].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0) % 11;

/** Valid NIPs built from the rule itself: nine digits whose remainder is not 10, then the check digit. */
const validNip = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((ds) => ds.join(''))
  .filter((nine) => remainder(nine) !== 10 && !/^0+$/.test(nine))
  .map((nine) => `${nine}${remainder(nine)}`);

describe('parseNip: DOMAIN-PL.md §1.2 vectors', () => {
  it.each([
    ['5252087227', '5252087227'],
    ['525-208-72-27', '5252087227'],
    ['525-20-87-227', '5252087227'],
    ['PL5252087227', '5252087227'],
    ['pl 525 208 72 27', '5252087227'],
    ['5213003700', '5213003700'],
    ['7740001454', '7740001454'],
    ['5260251049', '5260251049'],
    ['7251738043', '7251738043'],
    ['1132453940', '1132453940'],
    ['8567346215', '8567346215'],
    ['0000000112', '0000000112'],
  ])('%s is valid → %s', (input, canonical) => {
    expect(parseNip(input)).toEqual({ ok: true, value: canonical });
    expect(isValidNip(input)).toBe(true);
  });

  it.each([
    ['5252087228', 'checksum'],
    ['8567346216', 'checksum'],
    ['7740001455', 'checksum'],
    ['1234560020', 'checksum10'],
    ['123456789', 'length'],
    ['12345678AB', 'format'],
    ['DE7740001454', 'prefix'],
    ['0000000000', 'allZeros'],
    ['', 'format'],
  ] as const)('%s is invalid (%s)', (input, reason) => {
    expect(parseNip(input)).toEqual({ ok: false, reason });
    expect(isValidNip(input)).toBe(false);
  });

  it.each(Array.from({ length: 10 }, (_, d) => `000000003${d}`))(
    '%s has remainder 10 and no check digit can save it',
    (input) => {
      expect(parseNip(input)).toEqual({ ok: false, reason: 'checksum10' });
    },
  );
});

describe('parseNip: properties', () => {
  it('accepts every NIP built by the rule, in its written forms, and canonicalises it', () => {
    fc.assert(
      fc.property(validNip, fc.constantFrom('', 'PL', 'pl', 'PL '), (nip, prefix) => {
        const dashed = `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
        for (const written of [nip, dashed, `${prefix}${nip}`, ` ${prefix}${dashed} `])
          expect(parseNip(written)).toEqual({ ok: true, value: nip });
      }),
    );
  });

  it('refuses any single-digit change of a valid NIP', () => {
    fc.assert(
      fc.property(validNip, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nip, at, delta) => {
        const changed = nip.slice(0, at) + ((Number(nip[at]) + delta) % 10) + nip.slice(at + 1);
        expect(isValidNip(changed)).toBe(false);
      }),
    );
  });

  it('never throws on arbitrary strings and answers with a known reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parseNip(input);
        if (result.ok) expect(result.value).toMatch(/^\d{10}$/);
        else expect(['format', 'length', 'checksum', 'checksum10', 'allZeros', 'prefix']).toContain(result.reason);
      }),
    );
  });
});
