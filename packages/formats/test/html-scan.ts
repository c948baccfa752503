/**
 * What a browser would make of an HTML fragment's markup, enough to check it is harmless: every tag
 * with its attributes (entities decoded), and whatever `<` starts something that is not a plain tag.
 */
export interface ScannedTag {
  name: string;
  attrs: Record<string, string>;
}

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (_, n: string) => {
      const named: Record<string, string> = {
        quot: '"',
        apos: "'",
        lt: '<',
        gt: '>',
        amp: '&',
        colon: ':',
        tab: '\t',
        newline: '\n',
      };
      return named[n.toLowerCase()] ?? '';
    });

export function scanHtml(html: string): { tags: ScannedTag[]; stray: string[] } {
  const tags: ScannedTag[] = [];
  const stray: string[] = [];
  for (const m of html.matchAll(/<[^>]*>?/g)) {
    const tag = /^<\/?([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<]*")?)*)\s*\/?>$/i.exec(m[0]);
    if (!tag) {
      stray.push(m[0]);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (tag[2] ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/gi))
      attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    tags.push({ name: tag[1]!.toLowerCase(), attrs });
  }
  return { tags, stray };
}

const SAFE_TAGS = new Set([
  'p',
  // Containers feeds mark a part's language with (`lang`).
  'div',
  'span',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'a',
  'img',
  'code',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const SAFE_ATTRS = new Set(['href', 'src', 'alt', 'title', 'rel', 'start', 'style', 'class', 'lang']);

/** The problems of a fragment meant to be shown to readers: script, handlers, unsafe URLs, stray markup. */
export function unsafeHtml(html: string): string[] {
  const { tags, stray } = scanHtml(html);
  const problems = stray.map((s) => `stray markup ${s}`);
  for (const { name, attrs } of tags) {
    if (!SAFE_TAGS.has(name)) problems.push(`tag <${name}>`);
    for (const [attr, value] of Object.entries(attrs)) {
      if (!SAFE_ATTRS.has(attr)) problems.push(`attribute ${attr} on <${name}>`);
      // Browsers ignore whitespace and control characters inside a scheme.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\s\p{Cc}]/gu, ''))?.[1]?.toLowerCase();
      if ((attr === 'href' || attr === 'src') && scheme && !['http', 'https', 'mailto'].includes(scheme))
        problems.push(`${scheme}: URL in ${attr} of <${name}>`);
      if ((attr === 'href' || attr === 'src') && /^\s*[/\\]{2}/.test(value))
        problems.push(`protocol-relative ${attr} of <${name}>`);
      if (attr === 'style' && /url\(|expression/i.test(value)) problems.push(`style ${value}`);
    }
  }
  return problems;
}
