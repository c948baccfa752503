import type { Grant } from '@org/domain';
import { type GrantReportOptions, grantReportBlocks, type ReportBlock, type ReportInline } from './grant-report.js';
import { xmlSafe } from './html.js';
import type { WorldIndex } from './world-index.js';

/**
 * Text as literal CommonMark inline content: every character Markdown could read as syntax there is
 * backslash-escaped, line ends become spaces, control characters go. What a reader sees is the text, and
 * the file opened in a text editor shows no backslash that Markdown did not need ("01.04.2026",
 * "#Mazowszepomaga", "Koło & Spółka" stay as they are).
 *
 * @example
 * markdownText('<b> &amp; *x* | # 1') // '\\<b> \\&amp; \\*x\\* \\| # 1'
 * markdownText('01.04.2026 #Mazowszepomaga & {x}') // '01.04.2026 #Mazowszepomaga & {x}'
 */
export function markdownText(text: string): string {
  return (
    xmlSafe(text)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      // Emphasis, code, links and images, raw HTML and autolinks, table cells, strikethrough, escapes.
      .replace(/[\\`*_[\]<|~]/g, (c) => `\\${c}`)
      // An entity or character reference ("&amp;", "&#261;") would be read as the character it names.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // Only at the start of a block: a heading ("# " to "###### "), a block quote (">"), a list item ("- ",
      // "+ ", "1. ", "1) "), a thematic break ("---"), a setext underline ("=").
      .replace(/^(?:#(?=#{0,5}(?:[ \t]|$))|>|[-+](?=[- \t]|$)|=)/, '\\$&')
      .replace(/^(\d+)([.)])(?=[ \t]|$)/, '$1\\$2')
  );
}

const inline = (part: ReportInline): string => {
  if (typeof part === 'string') return markdownText(part);
  if ('bold' in part) return `**${markdownText(part.bold.trimEnd())}**${part.bold.endsWith(' ') ? ' ' : ''}`;
  if ('link' in part) return `<${part.link.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return `_\\[${markdownText(part.blank)}\\]_`;
};
const inlines = (parts: readonly ReportInline[]) => parts.map(inline).join('');

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${markdownText(b.text)}`;
    case 'paragraph':
      return inlines(b.content);
    case 'list':
      return b.items.map((item) => `- ${inlines(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(b.header.map(markdownText)),
        row(b.header.map(() => '---')),
        ...b.rows.map((r) => row(r.map(inlines))),
      ].join('\n');
    }
  }
}

/**
 * The grant report draft (sprawozdanie, Dz.U. 2018 poz. 2057 zał. 5) as CommonMark with GFM tables:
 * figures from `grantReportFigures`, each funded event's agenda, amounts known, and `_[do uzupełnienia]_`
 * wherever people must fill in. Every piece of data is escaped, so titles show as written.
 *
 * @example
 * grantReportMarkdown(seedGrant, index, { locale: 'pl', siteUrl }).split('\n')[0]
 * // '# Sprawozdanie z wykonania zadania publicznego'
 */
export function grantReportMarkdown(grant: Grant, world: WorldIndex, options: GrantReportOptions): string {
  return `${grantReportBlocks(grant, world, options).map(block).join('\n\n')}\n`;
}
