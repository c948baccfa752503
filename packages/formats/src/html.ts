/**
 * Escapes text for HTML and XML element content and attribute values.
 *
 * @example
 * escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

// XML 1.0 (§2.2) forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates even escaped. Ordinary
// text (line ends, tabs, emoji) must skip the per-character copy below cheaply: the website renders an
// event's Markdown through here on every uncached request. QUICK is one scan of a plain class (it also
// stops at any surrogate, emoji included); SUSPECT then finds exactly the forbidden characters (lone
// surrogates by lookaround). Both without the u flag, which V8 scans several times slower here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const QUICK = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const allowed = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;

/**
 * Removes characters XML 1.0 cannot carry at all (C0 controls other than tab and line ends, lone surrogates).
 *
 * @example
 * xmlSafe('a\u0001b') // 'ab'
 */
export function xmlSafe(text: string): string {
  if (!QUICK.test(text) || !SUSPECT.test(text)) return text;
  let out = '';
  for (const ch of text) if (allowed(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/**
 * Plain text (Markdown source included) as HTML paragraphs: blank lines split paragraphs, single line
 * ends become `<br>`. Nothing is interpreted, so no markup from the text reaches the reader.
 *
 * @example
 * textToHtml('Ala & kot\n\nDrugi') // '<p>Ala &amp; kot</p>\n<p>Drugi</p>'
 */
export function textToHtml(text: string): string {
  return xmlSafe(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
