import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlugSchema } from './common.js';
import { comparePolish, foldDiacritics, searchKey, slugify } from './text.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const polishText = fc.string({
  unit: fc.constantFrom(...'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ0123456789 -,.„”"!?:'),
});

const cyrillicText = fc.string({
  unit: fc.constantFrom(..."абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъўАБВГҐДЕЄЖЗИІЇЙЮЯ ’'-"),
});

describe('slugify', () => {
  it.each([
    ['Spółdzielnia Socjalna „Kto Rano Wstaje”', 'spoldzielnia-socjalna-kto-rano-wstaje'],
    ['Zażółć gęślą jaźń', 'zazolc-gesla-jazn'],
    ['ZAŻÓŁĆ GĘŚLĄ JAŹŃ', 'zazolc-gesla-jazn'],
    ['Łódź, Gdańsk i Kraków', 'lodz-gdansk-i-krakow'],
    ['Powiat wołomiński', 'powiat-wolominski'],
    ['Sprawny urząd. Współpraca JST z NGO', 'sprawny-urzad-wspolpraca-jst-z-ngo'],
    ['  --Spotkanie   nr 2 / 2026--  ', 'spotkanie-nr-2-2026'],
    ['Straße, Ærø, Œuvre, Þing', 'strasse-aero-oeuvre-thing'],
    ['Khedi Alieva', 'khedi-alieva'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts at a word boundary to at most 80 characters', () => {
    const title =
      'Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi i podmiotami ekonomii społecznej';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('wspolpraca-jednostek-samorzadu-terytorialnego-z-organizacjami-pozarzadowymi-i');
    expect(slugify('a'.repeat(120))).toBe('a'.repeat(80));
  });

  it.each([
    ['Співпраця громад', 'spivpratsia-hromad'],
    ['Київ', 'kyiv'],
    ['Харків і Запоріжжя', 'kharkiv-i-zaporizhzhia'],
    ['Україна', 'ukraina'],
    ['Юлія Євген Йосип Ярослав', 'yuliia-yevhen-yosyp-yaroslav'],
    ['Фонд «Мандрівні жінки»', 'fond-mandrivni-zhinky'],
    ['Мар’яна', 'mariana'],
  ])('romanises Cyrillic (Ukrainian national system): %s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('gives the empty string when nothing can be spelled in ASCII', () => {
    expect(slugify('')).toBe('');
    expect(slugify(' — „” ')).toBe('');
    expect(slugify('合作')).toBe('');
  });

  it('output is ASCII, matches the slug pattern (or is empty), and passes SlugSchema', () => {
    fc.assert(
      fc.property(fc.oneof(polishText, cyrillicText, fc.string({ unit: 'binary' })), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[\x20-\x7e]*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
        if (slug !== '') {
          expect(slug).toMatch(SLUG);
          expect(SlugSchema.safeParse(slug).success).toBe(true);
        }
      }),
    );
  });

  it('is non-empty whenever the text has a letter or digit of the Latin alphabet, Polish ones included', () => {
    fc.assert(
      fc.property(polishText, (text) => {
        expect(slugify(text) !== '').toBe(/[\p{L}\p{N}]/u.test(text));
      }),
    );
  });

  it('is idempotent and stable', () => {
    fc.assert(
      fc.property(fc.oneof(polishText, cyrillicText, fc.string({ unit: 'binary' })), (text) => {
        const slug = slugify(text);
        expect(slugify(slug)).toBe(slug);
        expect(slugify(text)).toBe(slug);
      }),
    );
  });
});

describe('foldDiacritics and searchKey', () => {
  it('folds every Polish letter, ł included', () => {
    expect(foldDiacritics('ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ')).toBe('acelnoszz ACELNOSZZ');
    expect(foldDiacritics('Żółw Łódź')).toBe('Zolw Lodz');
  });

  it('makes search keys that ignore case, diacritics and spacing', () => {
    expect(searchKey('  Stowarzyszenie  OTWARTE Drzwi ')).toBe('stowarzyszenie otwarte drzwi');
    expect(searchKey('Jóźwiak')).toBe(searchKey('JOZWIAK'));
  });
});

describe('comparePolish', () => {
  it('sorts in Polish alphabetical order', () => {
    expect(['Zamość', 'Łódź', 'Lublin', 'Mława', 'Ćmielów', 'Cieszyn'].sort(comparePolish)).toEqual([
      'Cieszyn',
      'Ćmielów',
      'Lublin',
      'Łódź',
      'Mława',
      'Zamość',
    ]);
  });

  it('compares numbers numerically', () => {
    expect(['Sala 10', 'Sala 2'].sort(comparePolish)).toEqual(['Sala 2', 'Sala 10']);
  });
});
