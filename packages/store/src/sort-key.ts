import { foldDiacritics } from '@org/domain';

// The Polish alphabet in order (q, v and x included for foreign words). Each letter gets one
// ASCII character, so the key compares bytewise in both SQLite (BINARY) and PostgreSQL (COLLATE "C")
// and the two dialects agree without ICU.
const ALPHABET = 'aąbcćdeęfghijklłmnńoóprsśtuvwxyzźż'.split('');
const ALPHABET_WITH_Q = [...ALPHABET.slice(0, ALPHABET.indexOf('r')), 'q', ...ALPHABET.slice(ALPHABET.indexOf('r'))];
const LETTER_CODE = new Map(ALPHABET_WITH_Q.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
const POLISH_LETTERS = /[ąćęłńóśźż]/;

/** Digit runs sort by value ("Sala 2" before "Sala 10"), as `Intl.Collator('pl', { numeric: true })` does. */
function digitRun(run: string): string {
  const digits = run.replace(/^0+(?=\d)/, '');
  return `#${String.fromCharCode(0x30 + Math.min(digits.length, 15))}${digits}`;
}

function primaryKey(text: string): string {
  let key = '';
  const lower = text.normalize('NFC').toLowerCase();
  const chars = Array.from(lower);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (/\s/u.test(ch)) {
      if (!key.endsWith(' ') && key !== '') key += ' ';
      continue;
    }
    if (/\d/.test(ch)) {
      let run = ch;
      while (i + 1 < chars.length && /\d/.test(chars[i + 1] as string)) run += chars[++i];
      key += digitRun(run);
      continue;
    }
    // Polish letters keep their own place; other Latin letters with diacritics (é, ü) fold to their base.
    const letter = POLISH_LETTERS.test(ch) ? ch : foldDiacritics(ch);
    const code = Array.from(letter).map((c) => LETTER_CODE.get(c));
    if (letter !== '' && code.every((c) => c !== undefined)) {
      key += code.join('');
    } else if (/\p{L}/u.test(ch)) {
      // Letters of other alphabets go after the Latin ones, in code-point order.
      key += `~${ch}`;
    } else {
      key += '!';
    }
  }
  return key.trimEnd();
}

/**
 * A key that sorts bytewise in Polish alphabetical order ("Lublin" < "Łódź" < "Mława"), case and
 * punctuation aside; ties fall back to the exact text. Stored beside names so both dialects sort alike.
 *
 * @example
 * ['Łódź', 'Lublin', 'Mława'].map(polishSortKey).sort() // keys in the order Lublin, Łódź, Mława
 */
export function polishSortKey(text: string): string {
  return `${primaryKey(text)}\u0001${text}`;
}
