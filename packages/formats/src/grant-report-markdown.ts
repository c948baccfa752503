import type { Grant } from '@org/domain';
import { type GrantReportOptions, grantReportBlocks, type ReportBlock, type ReportInline } from './grant-report.js';
import { xmlSafe } from './html.js';
import type { WorldIndex } from './world-index.js';

/**
 * Text as literal CommonMark inline content: every character Markdown could read as syntax is
 * backslash-escaped, line ends become spaces, control characters go. What a reader sees is the text.
 *
 * @example
 * markdownText('<b> & *x* | #1') // '\\<b\\> \\& \\*x\\* \\| \\#1'
 */
export function markdownText(text: string): string {
  return (
    xmlSafe(text)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/[\\`*_{}[\]<>#|&~]/g, (c) => `\\${c}`)
      // Only at the start of a block do these open a list, a heading underline or an ordered item.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
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
