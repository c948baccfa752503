import type { Locale } from '@org/domain';
import type { Child, FC } from 'hono/jsx';
import type { EntityDef } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { parsePath, pathPattern } from '../forms/form-paths.js';
import { fieldPatterns } from '../forms/parse-entity-form.js';
import { type Merge, ORIGINAL_FIELD } from '../forms/three-way-merge.js';
import { t, tf } from '../i18n.js';
import { duplicateWords } from '../routes/create-record.js';
import { AgendaEditor } from './agenda-editor.js';
import { ReadableValue } from './audit-table.js';
import { ErrorSummary, IssueList, type SummaryIssue } from './error-summary.js';
import { FieldControl, type RefOptions } from './field-control.js';
import { fieldPlace } from './field-place.js';
import { getPath } from './get-path.js';
import { fieldId } from './ids.js';
import { Csrf, type Flash, Layout } from './layout.js';
import { objectOrEmpty } from './object-value.js';
import { readableField, readableLabel, zoneOf } from './readable-values.js';
import type { ViewContext } from './view-context.js';

export interface Conflict {
  stored: Record<string, unknown>;
  mine: Record<string, unknown>;
  /** Display names of the records either version points at, by id (`routes/record-names.ts`). */
  names: Record<string, string>;
  /** The three-way merge against the version the form was opened with; its clashes are chosen in the form. */
  merge: Merge;
  /** Who saved the version stored now, when the audit log says. */
  savedBy: string | null;
  /** The choices already made, when a post left some clash unchosen: checked again. */
  chosen?: Readonly<Record<string, 'mine' | 'theirs'>>;
}

/**
 * A stale save merged (`forms/three-way-merge.ts`): what was taken from the colleague and what of staff's was kept,
 * said in words, and each field both changed side by side with a choice that must be made before saving. Rendered
 * inside the record form, so the choices are posted with it; both versions as stored data one click away.
 */
export const ConflictComparison: FC<{ def: EntityDef; locale: Locale; conflict: Conflict }> = ({
  def,
  locale,
  conflict,
}) => {
  const { stored, mine, names, merge, savedBy, chosen = {} } = conflict;
  const env = { locale, zone: zoneOf(mine, stored), names };
  const label = (key: string) => readableLabel(def.kind, key, locale);
  const theirsTitle = savedBy ? tf(locale, 'savedVersionBy', { name: savedBy }) : t(locale, 'savedVersion');
  const who = savedBy ?? t(locale, 'someoneElse');
  return (
    <section class="conflict" aria-labelledby="conflict-h">
      <h2 id="conflict-h">{t(locale, 'conflictTitle')}</h2>
      <p>{t(locale, 'conflictNothingSaved')}</p>
      {merge.taken.length > 0 ? (
        <p class="merge-taken">
          {tf(locale, 'conflictTaken', { name: who, fields: merge.taken.map(label).join(', ') })}
        </p>
      ) : null}
      {merge.kept.length > 0 ? (
        <p class="merge-kept">{tf(locale, 'conflictKept', { fields: merge.kept.map(label).join(', ') })}</p>
      ) : null}
      {merge.clashes.length === 0 ? (
        <p>
          {merge.taken.length + merge.kept.length === 0 ? `${t(locale, 'conflictSame')} ` : ''}
          {t(locale, 'conflictConfirm')}
        </p>
      ) : (
        <table class="compare-table clashes">
          <caption>{tf(locale, 'conflictClashes', { name: who })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'field')}</th>
              <th scope="col">{t(locale, 'yourVersion')}</th>
              <th scope="col">{theirsTitle}</th>
            </tr>
          </thead>
          <tbody>
            {merge.clashes.map((key) => (
              <tr data-field={key}>
                <th scope="row">
                  {label(key)}
                  <input type="hidden" name="clash" value={key} />
                </th>
                {(['mine', 'theirs'] as const).map((side) => (
                  <td>
                    <ReadableValue
                      value={readableField(def.kind, key, side === 'mine' ? mine[key] : stored[key], env)}
                    />
                    <p class="choice">
                      <input
                        type="radio"
                        id={`keep-${side}-${key}`}
                        name={`keep:${key}`}
                        value={side}
                        checked={chosen[key] === side}
                      />{' '}
                      <label for={`keep-${side}-${key}`}>
                        {t(locale, side === 'mine' ? 'conflictKeepMine' : 'conflictKeepTheirs')}
                      </label>
                    </p>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details class="raw">
        <summary>{t(locale, 'rawData')}</summary>
        <div class="compare">
          <div>
            <h3>{theirsTitle}</h3>
            <pre>{JSON.stringify(stored, null, 2)}</pre>
          </div>
          <div>
            <h3>{t(locale, 'yourVersion')}</h3>
            <pre>{JSON.stringify(mine, null, 2)}</pre>
          </div>
        </div>
      </details>
    </section>
  );
};

export interface EntityFormProps {
  ctx: ViewContext;
  def: EntityDef;
  /** The values shown: a stored record, or what staff posted when it was refused. */
  values: Record<string, unknown>;
  /** Set when editing: the stored record's id and the version the form is based on. */
  id?: string | undefined;
  version?: number | undefined;
  /** Set when editing: the form's fields of the version it is based on, carried in a hidden field for a later merge. */
  original?: Record<string, unknown> | undefined;
  errors: Record<string, string>;
  refs: RefOptions;
  flash?: Flash | undefined;
  /** On a conflict: the version stored now, shown beside what staff posted, with the names of what they point at. */
  conflict?: Conflict | undefined;
  canEdit: boolean;
  /** Sections below the form (event status, comments): each has its own forms, so never inside this one. */
  children?: Child;
  /** Names of the records the values' `namesFrom` fields point at (see `displayNames`). */
  names?: Readonly<Record<string, string>> | undefined;
  /**
   * What the stored record breaks of today's rules (stored before a rule existed, or edited around the
   * store), keyed as `errors` are: listed above the form and shown beside each field, as something to fix
   * rather than a refused post. Only on the edit page as it opens; a post brings `errors` of its own.
   */
  storedIssues?: Readonly<Record<string, string>> | undefined;
  /** On a create: a live record of the same kind and name, which staff confirm is another one before it is saved. */
  duplicate?: { href: string; name: string } | undefined;
  /**
   * A change to a public record that the check before publishing refused: its problems, and the override (ticked,
   * reason typed, why the reason was refused) the publish page offers, asked again inside this form.
   */
  publicCheck?: PublicCheck | undefined;
  /** A create form's one-time token (the id of the record it creates): posting the form twice creates one record. */
  formToken?: string | undefined;
  /** The stored record is public (published, cancelled, postponed): saving puts the change on the website at once. */
  isPublic?: boolean | undefined;
}

/** What the check before publishing found in a public record as a refused save would have made it. */
export interface PublicCheck {
  problems: readonly { code: string; message: string }[];
  override: boolean;
  note: string;
  noteError?: string | undefined;
}

/** The longest reason for saving a public record despite problems, as for publishing despite them. */
export const MAX_PUBLIC_OVERRIDE_NOTE = 1000;

/** The create/edit form of any entity, rendered from its description; works without JavaScript. */
export const EntityFormPage: FC<EntityFormProps> = ({
  ctx,
  def,
  values,
  id,
  version,
  original,
  errors,
  refs,
  flash,
  conflict,
  canEdit,
  children,
  names,
  storedIssues = {},
  duplicate,
  publicCheck,
  formToken,
  isPublic,
}) => {
  const { locale } = ctx;
  const zone = typeof values.timeZone === 'string' ? values.timeZone : 'Europe/Warsaw';
  const title = id ? `${def.singular[locale]}: ${def.display(values, names) || id}` : def.newTitle[locale];
  const action = id ? `/${def.route}/${encodeURIComponent(id)}` : `/${def.route}/new`;
  // Agenda problems are advice shown on every visit; anything else means the post was refused.
  const refused = Object.entries(errors).filter(([k]) => k !== '__agenda');
  const patterns = fieldPatterns(def);
  const isField = (name: string) => patterns.has(pathPattern(parsePath(name) ?? []));
  const issues = (entries: [string, string][]): SummaryIssue[] =>
    entries.map(([name, message]) =>
      isField(name)
        ? // Many fields share a label ("Opis" of every agenda item and speaker): say which one.
          {
            // "Program, punkt 2, osoba 2 — Opis: to pole jest wymagane.": one colon, the message's own.
            message: fieldPlace(name, locale) ? `${fieldPlace(name, locale)} — ${message}` : message,
            target: fieldId(name),
          }
        : { message },
    );
  const stored = Object.entries(storedIssues);
  // Each beside its field too, where a refused post's messages go (a post's own, when there is one, wins).
  const fieldErrors: Record<string, string> = { ...storedIssues, ...errors };
  return (
    <Layout ctx={ctx} title={title} flash={flash} failed={refused.length > 0}>
      {refused.length > 0 ? <ErrorSummary locale={locale} issues={issues(refused)} /> : null}
      {stored.length > 0 ? (
        // Not a refusal (nothing was posted): no alert, no "Błąd:" in the title, only what to fix and where.
        <section class="error-summary stored-issues" aria-labelledby="stored-issues-h">
          <h2 id="stored-issues-h">{t(locale, 'storedIssues')}</h2>
          <p>{t(locale, 'storedIssuesHint')}</p>
          <IssueList issues={issues(stored)} />
        </section>
      ) : null}
      {id ? (
        <nav class="record-tools" aria-label={t(locale, 'actions')}>
          <a href={`/${def.route}/${encodeURIComponent(id)}/history`}>{t(locale, 'history')}</a>
          {def.agenda ? (
            <a href={`/${def.route}/${encodeURIComponent(id)}/people`}>{t(locale, 'eventPeople')}</a>
          ) : null}
          {def.publishable ? (
            <a href={`/${def.route}/${encodeURIComponent(id)}/publish`}>{t(locale, 'compliance')}</a>
          ) : null}
          {def.publishable ? (
            <a href={`/${def.route}/${encodeURIComponent(id)}/preview`}>{t(locale, 'preview')}</a>
          ) : null}
          {canEdit ? <a href={`/${def.route}/${encodeURIComponent(id)}/delete`}>{t(locale, 'delete')}</a> : null}
        </nav>
      ) : null}
      {duplicate ? (
        <section class="duplicate-warning" id="duplicate-warning" role="alert" aria-labelledby="duplicate-warning-h">
          <h2 id="duplicate-warning-h">{t(locale, 'duplicateTitle')}</h2>
          <p>
            {`${t(locale, duplicateWords(def))} `}
            <a href={duplicate.href}>{duplicate.name}</a>
            {`. ${t(locale, 'duplicateQuestion')}`}
          </p>
        </section>
      ) : null}
      <form method="post" action={action} class="entity-form" data-entity={def.route} novalidate>
        <Csrf ctx={ctx} />
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        {/* No secret: staff may post any values anyway. It only tells a later conflict what they changed. */}
        {id && original ? <input type="hidden" name={ORIGINAL_FIELD} value={JSON.stringify(original)} /> : null}
        {conflict ? <ConflictComparison def={def} locale={locale} conflict={conflict} /> : null}
        {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
        <div class="grid">
          {def.fields.map((f) => (
            <FieldControl
              field={f}
              name={f.name}
              value={getPath(values, f.name)}
              error={fieldErrors[f.name]}
              locale={locale}
              refs={refs}
              zone={zone}
            />
          ))}
        </div>
        {def.groups.map((g) => {
          const given = values[g.name];
          const rows = Array.isArray(given) ? given.map(objectOrEmpty) : [];
          for (let i = 0; i < g.blankRows; i++) rows.push({});
          return (
            <fieldset class="group">
              <legend>{labelOf(g.name, locale)}</legend>
              {rows.map((row, i) => (
                <div class="row grid">
                  {g.fields.map((f) => (
                    <FieldControl
                      field={f}
                      name={`${g.name}[${i}].${f.name}`}
                      value={row[f.name]}
                      error={fieldErrors[`${g.name}[${i}].${f.name}`]}
                      locale={locale}
                      refs={refs}
                      zone={zone}
                    />
                  ))}
                </div>
              ))}
            </fieldset>
          );
        })}
        {def.agenda ? (
          <AgendaEditor agenda={values.agenda} locale={locale} refs={refs} zone={zone} errors={fieldErrors} />
        ) : null}
        {errors.__form ? (
          <p class="error" role="alert">
            {errors.__form}
          </p>
        ) : null}
        {publicCheck ? (
          <section class="public-check" aria-labelledby="public-check-h">
            <h2 id="public-check-h">{t(locale, 'publicCheckHeading')}</h2>
            <ul class="problems">
              {publicCheck.problems.map((p) => (
                <li data-code={p.code}>{p.message}</li>
              ))}
            </ul>
            <p class="checkbox">
              <input
                type="checkbox"
                id="public-override"
                name="publicOverride"
                value="true"
                checked={publicCheck.override}
              />{' '}
              <label for="public-override">{t(locale, 'publicOverride')}</label>
            </p>
            <div class="field">
              <label for="public-override-note">{t(locale, 'publicOverrideNote')}</label>
              <textarea
                id="public-override-note"
                name="publicOverrideNote"
                rows={2}
                maxlength={MAX_PUBLIC_OVERRIDE_NOTE}
                aria-invalid={publicCheck.noteError ? 'true' : undefined}
                aria-describedby={publicCheck.noteError ? 'public-override-note-error' : undefined}
              >
                {/* A newline right after <textarea> is dropped by the HTML parser: a leading one needs another. */}
                {publicCheck.note.startsWith('\n') ? `\n${publicCheck.note}` : publicCheck.note}
              </textarea>
              {publicCheck.noteError ? (
                <p class="error" id="public-override-note-error">
                  {publicCheck.noteError}
                </p>
              ) : null}
            </div>
          </section>
        ) : null}
        {duplicate ? (
          <p class="checkbox duplicate-confirm">
            <input type="checkbox" id="confirm-duplicate" name="confirmDuplicate" value="1" />{' '}
            <label for="confirm-duplicate">{t(locale, 'duplicateConfirm')}</label>
          </p>
        ) : null}
        {canEdit ? (
          <>
            {isPublic ? (
              <p class="hint" id="public-save-hint">
                {t(locale, 'publicSaveHint')}
              </p>
            ) : null}
            <p class="buttons">
              <button type="submit" aria-describedby={isPublic ? 'public-save-hint' : undefined}>
                {t(locale, 'save')}
              </button>{' '}
              <a href={`/${def.route}`}>{t(locale, 'cancel')}</a>
            </p>
          </>
        ) : null}
      </form>
      {children}
    </Layout>
  );
};
