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
  /** Headings move down this many levels (default 1), so a body never competes with its page's or item's title. */
  headingOffset?: number;
  /**
   * Resolves relative links and images against this absolute URL (the page the text belongs to), as a
   * browser does on that page. Feeds need it: readers resolve relative links against anything or nothing.
   */
  baseUrl?: string;
}

function rewrite(tokens: Token[], options: MarkdownHtmlOptions): void {
  const offset = options.headingOffset ?? 1;
  for (const token of tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[1-6]$/.test(token.tag))
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
    if (token.children) rewrite(token.children, options);
    const attr = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : undefined;
    const value = attr ? token.attrGet(attr) : null;
    if (!attr || value === null) continue;
    const target = String(value);
    // SAFE_LINK let only absolute http(s)/mailto or site-relative ('/', '#') targets through.
    const absolute = options.baseUrl && /^[/#]/.test(target) ? new URL(target, options.baseUrl).href : target;
    token.attrSet(attr, absolute);
    // External links must not give the opened page a handle on the reader's.
    if (attr === 'href' && /^https?:/i.test(absolute)) token.attrSet('rel', 'noopener noreferrer');
  }
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
  const tokens = md.parse(xmlSafe(source), {});
  rewrite(tokens, options);
  return md.renderer.render(tokens, md.options, {});
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/**
 * The plain text a reader sees of Markdown, whitespace collapsed and cut at a word to `maxLength`
 * (default 300) with an ellipsis: for summaries and descriptions, where markup would show literally.
 *
 * @example
 * markdownToText('- **Co** organizacje\n- [urząd](https://x.pl)') // 'Co organizacje urząd'
 */
export function markdownToText(source: string, maxLength = 300): string {
  const text = md
    .render(xmlSafe(source))
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  // A cut never leaves half of a surrogate pair (an emoji) behind.
  const cut = text.slice(0, maxLength - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
