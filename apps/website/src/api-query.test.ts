import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiLocale,
  PAGE_PARAMS,
  readListQuery,
  readPageParams,
  readSearchParam,
  readUpdatedSince,
} from './api-query.js';

const read = (query: string) => readPageParams(new URLSearchParams(query), 'en');

describe('readPageParams', () => {
  it('takes every in-range decimal, leading zeros included, as that number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 10_000_000 }), fc.nat(3), (l, o, z) => {
        const r = read(`limit=${'0'.repeat(z)}${l}&offset=${o}`);
        expect(r).toEqual({ ok: true, value: { limit: l, offset: o } });
      }),
    );
  });

  it('refuses anything but decimal digits, with one sentence naming the parameter', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[0-9]+$/.test(s)),
        (text) => {
          const r = readPageParams(new URLSearchParams([['offset', text]]), 'en');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.messages).toHaveLength(1);
          if (!r.ok) expect(r.messages[0]).toMatch(/^Query parameter offset must be a whole number/);
        },
      ),
    );
  });

  it('refuses numbers past the bounds without rounding them', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(PAGE_PARAMS.offset.maximum) + 1n, max: 10n ** 40n }), (n) => {
        expect(read(`offset=${n}`)).toEqual({
          ok: false,
          messages: [
            `Query parameter offset must be between 0 and 10000000, got ${`${n}`.length > 40 ? `${`${n}`.slice(0, 40)}…` : n}.`,
          ],
        });
      }),
    );
  });

  it('uses the defaults when nothing is given', () => {
    expect(read('')).toEqual({ ok: true, value: { limit: 50, offset: 0 } });
  });
});

describe('apiLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['pl', 'pl'],
    ['pl-PL,pl;q=0.9,en;q=0.8', 'pl'],
    ['en-GB,en;q=0.9,pl;q=0.8', 'en'],
    ['de, pl;q=0.5', 'pl'],
    ['pl;q=0, en', 'en'],
    ['*', 'en'],
  ] as const)('%s → %s', (header, locale) => {
    expect(apiLocale(header)).toBe(locale);
  });
});

describe('readUpdatedSince', () => {
  const since = (value: string, locale: 'pl' | 'en' = 'en') =>
    readUpdatedSince(new URLSearchParams([['updatedSince', value]]), locale);

  it('takes any instant as written with Z or an offset, as that instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9998-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -12, max: 14 }),
        (date, hours) => {
          expect(since(date.toISOString())).toEqual({ ok: true, value: date.getTime() });
          // The same instant in another zone's wall clock (+HH:00).
          const wall = new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, -1);
          const offset = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
          expect(since(`${wall}${offset}`)).toEqual({ ok: true, value: date.getTime() });
        },
      ),
    );
    expect(readUpdatedSince(new URLSearchParams(''), 'pl')).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything else with one sentence naming the parameter and the value, never an exception', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => Number.isNaN(Date.parse(s)) || !/T\d\d:\d\d:\d\d/.test(s)),
        (text) => {
          const r = since(text, 'pl');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.messages).toHaveLength(1);
          if (!r.ok) expect(r.messages[0]).toMatch(/^Parametr zapytania updatedSince musi być datą z godziną/);
        },
      ),
    );
    for (const text of ['2026-11-27', '2026-11-27T10:00:00', '2026-02-30T10:00:00Z', '2026-11-27T25:00:00Z', ''])
      expect(since(text).ok, text).toBe(false);
  });

  it('takes the last millisecond of 9999 (UTC) and refuses what is later, which the store cannot compare', () => {
    expect(since('9999-12-31T23:59:59.999Z')).toEqual({ ok: true, value: Date.parse('9999-12-31T23:59:59.999Z') });
    expect(since('9999-12-31T23:00:00-05:00', 'pl')).toEqual({
      ok: false,
      messages: [
        'Parametr zapytania updatedSince musi być chwilą przed rokiem 10000 (UTC), podano „9999-12-31T23:00:00-05:00”.',
      ],
    });
  });
});

describe('readSearchParam', () => {
  const search = (query: string, locale: 'en' | 'pl' = 'en') => readSearchParam(new URLSearchParams(query), locale);
  it.each([
    ['search=otwarte', 'otwarte'],
    ['search=%20otwarte%0A%09drzwi%20', 'otwarte drzwi'],
    ['search=', undefined],
    ['search=%20%20', undefined],
    ['', undefined],
    [`search=${'ż'.repeat(200)}`, 'ż'.repeat(200)],
  ])('%s asks for %o', (query, value) => {
    expect(search(query)).toEqual({ ok: true, value });
  });

  it.each([
    ['search=a&search=b', 'Query parameter search is given 2 times: give it once.'],
    [`search=${'ż'.repeat(201)}`, 'Query parameter search must be at most 200 characters, got 201.'],
    ['search=!!!', 'Query parameter search must hold a letter or a digit to look for, got "!!!".'],
    ['search=%E2%80%8B', 'Query parameter search must hold a letter or a digit to look for, got "\\u200B".'],
  ])('refuses %s, saying why', (query, message) => {
    expect(search(query)).toEqual({ ok: false, messages: [message] });
  });

  it('says why in Polish too', () => {
    expect(search('search=...', 'pl')).toEqual({
      ok: false,
      messages: ['Parametr zapytania search musi zawierać literę lub cyfrę do wyszukania, podano „...”.'],
    });
  });

  it('is a parameter only the lists that search take', () => {
    expect(readListQuery(new URLSearchParams('search=x'), 'en', false, true)).toEqual({ ok: true, filter: {} });
    const refused = readListQuery(new URLSearchParams('search=x'), 'en', false, false);
    expect(refused).toEqual({
      ok: false,
      messages: ['Query parameter search is not one this list takes; it takes limit, offset, updatedSince.'],
    });
  });
});
