import {
  ConflictError,
  EVENT_STATUS_LABELS,
  EventStatusSchema,
  formatInstant,
  instantToLocal,
  type Locale,
  localToInstant,
  NotFoundError,
} from '@org/domain';
import { absoluteUrl, linkContext, renderPreview } from '@org/site';
import type { FC } from 'hono/jsx';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { ENTITIES } from '../forms/entities.js';
import { offsetFieldName, repeatedChoiceLabel, repeatedChoices, repeatedTimeMessage } from '../forms/repeated-hour.js';
import { countText, numberText, t, tf } from '../i18n.js';
import { type ComplianceReport, checkRecord } from '../publish/compliance.js';
import { publishRecord } from '../publish/publish-record.js';
import type { StoredRecord } from '../store-contract.js';
import { Csrf, Layout } from '../views/layout.js';
import { OFFICE_ZONE, officeTime } from '../views/office-time.js';
import { actorNames, auditEntries, flashFromQuery, loadRecord } from './entity-routes.js';
import { formValue } from './form-entries.js';
import { allowed } from './permissions.js';

/** The longest reason for publishing despite problems: it goes into the audit note with the problems. */
const MAX_OVERRIDE_NOTE = 1000;

const zoneOf = (record: StoredRecord): string => (typeof record.timeZone === 'string' ? record.timeZone : OFFICE_ZONE);

/**
 * Beside a refused schedule typed in the hour the clocks go back over: which of its two instants staff
 * mean, as the event form asks (`RepeatedHourChoice` in field-control.tsx); nothing for any other time.
 */
const RepeatedHour: FC<{ local: string; offset: string; zone: string; locale: Locale }> = ({
  local,
  offset,
  zone,
  locale,
}) => {
  const choices = repeatedChoices(local, zone, locale);
  if (choices.length === 0) return null;
  const own = offsetFieldName('at');
  return (
    <div class="field field-repeated-hour" data-repeated-hour>
      <label for={own}>{repeatedChoiceLabel(local, locale)}</label>
      <select id={own} name={own} required aria-describedby="at-error">
        <option value="">—</option>
        {choices.map((choice) => (
          <option value={choice.offset} selected={choice.offset === offset}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
};

export function publishRoutes(deps: AppDeps): RouteHandlers {
  const handlers: RouteHandlers = {};
  const now = deps.now ?? (() => new Date());
  for (const def of ENTITIES.filter((e) => e.publishable)) {
    const kind = def.kind as 'event' | 'post';
    const base = (id: string) => `/${def.route}/${encodeURIComponent(id)}`;

    /**
     * The publish page: the check's problems, publishing (with an override when there are problems),
     * unpublishing, scheduling, and the record's pending and withheld scheduled publications.
     */
    const checkPage = async (
      c: AppContext,
      record: StoredRecord,
      { problems: lines, warnings }: ComplianceReport,
      options: {
        status?: number;
        /** A refused schedule: what was typed, the offset chosen for a repeated time, and why. */
        schedule?: { value: string; offset: string; error: string };
        /** A refused publication: what was ticked and typed, and why (on the page, or beside the reason). */
        publish?: { override: boolean; note: string; flash?: string; noteError?: string };
        /** An action refused for the record as it is, with nothing typed to give back: why. */
        refusal?: string;
      } = {},
    ) => {
      const ctx = viewContext(c, deps);
      const canPublish = allowed(ctx.user?.role ?? null, 'publish');
      const zone = zoneOf(record);
      const status = EventStatusSchema.catch('draft').parse(record.status);
      // Public since it was published, cancelled and postponed events too (publishRecord keeps that date): such a
      // record is not offered "Publish" as if it were not out yet. A cancelled or postponed one may be restored.
      const since =
        status !== 'draft' && typeof record.publishedAt === 'string' && record.publishedAt
          ? officeTime(record.publishedAt, ctx.locale)
          : null;
      // Where the public reads it on the website (SITE_URL), once it is out of draft: cancelled and postponed
      // events keep their page, saying so.
      const publicUrl =
        status !== 'draft' && typeof record.slug === 'string' && record.slug
          ? absoluteUrl(linkContext(deps.env.siteUrl, 'pl'), {
              kind: def.kind === 'post' ? 'post' : 'event',
              slug: record.slug,
            })
          : undefined;
      const sinceText =
        status === 'draft'
          ? null
          : since
            ? tf(ctx.locale, 'publicSince', { since })
            : t(ctx.locale, 'publicSinceUnknown');
      // Just published, the notice is the line saying since when the page is public: "Opublikowano." above
      // "Opublikowano 29 listopada 2026, 3:05: …" said the same twice.
      const justPublished = sinceText !== null && c.req.query('done') === 'published';
      const schedule = options.schedule;
      const publish = options.publish;
      const pending = (await deps.store.scheduled.list()).filter((j) => j.entity === kind && j.entityId === record.id);
      const withheld = (await auditEntries(deps, { entity: def.kind, entityId: record.id, limit: 200 })).filter(
        (e) => e.action === 'publish_refused',
      );
      const names = await actorNames(
        deps,
        [...pending.map((p) => ({ actorId: p.actorId })), ...withheld] as never,
        c.get('locale'),
      );
      const who = (id: string | null) => (id ? (names[id] ?? id) : '—');
      c.status((options.status ?? 200) as 200);
      return c.html(
        <Layout
          ctx={ctx}
          title={`${t(ctx.locale, 'compliance')}: ${def.display(record) || record.id}`}
          failed={schedule !== undefined || publish !== undefined || options.refusal !== undefined}
          flash={
            options.refusal
              ? { kind: 'error', text: options.refusal }
              : publish
                ? { kind: 'error', text: publish.flash ?? t(ctx.locale, 'notPublished') }
                : schedule
                  ? { kind: 'error', text: t(ctx.locale, 'notScheduled') }
                  : justPublished
                    ? { kind: 'info', text: sinceText }
                    : flashFromQuery(c)
          }
        >
          <p>
            {t(ctx.locale, 'status')}: <strong data-status={status}>{EVENT_STATUS_LABELS[status][ctx.locale]}</strong> ·{' '}
            <a href={base(record.id)}>{t(ctx.locale, 'edit')}</a> ·{' '}
            <a href={`${base(record.id)}/preview`}>{t(ctx.locale, 'preview')}</a>
            {publicUrl ? (
              <>
                {' · '}
                <a href={publicUrl}>{t(ctx.locale, 'publicPage')}</a>
              </>
            ) : null}
          </p>
          {status !== 'draft' ? (
            <>
              {justPublished ? null : <p class="public-since">{sinceText}</p>}
              {allowed(ctx.user?.role ?? null, 'edit') ? (
                <p class="hint">
                  {t(ctx.locale, 'publicEditsHint')} <a href={base(record.id)}>{t(ctx.locale, 'edit')}</a>
                </p>
              ) : null}
            </>
          ) : null}
          {lines.length === 0 ? (
            <p class="ok">{t(ctx.locale, 'noProblems')}</p>
          ) : (
            <ul class="problems">
              {lines.map((l) => (
                <li data-code={l.code}>{l.message}</li>
              ))}
            </ul>
          )}
          {warnings.length > 0 ? (
            <section class="warnings" aria-labelledby="warnings-heading">
              <h2 id="warnings-heading">{t(ctx.locale, 'warningsHeading')}</h2>
              <ul>
                {warnings.map((w) => (
                  <li data-warning={w.code}>{w.message}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {canPublish && status !== 'published' ? (
            <form method="post" action={`${base(record.id)}/publish`}>
              {status !== 'draft' ? <p class="hint">{t(ctx.locale, 'restoreHint')}</p> : null}
              <Csrf ctx={ctx} />
              {/* What was checked: publishing refuses a record changed since (another tab, another editor). */}
              <input type="hidden" name="version" value={String(record.version)} />
              {lines.length > 0 ? (
                <>
                  <div class="field field-checkbox">
                    <label for="override">{t(ctx.locale, 'override')}</label>
                    <input id="override" type="checkbox" name="override" value="true" checked={publish?.override} />
                  </div>
                  <div class="field">
                    <label for="overrideNote">{t(ctx.locale, 'overrideNoteRequired')}</label>
                    <textarea
                      id="overrideNote"
                      name="note"
                      rows={2}
                      maxlength={MAX_OVERRIDE_NOTE}
                      aria-invalid={publish?.noteError ? 'true' : undefined}
                      aria-describedby={publish?.noteError ? 'overrideNote-error' : undefined}
                    >
                      {/* A newline right after <textarea> is dropped by the HTML parser: a leading one needs another. */}
                      {publish?.note.startsWith('\n') ? `\n${publish.note}` : publish?.note}
                    </textarea>
                    {publish?.noteError ? (
                      <p class="error" id="overrideNote-error">
                        {publish.noteError}
                      </p>
                    ) : null}
                  </div>
                </>
              ) : null}
              <button type="submit">{t(ctx.locale, status === 'draft' ? 'publish' : 'restorePublished')}</button>
            </form>
          ) : null}
          {/* Withdrawing takes the page off the website: it asks first, on a page of its own (as deleting does). */}
          {canPublish && status !== 'draft' ? (
            <form method="get" action={`${base(record.id)}/unpublish`}>
              <button type="submit">{t(ctx.locale, 'unpublish')}</button>
            </form>
          ) : null}
          {/* Scheduling is for what is not out yet; pending schedules of a public record are still listed below. */}
          {canPublish && status === 'draft' ? (
            <form method="post" action={`${base(record.id)}/schedule`}>
              <Csrf ctx={ctx} />
              {lines.length > 0 ? <p class="hint">{t(ctx.locale, 'scheduleNeedsCheck')}</p> : null}
              <div class="field">
                <label for="at">
                  {zone === OFFICE_ZONE ? t(ctx.locale, 'scheduleAt') : tf(ctx.locale, 'scheduleAtZone', { zone })}
                </label>
                <input
                  id="at"
                  name="at"
                  type="datetime-local"
                  required
                  value={schedule?.value}
                  aria-invalid={schedule ? 'true' : undefined}
                  aria-describedby={schedule ? 'at-error' : undefined}
                />
                {schedule ? (
                  <p class="error" id="at-error">
                    {schedule.error}
                  </p>
                ) : null}
              </div>
              {schedule ? (
                <RepeatedHour local={schedule.value} offset={schedule.offset} zone={zone} locale={ctx.locale} />
              ) : null}
              <button type="submit">{t(ctx.locale, 'schedule')}</button>
            </form>
          ) : null}
          <section aria-labelledby="scheduled-h">
            <h2 id="scheduled-h">{t(ctx.locale, 'scheduledList')}</h2>
            {pending.length === 0 ? (
              <p>{t(ctx.locale, 'noneScheduled')}</p>
            ) : (
              <ul class="scheduled">
                {pending.map((j) => (
                  <li>
                    <time datetime={j.at}>{formatInstant(j.at, zone, ctx.locale)}</time>
                    {` — ${t(ctx.locale, 'scheduledBy')} ${who(j.actorId)}`}
                    {canPublish ? (
                      <form method="post" action={`${base(record.id)}/schedule/cancel`} class="inline">
                        <Csrf ctx={ctx} />
                        <input type="hidden" name="scheduled" value={j.id} />
                        <button type="submit">{t(ctx.locale, 'cancelScheduled')}</button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {withheld.length > 0 ? (
              <>
                <h3>{t(ctx.locale, 'withheldList')}</h3>
                <ul class="withheld">
                  {withheld.map((e) => (
                    <li>
                      <time datetime={e.at}>{officeTime(e.at, ctx.locale)}</time>
                      {` — ${who(e.actorId)}: ${e.note ?? ''}`}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </Layout>,
      );
    };

    handlers[`GET /${def.route}/:id/publish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      return checkPage(c, record, await checkRecord(deps, kind, record, c.get('locale')));
    };
    handlers[`POST /${def.route}/:id/publish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const locale = c.get('locale');
      const report = await checkRecord(deps, kind, record, locale);
      const lines = report.problems;
      const override = formValue(c, 'override') === 'true';
      // Browsers send a line break as CRLF but count it (maxlength) as one character: so does this.
      const typed = formValue(c, 'note').replace(/\r\n?/g, '\n');
      const note = typed.trim();
      const seen = formValue(c, 'version');
      const refuse = (status: 400 | 409, why: { flash?: string; noteError?: string }) =>
        checkPage(c, record, report, { status, publish: { override, note: typed, ...why } });
      if (!/^\d{1,9}$/.test(seen)) return refuse(400, { flash: t(locale, 'publishVersionMissing') });
      // The page was checked at one version; what is published is what the publisher saw checked, or nothing.
      // A second click on "Publish" (or a resend) finds the version its own first click made: not someone else's change.
      if (Number(seen) + 1 === record.version && record.status === 'published') {
        const latest = (await auditEntries(deps, { entity: def.kind, entityId: record.id, limit: 5 })).find(
          (e) => e.action !== 'override',
        );
        if (latest?.action === 'publish' && latest.actorId !== null && latest.actorId === (c.get('user')?.id ?? null))
          return c.redirect(`${base(record.id)}/publish?done=alreadyPublished`, 303);
      }
      if (Number(seen) !== record.version)
        return refuse(409, {
          flash: tf(locale, 'publishChanged', { seen, now: String(record.version) }),
        });
      if (lines.length > 0 && !override) return refuse(400, { flash: t(locale, 'needOverride') });
      // The funding statement is a legal duty of a grant-funded publication: skipping the check says why, on record.
      if (lines.length > 0 && note.length === 0) return refuse(400, { noteError: t(locale, 'needOverrideNote') });
      if (lines.length > 0 && note.length > MAX_OVERRIDE_NOTE)
        return refuse(400, {
          noteError: tf(locale, 'overrideNoteTooLong', {
            count: countText(locale, note.length, 'character'),
            max: numberText(locale, MAX_OVERRIDE_NOTE),
          }),
        });
      await publishRecord(
        deps,
        def,
        record,
        c.get('user')?.id ?? null,
        now(),
        lines.length > 0 ? { problems: lines, note, locale } : undefined,
      );
      return c.redirect(`${base(record.id)}/publish?done=published`, 303);
    };
    /**
     * Asks before withdrawing a publication, without JavaScript too: the publish page leads here, and only this
     * page's form (with the version it showed) withdraws. A post without that version shows this page again.
     */
    const unpublishPage = (c: AppContext, record: StoredRecord, refusal?: { status: 400 | 409; text: string }) => {
      const ctx = viewContext(c, deps);
      c.status(refusal?.status ?? 200);
      return c.html(
        <Layout
          ctx={ctx}
          title={`${t(ctx.locale, 'unpublish')}: ${def.display(record) || record.id}`}
          failed={refusal !== undefined}
          flash={refusal ? { kind: 'error', text: refusal.text } : undefined}
        >
          <form method="post" action={`${base(record.id)}/unpublish`}>
            <Csrf ctx={ctx} />
            <input type="hidden" name="version" value={String(record.version)} />
            <p>{t(ctx.locale, 'unpublishConfirm')}</p>
            <p class="buttons">
              <button type="submit" class="danger">
                {t(ctx.locale, 'unpublish')}
              </button>{' '}
              <a href={`${base(record.id)}/publish`}>{t(ctx.locale, 'cancel')}</a>
            </p>
          </form>
        </Layout>,
      );
    };
    handlers[`GET /${def.route}/:id/unpublish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      // A draft has nothing to withdraw: its publish page says what it is.
      if ((record.status ?? 'draft') === 'draft') return c.redirect(`${base(record.id)}/publish`, 303);
      return unpublishPage(c, record);
    };
    handlers[`POST /${def.route}/:id/unpublish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const locale = c.get('locale');
      if ((record.status ?? 'draft') === 'draft') return c.redirect(`${base(record.id)}/publish`, 303);
      const seen = formValue(c, 'version');
      if (!/^\d{1,9}$/.test(seen))
        return unpublishPage(c, record, { status: 400, text: t(locale, 'unpublishUnconfirmed') });
      const changed = () =>
        unpublishPage(c, record, {
          status: 409,
          text: tf(locale, 'unpublishChanged', { seen, now: String(record.version) }),
        });
      if (Number(seen) !== record.version) return changed();
      const { version: _v, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = record;
      // The store's update audits this write (as 'unpublish' when it leaves 'published'), with the whole record
      // before and after: a second entry here would log one unpublish twice.
      try {
        await deps.store[def.route].update(
          record.id,
          Number(seen),
          { ...value, status: 'draft' },
          { userId: c.get('user')?.id ?? null },
        );
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        const now = await deps.store[def.route].get(record.id);
        if (!now) throw err;
        return unpublishPage(c, now, {
          status: 409,
          text: tf(locale, 'unpublishChanged', { seen, now: String(now.version) }),
        });
      }
      return c.redirect(`${base(record.id)}/publish?done=unpublished`, 303);
    };
    handlers[`POST /${def.route}/:id/schedule`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const locale = c.get('locale');
      const zone = zoneOf(record);
      const raw = formValue(c, 'at').trim().slice(0, 40);
      const report = await checkRecord(deps, kind, record, locale);
      // The page offers no scheduling once a record is public (publishDue would leave it as it is anyway).
      if ((record.status ?? 'draft') !== 'draft')
        return checkPage(c, record, report, { status: 409, refusal: t(locale, 'scheduleAlreadyPublic') });
      const lines = report.problems;
      const offset = formValue(c, offsetFieldName('at')).trim();
      const refuse = (error: string) =>
        checkPage(c, record, report, { status: 400, schedule: { value: raw, offset, error } });
      const first = localToInstant(raw, zone);
      if (!first) return refuse(tf(locale, raw ? 'scheduleInvalid' : 'scheduleMissing', { value: raw }));
      if (instantToLocal(first, zone) !== raw.slice(0, 16))
        return refuse(
          tf(locale, 'scheduleSkipped', { time: raw.slice(11, 16), moved: instantToLocal(first, zone).slice(11, 16) }),
        );
      // A time in the hour the clocks go back over names two instants: staff say which, as in the event form
      // (forms/repeated-hour.ts); taking the first would publish an hour early when they meant the second.
      const choices = repeatedChoices(raw, zone, locale);
      const chosen = choices.find((choice) => choice.offset === offset);
      if (choices.length > 0 && !chosen)
        return refuse(repeatedTimeMessage(t(locale, 'scheduleField'), raw, choices, locale));
      const at = chosen?.instant ?? first;
      if (Date.parse(at) <= now().getTime()) return refuse(t(locale, 'schedulePast'));
      // Scheduling is no override: publishDue withholds a record with problems when its time comes, so
      // it is refused now, while staff can still fix them.
      if (lines.length > 0) return refuse(t(locale, 'scheduleHasProblems'));
      await deps.store.scheduled.schedule(kind, record.id, new Date(at).toISOString(), {
        userId: c.get('user')?.id ?? null,
      });
      return c.redirect(`${base(record.id)}/publish?done=scheduled`, 303);
    };
    // Cancels one of the record's pending publications, named by the form; one that is no longer pending
    // (published or withheld by publishDue, or cancelled from another page meanwhile) is said to be gone.
    handlers[`POST /${def.route}/:id/schedule/cancel`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const jobId = formValue(c, 'scheduled').trim().slice(0, 100);
      const gone = () => c.redirect(`${base(record.id)}/publish?done=unscheduleGone`, 303);
      const job = (await deps.store.scheduled.list()).find(
        (j) => j.id === jobId && j.entity === kind && j.entityId === record.id,
      );
      if (!job) return gone();
      try {
        await deps.store.scheduled.cancel(job.id, { userId: c.get('user')?.id ?? null });
      } catch (err) {
        if (err instanceof NotFoundError) return gone();
        throw err;
      }
      return c.redirect(`${base(record.id)}/publish?done=unscheduled`, 303);
    };
    // The website's own renderer shows the record as the public will see it once published, with a
    // notice that it is a preview and a way back; links in it point where they will on the website.
    handlers[`GET /${def.route}/:id/preview`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const locale = c.get('locale');
      const ctx = {
        ...linkContext(deps.env.siteUrl, locale),
        linkOrigin: new URL(deps.env.siteUrl).origin,
        notice: {
          text: t(locale, 'previewNotice'),
          link: { href: `${base(record.id)}/publish`, label: t(locale, 'backToPublish') },
        },
      };
      const page = await renderPreview(deps.store, kind, record, ctx, Date.now(), deps.site);
      if (!page) return c.redirect(`${base(record.id)}/publish`, 303);
      return c.html(String(page.body));
    };
  }
  return handlers;
}
