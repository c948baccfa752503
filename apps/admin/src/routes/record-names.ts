import type { AuditEntry, EntityKind, Locale } from '@org/domain';
import { type EntityDef, entityByKind, entityByRoute, type RefTarget } from '../forms/entities.js';
import type { AdminStore } from '../store-contract.js';
import { referencedIds } from '../views/readable-values.js';
import { staffName } from '../views/staff-name.js';
import { displayNames } from './ref-options.js';

/** What the audit log and the conflict page name records by: display names by id, and which records still exist. */
export interface RecordNames {
  names: Record<string, string>;
  /** Ids of the records that can still be opened (a deleted one is named from its last snapshot, unlinked). */
  live: Set<string>;
}

/**
 * Loads, through the store, the display names of the records `values` point at (organiser, venue,
 * grants, speakers…), each read once. A record that no longer exists gets no name: the view says so.
 */
export async function loadRecordNames(
  store: AdminStore,
  values: readonly unknown[],
  into: RecordNames = { names: {}, live: new Set() },
): Promise<RecordNames> {
  const seen = new Set<string>();
  for (const { target, id } of values.flatMap((v) => referencedIds(v))) {
    if (seen.has(id) || id in into.names) continue;
    seen.add(id);
    await nameRecord(store, target, id, into);
  }
  return into;
}

async function nameRecord(
  store: AdminStore,
  target: RefTarget | EntityDef['route'],
  id: string,
  into: RecordNames,
): Promise<void> {
  const def = entityByRoute(target);
  const record = def ? await store[target].get(id) : null;
  if (!def || !record) return;
  into.names[id] = def.display(record, await displayNames(store, def, [record])) || id;
  into.live.add(id);
}

/**
 * The names the audit table needs: of the staff who made the entries ("Anna Nowak <anna@…>"), of the
 * records they changed (now, or as their last snapshot says when deleted), and of every record their
 * before and after point at.
 */
export async function auditNames(
  store: AdminStore,
  entries: readonly AuditEntry[],
  locale: Locale,
): Promise<RecordNames> {
  const out: RecordNames = { names: {}, live: new Set() };
  for (const id of new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))) {
    const user = await store.users.get(id);
    if (user) out.names[id] = staffName(user, locale);
  }
  const tried = new Set<string>();
  for (const e of entries) {
    if (tried.has(e.entityId)) continue;
    tried.add(e.entityId);
    await nameEntity(store, e.entity, e.entityId, out, locale);
    if (!out.live.has(e.entityId) && !(e.entityId in out.names)) {
      // Deleted: the name it had, from what the entry (or its newest snapshot) says of it.
      const def = entityByKind(e.entity);
      const snapshot = [e.after, e.before].find((v) => typeof v === 'object' && v !== null) as
        | Record<string, unknown>
        | undefined;
      const name = !snapshot
        ? undefined
        : def
          ? def.display(snapshot)
          : typeof snapshot.name === 'string'
            ? snapshot.name
            : undefined;
      if (name) out.names[e.entityId] = name;
    }
  }
  return loadRecordNames(
    store,
    entries.flatMap((e) => [e.before, e.after]),
    out,
  );
}

async function nameEntity(
  store: AdminStore,
  kind: EntityKind,
  id: string,
  into: RecordNames,
  locale: Locale,
): Promise<void> {
  if (kind === 'user') {
    const user = await store.users.get(id);
    if (user) {
      into.names[id] = staffName(user, locale);
      into.live.add(id);
    }
    return;
  }
  const def = entityByKind(kind);
  if (def) await nameRecord(store, def.route, id, into);
}
