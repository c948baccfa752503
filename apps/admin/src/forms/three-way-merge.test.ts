import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOriginal, sameValue, threeWayMerge } from './three-way-merge.js';

describe('threeWayMerge', () => {
  const base = { title: 'Tytuł', summary: 'Streszczenie', hashtags: ['#a'], body: 'Treść' };

  it('takes what only the colleague changed, keeps what only staff changed, and names both-changed fields as clashes', () => {
    const mine = { ...base, title: 'Mój tytuł', body: 'Moja treść' };
    const theirs = { ...base, summary: 'Ich streszczenie', body: 'Ich treść', status: 'published' };
    const merge = threeWayMerge(Object.keys(base), base, mine, theirs);
    expect(merge.taken).toEqual(['summary']);
    expect(merge.kept).toEqual(['title']);
    expect(merge.clashes).toEqual(['body']);
    expect(merge.merged).toEqual({
      title: 'Mój tytuł',
      summary: 'Ich streszczenie',
      hashtags: ['#a'],
      body: 'Moja treść',
      status: 'published',
    });
  });

  it('sees no clash where both made the same change, and a field staff emptied as their change', () => {
    const mine = { title: 'Nowy', hashtags: [] };
    const theirs = { ...base, title: 'Nowy' };
    const merge = threeWayMerge(['title', 'hashtags'], base, mine, theirs);
    expect(merge).toMatchObject({ taken: [], kept: ['hashtags'], clashes: [] });
    expect(merge.merged.hashtags).toEqual([]);
  });

  it('without the opened version, every differing field is a clash', () => {
    const merge = threeWayMerge(['title', 'summary'], null, { title: 'A', summary: 'S' }, { title: 'B', summary: 'S' });
    expect(merge).toMatchObject({ taken: [], kept: [], clashes: ['title'] });
  });

  it('never loses a change: every field ends as staff, the colleague, or a clash says', () => {
    const value = fc.constantFrom('x', 'y', 'z', '', undefined);
    fc.assert(
      fc.property(fc.tuple(value, value, value), ([b, m, s]) => {
        const merge = threeWayMerge(['f'], { f: b }, { f: m }, { f: s });
        if (merge.clashes.length) expect(sameValue(b, m) || sameValue(b, s) || sameValue(m, s)).toBe(false);
        else if (!sameValue(b, m)) expect(sameValue(merge.merged.f, m)).toBe(true);
        else expect(sameValue(merge.merged.f, s)).toBe(true);
      }),
    );
  });
});

describe('sameValue and parseOriginal', () => {
  it('reads instants and empty parts as the same however written', () => {
    expect(sameValue({ b: '', a: '2026-11-26T09:00:00.000Z' }, { a: '2026-11-26T10:00+01:00' })).toBe(true);
    expect(sameValue(['a'], ['b'])).toBe(false);
  });

  it('accepts only JSON of an object', () => {
    expect(parseOriginal('{"title":"A"}')).toEqual({ title: 'A' });
    expect(parseOriginal('[1]')).toBeNull();
    expect(parseOriginal('nie json')).toBeNull();
    expect(parseOriginal(undefined)).toBeNull();
  });
});
