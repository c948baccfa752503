import { describe, expect, it } from 'vitest';
import { recycle, transientUtf8, utf8Bytes } from './utf8.js';

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

describe('transientUtf8 and recycle', () => {
  it.each([
    ['empty', ''],
    ['Polish letters', 'Zażółć gęślą jaźń — „cudzysłów”'],
    ['a lone surrogate', 'a\uD800b'],
    ['a page-sized text', 'Łódź, ul. Piotrkowska 1. '.repeat(1000)],
    ['a text too long to pool', 'ę'.repeat(400_000)],
  ])('encodes %s as Buffer.from does', (_, text) => {
    const bytes = transientUtf8(text);
    expect(Buffer.compare(bytes, Buffer.from(text, 'utf8'))).toBe(0);
    recycle(bytes);
  });

  it('gives a taken-back buffer to the next text of its size, once, and takes back only its own', () => {
    const first = transientUtf8('ą'.repeat(5000));
    const memory = first.buffer;
    recycle(first);
    recycle(first); // a second return must not hand the buffer to two texts
    const second = transientUtf8('ż'.repeat(5000));
    const third = transientUtf8('ó'.repeat(5000));
    expect(second.buffer).toBe(memory);
    expect(third.buffer).not.toBe(memory);
    expect(second.toString('utf8')).toBe('ż'.repeat(5000));
    expect(third.toString('utf8')).toBe('ó'.repeat(5000));
    // Bytes made otherwise are not taken: their memory is not the pool's to give.
    const own = utf8Bytes('ą'.repeat(5000));
    recycle(own);
    expect(transientUtf8('ę'.repeat(5000)).buffer).not.toBe(own.buffer);
  });
});
