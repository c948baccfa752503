import { FIELD_LABELS, type Locale, type UniqueViolationError } from '@org/domain';
import type { EntityDef } from '../forms/entities.js';
import { tf, type UiKey } from '../i18n.js';
import { type AdminStore, listFilter, type StoredRecord } from '../store-contract.js';
import { sameNameKey } from './ref-options.js';

/** A record without the given key (a slug made only for validating). */
export const without = <T extends Record<string, unknown>>(value: T, key: string): T => {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
};

/**
 * The form field and the Polish (or English) message for a unique value that is taken, naming the
 * record that holds it: "Adres strony w serwisie „x” jest już zajęty przez „Fundacja…”".
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

/** Kinds whose new records are checked for a live record of the same name before they are created. */
export const SAME_NAME_CHECKED: ReadonlySet<EntityDef['kind']> = new Set(['organization', 'venue', 'person']);

/** The words that open the question about a record of the same name: „Istnieje już organizacja o tej nazwie:”. */
export const duplicateWords = (def: EntityDef): UiKey =>
  def.kind === 'person' ? 'duplicatePerson' : def.kind === 'venue' ? 'duplicateVenue' : 'duplicateOrganization';

/**
 * Whether a create post says to save despite a live record of the same name: the box the question
 * offers (`confirmDuplicate=1`), on the create page and in a picker's inline form alike.
 */
export const duplicateConfirmed = (entries: Iterable<readonly [string, unknown]>): boolean => {
  for (const [k, v] of entries) if (k === 'confirmDuplicate' && v === '1') return true;
  return false;
};

/**
 * A live record of `def`'s kind named as `value` is (case and Polish diacritics aside), or undefined:
 * two "Fundacja Łąka" records are most often one entered twice, so staff are asked before a second is made.
 */
export async function sameNameRecord(
  store: AdminStore,
  def: EntityDef,
  value: Record<string, unknown>,
): Promise<StoredRecord | undefined> {
  if (!SAME_NAME_CHECKED.has(def.kind)) return undefined;
  const name = def.display(value);
  if (!sameNameKey(name)) return undefined;
  const page = await store[def.route].list({ search: name, limit: 50 });
  return page.items.find((r) => sameNameKey(def.display(r)) === sameNameKey(name));
}
