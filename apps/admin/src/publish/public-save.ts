import type { Locale } from '@org/domain';
import type { AppDeps } from '../app-env.js';
import { tf } from '../i18n.js';
import type { StoredRecord } from '../store-contract.js';
import { type ComplianceLine, checkRecord } from './compliance.js';

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Grants a change detaches from a public record. The check before publishing cannot see them (a record with no
 * grant owes no funding statement), yet on a published record the statement the agreement requires vanishes from
 * its page, and a held event from the grant's report. A post's grant still carried by its event is not detached.
 */
async function detachedGrants(
  deps: AppDeps,
  kind: 'event' | 'post',
  before: StoredRecord,
  after: Record<string, unknown>,
  locale: Locale,
): Promise<ComplianceLine[]> {
  const kept = new Set(idsOf(after.grantIds));
  if (kind === 'post' && typeof after.eventId === 'string' && after.eventId) {
    const event = await deps.store.events.get(after.eventId);
    for (const id of idsOf(event?.grantIds)) kept.add(id);
  }
  const lines: ComplianceLine[] = [];
  for (const id of idsOf(before.grantIds).filter((g) => !kept.has(g))) {
    const grant = await deps.store.grants.get(id);
    const title = typeof grant?.taskTitle === 'string' ? grant.taskTitle : id;
    lines.push({ code: 'grantRemoved', message: tf(locale, 'grantRemoved', { grant: title }) });
  }
  return lines;
}

/**
 * What stands between a change to a public (published, cancelled or postponed) event or post and the website:
 * the check before publishing run on the record as the change would make it, and the grants it would detach.
 * Saving past them needs the override publishing needs.
 */
export async function publicSaveProblems(
  deps: AppDeps,
  kind: 'event' | 'post',
  before: StoredRecord,
  after: Record<string, unknown>,
  locale: Locale,
): Promise<ComplianceLine[]> {
  const wouldBe = { ...after, id: before.id, version: before.version } as StoredRecord;
  const { problems } = await checkRecord(deps, kind, wouldBe, locale);
  return [...(await detachedGrants(deps, kind, before, after, locale)), ...problems];
}
