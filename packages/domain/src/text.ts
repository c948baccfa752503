// Letters that NFD does not decompose (ł, đ, ß, æ, ...) need an explicit ASCII form.
const NON_DECOMPOSING: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

/**
 * Removes diacritics, Polish ones included (ł → l, which Unicode does not decompose). Used for
 * slugs and for search that ignores diacritics.
 *
 * @example
 * foldDiacritics('Żółw Łódź') // 'Zolw Lodz'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØßæÆœŒþÞı]/g, (ch) => NON_DECOMPOSING[ch] ?? ch);
}

/**
 * The key that search compares: lower case, no diacritics, whitespace collapsed.
 *
 * @example
 * searchKey('  Stowarzyszenie  OTWARTE Drzwi ') // 'stowarzyszenie otwarte drzwi'
 */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Makes a URL slug from Polish (or any) text: ASCII, lower case, words joined by single hyphens,
 * at most 80 characters, cut at a word boundary. The same text always gives the same slug.
 * Text with nothing that can be spelled in ASCII (only punctuation, or another script such as
 * Cyrillic) gives `''`: the caller picks a fallback.
 *
 * @example
 * slugify('Spółdzielnia Socjalna „Kto Rano Wstaje”') // 'spoldzielnia-socjalna-kto-rano-wstaje'
 */
export function slugify(text: string): string {
  const words = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) {
      if (!slug) slug = word.slice(0, 80);
      break;
    }
    slug = next;
  }
  return slug;
}

const polishCollator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/**
 * Compares two strings in Polish alphabetical order ("Lublin" < "Łódź" < "Mława").
 *
 * @example
 * ['Łódź', 'Lublin', 'Zamość'].sort(comparePolish) // ['Lublin', 'Łódź', 'Zamość']
 */
export const comparePolish = (a: string, b: string): number => polishCollator.compare(a, b);
