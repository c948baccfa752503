import { FIELD_LABELS, type Locale, UniqueViolationError, ValidationError } from '@org/domain';
import type { EntityDef } from '../forms/entities.js';
import { tf } from '../i18n.js';
import { type Actor, type AdminRepository, type AdminStore, listFilter, type StoredRecord } from '../store-contract.js';

/** A record without the given key (a slug made only for validating). */
export const without = <T extends Record<string, unknown>>(value: T, key: string): T => {
  const { [key]: _dropped, ...rest } = value;
  return rest as T;
};

/**
 * Creates a record whose slug staff left empty: the store is given none and picks a free one from the
 * record's name. Where the store has nothing to make one from (a cooperation record that names only
 * its organisation has no text the store's slug source reads), the admin's own `fallbackSlug` is
 * tried, then `-2`, `-3`… until one is free; a refused attempt writes nothing.
 */
export async function createWithFreeSlug(
  repo: AdminRepository,
  value: Record<string, unknown>,
  fallbackSlug: string,
  actor: Actor,
): Promise<StoredRecord> {
  try {
    return await repo.create(without(value, 'slug'), actor);
  } catch (err) {
    if (!(err instanceof ValidationError) || !err.issues.some((i) => i.path === 'slug')) throw err;
  }
  for (let n = 1; ; n++) {
    const slug = n === 1 ? fallbackSlug : `${fallbackSlug.slice(0, 75).replace(/-+$/, '')}-${n}`;
    try {
      return await repo.create({ ...value, slug }, actor);
    } catch (err) {
      if (!(err instanceof UniqueViolationError && err.field === 'slug') || n >= 100) throw err;
    }
  }
}

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
