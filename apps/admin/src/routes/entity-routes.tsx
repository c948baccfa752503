import {
  type AuditEntry,
  agendaProblems,
  ConflictError,
  describeAgendaProblem,
  type Event,
  EventSchema,
  EventStatusSchema,
  type FieldIssue,
  formatDay,
  instantToLocal,
  LocalDateSchema,
  type Locale,
  NotFoundError,
  personName,
  UniqueViolationError,
  ValidationError,
  validate,
} from '@org/domain';
import { ReferencedError } from '@org/store';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { agendaFollowsDate } from '../forms/agenda-follows-date.js';
import { ENTITIES, type EntityDef } from '../forms/entities.js';
import { fieldIssues } from '../forms/field-issues.js';
import { parsePath, setPath } from '../forms/form-paths.js';
import { controlledKeys, issueFieldName, parseEntityForm } from '../forms/parse-entity-form.js';
import { type Merge, ORIGINAL_FIELD, originalOf, parseOriginal, threeWayMerge } from '../forms/three-way-merge.js';
import { countText, nounText, numberText, t, tf } from '../i18n.js';
import { newId } from '../new-id.js';
import { publicSaveProblems } from '../publish/public-save.js';
import { auditOverride, type CheckOverride, overrideNote } from '../publish/publish-record.js';
import { formToken, useFormToken } from '../security/form-token.js';
import { listFilter, type StoredRecord, sortField } from '../store-contract.js';
import { agendaItemHeading } from '../views/agenda-item-heading.js';
import { AuditTable } from '../views/audit-table.js';
import { CommentsSection } from '../views/comments-section.js';
import { EntityFormPage, type EntityFormProps, MAX_PUBLIC_OVERRIDE_NOTE } from '../views/entity-form-page.js';
import { EntityListPage, type ListState } from '../views/entity-list-page.js';
import { EventStatusSection } from '../views/event-status-section.js';
import { Csrf, type Flash, Layout } from '../views/layout.js';
import { readableLabel } from '../views/readable-values.js';
import { staffName } from '../views/staff-name.js';
import { duplicateConfirmed, sameNameRecord, uniqueFieldMessage, without } from './create-record.js';
import { finalReportDays } from './final-report-refusal.js';
import { formValue, textEntries } from './form-entries.js';
import { fillFunderName } from './funder-name.js';
import { loadComments } from './load-comments.js';
import { allowed } from './permissions.js';
import { auditNames, loadRecordNames } from './record-names.js';
import { displayNames, keepChosen, loadFilterOptions, loadRefOptions } from './ref-options.js';
import { referencesTo } from './references.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** "I jeszcze 1 rekord, którego…", "I jeszcze 5 rekordów, których…": the pronoun agrees with the count too. */
export const moreReferences = (locale: Locale, count: number): string =>
  tf(locale, count === 1 ? 'referencedByMoreOne' : 'referencedByMore', {
    n: numberText(locale, count),
    noun: nounText(locale, count, 'record'),
  });
const PAGE_SIZE = 25;

/** Field errors keyed by form field name; the first message per field wins. */
export function errorsByField(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = issueFieldName(i.path) || '__form';
    out[key] ??= i.message;
  }
  return out;
}

/** The agenda problems of an event as sentences, with item titles and people's names. */
export async function agendaMessages(deps: AppDeps, event: Event, locale: 'pl' | 'en'): Promise<string[]> {
  const problems = agendaProblems(event);
  if (problems.length === 0) return [];
  const names: Record<string, string> = {};
  // Named as the editor heads them ("2. Panel: Sprawny urząd"), never by the kind's code ("introduction").
  event.agenda.forEach((item, i) => {
    names[item.id] = `${i + 1}. ${agendaItemHeading(item, locale)}`;
  });
  for (const p of problems)
    if ('personId' in p) {
      const person = await deps.store.people.get(p.personId);
      if (person) names[p.personId] = personName(person as never);
    }
  return problems.map((p) => describeAgendaProblem(p, locale, names));
}

/**
 * After a draft event is saved: what its agenda must fix before publishing, each item named by its number, title and
 * times ("Zapisano. Przed publikacją trzeba poprawić: Punkt „3. Panel (11:00–10:30)” kończy się przed rozpoczęciem."),
 * or null when nothing. Advice, not a refusal: a draft may be saved unfinished.
 */
export async function draftAgendaAdvice(deps: AppDeps, record: StoredRecord, locale: Locale): Promise<string | null> {
  const parsed = EventSchema.safeParse(record);
  if (!parsed.success) return null;
  const event = parsed.data;
  const problems = agendaProblems(event);
  if (problems.length === 0) return null;
  const time = (iso: string) => instantToLocal(iso, event.timeZone)?.slice(11, 16) ?? iso;
  const names: Record<string, string> = {};
  event.agenda.forEach((item, i) => {
    names[item.id] = `${i + 1}. ${agendaItemHeading(item, locale)} (${time(item.startsAt)}–${time(item.endsAt)})`;
  });
  for (const p of problems)
    if ('personId' in p) {
      const person = await deps.store.people.get(p.personId);
      if (person) names[p.personId] = personName(person as never);
    }
  return tf(locale, 'savedWithAgendaProblems', {
    problems: problems.map((p) => describeAgendaProblem(p, locale, names)).join(' '),
  });
}

const str = (v: string | undefined, max = 200) => (v ?? '').slice(0, max);

/*
 * Sorts by a date open newest first, as staff look for the coming event, the current grant, the record just
 * changed: oldest first put years-old records on page one. Names sort A to Z. An order chosen in the form wins.
 */
const NEWEST_FIRST = new Set(['startsAt', 'periodFrom', 'updatedAt']);

export function listState(def: EntityDef, query: (k: string) => string | undefined): ListState {
  const sort = str(query('sort'));
  const chosen = def.sorts.includes(sort) ? sort : (def.sorts[0] ?? 'updatedAt');
  const dir = query('dir');
  const page = Number.parseInt(str(query('page'), 6), 10);
  const filters: Record<string, string> = {};
  for (const f of def.filters) {
    const v = str(query(f.name), 64);
    if (v && (f.ref ? ID.test(v) : f.options && Object.hasOwn(f.options, v))) filters[f.name] = v;
  }
  return {
    q: str(query('q')).trim(),
    filters,
    sort: chosen,
    dir: dir === 'desc' || dir === 'asc' ? dir : NEWEST_FIRST.has(chosen) ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** List filters as the store takes them: a list of values for a select, one id for a relation. */
export const storeFilter = (def: EntityDef, filters: Record<string, string>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(filters).map(([k, v]) => [k, def.filters.find((f) => f.name === k)?.ref ? v : [v]]),
  );

type FlashKey =
  | 'saved'
  | 'deleted'
  | 'published'
  | 'unpublished'
  | 'scheduled'
  | 'scheduleCancelled'
  | 'scheduleGone'
  | 'commented'
  | 'statusChanged'
  | 'eventCancelled'
  | 'eventPostponed'
  | 'deleteConflict'
  | 'formAlreadySent'
  | 'alreadyPublished'
  | 'userErased'
  | 'setupDone';
const FLASHES: Record<string, { key: FlashKey; kind: Flash['kind'] }> = {
  saved: { key: 'saved', kind: 'info' },
  // Said in full from its day count (`agendaMovedText`); a link whose count was cut still says it saved.
  agendaMoved: { key: 'saved', kind: 'info' },
  commented: { key: 'commented', kind: 'info' },
  // Links saved before the notice named the new status.
  status: { key: 'statusChanged', kind: 'info' },
  cancelled: { key: 'eventCancelled', kind: 'info' },
  postponed: { key: 'eventPostponed', kind: 'info' },
  deleted: { key: 'deleted', kind: 'info' },
  published: { key: 'published', kind: 'info' },
  unpublished: { key: 'unpublished', kind: 'info' },
  scheduled: { key: 'scheduled', kind: 'info' },
  unscheduled: { key: 'scheduleCancelled', kind: 'info' },
  unscheduleGone: { key: 'scheduleGone', kind: 'error' },
  conflict: { key: 'deleteConflict', kind: 'error' },
  sent: { key: 'formAlreadySent', kind: 'info' },
  alreadyPublished: { key: 'alreadyPublished', kind: 'info' },
  erased: { key: 'userErased', kind: 'info' },
  setupDone: { key: 'setupDone', kind: 'info' },
};

/** What a new record's form starts with: the fields' `initial` values, and an event's time zone. */
export function initialValues(def: EntityDef): Record<string, unknown> {
  const values: Record<string, unknown> = def.agenda ? { timeZone: 'Europe/Warsaw' } : {};
  for (const f of def.fields) if (f.initial !== undefined) setPath(values, parsePath(f.name) ?? [], f.initial);
  return values;
}

/** The notice named by `?done=`; only FLASHES' own keys, never `__proto__` or `toString` of its prototype. */
export const flashFromQuery = (c: AppContext): Flash | undefined => {
  const done = c.req.query('done') ?? '';
  const flash = Object.hasOwn(FLASHES, done) ? FLASHES[done] : undefined;
  return flash ? { kind: flash.kind, text: t(c.get('locale'), flash.key) } : undefined;
};

/**
 * After a save that moved an event's agenda with its date (`?done=agendaMoved&days=3`): "Program przesunięto o 3 dni
 * razem z wydarzeniem (na 29 listopada 2026).", the day being the event's start in its zone; null for a count that is
 * no whole number of days.
 */
function agendaMovedText(c: AppContext, record: StoredRecord): string | null {
  const raw = c.req.query('days') ?? '';
  const days = /^-?\d{1,6}$/.test(raw) ? Number(raw) : 0;
  if (days === 0 || typeof record.startsAt !== 'string') return null;
  const locale = c.get('locale');
  const zone = typeof record.timeZone === 'string' ? record.timeZone : 'Europe/Warsaw';
  const date = Number.isNaN(Date.parse(record.startsAt)) ? '' : formatDay(record.startsAt, zone, locale);
  return tf(locale, 'agendaMoved', { days: countText(locale, Math.abs(days), 'day'), date });
}

/**
 * A `NotFoundError` for the `:id` a path asked for, answered (error-messages.ts) with a 404 page naming
 * the kind and the id, and a link back to the kind's list. A long id is cut short: it is only repeated.
 */
export const missing = (kind: string, id: string): NotFoundError =>
  new NotFoundError(kind, id.length > 80 ? `${id.slice(0, 80)}…` : id);

/** Reads a stored record by the `:id` of the path; a malformed or unknown id throws `missing(kind, id)`. */
export async function loadRecord(deps: AppDeps, def: EntityDef, c: AppContext): Promise<StoredRecord> {
  const id = c.req.param('id') ?? '';
  const record = ID.test(id) ? await deps.store[def.route].get(id) : undefined;
  if (!record) throw missing(def.kind, id);
  return record;
}

type FormProps = Omit<EntityFormProps, 'ctx' | 'def' | 'refs' | 'canEdit' | 'children'> & {
  /** A refused status change of an event: the message shown beside the status note. */
  statusError?: string;
  /** The status note typed with a refused status change: given back in its field, never lost. */
  statusNoteTyped?: string;
  /** A refused comment: why, beside its field. */
  commentError?: string;
  /** The comment typed when it was refused: given back in its field, never lost. */
  commentTyped?: string;
  /** A refused grant report: the kind chosen (selected again) and why it was refused, beside the choice. */
  report?: { kind: string; error: string };
};

/**
 * The create/edit page of a record: the form, with the agenda's problems for events, and for a stored
 * record its comments and (events) its status and the actions that change it.
 */
export async function renderEntityForm(
  deps: AppDeps,
  def: EntityDef,
  c: AppContext,
  { statusError, statusNoteTyped, commentError, commentTyped, report, ...props }: FormProps,
  status = 200,
) {
  const ctx = viewContext(c, deps);
  const refs = await keepChosen(
    deps.store,
    def,
    await loadRefOptions(deps.store, def, ctx.locale),
    props.values,
    ctx.locale,
  );
  const errors = { ...props.errors };
  if (def.agenda && !errors.__agenda) {
    const parsed = EventSchema.safeParse(props.values);
    if (parsed.success) {
      const messages = await agendaMessages(deps, parsed.data, ctx.locale);
      if (messages.length) errors.__agenda = messages.join('\n');
    }
  }
  const stored = props.id ? await deps.store[def.route].get(props.id) : null;
  // A form showing the stored version as it is (a visit, a refused comment or status change) is based on it.
  const original =
    props.original ??
    (stored && props.version === stored.version ? originalOf(stored, controlledKeys(def)) : undefined);
  const names = await displayNames(deps.store, def, [props.values]);
  const comments = stored ? await loadComments(deps, def, stored.id, c.get('locale')) : null;
  // Before the task's end a final report is refused (finalReportProblems): the choice says from when it is offered.
  // A grant stored before a rule existed may lack a valid end: then nothing is said rather than a wrong day.
  const lastDay = LocalDateSchema.safeParse((stored?.period as { to?: unknown } | undefined)?.to);
  const finalFrom =
    stored && def.kind === 'grant' && lastDay.success ? finalReportDays(lastDay.data, ctx.locale) : null;
  const finalLater = finalFrom !== null && (deps.now?.() ?? new Date()).getTime() < Date.parse(finalFrom.fromInstant);
  const reportDescribedBy = [finalLater ? 'report-kind-hint' : '', report ? 'report-kind-error' : '']
    .filter(Boolean)
    .join(' ');
  c.status(status as 200);
  return c.html(
    <EntityFormPage
      ctx={ctx}
      def={def}
      refs={refs}
      canEdit={allowed(ctx.user?.role ?? null, 'edit')}
      {...props}
      original={original}
      errors={errors}
      names={names}
      formToken={props.id ? undefined : newId(deps.now)}
      isPublic={def.publishable && (stored?.status ?? 'draft') !== 'draft'}
    >
      {stored && def.kind === 'event' ? (
        <EventStatusSection
          ctx={ctx}
          id={stored.id}
          version={stored.version}
          status={EventStatusSchema.catch('draft').parse(stored.status)}
          statusNote={typeof stored.statusNote === 'string' ? stored.statusNote : undefined}
          canChange={allowed(ctx.user?.role ?? null, 'publish')}
          error={statusError}
          noteTyped={statusNoteTyped}
        />
      ) : null}
      {stored && def.kind === 'grant' ? (
        <section class="grant-report" aria-labelledby="grant-report-h">
          <h2 id="grant-report-h">{t(ctx.locale, 'grantReport')}</h2>
          <p class="hint">{t(ctx.locale, 'grantReportHint')}</p>
          <form method="get" action={`/grants/${encodeURIComponent(stored.id)}/report.docx`} class="grant-report-form">
            <div class="field">
              <label for="report-kind">{t(ctx.locale, 'grantReportKind')}</label>
              <select id="report-kind" name="kind" aria-describedby={reportDescribedBy || undefined}>
                <option value="">{t(ctx.locale, 'grantReportKindNone')}</option>
                <option value="partial" selected={report?.kind === 'partial'}>
                  {t(ctx.locale, 'grantReportPartial')}
                </option>
                <option value="final" selected={report?.kind === 'final'}>
                  {t(ctx.locale, 'grantReportFinal')}
                </option>
              </select>
              {finalLater && finalFrom ? (
                <p class="hint" id="report-kind-hint">
                  {tf(ctx.locale, 'grantReportFinalFrom', { from: finalFrom.from, end: finalFrom.end })}
                </p>
              ) : null}
              {report ? (
                <p class="error" id="report-kind-error" role="alert">
                  {report.error}
                </p>
              ) : null}
            </div>
            <p class="buttons">
              <button type="submit">{t(ctx.locale, 'grantReportDocx')}</button>{' '}
              <button type="submit" formaction={`/grants/${encodeURIComponent(stored.id)}/report.md`}>
                {t(ctx.locale, 'grantReportMarkdown')}
              </button>
            </p>
          </form>
        </section>
      ) : null}
      {stored && comments ? (
        <CommentsSection
          ctx={ctx}
          def={def}
          id={stored.id}
          from="edit"
          {...comments}
          error={commentError}
          typed={commentTyped}
        />
      ) : null}
    </EntityFormPage>,
  );
}

/**
 * A stored record's page again, its form unchanged, answering an action on it that was refused (a comment,
 * an event's status change, a final grant report): `refusal` says why, beside the action's own form and in a
 * flash if it sets one, and keeps what was typed there; `status` is the refusal's.
 *
 * @example
 * return renderRecordRefusal(deps, def, c, record, { commentError: message, commentTyped: typed }, 400);
 */
export function renderRecordRefusal(
  deps: AppDeps,
  def: EntityDef,
  c: AppContext,
  record: StoredRecord,
  refusal: Omit<FormProps, 'id' | 'version' | 'values' | 'errors'>,
  status: 400 | 409,
) {
  return renderEntityForm(
    deps,
    def,
    c,
    { id: record.id, version: record.version, values: record, errors: {}, ...refusal },
    status,
  );
}

export function entityRoutes(deps: AppDeps): RouteHandlers {
  const handlers: RouteHandlers = {};
  for (const def of ENTITIES) {
    const repo = deps.store[def.route];
    const actor = (c: AppContext, note?: string) => ({ userId: c.get('user')?.id ?? null, ...(note ? { note } : {}) });

    const renderForm = (c: AppContext, props: FormProps, status = 200) => renderEntityForm(deps, def, c, props, status);

    /** Who saved the record last, for "Wersja zapisana przez …"; null when the log does not say. */
    const lastEditor = async (id: string, locale: Locale): Promise<string | null> => {
      const log = await deps.store.audit.list({ entity: def.kind, entityId: id, limit: 20 });
      const entries = Array.isArray(log) ? log : log.items;
      const last = entries.find((e) => e.after !== null && e.actorId);
      const user = last?.actorId ? await deps.store.users.get(last.actorId) : null;
      if (!user) return null;
      return user.erasedAt ? t(locale, 'erasedAccount') : user.name;
    };

    /** A create form posted again whose first post made no record (yet): nothing is created twice. */
    const alreadySentPage = (c: AppContext) => {
      const ctx = viewContext(c, deps);
      c.status(409);
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'formAlreadySentTitle')} failed>
          <p role="alert">{t(ctx.locale, 'formAlreadySentBody')}</p>
          <p>
            <a href={`/${def.route}`}>{tf(ctx.locale, 'backToList', { list: def.title[ctx.locale] })}</a>
          </p>
        </Layout>,
      );
    };

    /** Validates and writes; answers with the form again (400/409) when that is not possible. */
    const save = async (c: AppContext, existing: StoredRecord | null) => {
      const locale = c.get('locale');
      const entries = textEntries(c);
      // A create form's one-time token is the id of the record it creates: a second post of the same form finds it.
      // Only the record's: its agenda items get ids of their own (two items with one id are refused as repeated).
      const token = existing ? null : formToken(formValue(c, 'formToken'));
      const { input, version, issues, slugGenerated, leftEmpty } = parseEntityForm(def, entries, {
        newId: () => newId(deps.now),
        ...(token ? { recordId: token } : {}),
        locale,
        ...(existing ? { base: existing } : {}),
      });
      if (def.kind === 'grant') await fillFunderName(deps.store, input);
      // The version the form was opened with, carried by the form itself (the store keeps no old versions): what a
      // stale save is merged against. Shown back unchanged with a refused post, so a later conflict still merges.
      const original = existing ? parseOriginal(formValue(c, ORIGINAL_FIELD)) : null;
      // After a conflict, each field both editors changed is chosen: the colleague's (the version the conflict page
      // was based on, its `original`) or staff's own, as the form holds it. Unchosen, nothing is saved.
      const keys = controlledKeys(def);
      const clashKeys = [
        ...new Set(entries.filter(([k, v]) => k === 'clash' && typeof v === 'string' && keys.has(v)).map(([, v]) => v)),
      ] as string[];
      const chosen: Record<string, 'mine' | 'theirs'> = {};
      for (const key of clashKeys) {
        const choice = formValue(c, `keep:${key}`);
        if (choice === 'mine' || choice === 'theirs') chosen[key] = choice;
      }
      const unchosen = clashKeys.filter((k) => !chosen[k]);
      // Applied only once every clash is chosen: until then the form and "Twoja wersja" hold what staff posted.
      if (unchosen.length === 0)
        for (const [key, choice] of Object.entries(chosen))
          if (choice === 'theirs') {
            if (original && Object.hasOwn(original, key)) input[key] = original[key];
            else delete input[key];
          }
      // A slug made from the title is not shown back as if staff had typed it: the field stays as they left it.
      const posted = slugGenerated ? without(input, 'slug') : input;
      // A currency or country not saved alone (`leftEmpty`) is shown back, as it was sent.
      const values = { ...posted, ...leftEmpty };
      const common = {
        id: existing?.id,
        version: existing ? (version ?? existing.version) : undefined,
        original: original ?? undefined,
      };
      if (existing && version === null)
        return renderForm(c, { ...common, values, errors: { __form: t(locale, 'versionMissing') } }, 400);
      if (existing && unchosen.length > 0 && version === existing.version)
        return renderForm(
          c,
          {
            ...common,
            values,
            errors: {
              __form: tf(locale, 'conflictChoose', {
                fields: unchosen.map((k) => readableLabel(def.kind, k, locale)).join(', '),
              }),
            },
            conflict: {
              stored: original ?? existing,
              mine: posted,
              names: (await loadRecordNames(deps.store, [existing, posted])).names,
              merge: { merged: values, taken: [], kept: [], clashes: clashKeys },
              savedBy: await lastEditor(existing.id, c.get('locale')),
              chosen,
            },
          },
          400,
        );
      const result = validate(def.schema, input, locale);
      if (!result.ok || issues.length > 0) {
        const errors: Record<string, string> = {};
        for (const i of issues) errors[i.path] ??= i.message;
        return renderForm(
          c,
          {
            ...common,
            values,
            errors: { ...errorsByField(result.ok ? [] : fieldIssues(def, result.issues, locale, input)), ...errors },
          },
          400,
        );
      }
      const value = result.value as Record<string, unknown>;
      // An event moved to another day takes its agenda along (`agendaFollowsDate`): the items staff did not change.
      const follows = existing && def.agenda ? agendaFollowsDate(existing, value) : null;
      if (follows) value.agenda = follows.agenda;
      // The same form posted again after its first post made the record: lead to it, before asking about its name.
      const made = token ? await repo.get(token) : null;
      if (token && made) return c.redirect(`/${def.route}/${encodeURIComponent(made.id)}?done=sent`, 303);
      // Asked, not refused: two people or venues may really share a name, so a second post with the box ticked saves.
      if (!existing && !duplicateConfirmed(entries)) {
        const same = await sameNameRecord(deps.store, def, value);
        if (same)
          return renderForm(c, {
            ...common,
            values,
            errors: {},
            duplicate: { href: `/${def.route}/${encodeURIComponent(same.id)}`, name: def.display(same) || same.id },
          });
      }
      // A public record changes on the website as soon as it is saved: the change passes the check publishing runs,
      // or is saved past it only as publishing is, ticked and with a reason kept in the audit log. Drafts save as before.
      let override: CheckOverride | undefined;
      // A stale version is a conflict first: what the check would see is not what staff edited.
      if (existing && def.publishable && (existing.status ?? 'draft') !== 'draft' && version === existing.version) {
        const problems = await publicSaveProblems(deps, def.kind as 'event' | 'post', existing, value, locale);
        if (problems.length > 0) {
          const ticked = formValue(c, 'publicOverride') === 'true';
          // Browsers send a line break as CRLF but count it (maxlength) as one character: so does this.
          const typed = formValue(c, 'publicOverrideNote').replace(/\r\n?/g, '\n');
          const note = typed.trim();
          const noteError = !ticked
            ? undefined
            : note.length === 0
              ? t(locale, 'needPublicOverrideNote')
              : note.length > MAX_PUBLIC_OVERRIDE_NOTE
                ? tf(locale, 'publicOverrideNoteTooLong', {
                    count: countText(locale, note.length, 'character'),
                    max: numberText(locale, MAX_PUBLIC_OVERRIDE_NOTE),
                  })
                : undefined;
          if (!ticked || noteError)
            return renderForm(
              c,
              {
                ...common,
                values,
                errors: { __form: noteError ?? t(locale, 'publicSaveRefused') },
                publicCheck: { problems, override: ticked, note: typed, noteError },
              },
              400,
            );
          override = { problems, note, locale };
        }
      }
      if (token && !(await useFormToken(deps.store, token))) {
        const first = await repo.get(token);
        if (first) return c.redirect(`/${def.route}/${encodeURIComponent(first.id)}?done=sent`, 303);
        return alreadySentPage(c);
      }
      try {
        const userId = c.get('user')?.id ?? null;
        const note = override ? overrideNote(override, 'noteOverrideSave') : undefined;
        const saved = existing
          ? await repo.update(
              existing.id,
              version as number,
              slugGenerated ? without(value, 'slug') : value,
              note ? { userId, note } : actor(c),
            )
          : // A slug made here was only for validating: the store picks a free one from the record's name.
            await repo.create(slugGenerated ? without(value, 'slug') : value, actor(c));
        if (override && note) await auditOverride(deps, def, saved.id, userId, override, note);
        const done = follows ? `agendaMoved&days=${follows.move.days}` : 'saved';
        return c.redirect(`/${def.route}/${encodeURIComponent(saved.id)}?done=${done}`, 303);
      } catch (err) {
        if (err instanceof ValidationError)
          return renderForm(
            c,
            { ...common, values, errors: errorsByField(fieldIssues(def, err.issues, locale, input)) },
            400,
          );
        if (err instanceof UniqueViolationError) {
          const [field, message] = await uniqueFieldMessage(deps.store, def, err, locale);
          return renderForm(c, { ...common, values, errors: { [field]: message } }, 409);
        }
        if (err instanceof ConflictError && existing) {
          const stored = await repo.get(existing.id);
          if (!stored) return c.redirect(`/${def.route}?done=deleted`, 303);
          // A slug made from the title stands for the one the form showed: staff did not change it.
          const mine = slugGenerated ? { ...posted, slug: original?.slug ?? stored.slug } : posted;
          const merge: Merge = threeWayMerge(keys, original, mine, stored);
          // Never saved here, even without a clash: staff see what was merged, then save it with one click.
          return renderForm(
            c,
            {
              id: existing.id,
              version: stored.version,
              original: originalOf(stored, keys),
              values: merge.merged,
              errors: {},
              // Compared as it would be saved: a currency alone is no own contribution, so no difference.
              conflict: {
                stored,
                mine: posted,
                names: (await loadRecordNames(deps.store, [stored, posted])).names,
                merge,
                savedBy: await lastEditor(existing.id, c.get('locale')),
              },
              flash: { kind: 'error', text: t(locale, 'conflictTitle') },
            },
            409,
          );
        }
        throw err;
      }
    };

    handlers[`GET /${def.route}`] = async (c) => {
      const state = listState(def, (k) => c.req.query(k));
      const page = await repo.list({
        ...(state.q ? { search: state.q } : {}),
        ...(Object.keys(state.filters).length ? { filter: listFilter(storeFilter(def, state.filters)) } : {}),
        sort: { field: sortField(state.sort), direction: state.dir },
        limit: state.pageSize,
        offset: (state.page - 1) * state.pageSize,
      });
      const ctx = viewContext(c, deps);
      return c.html(
        <EntityListPage
          ctx={ctx}
          def={def}
          items={page.items}
          total={page.total}
          state={state}
          canEdit={allowed(ctx.user?.role ?? null, 'edit')}
          flash={flashFromQuery(c)}
          filterOptions={await loadFilterOptions(deps.store, def, ctx.locale)}
          names={await displayNames(deps.store, def, page.items)}
        />,
      );
    };
    handlers[`GET /${def.route}/new`] = (c) => renderForm(c, { values: initialValues(def), errors: {} });
    handlers[`POST /${def.route}/new`] = (c) => save(c, null);
    handlers[`GET /${def.route}/:id`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      // Reads do not validate: a record stored before a rule existed, or edited around the store, opens with
      // what it breaks beside its fields, so the editor the data check sends here can fix it.
      const check = validate(def.schema, record, c.get('locale'));
      const done = c.req.query('done');
      const saved =
        (done === 'saved' || done === 'agendaMoved') && def.agenda && (record.status ?? 'draft') === 'draft';
      const advice = saved ? await draftAgendaAdvice(deps, record, c.get('locale')) : null;
      const moved = done === 'agendaMoved' && def.agenda ? agendaMovedText(c, record) : null;
      return renderForm(c, {
        id: record.id,
        version: record.version,
        values: record,
        errors: {},
        flash: moved
          ? { kind: 'info', text: `${advice ?? t(c.get('locale'), 'saved')} ${moved}` }
          : advice
            ? { kind: 'info', text: advice }
            : flashFromQuery(c),
        ...(check.ok ? {} : { storedIssues: errorsByField(fieldIssues(def, check.issues, c.get('locale'), record)) }),
      });
    };
    handlers[`POST /${def.route}/:id`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      return save(c, record);
    };
    /**
     * The delete page: a record others point at is not deleted (their published pages would lose it, a
     * panelist their organisation); the page lists them, each linked, and offers no delete button.
     */
    const deletePage = async (c: AppContext, record: StoredRecord, status: 200 | 400 | 409 = 200) => {
      const ctx = viewContext(c, deps);
      const name = def.display(record, await displayNames(deps.store, def, [record])) || record.id;
      const { items: refs, total } = await referencesTo(deps.store, record.id, ctx.locale);
      const refNames = await Promise.all(refs.map((r) => displayNames(deps.store, r.def, [r.record])));
      c.status(status);
      return c.html(
        <Layout
          ctx={ctx}
          title={`${t(ctx.locale, 'delete')}: ${name}`}
          failed={status !== 200}
          flash={
            status === 200
              ? undefined
              : { kind: 'error', text: t(ctx.locale, status === 409 ? 'deleteRefused' : 'deleteVersionMissing') }
          }
        >
          {refs.length > 0 ? (
            <section class="references" aria-labelledby="references-h">
              <h2 id="references-h">{t(ctx.locale, 'referencedBy')}</h2>
              <p>{t(ctx.locale, 'deleteBlocked')}</p>
              <ul>
                {refs.map((r, i) => (
                  <li>
                    {`${r.def.singular[ctx.locale]}: `}
                    <a href={`/${r.def.route}/${encodeURIComponent(r.record.id)}`}>
                      {r.def.display(r.record, refNames[i]) || r.record.id}
                    </a>
                    {` (${r.fields.join(', ')})`}
                  </li>
                ))}
              </ul>
              {total > refs.length ? <p>{moreReferences(ctx.locale, total - refs.length)}</p> : null}
              <p>
                <a href={`/${def.route}/${encodeURIComponent(record.id)}`}>{t(ctx.locale, 'cancel')}</a>
              </p>
            </section>
          ) : (
            <form method="post" action={`/${def.route}/${encodeURIComponent(record.id)}/delete`}>
              <Csrf ctx={ctx} />
              <input type="hidden" name="version" value={String(record.version)} />
              <p>{t(ctx.locale, 'deleteConfirm')}</p>
              <p class="buttons">
                <button type="submit" class="danger">
                  {t(ctx.locale, 'delete')}
                </button>{' '}
                <a href={`/${def.route}/${encodeURIComponent(record.id)}`}>{t(ctx.locale, 'cancel')}</a>
              </p>
            </form>
          )}
        </Layout>,
      );
    };
    handlers[`GET /${def.route}/:id/delete`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      return deletePage(c, record);
    };
    handlers[`POST /${def.route}/:id/delete`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const raw = textEntries(c).find(([k]) => k === 'version')?.[1] ?? '';
      if (!/^\d{1,9}$/.test(raw)) return deletePage(c, record, 400);
      // The store refuses it while others point at it, checked in the delete's own transaction: the page
      // may be old, the post made without it, or another process may be saving a record that points here.
      try {
        await repo.delete(record.id, Number(raw), actor(c));
      } catch (err) {
        if (err instanceof ReferencedError) return deletePage(c, record, 409);
        if (err instanceof ConflictError)
          return c.redirect(`/${def.route}/${encodeURIComponent(record.id)}?done=conflict`, 303);
        throw err;
      }
      return c.redirect(`/${def.route}?done=deleted`, 303);
    };
    handlers[`GET /${def.route}/:id/history`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const ctx = viewContext(c, deps);
      const entries = await auditEntries(deps, { entity: def.kind, entityId: record.id, limit: 200 });
      const { names, live } = await auditNames(deps.store, entries, c.get('locale'));
      const comments = await loadComments(deps, def, record.id, c.get('locale'));
      return c.html(
        <Layout
          ctx={ctx}
          title={`${t(ctx.locale, 'history')}: ${def.display(record, await displayNames(deps.store, def, [record])) || record.id}`}
          flash={flashFromQuery(c)}
        >
          <p>
            <a href={`/${def.route}/${encodeURIComponent(record.id)}`}>{t(ctx.locale, 'edit')}</a>
          </p>
          <AuditTable
            entries={entries}
            locale={ctx.locale}
            names={names}
            live={live}
            label={t(ctx.locale, 'history')}
          />
          <CommentsSection ctx={ctx} def={def} id={record.id} from="history" {...comments} />
        </Layout>,
      );
    };
  }
  return handlers;
}

/** Audit entries whether the store answers with a list or a page. */
export async function auditEntries(
  deps: AppDeps,
  query: Parameters<AppDeps['store']['audit']['list']>[0],
): Promise<AuditEntry[]> {
  const result = await deps.store.audit.list(query);
  return Array.isArray(result) ? result : result.items;
}

/** The names of the staff who made the entries (`staffName`), by user id. */
export async function actorNames(
  deps: AppDeps,
  entries: AuditEntry[],
  locale: Locale,
): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const id of new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))) {
    const user = await deps.store.users.get(id);
    if (user) names[id] = staffName(user, locale);
  }
  return names;
}
