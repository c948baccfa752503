import {
  EVENT_STATUS_LABELS,
  EventStatusSchema,
  formatEventTime,
  InstantSchema,
  LocalDateSchema,
  type Locale,
  reportDueDate,
  TimeZoneSchema,
} from '@org/domain';
import { formatDate } from '@org/site';
import type { Child, FC } from 'hono/jsx';
import { z } from 'zod';
import { numberText, t, tf } from '../i18n.js';
import { officeTime } from './office-time.js';
import { TableScroll } from './table-scroll.js';

/** How far back a report's due day is still shown (one not handed in is worth seeing for a month), and how far ahead. */
export const DEADLINES_PAST_DAYS = 30;
export const DEADLINES_AHEAD_DAYS = 90;
/** At most this many upcoming events on the dashboard; the events list has the rest. */
export const UPCOMING_LIMIT = 5;
/** At most this many scheduled publications on the dashboard; each record's publish page has its own. */
export const SCHEDULED_LIMIT = 10;

/** A publication waiting for its time: what will be published (its title as stored, '' when gone), and when. */
export interface ScheduledItem {
  entity: 'event' | 'post';
  entityId: string;
  title: string;
  at: string;
}

/** A grant whose report falls due near today: the day, and how many days from today (negative: passed). */
export interface ReportDeadline {
  grant: { id: string; taskTitle: string };
  due: string;
  days: number;
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

// What a due day is computed from, checked as the grant's schema checks it.
const DeadlineFields = z.object({
  id: z.string(),
  taskTitle: z.string(),
  period: z.object({ from: LocalDateSchema, to: LocalDateSchema }),
  reportingDeadline: LocalDateSchema.optional(),
  reportSubmittedOn: LocalDateSchema.optional(),
});

/**
 * The grants whose report (`reportDueDate`: the agreed deadline, or 30 days after the task ends) falls due from
 * `DEADLINES_PAST_DAYS` days before `today` to `DEADLINES_AHEAD_DAYS` after it and is not handed in yet
 * (`reportSubmittedOn`), the soonest first (then by title).
 *
 * @example
 * reportDeadlines([seedGrant], '2026-11-29') // [{ grant: { id: seedGrant.id, taskTitle: seedGrant.taskTitle }, due: '2027-01-14', days: 46 }]
 */
export function reportDeadlines(grants: readonly Record<string, unknown>[], today: string): ReportDeadline[] {
  const from = dayNumber(today);
  const found: ReportDeadline[] = [];
  for (const record of grants) {
    // Reads do not validate (the data check lists what breaks the rules): a grant without a readable end or
    // deadline has no due day to show, and is left out rather than failing the page.
    const parsed = DeadlineFields.safeParse(record);
    if (!parsed.success) continue;
    const grant = parsed.data;
    // Handed in: nothing is pending, however near its deadline.
    if (grant.reportSubmittedOn) continue;
    const due = reportDueDate(grant);
    const days = dayNumber(due) - from;
    if (days >= -DEADLINES_PAST_DAYS && days <= DEADLINES_AHEAD_DAYS)
      found.push({ grant: { id: grant.id, taskTitle: grant.taskTitle }, due, days });
  }
  return found.sort((a, b) => a.days - b.days || a.grant.taskTitle.localeCompare(b.grant.taskTitle, 'pl'));
}

/**
 * How far a day is from today, in words: "dziś", "jutro", "wczoraj", "za 46 dni", "3 dni temu" (pl); "today",
 * "in 46 days", "3 days ago" (en). A no-break space keeps the number with its "dni" or "days".
 *
 * @example
 * daysFromToday('pl', 46) // 'za 46 dni'
 * daysFromToday('en', -1) // 'yesterday'
 */
export function daysFromToday(locale: Locale, days: number): string {
  if (days === 0) return t(locale, 'today');
  if (days === 1) return t(locale, 'tomorrow');
  if (days === -1) return t(locale, 'yesterday');
  return tf(locale, days > 0 ? 'inDays' : 'daysAgo', { n: numberText(locale, Math.abs(days)) });
}

/** An event as the store lists it for the admin: read without validation, so any field may be off. */
type UpcomingEvent = Record<string, unknown> & { id: string };

const EventTimes = z.object({ startsAt: InstantSchema, endsAt: InstantSchema, timeZone: TimeZoneSchema });

/** When an event is, in its zone ("26 listopada 2026, 10:00–14:00"); a record with times off shows them as stored. */
const EventTime: FC<{ event: UpcomingEvent; locale: Locale }> = ({ event, locale }) => {
  const times = EventTimes.safeParse(event);
  if (!times.success) return <span>{String(event.startsAt ?? '—')}</span>;
  return <time datetime={times.data.startsAt}>{formatEventTime(times.data, locale)}</time>;
};

/**
 * One of the dashboard's lists: a section headed `title` (its `id` names it), an optional hint, then `empty`
 * when there are no rows, else a table under `columns` whose rows are `children`.
 */
const ListSection: FC<{
  id: string;
  title: string;
  hint?: string;
  empty: string;
  columns: string[];
  rows: number;
  locale: Locale;
  children?: Child;
}> = ({ id, title, hint, empty, columns, rows, locale, children }) => (
  <section class="dashboard-list" aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {hint ? <p class="hint">{hint}</p> : null}
    {rows === 0 ? (
      <p>{empty}</p>
    ) : (
      <TableScroll label={title} locale={locale}>
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
    )}
  </section>
);

/**
 * The dashboard's lists of what comes next: the events that have not ended yet (drafts too), the grants whose
 * report falls due soon or fell due lately, and the publications waiting for their time, each linked to its record.
 */
export const DashboardLists: FC<{
  locale: Locale;
  events: UpcomingEvent[];
  deadlines: ReportDeadline[];
  scheduled: ScheduledItem[];
}> = ({ locale, events, deadlines, scheduled }) => {
  const days = { past: numberText(locale, DEADLINES_PAST_DAYS), ahead: numberText(locale, DEADLINES_AHEAD_DAYS) };
  return (
    <>
      <ListSection
        id="upcoming-h"
        title={t(locale, 'upcomingEvents')}
        empty={t(locale, 'upcomingNone')}
        columns={[t(locale, 'eventColumn'), t(locale, 'when'), t(locale, 'status')]}
        rows={events.length}
        locale={locale}
      >
        {events.map((e) => (
          <tr>
            <th scope="row">
              <a href={`/events/${encodeURIComponent(e.id)}`}>
                {typeof e.title === 'string' && e.title ? e.title : e.id}
              </a>
            </th>
            <td>
              <EventTime event={e} locale={locale} />
            </td>
            <td>{EVENT_STATUS_LABELS[EventStatusSchema.catch('draft').parse(e.status)][locale]}</td>
          </tr>
        ))}
      </ListSection>
      <ListSection
        id="deadlines-h"
        title={t(locale, 'reportDeadlines')}
        hint={tf(locale, 'reportDeadlinesHint', days)}
        empty={tf(locale, 'reportDeadlinesNone', days)}
        columns={[t(locale, 'publicTaskColumn'), t(locale, 'reportDueColumn')]}
        rows={deadlines.length}
        locale={locale}
      >
        {deadlines.map((d) => (
          <tr>
            <th scope="row">
              <a href={`/grants/${encodeURIComponent(d.grant.id)}#grant-report-h`}>{d.grant.taskTitle}</a>
            </th>
            <td>
              <time datetime={d.due}>{formatDate(d.due, locale)}</time>
              {` (${daysFromToday(locale, d.days)})`}
            </td>
          </tr>
        ))}
      </ListSection>
      <ListSection
        id="scheduled-h"
        title={t(locale, 'scheduledPublications')}
        empty={t(locale, 'scheduledNone')}
        columns={[t(locale, 'recordColumn'), t(locale, 'kindColumn'), t(locale, 'publishesAt')]}
        rows={scheduled.length}
        locale={locale}
      >
        {scheduled.map((job) => (
          <tr>
            <th scope="row">
              <a href={`/${job.entity === 'event' ? 'events' : 'posts'}/${encodeURIComponent(job.entityId)}/publish`}>
                {job.title || job.entityId}
              </a>
            </th>
            <td>{t(locale, job.entity === 'event' ? 'eventColumn' : 'postKind')}</td>
            <td>
              <time datetime={job.at}>{officeTime(job.at, locale)}</time>
            </td>
          </tr>
        ))}
      </ListSection>
    </>
  );
};
