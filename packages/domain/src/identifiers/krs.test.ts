import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidKrs, parseKrs } from './krs.js';

describe('parseKrs: DOMAIN-PL.md §1.4 vectors', () => {
  it.each([
    ['0000030897', '0000030897'],
    ['30897', '0000030897'],
    ['28860', '0000028860'],
    [' 28860 ', '0000028860'],
    ['1268296', '0001268296'],
    ['9999999999', '9999999999'],
    ['KRS 0000030897', '0000030897'],
    ['0000-030-897', '0000030897'],
  ])('%s is valid → %s', (input, canonical) => {
    expect(parseKrs(input)).toEqual({ ok: true, value: canonical });
    expect(isValidKrs(input)).toBe(true);
  });

  it.each([
    ['0', 'allZeros'],
    ['0000000000', 'allZeros'],
    ['12345678901', 'length'],
    ['12a45', 'format'],
    ['', 'length'],
    ['   ', 'length'],
  ] as const)('%s is invalid (%s)', (input, reason) => {
    expect(parseKrs(input)).toEqual({ ok: false, reason });
    expect(isValidKrs(input)).toBe(false);
  });
});

describe('parseKrs: properties', () => {
  it('any 1–10 digits that are not all zeros are a KRS number, padded to 10 (there is no check digit)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,10}$/), (digits) => {
        const result = parseKrs(digits);
        if (/^0+$/.test(digits)) expect(result).toEqual({ ok: false, reason: 'allZeros' });
        else expect(result).toEqual({ ok: true, value: digits.padStart(10, '0') });
      }),
    );
  });

  it('canonical forms are fixed points', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,10}$/), (digits) => {
        const first = parseKrs(digits);
        if (first.ok) expect(parseKrs(first.value)).toEqual(first);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parseKrs(input);
        if (result.ok) expect(result.value).toMatch(/^\d{10}$/);
      }),
    );
  });
});
