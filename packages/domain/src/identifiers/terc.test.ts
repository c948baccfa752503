import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTerc, parseTerc, tercParts } from './terc.js';

describe('parseTerc: DOMAIN-PL.md §1.7 vectors', () => {
  it.each([
    '14',
    '1418',
    '1465',
    '1465011',
    '1465028',
    '1418043',
    '1418044',
    '1418045',
    '1408022',
    '0609062',
    '1412011',
    '1412112',
    '1462011',
    '1463011',
    '1464011',
    '1461011',
    '1261029',
  ])('%s is well-formed', (code) => {
    expect(parseTerc(code)).toEqual({ ok: true, value: code });
    expect(isValidTerc(code)).toBe(true);
  });

  it.each([
    ['14650', 'length'],
    ['1418046', 'format'],
    ['3301011', 'format'],
    ['1400', 'format'],
    // Powiat codes no powiat uses: 39–60 between powiaty ziemskie and cities, 80–99 past the cities.
    ['1439', 'format'],
    ['1460', 'format'],
    ['1480', 'format'],
    ['1499', 'format'],
    ['1439011', 'format'],
    ['1480011', 'format'],
    ['1418001', 'format'],
    // A dzielnica (8) or delegatura (9) under a powiat ziemski: parts of a city exist only in a city with powiat rights.
    ['0201018', 'format'],
    ['1434019', 'format'],
    ['00', 'format'],
    ['14a8', 'format'],
    ['', 'format'],
  ] as const)('%s is invalid (%s)', (code, reason) => {
    expect(parseTerc(code)).toEqual({ ok: false, reason });
    expect(isValidTerc(code)).toBe(false);
  });

  // Structure only: whether a code exists in an edition of the register is the importer's question.
  it('1431 (a gap in 2024) and 1465019 (RODZ 9 outside the four cities) are well-formed but not in the register', () => {
    expect(isValidTerc('1431')).toBe(true);
    expect(isValidTerc('1465019')).toBe(true);
  });

  it('accepts spaces and dashes', () => {
    expect(parseTerc('14 65 01 1')).toEqual({ ok: true, value: '1465011' });
    expect(parseTerc('14-34')).toEqual({ ok: true, value: '1434' });
  });
});

describe('tercParts', () => {
  it('splits each level', () => {
    expect(tercParts('14')).toEqual({ level: 'wojewodztwo', woj: '14', code: '14' });
    expect(tercParts('1434')).toEqual({
      level: 'powiat',
      woj: '14',
      pow: '34',
      code: '1434',
      cityWithPowiatRights: false,
    });
    expect(tercParts('1465')).toMatchObject({ level: 'powiat', cityWithPowiatRights: true });
    expect(tercParts('1418043')).toEqual({
      level: 'gmina',
      woj: '14',
      pow: '18',
      gmi: '04',
      rodz: '3',
      code: '1418043',
    });
    expect(tercParts('3301011')).toBeNull();
    expect(tercParts('x')).toBeNull();
  });

  it('accepts exactly the 16 even województwo codes 02–32', () => {
    const valid = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).filter(isValidTerc);
    expect(valid).toEqual([
      '02',
      '04',
      '06',
      '08',
      '10',
      '12',
      '14',
      '16',
      '18',
      '20',
      '22',
      '24',
      '26',
      '28',
      '30',
      '32',
    ]);
  });

  it('accepts exactly the powiat codes 01–38 (powiaty ziemskie) and 61–79 (cities with powiat rights)', () => {
    const pows = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
    const valid = pows.filter((pow) => isValidTerc(`14${pow}`));
    expect(valid).toEqual([
      ...pows.slice(1, 39), // 01–38
      ...pows.slice(61, 80), // 61–79
    ]);
    expect(pows.filter((pow) => isValidTerc(`14${pow}011`))).toEqual(valid);
    expect(
      valid.map((pow) => tercParts(`14${pow}`)).filter((p) => p?.level === 'powiat' && p.cityWithPowiatRights),
    ).toHaveLength(19);
  });

  it('never throws on arbitrary strings; what it accepts is 2, 4 or 7 digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^\d{1,8}$/)), (input) => {
        const result = parseTerc(input);
        if (result.ok) expect(result.value).toMatch(/^(\d{2}|\d{4}|\d{7})$/);
      }),
    );
  });
});

const terc = sharedFile('data/TERC_2024-01-01.csv');
describe.skipIf(!terc)('the GUS TERC register of 2024-01-01 (needs shared/, skipped without it)', () => {
  const rows = readFileSync(terc as string, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [woj = '', pow = '', gmi = '', rodz = ''] = line.split(';');
      return woj + pow + gmi + rodz;
    });

  it('has all 4,332 rows, and every code in it is well-formed', () => {
    expect(rows).toHaveLength(4332);
    expect(rows.filter((code) => !isValidTerc(code))).toEqual([]);
  });

  it('uses exactly the powiat codes the parser accepts: 01–38 and 61–79, no other', () => {
    const pows = new Set(rows.filter((code) => code.length >= 4).map((code) => code.slice(2, 4)));
    const numbers = [...pows].map(Number);
    expect(Math.max(...numbers.filter((n) => n < 61))).toBe(38);
    expect(Math.min(...numbers.filter((n) => n >= 61))).toBe(61);
    expect(Math.max(...numbers)).toBe(79);
  });

  it('does not contain the codes DOMAIN-PL.md calls absent', () => {
    expect(rows).not.toContain('1431');
    expect(rows).not.toContain('1465019');
    expect(rows).toContain('1434');
  });
});
