import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pluralPl } from './plural.js';

const ZNAK = ['znak', 'znaki', 'znaków'] as const;

describe('pluralPl', () => {
  it.each([
    [1, '1 znak'],
    [2, '2 znaki'],
    [4, '4 znaki'],
    [5, '5 znaków'],
    [12, '12 znaków'],
    [14, '14 znaków'],
    [21, '21 znaków'],
    [22, '22 znaki'],
    [25, '25 znaków'],
    [101, '101 znaków'],
    [102, '102 znaki'],
    [112, '112 znaków'],
    [0, '0 znaków'],
    [-2, '-2 znaki'],
  ])('%i → %s', (n, text) => {
    expect(`${n} ${pluralPl(n, ZNAK)}`).toBe(text);
  });

  it('takes genitive forms after a preposition: dla 1 wydarzenia, dla 2, 5, 22 wydarzeń', () => {
    const forms = ['wydarzenia', 'wydarzeń', 'wydarzeń'] as const;
    expect([1, 2, 5, 22].map((n) => `dla ${n} ${pluralPl(n, forms)}`)).toEqual([
      'dla 1 wydarzenia',
      'dla 2 wydarzeń',
      'dla 5 wydarzeń',
      'dla 22 wydarzeń',
    ]);
  });

  it('agrees with the CLDR Polish plural rules of Intl for every whole number', () => {
    const rules = new Intl.PluralRules('pl');
    const byCategory = { one: ZNAK[0], few: ZNAK[1], many: ZNAK[2] } as Record<string, string>;
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        expect(pluralPl(n, ZNAK)).toBe(byCategory[rules.select(n)]);
      }),
      { numRuns: 2000 },
    );
  });
});
