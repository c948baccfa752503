import { formatDay, type Locale } from '@org/domain';
import {
  AGENDA_FIELDS,
  type EntityDef,
  entityByRoute,
  type RefScope,
  type RefTarget,
  SPEAKER_FIELDS,
} from '../forms/entities.js';
import { t } from '../i18n.js';
import { type AdminStore, listFilter, type StoredRecord, sortField } from '../store-contract.js';
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

/**
 * Legal forms of the organisations that can fund a public task beside a JST itself (u.d.p.p. art. 5 and 11: an
 * organ of public administration, through its units): a JST's organisational unit (a regional centre for social
 * policy), then another public body. Not an association of JSTs, an NGO or a business.
 */
export const FUNDER_UNIT_FORMS = ['jednostka_samorzadowa', 'instytucja_publiczna'] as const;

const polish = new Intl.Collator('pl');

/**
 * The records of a scope (`RefScope`), searched by `search` when given, in the order a select offers them: for
 * `funderUnits`, local government units (by legal form or a parent authority) first, each part in Polish collation.
 */
export async function scopedRecords(
  store: AdminStore,
  scope: RefScope,
  options: { search?: string; limit: number },
): Promise<StoredRecord[]> {
  const def = entityByRoute('organizations');
  const page = await store.organizations.list({
    ...(options.search ? { search: options.search } : {}),
    filter: listFilter({ legalForm: [...FUNDER_UNIT_FORMS] }),
    sort: { field: sortField('name') },
    limit: options.limit,
  });
  const local = (r: StoredRecord) => r.legalForm === 'jednostka_samorzadowa' || typeof r.parentAuthorityId === 'string';
  const name = (r: StoredRecord) => def?.display(r) || r.id;
  // One scope today; a second one is a case here.
  void scope;
  return [...page.items].sort((a, b) => Number(local(b)) - Number(local(a)) || polish.compare(name(a), name(b)));
}

/** The scopes the relation selects of a form of `def` narrow their records to. */
function refScopes(def: EntityDef): Set<RefScope> {
  return new Set(def.fields.flatMap((f) => (f.refScope ? [f.refScope] : [])));
}

/**
 * The options of every relation select of a form, labelled as lists show them; options that would read
 * the same carry a detail that tells them apart (see `distinguishLabels`).
 */
export async function loadRefOptions(store: AdminStore, def: EntityDef, locale: Locale = 'pl'): Promise<RefOptions> {
  const out = await optionsFor(store, refTargets(def), locale);
  for (const scope of refScopes(def)) {
    const records = await scopedRecords(store, scope, { limit: REF_OPTION_LIMIT });
    const target = def.fields.find((f) => f.refScope === scope)?.ref ?? 'organizations';
    const targetDef = entityByRoute(target);
    const labels = await distinguishLabels(
      store,
      target,
      records,
      records.map((r) => targetDef?.display(r) || r.id),
      locale,
    );
    out[scope] = records.map((r, i) => ({ id: r.id, label: labels[i] ?? r.id }));
  }
  return out;
}

/**
 * A record's current choice in a narrowed select that the scope would not offer now (an organisation chosen as a
 * grant's funder unit before the select was narrowed, or since given another legal form): offered first, by its
 * name and marked as chosen earlier, so saving the form keeps it rather than dropping it unseen.
 */
export async function keepChosen(
  store: AdminStore,
  def: EntityDef,
  refs: RefOptions,
  values: Record<string, unknown>,
  locale: Locale,
): Promise<RefOptions> {
  const out = { ...refs };
  for (const f of def.fields) {
    const id = values[f.name];
    if (!f.refScope || !f.ref || typeof id !== 'string') continue;
    const options = out[f.refScope] ?? [];
    if (options.some((o) => o.id === id)) continue;
    const record = await store[f.ref].get(id);
    if (!record) continue;
    const name = entityByRoute(f.ref)?.display(record) || id;
    out[f.refScope] = [{ id, label: `${name} (${t(locale, 'chosenEarlier')})` }, ...options];
  }
  return out;
}

/** The options of the relation filters of a list (a grant's funder, a cooperation's organisation…). */
export const loadFilterOptions = (store: AdminStore, def: EntityDef, locale: Locale = 'pl'): Promise<RefOptions> =>
  optionsFor(store, new Set(def.filters.flatMap((f) => (f.ref ? [f.ref] : []))), locale);

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * What tells a record apart from another of the same name: a venue's or organisation's city, an event's
 * day, a person's first affiliation ("wiceprezes zarządu, Fundacja X"); empty when there is none.
 */
async function distinguishingDetail(
  store: AdminStore,
  target: RefTarget,
  record: Record<string, unknown>,
  locale: Locale,
): Promise<string> {
  if (target === 'venues' || target === 'organizations' || target === 'authorities') {
    const address = record.address;
    return address && typeof address === 'object' ? str((address as Record<string, unknown>).city) : '';
  }
  if (target === 'events') {
    const startsAt = str(record.startsAt);
    return startsAt ? formatDay(startsAt, str(record.timeZone) || 'Europe/Warsaw', locale) : '';
  }
  if (target === 'people') {
    const affiliations = Array.isArray(record.affiliations) ? record.affiliations : [];
    const first = affiliations.find((a): a is Record<string, unknown> => !!a && typeof a === 'object');
    if (!first) return '';
    const at = str(first.organizationId)
      ? await store.organizations.get(str(first.organizationId))
      : str(first.authorityId)
        ? await store.authorities.get(str(first.authorityId))
        : null;
    return [str(first.role), at ? str(at.name) : ''].filter(Boolean).join(', ');
  }
  return '';
}

/**
 * Adds "(detail)" to the labels that two or more options share, compared as Polish readers would
 * ("Fundacja Łąka" and "fundacja łąka" read the same), so a picker never offers two identical lines.
 * Options with no detail, or the same detail, fall back on their position: "(2)", "(3)".
 */
export async function distinguishLabels(
  store: AdminStore,
  target: RefTarget,
  records: readonly Record<string, unknown>[],
  labels: readonly string[],
  locale: Locale,
): Promise<string[]> {
  const shared = sharedLabels(labels);
  const out = await Promise.all(
    labels.map(async (label, i) => {
      if (!shared.has(sameNameKey(label))) return label;
      const detail = await distinguishingDetail(store, target, records[i] ?? {}, locale);
      return detail ? `${label} (${detail})` : label;
    }),
  );
  // Still alike (no detail, or the same city): number them, so each line can be told from the next.
  const stillShared = sharedLabels(out);
  const seen = new Map<string, number>();
  return out.map((label) => {
    const key = sameNameKey(label);
    if (!stillShared.has(key)) return label;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

/** A name as compared for sameness: case, diacritics and surrounding spaces aside ("Łąka" = "laka"). */
export const sameNameKey = (name: string): string =>
  name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('pl');

function sharedLabels(labels: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(sameNameKey(label), (counts.get(sameNameKey(label)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([key]) => key));
}

async function optionsFor(store: AdminStore, targets: Set<RefTarget>, locale: Locale): Promise<RefOptions> {
  const out: RefOptions = {};
  for (const target of targets) {
    const targetDef = entityByRoute(target);
    if (!targetDef) continue;
    // In the order of the kind's list, which is also which records come first: by what a record is called,
    // in Polish collation, a person by family name and then given name ("Abacka Żaneta" before "Lis Zofia").
    const page = await store[target].list({ limit: REF_OPTION_LIMIT, sort: { field: sortField('name') } });
    const labels = await distinguishLabels(
      store,
      target,
      page.items,
      page.items.map((r) => targetDef.display(r) || r.id),
      locale,
    );
    out[target] = page.items.map((r, i) => ({ id: r.id, label: labels[i] ?? r.id }));
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
