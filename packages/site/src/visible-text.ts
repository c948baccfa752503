// What a reader cannot see in a quoted value: controls (Cc), format characters (Cf: zero-width space and
// joiners, bidi marks, soft hyphen, BOM), line and paragraph separators, every space but the plain one, and
// what Unicode says to draw as nothing (Default_Ignorable_Code_Point: the Hangul fillers, the variation
// selectors, the combining grapheme joiner). Alternatives, not one class: some of these are combining marks.
const INVISIBLE = /\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Zs}|\p{Default_Ignorable_Code_Point}/gu;

const escaped = (ch: string) => {
  const code = ch.codePointAt(0) as number;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
};

/**
 * A value as a message quotes it: cut after `max` characters (with "…"), and every character that shows
 * nothing (a zero-width space, a bidi mark, a control, a no-break space) written as its `\uXXXX` escape, so
 * a quote of a tag with a zero-width space in it does not look empty or like a valid one. A plain space
 * stays as it is.
 *
 * @example
 * visibleText('Zima\u200B') // 'Zima\\u200B'
 * visibleText('\u200B') // '\\u200B'
 * visibleText('a'.repeat(50)) // 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'
 */
export function visibleText(value: string, max = 40): string {
  // Cut by code points, so an emoji or other astral letter is never split in half.
  const points = Array.from(value);
  const cut = points.length > max ? points.slice(0, max).join('') : value;
  return `${cut.replace(INVISIBLE, (ch) => (ch === ' ' ? ch : escaped(ch)))}${points.length > max ? '…' : ''}`;
}
