import { ValidationError } from '@org/domain';
import MarkdownIt from 'markdown-it';
import { xmlSafe } from './html.js';

// One renderer for the website's pages (@org/site) and the feeds, so that a body reads the same in a
// feed as on its page: raw HTML off, so Markdown from the database never injects tags; links and
// images only to http(s), mailto and site-relative targets. markdown-it's own validateLink already
// refuses javascript:, vbscript:, file: and most data: URLs; this narrows it further. One instance for
// the process: the website renders an event's body on every uncached request.
const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

type Token = ReturnType<typeof md.parse>[number];

/** Options of `markdownToHtml`. */
export interface MarkdownHtmlOptions {
  /**
   * The level the body's highest heading takes (default 2: a body stands under its page's or item's
   * `<h1>`); the body's other heading levels follow it in order without gaps, so the page's outline
   * never skips a level (h1 then h3) whatever levels the author used. Capped at 6.
   */
  headingLevel?: number;
  /**
   * Resolves relative links and images against this absolute URL (the page the text belongs to), as a
   * browser does on that page. Feeds need it: readers resolve relative links against anything or nothing.
   */
  baseUrl?: string;
}

// A relative link's absolute form, resolved as a browser would: the one WHATWG URL parse per link that
// cannot be avoided. SAFE_LINK let only absolute http(s)/mailto or site-relative ('/', '#') targets through.
const RELATIVE = /^[/#]/;
const HTTP = /^https?:/i;
const HEADING_TAG = /^h[1-6]$/;

/**
 * The new tag of each heading level the tokens use: the highest level used becomes `top`, the next
 * one used `top + 1` and so on (at most h6). Headings are block tokens, never inline children.
 */
function headingTags(tokens: readonly Token[], top: number): (string | undefined)[] {
  const used: boolean[] = [];
  for (const token of tokens)
    if (token.type === 'heading_open' && HEADING_TAG.test(token.tag)) used[Number(token.tag.slice(1))] = true;
  const tags: (string | undefined)[] = [];
  let next = top;
  for (let level = 1; level <= 6; level++)
    if (used[level]) {
      tags[level] = `h${Math.min(6, next)}`;
      next++;
    }
  return tags;
}

function headingLevel(options: MarkdownHtmlOptions): number {
  const top = options.headingLevel ?? 2;
  if (!Number.isInteger(top) || top < 1 || top > 6)
    throw new ValidationError(`@org/formats: options.headingLevel must be an integer from 1 to 6, got ${String(top)}`, [
      { path: 'headingLevel', field: 'headingLevel', code: 'range', message: 'not an integer from 1 to 6' },
    ]);
  return top;
}

function rewrite(tokens: Token[], options: MarkdownHtmlOptions, tags: readonly (string | undefined)[]): void {
  for (const token of tokens) {
    const type = token.type;
    if ((type === 'heading_open' || type === 'heading_close') && HEADING_TAG.test(token.tag))
      token.tag = tags[Number(token.tag.slice(1))] ?? token.tag;
    if (token.children) rewrite(token.children, options, tags);
    const attr = type === 'link_open' ? 'href' : type === 'image' ? 'src' : undefined;
    if (!attr) continue;
    const value = token.attrGet(attr);
    if (value === null) continue;
    const target = String(value);
    const absolute = options.baseUrl && RELATIVE.test(target) ? new URL(target, options.baseUrl).href : target;
    token.attrSet(attr, absolute);
    // External links must not give the opened page a handle on the reader's.
    if (attr === 'href' && HTTP.test(absolute)) token.attrSet('rel', 'noopener noreferrer');
  }
}

/*
 * Plain text: paragraphs (split by one blank line, an optional final line end) made only of Latin
 * letters (Polish ones included), combining marks, digits, spaces and punctuation that opens no
 * Markdown construct, starting with a letter, an opening quote or a parenthesis (so no list, heading,
 * code block or rule) and not ending in a space (which markdown-it would trim), with nothing linkify
 * would link. markdown-it turns such a paragraph into itself, `"` escaped, which markdown.test.ts proves
 * with fast-check against markdown-it; bodies often are just that, and the website renders an event's
 * body on every uncached request. Other scripts take the full path: correct, only slower. The class is
 * ranges of code units without the u flag, 15x faster in V8 than \p{L} (0.12 µs for 120 characters).
 */
// A search for the first character that is not plain, which stops there (an anchored pattern would
// backtrack over every plain character before it: 6 µs on a 2 kB post whose list starts late).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are matched as code units on purpose (a letter then its mark).
const NOT_PLAIN = /[^A-Za-z0-9\u00C0-\u024F\u0300-\u036F ,.;:?!'"„”“‘’«»()/%–—-]/;
const PLAIN_START = /^[A-Za-z\u00C0-\u024F„“‘«(]/;
// markdown-it configures linkify-it with fuzzyLink off: it links only after a scheme ("https:", "mailto:",
// "//") or around an "@" (which the class above refuses), so text without ":" or "/" has nothing to link.
const LINK_MARK = /[:/]/;

/** The paragraphs of `source` if it is plain text as above, else undefined. Internal (not in index.ts). */
export function plainParagraphs(source: string): string[] | undefined {
  const body = source.endsWith('\n') ? source.slice(0, -1) : source;
  const paragraphs: string[] = [];
  for (let from = 0; ; ) {
    const end = body.indexOf('\n\n', from);
    const p = end < 0 ? body.slice(from) : body.slice(from, end);
    if (!PLAIN_START.test(p) || p.endsWith(' ') || NOT_PLAIN.test(p)) return undefined;
    paragraphs.push(p);
    if (end < 0) break;
    from = end + 2;
  }
  // Only then, as it costs more: where there is a scheme to link, markdown-it asks linkify-it about the
  // paragraph's text (the same question gets the same answer), and its inline rule links a scheme's
  // "://" even glued to a word ("ŻÓŁĆhttps://…"), which linkify-it's test does not: a ":/" takes the full path.
  for (const p of paragraphs) if (LINK_MARK.test(p) && (p.includes(':/') || md.linkify.test(p))) return undefined;
  return paragraphs;
}

const QUOT = /"/g;

/*
 * Beside plain paragraphs, bodies are often one-line ATX headings ("## O wydarzeniu") and words in
 * `**strong**`: what the generator and the admin's templates write. Such a body takes a path of its own
 * too, where markdown-it provably makes the same of it (markdown.test.ts, fast-check against markdown-it):
 * - a heading is `#` to `######`, one space and plain text (as a plain paragraph's, so no `#` in it);
 * - in a paragraph, `**` opens at its start or after a space, right before a letter, and closes right after
 *   a letter, at its end or before a space or `,.;:?!)”»`: delimiters CommonMark can read only one way
 *   (an opener that cannot close and a closer that cannot open); the rest of it is plain text;
 * - each run of text (between the markers) has nothing linkify would link, as markdown-it asks per run.
 */
const HEADING = /^(#{1,6}) /;
// Letters only: × and ÷ in the middle of the Latin-1 range are symbols, which delimiters treat as punctuation.
const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const AFTER_CLOSER = /^[ ,.;:?!)”»]/;

const plainRun = (text: string) => !NOT_PLAIN.test(text) && !(LINK_MARK.test(text) && md.linkify.test(text));

/** A paragraph of plain text and `**strong**` words as markdown-it renders it, or undefined. */
function strongParagraph(p: string): string | undefined {
  const parts = p.split('**');
  if (parts.length % 2 === 0 || !PLAIN_START.test(p.startsWith('**') ? (parts[1] as string) : p) || p.endsWith(' '))
    return undefined;
  let html = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (!plainRun(part)) return undefined;
    if (i % 2 === 1) {
      if (!LETTER.test(part.charAt(0)) || !LETTER.test(part.charAt(part.length - 1))) return undefined;
      html += `<strong>${part.replace(QUOT, '&quot;')}</strong>`;
      continue;
    }
    // Text before an opener is the paragraph's start or ends in a space; text after a closer is its end
    // or starts with a space or closing punctuation.
    if (i < parts.length - 1 && !(i === 0 ? part === '' || part.endsWith(' ') : part.endsWith(' ') && part !== ' '))
      return undefined;
    if (i > 0 && part !== '' && !AFTER_CLOSER.test(part)) return undefined;
    if (i > 0 && i < parts.length - 1 && part === '') return undefined;
    html += part.replace(QUOT, '&quot;');
  }
  return `<p>${html}</p>\n`;
}

/**
 * A body of one-line headings and paragraphs of plain text and `**strong**` words as HTML, its highest
 * heading at `top`; undefined for any other body. Internal (not in index.ts).
 */
export function simpleHtml(source: string, top: number): string | undefined {
  if (source.includes(':/')) return undefined;
  const body = source.endsWith('\n') ? source.slice(0, -1) : source;
  const blocks: (string | number)[] = [];
  const used: boolean[] = [];
  for (let from = 0; ; ) {
    const end = body.indexOf('\n\n', from);
    const block = end < 0 ? body.slice(from) : body.slice(from, end);
    const heading = HEADING.exec(block);
    if (heading) {
      const level = (heading[1] as string).length;
      const text = block.slice(level + 1);
      if (!PLAIN_START.test(text) || text.endsWith(' ') || !plainRun(text)) return undefined;
      used[level] = true;
      blocks.push(level, text.replace(QUOT, '&quot;'));
    } else {
      const html = strongParagraph(block);
      if (html === undefined) return undefined;
      blocks.push(html);
    }
    if (end < 0) break;
    from = end + 2;
  }
  // The heading levels as headingTags gives them.
  const tags: string[] = [];
  let next = top;
  for (let level = 1; level <= 6; level++) if (used[level]) tags[level] = `h${Math.min(6, next++)}`;
  let html = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string | number;
    if (typeof block === 'number') {
      const tag = tags[block] as string;
      html += `<${tag}>${blocks[++i] as string}</${tag}>\n`;
    } else html += block;
  }
  return html;
}

/**
 * Renders Markdown (post and event bodies) to HTML that is safe to show, on the website's pages and in
 * feeds: no raw HTML, no script, no `javascript:`/`data:`/`vbscript:` links or images (they stay as
 * text). Characters XML cannot carry are dropped, so the result fits RSS and Atom too.
 *
 * @example
 * markdownToHtml('**Ala** <b>x</b> [kot](https://kot.pl)')
 * // '<p><strong>Ala</strong> &lt;b&gt;x&lt;/b&gt; <a href="https://kot.pl" rel="noopener noreferrer">kot</a></p>\n'
 */
export function markdownToHtml(source: string, options: MarkdownHtmlOptions = {}): string {
  const top = headingLevel(options);
  const plain = plainParagraphs(source);
  if (plain) {
    let html = '';
    for (const p of plain) html += `<p>${p.replace(QUOT, '&quot;')}</p>\n`;
    return html;
  }
  return simpleHtml(source, top) ?? renderHtml(source, options);
}

/** markdownToHtml without its plain-text path: what markdown-it makes of the source. Internal (not in index.ts). */
export function renderHtml(source: string, options: MarkdownHtmlOptions = {}): string {
  const tokens = md.parse(xmlSafe(source), {});
  rewrite(tokens, options, headingTags(tokens, headingLevel(options)));
  return md.renderer.render(tokens, md.options, {});
}

/**
 * The text of parsed Markdown as a reader sees it: the text of inline content (markup gone, so "**a**b"
 * is "ab" and "[urząd](…)." is "urząd."), blocks and line breaks apart, code as written, images left out.
 */
function tokensText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        const type = child.type;
        if (type === 'text' || type === 'code_inline') out += child.content;
        else if (type === 'softbreak' || type === 'hardbreak') out += ' ';
      }
    } else if (token.type === 'fence' || token.type === 'code_block') out += ` ${token.content} `;
    else out += ' ';
  }
  return out;
}

const SPACES = /\s+/g;

/**
 * The plain text a reader sees of Markdown, whole and in its blocks: one string per top-level block
 * (paragraph, heading, list, quote, code), whitespace collapsed inside it, each list item on a line of its own
 * after its marker (`- `, `1. `; nested items indented), so a long body stays readable where markup would show
 * literally (a calendar's DESCRIPTION). Internal (not in index.ts): `markdownToText` is the public one-line form.
 */
export function markdownTextBlocks(source: string): string[] {
  const plain = plainParagraphs(source);
  if (plain) return plain.map((p) => (p.includes('  ') ? p.replace(SPACES, ' ') : p));
  const blocks: string[] = [];
  let lines: string[] = [];
  let pending = '';
  const markers: string[] = [];
  const flush = () => {
    const text = pending.replace(SPACES, ' ').trim();
    if (text) lines.push(`${'  '.repeat(Math.max(0, markers.length - 1))}${markers.at(-1) ?? ''}${text}`);
    pending = '';
  };
  for (const token of md.parse(xmlSafe(source), {})) {
    if (token.type === 'list_item_open') {
      flush();
      markers.push(token.info ? `${token.info}${token.markup} ` : '- ');
    } else if (token.type === 'list_item_close') {
      flush();
      markers.pop();
    } else pending += tokensText([token]);
    if (token.level === 0 && token.nesting !== 1) {
      flush();
      if (lines.length) blocks.push(lines.join('\n'));
      lines = [];
    }
  }
  return blocks;
}

/**
 * The plain text a reader sees of Markdown, whitespace collapsed and cut at a word to `maxLength`
 * (default 300) with an ellipsis: for summaries and descriptions, where markup would show literally.
 *
 * @example
 * markdownToText('- **Co** organizacje\n- [urząd](https://x.pl).') // 'Co organizacje urząd.'
 */
export function markdownToText(source: string, maxLength = 300): string {
  const plain = plainParagraphs(source);
  let text: string;
  if (plain) {
    // Plain paragraphs start and end with no space, and their only whitespace is the space.
    text = plain.join(' ');
    if (text.includes('  ')) text = text.replace(SPACES, ' ');
  } else
    text = tokensText(md.parse(xmlSafe(source), {}))
      .replace(SPACES, ' ')
      .trim();
  if (text.length <= maxLength) return text;
  // A cut never leaves half of a surrogate pair (an emoji) behind.
  const cut = text.slice(0, maxLength - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
