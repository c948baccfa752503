import { NotFoundError } from '@org/domain';
import type { AppDeps } from '../app-env.js';
import { errorText } from '../error-messages.js';
import { entityByKind } from '../forms/entities.js';
import { tf } from '../i18n.js';
import { checkRecord } from './compliance.js';
import { publishRecord } from './publish-record.js';

/**
 * Publishes what was scheduled and is due. Each job is claimed first (`markDone` succeeds for one
 * caller only), so of several admin processes exactly one publishes it. A record that fails the
 * compliance check is not published, since scheduling is no override; neither is one whose publication
 * fails (an edit saved at the same moment, say). Both are audited as `publish_refused` with the reason,
 * in Polish (nobody is acting to give another language; the error as staff are told it, the package's
 * own message goes to the log), and the remaining jobs go on.
 */
export async function publishDue(
  deps: AppDeps,
  now: Date,
): Promise<{ published: number; refused: number; failed: number }> {
  let published = 0;
  let refused = 0;
  let failed = 0;
  const withheld = (job: { actorId: string | null; entity: 'event' | 'post'; entityId: string }, note: string) =>
    deps.store.audit.record({
      actorId: job.actorId,
      action: 'publish_refused',
      entity: job.entity,
      entityId: job.entityId,
      before: null,
      after: null,
      note: note.slice(0, 2000),
    });
  for (const job of await deps.store.scheduled.due(now.toISOString())) {
    try {
      await deps.store.scheduled.markDone(job.id);
    } catch (error) {
      if (error instanceof NotFoundError) continue; // another process claimed it first
      throw error;
    }
    const def = entityByKind(job.entity);
    const record = def ? await deps.store[def.route].get(job.entityId) : null;
    if (!def || !record) continue;
    // Public by now (published by hand meanwhile, and perhaps cancelled or postponed since): nothing is left to
    // publish, and publishing again would take a cancellation and its note off the website.
    if ((record.status ?? 'draft') !== 'draft') continue;
    // Warnings never withhold a publication; only problems do.
    const { problems: lines } = await checkRecord(deps, job.entity, record, 'pl');
    if (lines.length > 0) {
      refused++;
      await withheld(job, tf('pl', 'noteWithheldProblems', { problems: lines.map((l) => l.message).join(' | ') }));
      continue;
    }
    try {
      await publishRecord(deps, def, record, job.actorId, now);
      published++;
    } catch (error) {
      failed++;
      deps.log?.(`admin: scheduled publication of ${job.entity} ${job.entityId} failed.`, error);
      await withheld(job, tf('pl', 'noteWithheldFailed', { reason: errorText(error, 'pl') }));
    }
  }
  return { published, refused, failed };
}
