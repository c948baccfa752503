import type { AgendaItem } from './agenda.js';
import { AGENDA_KIND_LABELS } from './labels.js';
import type { Locale } from './validation.js';

// Polish and English have no language-specific case mappings, so toLowerCase is the right fold.
const LOWER_KIND_LABELS = Object.fromEntries(
  Object.entries(AGENDA_KIND_LABELS).map(([kind, l]) => [kind, { pl: l.pl.toLowerCase(), en: l.en.toLowerCase() }]),
) as Record<AgendaItem['kind'], Record<Locale, string>>;
const KIND_SEPARATOR = /^[\s:,.–—-]/;

/**
 * An agenda item's heading in text: its kind and title ("Panel: Sprawny urząd…"), or only the title
 * when it says the kind itself ("Wprowadzenie", "Dyskusja w grupach"), or only the kind when it has
 * no title of its own ("Przerwa"). The website's agenda, the exports and the admin's agenda editor all
 * head items with it (the editor in the browser, which is why it lives here and not in @org/formats).
 *
 * @example
 * itemHeading({ kind: 'break', startsAt: '…', endsAt: '…' }, 'pl') // 'Przerwa'
 * itemHeading({ kind: 'introduction', title: 'Wprowadzenie', … }, 'pl') // 'Wprowadzenie'
 * itemHeading({ kind: 'panel', title: 'Sprawny urząd', … }, 'en') // 'Panel: Sprawny urząd'
 */
export function itemHeading(item: Pick<AgendaItem, 'kind'> & { title?: string | undefined }, locale: Locale): string {
  const kind = AGENDA_KIND_LABELS[item.kind][locale];
  const title = item.title?.trim();
  if (!title) return kind;
  const label = LOWER_KIND_LABELS[item.kind][locale];
  const saysKind =
    title.length >= label.length &&
    title.slice(0, label.length).toLowerCase() === label &&
    (title.length === label.length || KIND_SEPARATOR.test(title.charAt(label.length)));
  return saysKind ? title : `${kind}: ${title}`;
}
