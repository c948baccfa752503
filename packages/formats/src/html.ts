/**
 * Escapes text for HTML and XML element content and attribute values.
 *
 * @example
 * escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

// XML 1.0 forbids most C0 controls and lone surrogates even escaped; they never carry meaning in our texts.
// Built from a string: the pattern lists control characters on purpose, which a regex literal lint forbids.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes characters XML 1.0 cannot carry at all (C0 controls other than tab and line ends, lone surrogates).
 *
 * @example
 * xmlSafe('a\u0001b') // 'ab'
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
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
