import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from './html.js';

// What XML 1.0 §2.2 allows, code point by code point: the definition xmlSafe must agree with.
const allowedInXml = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
const reference = (text: string) => [...text].filter((ch) => allowedInXml(ch.codePointAt(0) ?? 0)).join('');

describe('xmlSafe', () => {
  it('keeps ordinary text as it is, line ends, tabs and emoji included', () => {
    const text = 'Zażółć\tgęślą\r\njaźń 😀\n\u007F\u0085\uE000\uFFFD';
    expect(xmlSafe(text)).toBe(text);
  });

  it('drops C0 controls, U+FFFE/U+FFFF and lone surrogates, wherever they are', () => {
    expect(xmlSafe('a\u0001b\u000Bc\u001Fd')).toBe('abcd');
    expect(xmlSafe('\uFFFEx\uFFFF')).toBe('x');
    expect(xmlSafe('\uD800a\uDC00b\uDE00')).toBe('ab');
    expect(xmlSafe('😀\uD83D')).toBe('😀');
    expect(xmlSafe('\uDE00😀')).toBe('😀');
  });

  it('agrees with XML’s definition on any mix of code units', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0x40 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('😀', '\n', '\t', '\r', 'ż', '\uFFFE', '\uFFFF'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(xmlSafe(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
