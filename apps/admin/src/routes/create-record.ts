import { FIELD_LABELS, type Locale, type UniqueViolationError } from '@org/domain';
import type { EntityDef } from '../forms/entities.js';
import { tf } from '../i18n.js';
import { type AdminStore, listFilter, type StoredRecord } from '../store-contract.js';

/** A record without the given key (a slug made only for validating). */
export const without = <T extends Record<string, unknown>>(value: T, key: string): T => {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
};

/**
 * The form field and the Polish (or English) message for a unique value that is taken, naming the
 * record that holds it: "Adres (slug) „x” jest już zajęty przez „Fundacja…”".
 */
export async function uniqueFieldMessage(
  store: AdminStore,
  def: EntityDef,
  err: UniqueViolationError,
  locale: Locale,
): Promise<[field: string, message: string]> {
  const repo = store[def.route];
  let holder: StoredRecord | null | undefined = null;
  if (err.field === 'slug') holder = await repo.getBySlug(err.value);
  else if (err.field === 'terc' && def.kind === 'authority')
    holder = (await store.authorities.list({ filter: listFilter({ terc: err.value }), limit: 1 })).items[0];
  const name = holder ? def.display(holder) || holder.id : '';
  if (err.field === 'slug') return ['slug', tf(locale, name ? 'slugTakenBy' : 'slugTaken', { value: err.value, name })];
  if (err.field === 'terc' && name) return ['terc', tf(locale, 'tercTakenBy', { value: err.value, name })];
  const label = FIELD_LABELS[err.field]?.[locale] ?? err.field;
  return [err.field, tf(locale, 'uniqueTaken', { field: label, value: err.value })];
}
