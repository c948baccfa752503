import { AGENDA_KIND_LABELS, type AgendaItem, itemHeading, type Locale } from '@org/domain';
import { t } from '../i18n.js';

/**
 * An agenda item's heading as the website and the exports write it (`itemHeading`): "Panel: Sprawny urząd",
 * but "Wprowadzenie" for an introduction titled "Wprowadzenie", "Przerwa" for a break without a title, and
 * "Nowy punkt" while no kind is chosen.
 * The server's form and the browser's agenda editor both head items with it, so a heading follows the kind
 * chosen in the item's select. It comes from @org/domain, not @org/formats: the browser bundle would
 * otherwise carry the spreadsheet and document writers, megabytes of them.
 *
 * @example
 * agendaItemHeading({ kind: 'break' }, 'pl') // 'Przerwa'
 */
export function agendaItemHeading(item: { kind?: unknown; title?: unknown }, locale: Locale): string {
  const title = typeof item.title === 'string' && item.title.trim() ? item.title : undefined;
  if (typeof item.kind === 'string' && Object.hasOwn(AGENDA_KIND_LABELS, item.kind))
    return itemHeading({ kind: item.kind, ...(title ? { title } : {}) } as AgendaItem, locale);
  return title ? `${t(locale, 'newItem')}: ${title}` : t(locale, 'newItem');
}
