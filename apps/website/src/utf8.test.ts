import { describe, expect, it } from 'vitest';
import { utf8Bytes } from './utf8.js';

describe('utf8Bytes', () => {
  it.each([
    ['empty', ''],
    ['ASCII', '<p>Hello</p>'],
    ['Polish letters', 'Zażółć gęślą jaźń — „cudzysłów”'],
    ['a pair of surrogates', 'emoji 😀 here'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate at the end', 'a\uDC00'],
    ['a page-sized text', 'Łódź, ul. Piotrkowska 1. '.repeat(1000)],
  ])('encodes %s as Buffer.from does', (_, text) => {
    expect(Buffer.compare(utf8Bytes(text), Buffer.from(text, 'utf8'))).toBe(0);
  });

  it('grows its scratch buffer for a longer text, and keeps encoding shorter ones right after', () => {
    const long = 'ą'.repeat(200_000); // 600,000 bytes at most: more than the first scratch buffer
    expect(utf8Bytes(long).byteLength).toBe(400_000);
    expect(utf8Bytes('ż').toString('utf8')).toBe('ż');
  });

  it('encodes a text too long for the scratch buffer the ordinary way', () => {
    const huge = 'ę'.repeat(2_000_000);
    expect(utf8Bytes(huge).byteLength).toBe(4_000_000);
  });

  it('returns a buffer of its own: a later call does not change an earlier result', () => {
    const first = utf8Bytes('pierwszy');
    utf8Bytes('drugi tekst, dłuższy');
    expect(first.toString('utf8')).toBe('pierwszy');
  });
});
