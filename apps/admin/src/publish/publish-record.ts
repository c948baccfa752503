import type { Locale } from '@org/domain';
import type { AppDeps } from '../app-env.js';
import type { EntityDef } from '../forms/entities.js';
import { tf } from '../i18n.js';
import type { StoredRecord } from '../store-contract.js';
import type { ComplianceLine } from './compliance.js';

/**
 * Publishes a record: status `published`, `publishedAt` now, no status note (the store audits the publication), and,
 * when problems were overridden, an audit entry for the override with the problems and the reason (required: a
 * funding statement left out is a legal matter), in the language of whoever overrode them.
 */
export async function publishRecord(
  deps: AppDeps,
  def: EntityDef,
  record: StoredRecord,
  actorId: string | null,
  at: Date,
  override?: { problems: ComplianceLine[]; note: string; locale: Locale },
): Promise<StoredRecord> {
  // A cancelled or postponed event published again is on again: its old status note would contradict it.
  const { version, createdAt: _c, updatedAt: _u, statusNote: _n, ...value } = record;
  // The route asks for the reason; publishing past the check without one would be a bug.
  if (override && override.note.trim() === '') throw new Error(`Override of ${def.kind} ${record.id} without a reason`);
  const note = override
    ? tf(override.locale, 'noteOverride', {
        reason: override.note,
        problems: override.problems.map((p) => p.message).join(' | '),
      }).slice(0, 2000)
    : undefined;
  const saved = await deps.store[def.route].update(
    record.id,
    version,
    { ...value, status: 'published', publishedAt: at.toISOString() },
    { userId: actorId, ...(note ? { note } : {}) },
  );
  // The store audits the publication itself (a change of status to published is a `publish` entry,
  // with the actor given above); only an override needs an entry of its own.
  if (override && note)
    await deps.store.audit.record({
      actorId,
      action: 'override',
      entity: def.kind,
      entityId: record.id,
      before: null,
      after: { problems: override.problems },
      note,
    });
  return saved;
}
