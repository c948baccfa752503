import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text.js';

const INVISIBLE = /\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Zs}|\p{Default_Ignorable_Code_Point}/u;

describe('visibleText', () => {
  it('writes out a zero-width space, bidi marks, a no-break space and a BOM', () => {
    expect(visibleText('\u200B')).toBe('\\u200B');
    expect(visibleText('Zima\u200B')).toBe('Zima\\u200B');
    expect(visibleText('\u202EZima\u200F')).toBe('\\u202EZima\\u200F');
    expect(visibleText('a\u00A0b\uFEFF')).toBe('a\\u00A0b\\uFEFF');
    expect(visibleText('x\u3164\u{E0100}')).toBe('x\\u3164\\u{E0100}');
    expect(visibleText('a\u0000b\nc')).toBe('a\\u0000b\\u000Ac');
  });

  it('keeps letters of any alphabet, emoji and a plain space as they are', () => {
    expect(visibleText('Współpraca ŻÓŁĆ')).toBe('Współpraca ŻÓŁĆ');
    expect(visibleText('Ελλάδα 🎉')).toBe('Ελλάδα 🎉');
  });

  it('cuts after the given number of characters, never inside a surrogate pair', () => {
    expect(visibleText('a'.repeat(50))).toBe(`${'a'.repeat(40)}…`);
    expect(visibleText('🎉'.repeat(41))).toBe(`${'🎉'.repeat(40)}…`);
    expect(visibleText('a'.repeat(50), 101)).toBe('a'.repeat(50));
  });

  it('never leaves a character that shows nothing, other than a plain space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const shown = visibleText(text, 1000);
        expect(shown.replaceAll(' ', '')).not.toMatch(INVISIBLE);
      }),
    );
  });
});
