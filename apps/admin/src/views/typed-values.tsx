import type { Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import type { FormEntry } from '../app-env.js';
import { ENTITIES, type EntityDef, type FieldType } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { parsePath, pathPattern } from '../forms/form-paths.js';
import { fieldPatterns } from '../forms/parse-entity-form.js';
import { countText, t } from '../i18n.js';
import { routeKey, routesOf } from '../routes/route-table.js';
import { placedLabel } from './field-place.js';
import type { ViewContext } from './view-context.js';

/** One field given back: its label as the form shows it, and what was typed in it. */
export interface TypedValue {
  label: string;
  value: string;
  /** How many characters were left out past `MAX_TYPED_CHARS` (0 for anything staff could have typed). */
  cut: number;
}

/** The longest text any form takes (an event's or a post's body): nothing typed in a form is longer. */
const MAX_TYPED_CHARS = 200_000;
/** More fields than the largest agenda has: the bound on what a forged post can make a page repeat. */
const MAX_TYPED_FIELDS = 5_000;

/** The label of a field a form has, or null for a field it has not (or one that is no one's typing). */
type Labeler = (name: string, locale: Locale) => string | null;

/** Fields typed as text; selects, checkboxes and relations hold a choice or an id, nothing to copy. */
const TYPED: ReadonlySet<FieldType> = new Set([
  'text',
  'textarea',
  'markdown',
  'number',
  'money',
  'date',
  'datetime',
  'lines',
]);

/** "Program, punkt 2, osoba 1 — Rola" for `agenda[1].people[0].role`: where in the form, then the field's label. */
function entityLabeler(def: EntityDef): Labeler {
  const patterns = fieldPatterns(def);
  return (name, locale) => {
    const path = parsePath(name);
    const pattern = path ? pathPattern(path) : '';
    const field = patterns.get(pattern);
    if (!path || !field || !TYPED.has(field.type) || pattern === 'agenda[*].id') return null;
    return placedLabel(name, locale);
  };
}

const only =
  (labels: Record<string, (locale: Locale) => string>): Labeler =>
  (name, locale) =>
    Object.hasOwn(labels, name) ? (labels[name]?.(locale) ?? null) : null;

const account = only({ email: (l) => t(l, 'email'), name: (l) => t(l, 'name') });

/** What each form that staff type in has, by its POST route; a route not here gives nothing back. */
const LABELERS = new Map<string, Labeler>([
  ['POST /login', only({ email: (l) => t(l, 'email') })],
  ['POST /setup/:token', account],
  ['POST /users/new', account],
  ['POST /users/:id', account],
  ['POST /events/:id/status', only({ note: (l) => t(l, 'statusNoteLabel') })],
  [
    'POST /quick/:ref',
    only({
      givenName: (l) => labelOf('givenName', l),
      familyName: (l) => labelOf('familyName', l),
      name: (l) => labelOf('name', l),
    }),
  ],
  ...ENTITIES.flatMap((def): [string, Labeler][] => {
    const form = entityLabeler(def);
    return [
      [`POST /${def.route}/new`, form],
      [`POST /${def.route}/:id`, form],
      [`POST /${def.route}/:id/comments`, only({ body: (l) => t(l, 'comment') })],
      [`POST /${def.route}/:id/publish`, only({ note: (l) => t(l, 'overrideNote') })],
      [`POST /${def.route}/:id/schedule`, only({ at: (l) => t(l, 'scheduleField') })],
    ];
  }),
]);

/**
 * What a refused POST to `path` carried that staff typed: only the fields its form has, each with the label the
 * form shows (never `agenda[0].title`), never a password, a token or a version, and at most `MAX_TYPED_FIELDS`
 * fields of at most `MAX_TYPED_CHARS` characters, so a forged post cannot make the page repeat whatever it sent.
 *
 * @example
 * typedValues('/events/x', [['_csrf', 't'], ['agenda[0].title', 'Panel'], ['evil', 'x']], 'pl')
 * // [{ label: 'Program, punkt 1 — Tytuł', value: 'Panel', cut: 0 }]
 */
export function typedValues(path: string, entries: readonly FormEntry[], locale: Locale): TypedValue[] {
  const route = routesOf(path).find((r) => r.method === 'POST');
  const labeler = route ? LABELERS.get(routeKey(route)) : undefined;
  if (!labeler) return [];
  const shown: TypedValue[] = [];
  for (const [name, value] of entries) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    const label = labeler(name, locale);
    if (label === null) continue;
    shown.push({ label, value: value.slice(0, MAX_TYPED_CHARS), cut: Math.max(0, value.length - MAX_TYPED_CHARS) });
    if (shown.length === MAX_TYPED_FIELDS) break;
  }
  return shown;
}

/**
 * What a refused POST carried, as read-only text staff can copy: a form refused before its route ran
 * (the session ended, the CSRF token went stale) must not lose what was typed. Escaped like any text;
 * nothing here is replayed.
 */
export const TypedValues: FC<{ ctx: ViewContext; values: readonly TypedValue[] }> = ({ ctx, values }) => {
  if (values.length === 0) return null;
  return (
    <section class="typed-values" aria-labelledby="typed-h">
      <h2 id="typed-h">{t(ctx.locale, 'typedValues')}</h2>
      {values.map(({ label, value, cut }, i) => (
        <div class="field">
          <label for={`typed-${i}`}>{label}</label>
          <textarea id={`typed-${i}`} readonly rows={Math.min(12, value.split('\n').length + 1)}>
            {/* A newline right after <textarea> is dropped by the HTML parser: a leading one needs another. */}
            {value.startsWith('\n') ? `\n${value}` : value}
          </textarea>
          {cut > 0 ? (
            <p class="hint">{`${t(ctx.locale, 'typedCut')} ${countText(ctx.locale, cut, 'character')}`}</p>
          ) : null}
        </div>
      ))}
    </section>
  );
};
