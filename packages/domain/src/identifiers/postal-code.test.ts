import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPostalCode, parsePostalCode } from './postal-code.js';

describe('parsePostalCode: DOMAIN-PL.md §1.5 vectors', () => {
  it.each(['03-719', '02-738', '02-002', '82-500'])('%s is valid', (input) => {
    expect(parsePostalCode(input)).toEqual({ ok: true, value: input });
    expect(isValidPostalCode(input)).toBe(true);
  });

  it('normalises five bare digits (the policy DOMAIN-PL.md allows) and surrounding spaces', () => {
    expect(parsePostalCode('03719')).toEqual({ ok: true, value: '03-719' });
    expect(parsePostalCode(' 03-719 ')).toEqual({ ok: true, value: '03-719' });
  });

  it.each(['3-719', '03-7190', '03 719', 'O3-719', 'x03-719y', '03-719y', 'x03-719', '', '03—719'])(
    '%s is invalid (anchored, no other separators)',
    (input) => {
      expect(parsePostalCode(input)).toEqual({ ok: false, reason: 'format' });
      expect(isValidPostalCode(input)).toBe(false);
    },
  );
});

describe('parsePostalCode: properties', () => {
  it('every NN-NNN is valid and NNNNN becomes NN-NNN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), (five) => {
        const dashed = `${five.slice(0, 2)}-${five.slice(2)}`;
        expect(parsePostalCode(five)).toEqual({ ok: true, value: dashed });
        expect(parsePostalCode(dashed)).toEqual({ ok: true, value: dashed });
      }),
    );
  });

  it('never throws, and whatever it accepts is NN-NNN', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parsePostalCode(input);
        if (result.ok) expect(result.value).toMatch(/^\d{2}-\d{3}$/);
        else expect(result.reason).toBe('format');
      }),
    );
  });
});
