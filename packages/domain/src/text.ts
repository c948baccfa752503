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

// Cyrillic by the Ukrainian national romanisation (KMU 2010, as on Ukrainian passports): the
// organisations Mosty works with include migrants' NGOs whose names and events are written in
// Ukrainian. Russian and Belarusian letters it lacks get their usual Latin forms.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ё: 'io',
  ъ: '',
  ў: 'u',
};
// At the start of a word these letters are spelled with y (KMU 2010): Юлія → Yuliia, Євген → Yevhen.
const CYRILLIC_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya', ё: 'yo' };

const romanizeCyrillic = (lower: string): string =>
  lower
    // The apostrophe inside a Ukrainian word (Мар’яна) is not spelled: Mariana.
    .replace(/(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])/g, '')
    .replace(/(^|[^\p{L}'’ʼ])([єїйюяё])/gu, (_, before: string, ch: string) => before + (CYRILLIC_INITIAL[ch] ?? ch))
    .replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);

/**
 * Makes a URL slug from Polish (or any) text: ASCII, lower case, words joined by single hyphens,
 * at most 80 characters, cut at a word boundary. The same text always gives the same slug.
 * Cyrillic is romanised (Ukrainian national system). Text with nothing that can be spelled in ASCII
 * (only punctuation, or a script such as Chinese) gives `''`: the caller picks a fallback.
 *
 * @example
 * slugify('Spółdzielnia Socjalna „Kto Rano Wstaje”') // 'spoldzielnia-socjalna-kto-rano-wstaje'
 * slugify('Співпраця громад') // 'spivpratsia-hromad'
 */
export function slugify(text: string): string {
  const words = foldDiacritics(romanizeCyrillic(text.normalize('NFC').toLowerCase()))
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
