import { comparePolish } from '@org/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polishSortKey } from './sort-key.js';

const byKey = (a: string, b: string) => {
  const ka = polishSortKey(a);
  const kb = polishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('polishSortKey', () => {
  it('sorts Polish names as a Polish reader expects', () => {
    const names = [
      'Zamość',
      'Łódź',
      'Lublin',
      'Żyrardów',
      'Źródło',
      'Ząbki',
      'Ćmielów',
      'Cegłów',
      'Mława',
      'Sala 10',
      'Sala 2',
    ];
    expect([...names].sort(byKey)).toEqual([
      'Cegłów',
      'Ćmielów',
      'Lublin',
      'Łódź',
      'Mława',
      'Sala 2',
      'Sala 10',
      'Zamość',
      'Ząbki',
      'Źródło',
      'Żyrardów',
    ]);
  });

  it('agrees with the Polish collator on every pair it does not call equal', () => {
    const letter = fc.constantFrom(...'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄŁŚŻ '.split(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((xs) => xs.join('').trim());
    fc.assert(
      fc.property(word, word, (a, b) => {
        const expected = Math.sign(comparePolish(a, b));
        if (expected !== 0) expect(Math.sign(byKey(a, b))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes keys without NUL, which PostgreSQL text cannot hold', () => {
    expect(polishSortKey('Fundacja „Razem” 2026')).not.toContain('\u0000');
  });
});
