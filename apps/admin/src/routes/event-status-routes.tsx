import { ConflictError, formatInstant } from '@org/domain';
import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { entityByKind } from '../forms/entities.js';
import { countText, numberText, t, tf } from '../i18n.js';
import type { StoredRecord } from '../store-contract.js';
import { loadRecord, renderRecordRefusal } from './entity-routes.js';
import { formValue } from './form-entries.js';

const MAX_NOTE = 1000;
const zoneOf = (record: StoredRecord): string =>
  typeof record.timeZone === 'string' ? record.timeZone : 'Europe/Warsaw';
const NOTES = { cancelled: 'noteCancelled', postponed: 'notePostponed' } as const;

/**
 * Cancelling and postponing a public event (published, postponed or cancelled; never a draft): explicit
 * actions for those who may publish, each with the status note the website shows. The store's update leaves the audit entry (before and after, the
 * actor, and a note naming the action), so the event's history shows who changed its status and why.
 */
export function eventStatusRoutes(deps: AppDeps): RouteHandlers {
  const def = entityByKind('event');
  if (!def) throw new Error('The event entity is missing from ENTITIES (forms/entities.ts)');
  return {
    'POST /events/:id/status': async (c) => {
      const record = await loadRecord(deps, def, c);
      const status = formValue(c, 'status');
      // Browsers send a line break as CRLF but count it (maxlength) as one character: so does this.
      const typed = formValue(c, 'note').replace(/\r\n?/g, '\n');
      const note = typed.trim();
      const version = formValue(c, 'version');
      const base = `/events/${encodeURIComponent(record.id)}`;
      const locale = c.get('locale');
      const refuse = (message: string, code: 400 | 409) =>
        renderRecordRefusal(deps, def, c, record, { statusError: message, statusNoteTyped: typed }, code);
      // A draft is not public; cancelling or postponing it would make it public (the website shows
      // every status but draft) without the check before publishing. Only what is public changes here.
      if (!(status === 'cancelled' || status === 'postponed'))
        return refuse(
          tf(locale, 'statusUnknown', {
            status: status.slice(0, 40),
            cancel: t(locale, 'cancelEvent'),
            postpone: t(locale, 'postponeEvent'),
          }),
          400,
        );
      if (!/^\d{1,9}$/.test(version)) return refuse(t(locale, 'versionMissing'), 400);
      if ((record.status ?? 'draft') === 'draft') return refuse(t(locale, 'statusDraftRefused'), 409);
      // A held event is accounted for in its grant's report (only held events add to the totals): cancelling or
      // postponing it afterwards would take a paid-for event out of the report. One that did not take place is
      // corrected by its dates, or unpublished.
      const end = typeof record.endsAt === 'string' ? Date.parse(record.endsAt) : Number.NaN;
      if (end <= (deps.now?.() ?? new Date()).getTime())
        return refuse(
          tf(locale, status === 'cancelled' ? 'statusEndedCancelled' : 'statusEndedPostponed', {
            end: formatInstant(String(record.endsAt), zoneOf(record), locale),
          }),
          409,
        );
      if (note.length === 0) return refuse(t(locale, 'needStatusNote'), 400);
      if (note.length > MAX_NOTE)
        return refuse(
          tf(locale, 'statusNoteTooLong', {
            count: countText(locale, note.length, 'character'),
            max: numberText(locale, MAX_NOTE),
          }),
          400,
        );
      const { version: _v, createdAt: _c, updatedAt: _u, ...value } = record;
      try {
        await deps.store.events.update(
          record.id,
          Number(version),
          { ...value, status, statusNote: note },
          { userId: c.get('user')?.id ?? null, note: tf(locale, NOTES[status], { note }) },
        );
      } catch (err) {
        if (err instanceof ConflictError) return refuse(t(locale, 'conflictTitle'), 409);
        throw err;
      }
      return c.redirect(`${base}?done=${status}#status`, 303);
    },
  };
}
