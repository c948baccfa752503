import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRegon, parseRegon } from './regon.js';

const W9 = [8, 9, 2, 3, 4, 5, 6, 7];
const W14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
const remainder = (digits: string, weights: number[]) => weights.reduce((s, w, i) => s + w * Number(digits[i]), 0) % 11;
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((ds) => ds.join(''));

const validRegon9 = digits(8)
  .map((eight) => `${eight}${remainder(eight, W9) % 10}`)
  .filter((r) => !/^0+$/.test(r));
const validRegon14 = fc
  .tuple(validRegon9, digits(4))
  .map(([base, four]) => `${base}${four}`)
  .map((thirteen) => `${thirteen}${remainder(thirteen, W14) % 10}`);

describe('parseRegon: DOMAIN-PL.md §1.3 vectors', () => {
  it.each([
    '013272636',
    '015528910',
    '891129301',
    '472057632',
    '610188201',
    '123456785',
    '192598184',
    '123456160',
    '12345678512347',
    '61018820100010',
    '01327263600018',
    '01327263600025',
  ])('%s is valid', (input) => {
    expect(parseRegon(input)).toEqual({ ok: true, value: input });
    expect(isValidRegon(input)).toBe(true);
  });

  it('accepts spaces and dashes and gives the digits', () => {
    expect(parseRegon('013 272 636')).toEqual({ ok: true, value: '013272636' });
    expect(parseRegon('610188201-00010')).toEqual({ ok: true, value: '61018820100010' });
  });

  it('123456160 is valid: for REGON, unlike NIP, remainder 10 gives check digit 0', () => {
    expect(remainder('12345616', W9)).toBe(10);
    expect(isValidRegon('123456160')).toBe(true);
  });

  it.each([
    ['123456786', 'checksum'],
    ['192598183', 'checksum'],
    ['610188202', 'checksum'],
    ['12345678612342', 'checksum'],
    ['12345678512348', 'checksum'],
    ['61018820100000', 'checksum'],
    ['PL610188201', 'prefix'],
    ['0132726360000', 'length'],
    ['000000000', 'allZeros'],
    ['00000000000000', 'allZeros'],
    ['01327263X', 'format'],
  ] as const)('%s is invalid (%s)', (input, reason) => {
    expect(parseRegon(input)).toEqual({ ok: false, reason });
    expect(isValidRegon(input)).toBe(false);
  });

  it('a 14-digit REGON whose own check digit fits still needs a valid 9-digit base', () => {
    // 610188202 is a wrong base; append four digits and the check digit the 14-digit rule wants.
    const thirteen = '6101882020001';
    const fourteen = `${thirteen}${remainder(thirteen, W14) % 10}`;
    expect(parseRegon(fourteen)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('"9 digits + 00000" is not automatically valid', () => {
    expect(isValidRegon('61018820100000')).toBe(false);
    expect(isValidRegon('01327263600000')).toBe(true);
  });
});

describe('parseRegon: properties', () => {
  it('accepts every 9- and 14-digit REGON built by the rule', () => {
    fc.assert(
      fc.property(fc.oneof(validRegon9, validRegon14), (regon) => {
        expect(parseRegon(regon)).toEqual({ ok: true, value: regon });
        expect(parseRegon(` ${regon.slice(0, 3)}-${regon.slice(3)} `)).toEqual({ ok: true, value: regon });
      }),
    );
  });

  // The mod 11 mod 10 rule maps remainders 0 and 10 to the same check digit, so a change that
  // moves a remainder from one to the other goes undetected. Every other single-digit change fails.
  it('refuses any single-digit change, except one that swaps remainder 0 and 10 (a weakness of the rule)', () => {
    fc.assert(
      fc.property(
        fc.oneof(validRegon9, validRegon14),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (regon, pos, delta) => {
          const at = pos % regon.length;
          const changed = regon.slice(0, at) + ((Number(regon[at]) + delta) % 10) + regon.slice(at + 1);
          const swaps = (weights: number[], check: number) => {
            const a = remainder(regon, weights);
            const b = remainder(changed, weights);
            return at < check && a !== b && a % 10 === b % 10;
          };
          const undetectable = swaps(W9, 8) || (regon.length === 14 && swaps(W14, 13));
          if (!undetectable) expect(isValidRegon(changed)).toBe(false);
        },
      ),
    );
  });

  it('the weakness is real: 123456160 has a valid single-digit neighbour', () => {
    // Its remainder is 10; 823456160 (first digit +7, weight 8: 142 + 56 = 198 = 18·11) has remainder 0.
    expect(remainder('82345616', W9)).toBe(0);
    expect(isValidRegon('823456160')).toBe(true);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parseRegon(input);
        if (result.ok) expect(result.value).toMatch(/^(\d{9}|\d{14})$/);
      }),
    );
  });
});
