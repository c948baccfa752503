import MarkdownIt from 'markdown-it';

// Raw HTML is off: Markdown from the database can never inject tags. Links are kept only for
// http(s), mailto and site-relative targets; markdown-it's own validateLink already refuses
// javascript:, vbscript:, file: and most data: URLs, and this narrows it further.
const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const target = String(token?.attrGet('href') ?? '');
  // External links must not give the opened page a handle on ours.
  if (token && /^https?:/i.test(target)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Renders Markdown from the database to HTML that is safe to insert: no raw HTML, no script or
 * `javascript:` links. Headings are shifted down by `headingOffset` so a body never competes with
 * the page's `<h1>`.
 *
 * @example
 * renderMarkdown('**a** <b>x</b>') // '<p><strong>a</strong> &lt;b&gt;x&lt;/b&gt;</p>\n'
 */
export function renderMarkdown(source: string, headingOffset = 1): string {
  const tokens = md.parse(source, {});
  for (const token of tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[1-6]$/.test(token.tag)) {
      const level = Math.min(6, Number(token.tag.slice(1)) + headingOffset);
      token.tag = `h${level}`;
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/** Plain text of Markdown, for descriptions and meta tags (no markup, whitespace collapsed). */
export function markdownToText(source: string, maxLength = 300): string {
  const html = md.render(source);
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
