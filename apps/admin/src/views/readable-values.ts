/**
 * Stored values as staff read them, for the audit log and the edit-conflict page: field labels instead
 * of keys, record names instead of ids, dates in the office's (or the event's) wall-clock time, money,
 * option labels and lists. Pure: the names of the records that ids point at are loaded beforehand
 * (`routes/record-names.ts`, through the store) and passed in.
 * Extend by describing a new field in `forms/entities.ts`; keys no entity describes (a user's role, a
 * scheduled publication) have a branch in `readableByKey`.
 */
import {
  AGENDA_KIND_LABELS,
  type EntityKind,
  EVENT_STATUS_LABELS,
  formatClock,
  formatInstant,
  formatMoney,
  type Locale,
  USER_ROLE_LABELS,
} from '@org/domain';
import { formatDate } from '@org/site';
import {
  AGENDA_FIELDS,
  ENTITIES,
  entityByKind,
  type FieldDef,
  type RefTarget,
  SPEAKER_FIELDS,
} from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { t } from '../i18n.js';
import { isObject } from './object-value.js';
import { OFFICE_ZONE } from './office-time.js';

/** A value as staff read it: one line, or a list of lines. */
export type Readable = string | string[];

export interface ReadEnv {
  locale: Locale;
  /** The zone times are shown in: the event's own, else the office's. */
  zone: string;
  /** Display names of records by id (see `routes/record-names.ts`). */
  names: Readonly<Record<string, string>>;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bookkeeping every stored record carries; never what staff changed. */
const META_KEYS = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * Which kind of record a key holding an id points at, from every relation field the forms describe
 * (`organizerId` → organisations, `grantIds` → grants, a speaker's `personId` → people…).
 */
export const REF_KEYS: Readonly<Record<string, RefTarget>> = Object.fromEntries(
  [
    ...ENTITIES.flatMap((e) => [...e.fields, ...e.groups.flatMap((g) => g.fields)]),
    ...AGENDA_FIELDS,
    ...SPEAKER_FIELDS,
  ].flatMap((f) => (f.ref ? [[f.name.split('.').pop() ?? f.name, f.ref] as const] : [])),
);

/** Every (kind, id) a value points at, found by the keys of `REF_KEYS` at any depth. */
export function referencedIds(value: unknown): { target: RefTarget; id: string }[] {
  const out: { target: RefTarget; id: string }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (isObject(v))
      for (const [k, x] of Object.entries(v)) {
        const target = REF_KEYS[k];
        if (target && typeof x === 'string') out.push({ target, id: x });
        else if (target && Array.isArray(x)) for (const id of x) if (typeof id === 'string') out.push({ target, id });
        walk(x);
      }
  };
  walk(value);
  return out;
}

/** The top-level keys whose values differ between two versions of a record (bookkeeping left out). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !META_KEYS.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const nameOf = (id: unknown, env: ReadEnv): string =>
  typeof id !== 'string' ? String(id) : (env.names[id] ?? `${t(env.locale, 'unknownRecord')} (${id})`);

const yesNo = (v: boolean, env: ReadEnv) => t(env.locale, v ? 'yes' : 'no');

const number = (n: number, env: ReadEnv) =>
  new Intl.NumberFormat(env.locale === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 6 }).format(n);

/** Times that do not parse are shown as stored rather than hidden. */
const instant = (v: string, env: ReadEnv) => {
  try {
    return formatInstant(v, env.zone, env.locale);
  } catch {
    return v;
  }
};
const clock = (v: string, env: ReadEnv) => {
  try {
    return formatClock(v, env.zone);
  } catch {
    return v;
  }
};
// A calendar day has no zone: read at noon UTC, it is the same day everywhere.
const day = (v: string, env: ReadEnv) => (LOCAL_DATE.test(v) ? formatDate(v, env.locale) : v);

const oneLine = (r: Readable): string => (Array.isArray(r) ? r.join(', ') : r);

/** A value by the form field that edits it. */
function readableByField(field: FieldDef, value: unknown, env: ReadEnv): Readable {
  if (value === undefined || value === null || value === '') return '—';
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? yesNo(value, env) : String(value);
    case 'select':
      return typeof value === 'string' ? (field.options?.[value]?.[env.locale] ?? value) : String(value);
    case 'datetime':
      return typeof value === 'string' ? instant(value, env) : String(value);
    case 'date':
      return typeof value === 'string' ? day(value, env) : String(value);
    case 'number':
      return typeof value === 'number' ? number(value, env) : String(value);
    case 'ref':
      return nameOf(value, env);
    case 'refs':
    case 'lines':
      if (!Array.isArray(value)) return String(value);
      return value.map((v) => (field.type === 'refs' ? nameOf(v, env) : String(v)));
    default:
      return readableByKey(field.name, value, env);
  }
}

/** One row of a repeatable group (a partner, an affiliation, a result) on one line. */
function rowLine(row: unknown, fields: readonly FieldDef[], env: ReadEnv): string {
  if (!isObject(row)) return String(row);
  return fields
    .filter((f) => row[f.name] !== undefined && row[f.name] !== null && row[f.name] !== '')
    .map((f) => `${labelOf(f.name, env.locale)}: ${oneLine(readableByField(f, row[f.name], env))}`)
    .join('; ');
}

/** Someone on the agenda: the person's name, or the representatives as described, with whom they speak for. */
function speaker(s: unknown, env: ReadEnv): string {
  if (!isObject(s)) return String(s);
  const who = s.kind === 'person' ? nameOf(s.personId, env) : String(s.description ?? '');
  const role = typeof s.role === 'string' && s.role ? `, ${s.role}` : '';
  const at = s.organizationId ?? s.authorityId;
  if (s.independent === true) return `${who}${role} (${t(env.locale, 'inOwnName')})`;
  return `${who}${role}${at ? ` (${nameOf(at, env)})` : ''}`;
}

/** An agenda item on one line: "10:00–11:30 Panel: Title — Moderator: …; Paneliści: …". */
function agendaLine(item: unknown, env: ReadEnv): string {
  if (!isObject(item)) return String(item);
  const kind = typeof item.kind === 'string' ? item.kind : '';
  const time =
    typeof item.startsAt === 'string' && typeof item.endsAt === 'string'
      ? `${clock(item.startsAt, env)}–${clock(item.endsAt, env)} `
      : '';
  const kindLabel = AGENDA_KIND_LABELS[kind as keyof typeof AGENDA_KIND_LABELS]?.[env.locale] ?? kind;
  const title = typeof item.title === 'string' && item.title ? `: ${item.title}` : '';
  const people: string[] = [];
  if (item.moderator) people.push(`${labelOf('moderator', env.locale)}: ${speaker(item.moderator, env)}`);
  for (const key of ['speakers', 'panelists', 'facilitators'])
    if (Array.isArray(item[key]) && item[key].length > 0)
      people.push(`${labelOf(key, env.locale)}: ${(item[key] as unknown[]).map((s) => speaker(s, env)).join(', ')}`);
  return `${time}${kindLabel}${title}${people.length ? ` — ${people.join('; ')}` : ''}`;
}

/** A part of a record made of fields (an address, an amount, a period), on one line. */
function readableObject(key: string, value: Record<string, unknown>, fields: FieldDef[], env: ReadEnv): string {
  if ((key === 'amount' || key === 'ownContribution') && typeof value.amount === 'number')
    return formatMoney({ amount: value.amount, currency: String(value.currency ?? 'PLN') }, env.locale);
  if (key === 'period') return `${readableOne(value.from, env)} – ${readableOne(value.to, env)}`;
  if (key === 'address') {
    const s = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : '');
    return [s('street'), [s('postalCode'), s('city')].filter(Boolean).join(' '), s('voivodeship'), s('country')]
      .filter(Boolean)
      .join(', ');
  }
  return fields
    .filter((f) => value[f.name] !== undefined)
    .map((f) => `${labelOf(f.name, env.locale)}: ${oneLine(readableByField(f, value[f.name], env))}`)
    .join('; ');
}

const readableOne = (v: unknown, env: ReadEnv): string => oneLine(readableByKey('', v, env));

/** A value by its key alone, for what no form field describes (a user's role, a publication's time). */
function readableByKey(key: string, value: unknown, env: ReadEnv): Readable {
  if (value === undefined || value === null || value === '') return '—';
  const target = REF_KEYS[key];
  if (target) return Array.isArray(value) ? value.map((v) => nameOf(v, env)) : nameOf(value, env);
  if (key === 'status' && typeof value === 'string')
    return EVENT_STATUS_LABELS[value as keyof typeof EVENT_STATUS_LABELS]?.[env.locale] ?? value;
  if (key === 'password') return t(env.locale, 'passwordChanged');
  if (typeof value === 'boolean') return yesNo(value, env);
  if (typeof value === 'number') return number(value, env);
  if (typeof value === 'string') return INSTANT.test(value) ? instant(value, env) : day(value, env);
  if (Array.isArray(value)) return value.map((v) => readableOne(v, env));
  if (isObject(value))
    return Object.entries(value)
      .filter(([k]) => !META_KEYS.has(k))
      .map(([k, v]) => `${labelOf(k, env.locale)}: ${oneLine(readableByKey(k, v, env))}`)
      .join('; ');
  return String(value);
}

/** One changed field: its key, its label, and its value before and after in words. */
export interface ReadableChange {
  key: string;
  label: string;
  before: Readable;
  after: Readable;
}

/**
 * The fields that differ between two versions of a record of `kind`, in words. A difference that reads
 * the same (an instant written in another offset, an empty list where there was none) is no change to
 * staff and is left out; a password, which the audit never holds, is said to have changed.
 */
export function readableChanges(kind: EntityKind, before: unknown, after: unknown, env: ReadEnv): ReadableChange[] {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  const keys = changedKeys(a, b);
  if ('password' in b && !keys.includes('password')) keys.push('password');
  return keys.flatMap((key) => {
    const label = readableLabel(kind, key, env.locale);
    if (key === 'password') return [{ key, label, before: '—', after: t(env.locale, 'passwordChanged') }];
    const change = {
      key,
      label,
      before: readableField(kind, key, a[key], env),
      after: readableField(kind, key, b[key], env),
    };
    return JSON.stringify(change.before) === JSON.stringify(change.after) ? [] : [change];
  });
}

/** The label of a top-level key of a record of `kind`. */
export function readableLabel(kind: EntityKind, key: string, locale: Locale): string {
  if (kind === 'user' && (key === 'name' || key === 'role' || key === 'email' || key === 'disabled'))
    return t(locale, key);
  if (key === 'password') return t(locale, 'password');
  if (key === 'scheduledPublication') return t(locale, 'scheduledPublication');
  return labelOf(key, locale);
}

/**
 * The value of the top-level field `key` of a record of `kind`, as staff read it.
 *
 * @example
 * readableField('grant', 'amount', { amount: 1250000, currency: 'PLN' }, { locale: 'pl', zone: 'Europe/Warsaw', names: {} })
 * // '12 500,00 zł'
 */
export function readableField(kind: EntityKind, key: string, value: unknown, env: ReadEnv): Readable {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  // A part of the record holding nothing (an event's attendance before anyone counted) reads as empty, not as a blank.
  if (isObject(value) && Object.values(value).every((v) => v === undefined)) return '—';
  if (kind === 'user' && key === 'role' && typeof value === 'string')
    return USER_ROLE_LABELS[value as keyof typeof USER_ROLE_LABELS]?.[env.locale] ?? value;
  const def = entityByKind(kind);
  if (def) {
    if (def.agenda && key === 'agenda' && Array.isArray(value)) return value.map((item) => agendaLine(item, env));
    const group = def.groups.find((g) => g.name === key);
    if (group && Array.isArray(value)) return value.map((row) => rowLine(row, group.fields, env));
    const field = def.fields.find((f) => f.name === key);
    if (field) return readableByField(field, value, env);
    const nested = def.fields
      .filter((f) => f.name.startsWith(`${key}.`))
      .map((f) => ({ ...f, name: f.name.slice(key.length + 1) }));
    if (nested.length > 0 && isObject(value)) return readableObject(key, value, nested, env);
  }
  return readableByKey(key, value, env);
}

/** The zone a record's times are read in: its own (an event's), else the office's. */
export const zoneOf = (...records: unknown[]): string => {
  for (const r of records) if (isObject(r) && typeof r.timeZone === 'string' && r.timeZone) return r.timeZone;
  return OFFICE_ZONE;
};
