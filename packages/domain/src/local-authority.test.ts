import { readFileSync } from 'node:fs';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_KINDS,
  type AuthorityKind,
  authorityKindOfTerc,
  authorityParentProblems,
  type LocalAuthority,
  LocalAuthoritySchema,
  parentTerc,
} from './local-authority.js';
import { validate } from './validation.js';

const authority = (id: string, name: string, kind: AuthorityKind, terc: string, parentId?: string): LocalAuthority =>
  LocalAuthoritySchema.parse({ id, slug: id, name, kind, terc, parentId });

const mazowieckie = authority('maz', 'Województwo Mazowieckie', 'wojewodztwo', '14');
const wolominski = authority('wol', 'Powiat wołomiński', 'powiat', '1434', 'maz');
const piaseczno = authority('pia', 'Gmina Piaseczno', 'gmina_miejsko_wiejska', '1418043');
const warszawa = authority('waw', 'Miasto stołeczne Warszawa', 'miasto_na_prawach_powiatu', '1465');
const lubelskie = authority('lub', 'Województwo Lubelskie', 'wojewodztwo', '06');

describe('authorityKindOfTerc', () => {
  it.each([
    ['14', 'wojewodztwo'],
    ['1434', 'powiat'],
    ['1418', 'powiat'],
    ['1465', 'miasto_na_prawach_powiatu'],
    ['1461', 'miasto_na_prawach_powiatu'],
    ['1465011', 'gmina_miejska'],
    ['1408022', 'gmina_wiejska'],
    ['1418043', 'gmina_miejsko_wiejska'],
    ['1418044', null],
    ['1418045', null],
    ['1465028', null],
    ['1261029', null],
    ['3301011', null],
  ])('%s → %s', (terc, kind) => {
    expect(authorityKindOfTerc(terc)).toBe(kind);
  });

  it('parentTerc goes one level up', () => {
    expect(parentTerc('1434011')).toBe('1434');
    expect(parentTerc('1434')).toBe('14');
    expect(parentTerc('14')).toBeNull();
  });
});

describe('LocalAuthoritySchema', () => {
  it('accepts a TERC code consistent with the kind', () => {
    expect(mazowieckie.terc).toBe('14');
    expect(piaseczno.kind).toBe('gmina_miejsko_wiejska');
  });

  it.each([
    ['powiat', '1465'],
    ['miasto_na_prawach_powiatu', '1434'],
    ['gmina_wiejska', '1465011'],
    ['gmina_miejska', '1418044'],
    ['wojewodztwo', '1434'],
    ['gmina_miejska', '1465028'],
  ] as const)('refuses kind %s with TERC %s', (kind, terc) => {
    const result = validate(LocalAuthoritySchema, { id: 'a', slug: 'a', name: 'A', kind, terc }, 'pl');
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([['terc', 'tercKind']]);
    expect(!result.ok && result.issues[0]?.message).toMatch(/^Kod TERYT: nie odpowiada rodzajowi samorządu/);
  });

  it('says the TERC code does not fit the kind beside a missing name', () => {
    const result = validate(
      LocalAuthoritySchema,
      { id: 'a', slug: 'a', kind: 'miasto_na_prawach_powiatu', terc: '1434' },
      'pl',
    );
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['name', 'invalid_type'],
      ['terc', 'tercKind'],
    ]);
  });

  it('tells staff what each kind of authority has for a TERYT code, with examples that fit what it says', () => {
    const result = validate(
      LocalAuthoritySchema,
      { id: 'a', slug: 'a', name: 'A', kind: 'gmina_wiejska', terc: '1434011' },
      'pl',
    );
    expect(!result.ok && result.issues[0]?.message).toBe(
      'Kod TERYT: nie odpowiada rodzajowi samorządu: województwo ma kod z 2 cyfr (np. 14), powiat z 4 cyfr (np. 1434), miasto na prawach powiatu z 4 cyfr, z których dwie ostatnie to liczba od 61 do 79 (np. 1465), a gmina z 7 cyfr, z których ostatnia oznacza rodzaj gminy: 1 miejska, 2 wiejska, 3 miejsko-wiejska (np. 1434011).',
    );
    expect(['14', '1434', '1465', '1434011', '1408022', '1418043'].map(authorityKindOfTerc)).toEqual([
      'wojewodztwo',
      'powiat',
      'miasto_na_prawach_powiatu',
      'gmina_miejska',
      'gmina_wiejska',
      'gmina_miejsko_wiejska',
    ]);
  });

  it('every kind has a TERC code that fits it', () => {
    const examples: Record<AuthorityKind, string> = {
      gmina_miejska: '1465011',
      gmina_wiejska: '1408022',
      gmina_miejsko_wiejska: '1418043',
      miasto_na_prawach_powiatu: '1465',
      powiat: '1434',
      wojewodztwo: '14',
    };
    for (const kind of AUTHORITY_KINDS) expect(authorityKindOfTerc(examples[kind])).toBe(kind);
  });
});

describe('authorityParentProblems', () => {
  it('a powiat sits in its województwo, a gmina in its powiat, a województwo has no parent', () => {
    expect(authorityParentProblems(wolominski, mazowieckie)).toEqual([]);
    expect(
      authorityParentProblems(
        authority('pia2', 'Gmina Piaseczno', 'gmina_miejsko_wiejska', '1418043'),
        authority('pias', 'Powiat piaseczyński', 'powiat', '1418'),
      ),
    ).toEqual([]);
    expect(authorityParentProblems(mazowieckie, undefined)).toEqual([]);
  });

  it('reports a missing, unexpected or wrong parent', () => {
    expect(authorityParentProblems(wolominski, undefined)).toEqual([{ code: 'parentMissing', authorityId: 'wol' }]);
    expect(authorityParentProblems(mazowieckie, lubelskie)).toEqual([{ code: 'parentUnexpected', authorityId: 'maz' }]);
    expect(authorityParentProblems(wolominski, lubelskie)).toEqual([
      { code: 'parentMismatch', authorityId: 'wol', expectedTerc: '14', actualTerc: '06' },
    ]);
    expect(authorityParentProblems(piaseczno, warszawa)).toEqual([
      { code: 'parentMismatch', authorityId: 'pia', expectedTerc: '1418', actualTerc: '1465' },
    ]);
  });
});

const terc = sharedFile('data/TERC_2024-01-01.csv');
describe.skipIf(!terc)(
  'authorityKindOfTerc over the GUS TERC register of 2024-01-01 (needs shared/, skipped without it)',
  () => {
    // NAZWA_DOD says what each row is; JST rows must get their kind, the other rows none.
    const KIND_OF: Record<string, AuthorityKind | null> = {
      województwo: 'wojewodztwo',
      powiat: 'powiat',
      'miasto na prawach powiatu': 'miasto_na_prawach_powiatu',
      'miasto stołeczne, na prawach powiatu': 'miasto_na_prawach_powiatu',
      'gmina miejska': 'gmina_miejska',
      'gmina miejska, miasto stołeczne': 'gmina_miejska',
      'gmina wiejska': 'gmina_wiejska',
      'gmina miejsko-wiejska': 'gmina_miejsko_wiejska',
      miasto: null,
      'obszar wiejski': null,
      dzielnica: null,
      delegatura: null,
    };

    it('gives every row the kind its description names', () => {
      const rows = readFileSync(terc as string, 'utf8')
        .trim()
        .split('\n')
        .slice(1);
      const wrong = rows
        .map((line) => line.split(';'))
        .map(([woj = '', pow = '', gmi = '', rodz = '', name = '', kind = '']) => ({
          code: woj + pow + gmi + rodz,
          name,
          kind,
        }))
        .filter(({ code, kind }) => !(kind in KIND_OF) || authorityKindOfTerc(code) !== KIND_OF[kind]);
      expect(rows.length).toBe(4332);
      expect(wrong).toEqual([]);
    });
  },
);
