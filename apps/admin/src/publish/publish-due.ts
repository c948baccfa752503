import type { AppDeps } from '../app-env.js';
import { entityByKind } from '../forms/entities.js';
import { complianceCheck } from './compliance.js';
import { publishRecord } from './publish-record.js';

/**
 * Publishes what was scheduled and is due. A record that fails the compliance check is not
 * published: scheduling is no override. Either way the schedule entry is done and the audit says so.
 */
export async function publishDue(deps: AppDeps, now: Date): Promise<{ published: number; refused: number }> {
  let published = 0;
  let refused = 0;
  for (const job of await deps.store.scheduled.due(now.toISOString())) {
    const def = entityByKind(job.entity);
    const record = def ? await deps.store[def.route].get(job.entityId) : null;
    if (def && record) {
      const lines = await complianceCheck(deps.store, job.entity, record, 'pl');
      if (lines.length === 0) {
        await publishRecord(deps, def, record, job.actorId, now);
        published++;
      } else {
        refused++;
        await deps.store.audit.record({
          actorId: job.actorId,
          action: 'publish',
          entity: job.entity,
          entityId: job.entityId,
          before: null,
          after: null,
          note: `scheduled publication refused: ${lines.map((l) => l.message).join(' | ')}`.slice(0, 2000),
        });
      }
    }
    await deps.store.scheduled.markDone(job.id);
  }
  return { published, refused };
}
