import { AGENDA_FIELDS, type EntityDef, entityByRoute, type RefTarget, SPEAKER_FIELDS } from '../forms/entities.js';
import { type AdminStore, sortField } from '../store-contract.js';
import type { RefOptions } from '../views/field-control.js';

/** How many records a relation select offers before staff search (the bundle searches the rest). */
export const REF_OPTION_LIMIT = 200;

/** The relation targets a form of `def` needs. */
export function refTargets(def: EntityDef): Set<RefTarget> {
  const fields = [
    ...def.fields,
    ...def.groups.flatMap((g) => g.fields),
    ...(def.agenda ? [...AGENDA_FIELDS, ...SPEAKER_FIELDS] : []),
  ];
  return new Set(fields.flatMap((f) => (f.ref ? [f.ref] : [])));
}

/** The options of every relation select of a form, labelled as lists show them. */
export const loadRefOptions = (store: AdminStore, def: EntityDef): Promise<RefOptions> =>
  optionsFor(store, refTargets(def));

/** The options of the relation filters of a list (a grant's funder, a cooperation's organisation…). */
export const loadFilterOptions = (store: AdminStore, def: EntityDef): Promise<RefOptions> =>
  optionsFor(store, new Set(def.filters.flatMap((f) => (f.ref ? [f.ref] : []))));

async function optionsFor(store: AdminStore, targets: Set<RefTarget>): Promise<RefOptions> {
  const out: RefOptions = {};
  for (const target of targets) {
    const targetDef = entityByRoute(target);
    if (!targetDef) continue;
    // In the order of the kind's list, which is also which records come first: by what a record is called,
    // in Polish collation, a person by family name and then given name ("Abacka Żaneta" before "Lis Zofia").
    const page = await store[target].list({ limit: REF_OPTION_LIMIT, sort: { field: sortField('name') } });
    out[target] = page.items.map((r) => ({ id: r.id, label: targetDef.display(r) || r.id }));
  }
  return out;
}

/**
 * The display names of the records that `records` of `def` point at through `def.namesFrom` (a
 * cooperation record's authority and organisation), by id; empty for kinds named by their own fields.
 */
export async function displayNames(
  store: AdminStore,
  def: EntityDef,
  records: readonly Record<string, unknown>[],
): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const name of def.namesFrom ?? []) {
    const target = def.fields.find((f) => f.name === name)?.ref;
    const targetDef = target ? entityByRoute(target) : undefined;
    if (!target || !targetDef) continue;
    for (const id of new Set(records.map((r) => r[name]).filter((v): v is string => typeof v === 'string'))) {
      if (id in names) continue;
      const record = await store[target].get(id);
      if (record) names[id] = targetDef.display(record) || id;
    }
  }
  return names;
}
