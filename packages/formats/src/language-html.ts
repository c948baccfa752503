/**
 * Marking the language of parts of an HTML fragment that feeds carry (entry content), where the text of a record
 * in one language sits among labels in another: the English feed shows a Polish event's summary and body under
 * English labels ("When", "Agenda", "Organiser"), and always the funding statement in the agreement's Polish.
 * Internal (not in index.ts).
 *
 * Why `lang` inside the HTML rather than only on the feed's elements: the feed's own marking is per entry at best
 * (Atom `xml:lang` on an element, JSON Feed `language` per item) and per channel in RSS, so a content that mixes
 * two languages can say which is which only inside itself. Screen readers choose their voice by it, browsers
 * their hyphenation, and readers that offer a translation offer it for the part that needs one.
 */
import type { FundingNotice } from './describe.js';
import { escapeXml, xmlSafe } from './html.js';

/**
 * `html` marked as being in `language` when that is not the language of its surroundings (`context`); as given
 * when the two agree, or when it is empty.
 *
 * @example
 * inLanguage('<p>Zażółć</p>', 'pl', 'en') // '<div lang="pl"><p>Zażółć</p></div>'
 * inLanguage('Zażółć', 'pl', 'en', 'span') // '<span lang="pl">Zażółć</span>'
 * inLanguage('<p>Zażółć</p>', 'pl', 'pl') // '<p>Zażółć</p>'
 */
export function inLanguage(html: string, language: string, context: string, tag: 'div' | 'span' = 'div'): string {
  return html === '' || language === context ? html : `<${tag} lang="${escapeXml(language)}">${html}</${tag}>`;
}

/**
 * Plain text as inline HTML (inside a paragraph): escaped, its line ends as `<br>`.
 *
 * @example
 * inlineHtml(' Ala & kot\nDrugi ') // 'Ala &amp; kot<br>Drugi'
 */
export const inlineHtml = (text: string) => escapeXml(xmlSafe(text.trim())).replace(/\n/g, '<br>');

/**
 * The lines of a funding notice as HTML, in an output in `context`: the Polish statement word for word (marked
 * Polish outside a Polish context), its translation in the output's language, then the hashtags, which are in
 * no language. The same lines `fundingNoticeText` writes as text.
 *
 * @example
 * noticeHtmlLines({ grantId: 'g', statement: 'Zadanie publiczne…', translation: 'Public task…', hashtags: ['Mazowszepomaga'] }, 'en')
 * // ['<span lang="pl">Zadanie publiczne…</span>', 'Public task…', '#Mazowszepomaga']
 */
export function noticeHtmlLines(notice: FundingNotice, context: string): string[] {
  const lines = [inLanguage(inlineHtml(notice.statement), 'pl', context, 'span')];
  if (notice.translation) lines.push(inlineHtml(notice.translation));
  if (notice.hashtags.length) lines.push(inlineHtml(notice.hashtags.map((h) => `#${h}`).join(' ')));
  return lines;
}

/**
 * Text made of pieces, each in a language or in none (labels, punctuation, times, people's names): what a line of
 * an event's description is when it mixes the output's labels with a record's words ("Panellists: " then an
 * organisation's Polish name). Written as plain text (`markedText`) where a format cannot mark parts (iCalendar,
 * JSON-LD, tables), as HTML with `lang` where it can (`markedHtml`).
 */
export type Marked = readonly MarkedPiece[];

/** One piece of `Marked` text: its text, and its language when it has one. */
export interface MarkedPiece {
  text: string;
  lang?: string;
}

/**
 * The plain text of `Marked` pieces.
 *
 * @example
 * markedText([{ text: 'Organiser: ' }, { text: 'Fundacja', lang: 'pl' }]) // 'Organiser: Fundacja'
 */
export const markedText = (marked: Marked): string => marked.map((p) => p.text).join('');

/**
 * `Marked` pieces as inline HTML in an output in `context`: each escaped, line ends as `<br>`, a piece in another
 * language than `context` in a `<span lang>`; neighbouring pieces in one language share one span.
 *
 * @example
 * markedHtml([{ text: 'Organiser: ' }, { text: 'Fundacja & Co', lang: 'pl' }], 'en') // 'Organiser: <span lang="pl">Fundacja &amp; Co</span>'
 * markedHtml([{ text: 'Organizator: ' }, { text: 'Fundacja', lang: 'pl' }], 'pl') // 'Organizator: Fundacja'
 */
export function markedHtml(marked: Marked, context: string): string {
  let html = '';
  let run = '';
  let runLang: string | undefined;
  const flush = () => {
    html += runLang === undefined ? run : inLanguage(run, runLang, context, 'span');
    run = '';
  };
  for (const piece of marked) {
    if (piece.text === '') continue;
    const lang = piece.lang === context ? undefined : piece.lang;
    if (lang !== runLang) flush();
    runLang = lang;
    run += escapeXml(xmlSafe(piece.text)).replace(/\n/g, '<br>');
  }
  flush();
  return html;
}
