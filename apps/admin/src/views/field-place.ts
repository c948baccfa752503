import type { Locale } from '@org/domain';
import { labelOf } from '../forms/field-label.js';
import { parsePath } from '../forms/form-paths.js';
import { t } from '../i18n.js';

const WORDS = {
  pl: { item: 'punkt', person: 'osoba', row: 'wiersz', moderator: 'moderator' },
  en: { item: 'item', person: 'person', row: 'row', moderator: 'moderator' },
} as const;

/**
 * Where a form field sits, in the words the form shows: "Program, punkt 2, osoba 1" for
 * `agenda[1].people[0].role`, "Partnerzy, wiersz 1" for `partners[0].role`; empty for a top-level field.
 * Staff read it before a label that many fields share ("Opis"), in the error summary and on the page
 * that gives back what was typed after the session ended.
 *
 * @example
 * fieldPlace('agenda[1].people[0].description', 'pl') // 'Program, punkt 2, osoba 1'
 */
export function fieldPlace(name: string, locale: Locale): string {
  const path = parsePath(name);
  if (!path) return '';
  const words = WORDS[locale];
  const where: string[] = [];
  path.forEach((segment, i) => {
    const index = path[i + 1];
    if (typeof segment !== 'string') return;
    if (typeof index === 'number') {
      if (segment === 'agenda') where.push(t(locale, 'agenda'), `${words.item} ${index + 1}`);
      else if (segment === 'people') where.push(`${words.person} ${index + 1}`);
      else where.push(`${labelOf(segment, locale)}, ${words.row} ${index + 1}`);
    } else if (segment === 'moderator' && i < path.length - 1) where.push(words.moderator);
  });
  return where.join(', ');
}

/**
 * A field's label after its place: "Program, punkt 2, osoba 1 — Funkcja"; the bare label at the top level. A dash,
 * not a colon, parts them: a message after the label follows its own colon ("… — Opis: to pole jest wymagane.").
 */
export function placedLabel(name: string, locale: Locale): string {
  const where = fieldPlace(name, locale);
  const label = labelOf(name, locale);
  return where ? `${where} — ${label}` : label;
}
