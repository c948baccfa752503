/**
 * Text as HTML, for the views that build their markup as strings (the layout, an event's agenda):
 * escaped exactly as hono/jsx escapes text and attribute values (`&`, `<`, `>`, `"`, `'`, with the same
 * entities), so that a view moved from JSX to a string writes the same bytes.
 */

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value as HTML.
 *
 * @example
 * escapeHtml('Koło „Razem” & <Spółka>') // 'Koło „Razem” &amp; &lt;Spółka&gt;'
 */
export const escapeHtml = (text: string): string =>
  // Most text has nothing to escape: one test, and the string itself back.
  SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c] as string) : text;

/**
 * An attribute with the space before it, as hono/jsx writes it (` lang="pl"`), or nothing when there
 * is no value.
 *
 * @example
 * attribute('lang', 'pl') // ' lang="pl"'
 * attribute('lang', undefined) // ''
 */
export const attribute = (name: string, value: string | undefined): string =>
  value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;
