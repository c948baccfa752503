/**
 * A `#` word: letters of any alphabet (with their combining marks), digits and `_`, as `HashtagSchema`
 * in @org/domain accepts them. Punctuation after it („#MCPS,” or „#tag”.) ends it.
 */
const HASH_WORD = /#[\p{L}\p{M}\p{N}_]+/gu;

/**
 * The hashtags staff typed or pasted. Text with `#` words is usually a sentence copied from a post or an
 * agreement („#MCPS, #programywspacia i #solidarnośćmazowiecka”): only the `#` words count, so the
 * words between them („i”) are not taken for hashtags. Text without any `#` is a plain list separated by
 * spaces, commas or line breaks.
 *
 * @example
 * splitHashtags('#MCPS, #programywspacia i #solidarnośćmazowiecka') // ['#MCPS', '#programywspacia', '#solidarnośćmazowiecka']
 * splitHashtags('MCPS, mosty') // ['MCPS', 'mosty']
 */
export function splitHashtags(text: string): string[] {
  const tagged = text.match(HASH_WORD);
  if (tagged) return tagged;
  return text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter(Boolean);
}
