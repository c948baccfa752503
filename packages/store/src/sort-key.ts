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

// A character's part of the key depends on the character alone, so it is worked out once: seeding
// 100k organisations spent a tenth of its time folding the same few dozen letters again and again.
const SPACE = 0;
const DIGIT = 1;
const MAX_REMEMBERED_CHARACTERS = 10_000;
const characterKeys = new Map<string, string | typeof SPACE | typeof DIGIT>();

function characterKey(ch: string): string | typeof SPACE | typeof DIGIT {
  const known = characterKeys.get(ch);
  if (known !== undefined) return known;
  let key: string | typeof SPACE | typeof DIGIT;
  if (/\s/u.test(ch)) key = SPACE;
  else if (/\d/.test(ch)) key = DIGIT;
  else {
    // Polish letters keep their own place; other Latin letters with diacritics (é, ü) fold to their base.
    const letter = POLISH_LETTERS.test(ch) ? ch : foldDiacritics(ch);
    const code = Array.from(letter).map((c) => LETTER_CODE.get(c));
    if (letter !== '' && code.every((c) => c !== undefined)) key = code.join('');
    // Letters of other alphabets go after the Latin ones, in code-point order.
    else if (/\p{L}/u.test(ch)) key = `~${ch}`;
    else key = '!';
  }
  if (characterKeys.size < MAX_REMEMBERED_CHARACTERS) characterKeys.set(ch, key);
  return key;
}

function primaryKey(text: string): string {
  let key = '';
  let digits = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const part = characterKey(ch);
    if (part === DIGIT) {
      digits += ch;
      continue;
    }
    if (digits !== '') {
      key += digitRun(digits);
      digits = '';
    }
    if (part === SPACE) {
      if (!key.endsWith(' ') && key !== '') key += ' ';
    } else key += part;
  }
  if (digits !== '') key += digitRun(digits);
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
