import type { Locale } from '@org/domain';
import type { AppDeps } from '../app-env.js';
import type { EntityDef } from '../forms/entities.js';
import { tf } from '../i18n.js';
import type { StoredRecord } from '../store-contract.js';
import type { ComplianceLine } from './compliance.js';

/** What overriding the check's problems leaves in the audit log: the problems, and the reason (required). */
export interface CheckOverride {
  problems: ComplianceLine[];
  note: string;
  locale: Locale;
}

/** The audit note of an override, in the language of whoever overrode the problems; `key` says what was done. */
export const overrideNote = (override: CheckOverride, key: 'noteOverride' | 'noteOverrideSave' = 'noteOverride') =>
  tf(override.locale, key, {
    reason: override.note,
    problems: override.problems.map((p) => p.message).join(' | '),
  }).slice(0, 2000);

/**
 * The audit entry of an override of the check before publishing, beside the store's own entry of the write: the
 * problems overridden and the reason, as publishing and saving a public record past the check both leave it.
 */
export async function auditOverride(
  deps: AppDeps,
  def: EntityDef,
  id: string,
  actorId: string | null,
  override: CheckOverride,
  note: string,
): Promise<void> {
  await deps.store.audit.record({
    actorId,
    action: 'override',
    entity: def.kind,
    entityId: id,
    before: null,
    after: { problems: override.problems },
    note,
  });
}

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
  override?: CheckOverride,
): Promise<StoredRecord> {
  // A cancelled or postponed event published again is on again: its old status note would contradict it.
  const { version, createdAt: _c, updatedAt: _u, statusNote: _n, ...value } = record;
  // The route asks for the reason; publishing past the check without one would be a bug.
  if (override && override.note.trim() === '') throw new Error(`Override of ${def.kind} ${record.id} without a reason`);
  const note = override ? overrideNote(override) : undefined;
  // A record public since it was published (published, or an event cancelled or postponed since) keeps its date:
  // "Publish" clicked again must not move a post to the top of the news and the feeds as if it were new.
  const publishedAt =
    record.status !== undefined && record.status !== 'draft' && typeof record.publishedAt === 'string'
      ? record.publishedAt
      : at.toISOString();
  const saved = await deps.store[def.route].update(
    record.id,
    version,
    { ...value, status: 'published', publishedAt },
    { userId: actorId, ...(note ? { note } : {}) },
  );
  // The store audits the publication itself (a change of status to published is a `publish` entry,
  // with the actor given above); only an override needs an entry of its own.
  if (override && note) await auditOverride(deps, def, record.id, actorId, override, note);
  return saved;
}
