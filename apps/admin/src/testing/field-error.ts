/** An attribute's or an element's text as a browser reads it: hono/jsx escapes these five characters. */
export const htmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const regexpText = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The message a form shows beside the field whose input has the id `id` (`<p class="error" id="{id}-error">`),
 * as a reader reads it; null when there is none. The id is matched as written (`f-agenda[0].kind` too).
 *
 * @example
 * fieldErrorOf('<p class="error" id="f-title-error">Tytuł: to pole jest wymagane.</p>', 'f-title') // 'Tytuł: to pole jest wymagane.'
 */
export function fieldErrorOf(html: string, id: string): string | null {
  const m = new RegExp(`<p class="error" id="${regexpText(id)}-error"[^>]*>([^<]*)</p>`).exec(html);
  return m ? htmlText(m[1] ?? '') : null;
}

/** Every field message of a record form (`f-` ids), by the field's id without its `f-`. */
export function fieldErrors(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<p class="error" id="f-([^"]*)-error"[^>]*>([^<]*)<\/p>/g)].map((m) => [
      m[1] ?? '',
      htmlText(m[2] ?? ''),
    ]),
  );
}
