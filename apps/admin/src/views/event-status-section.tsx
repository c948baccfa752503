import { EVENT_STATUS_LABELS, type EventStatus } from '@org/domain';
import type { FC } from 'hono/jsx';
import { t } from '../i18n.js';
import { Csrf } from './layout.js';
import { TextareaField } from './textarea-field.js';
import type { ViewContext } from './view-context.js';

/**
 * An event's status and, for those who may publish, the explicit actions that change it: cancel and
 * postpone, each with the note the website shows beside the event. The event form has no status field.
 * A draft offers neither (it is not public; publishing goes through the check on the publish page).
 */
export const EventStatusSection: FC<{
  ctx: ViewContext;
  id: string;
  version: number;
  status: EventStatus;
  statusNote: string | undefined;
  canChange: boolean;
  error?: string | undefined;
  /** What was typed in the note when the change was refused. */
  noteTyped?: string | undefined;
}> = ({ ctx, id, version, status, statusNote, canChange, error, noteTyped }) => {
  const { locale } = ctx;
  const action = `/events/${encodeURIComponent(id)}/status`;
  return (
    <section class="event-status" id="status" aria-labelledby="status-h">
      <h2 id="status-h">{t(locale, 'eventStatus')}</h2>
      <p>
        {t(locale, 'status')}: <strong data-status={status}>{EVENT_STATUS_LABELS[status][locale]}</strong>
        {statusNote ? (
          <>
            {' — '}
            <span class="status-note">{statusNote}</span>
          </>
        ) : null}
      </p>
      {status === 'draft' ? <p class="hint">{t(locale, 'statusDraftHint')}</p> : null}
      {error && (status === 'draft' || !canChange) ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {canChange && status !== 'draft' ? (
        <form method="post" action={action} class="status-form">
          <Csrf ctx={ctx} />
          <input type="hidden" name="version" value={String(version)} />
          <TextareaField
            id="status-note"
            name="note"
            label={t(locale, 'statusNoteLabel')}
            rows={2}
            maxlength={1000}
            error={error}
            typed={noteTyped}
            alert
          />
          <p class="buttons">
            <button type="submit" name="status" value="cancelled" class="danger">
              {t(locale, 'cancelEvent')}
            </button>{' '}
            <button type="submit" name="status" value="postponed">
              {t(locale, 'postponeEvent')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
};
