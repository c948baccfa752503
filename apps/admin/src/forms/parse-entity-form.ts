import {
  AGENDA_ITEM_KINDS,
  AGENDA_KIND_LABELS,
  type AgendaItemKind,
  FIELD_LABELS,
  instantToLocal,
  type Locale,
  localToInstant,
  slugify,
} from '@org/domain';
import { listText } from '../i18n.js';
import { AGENDA_FIELDS, AGENDA_KIND_FIELDS, type EntityDef, type FieldDef, SPEAKER_FIELDS } from './entities.js';
import { labelOf } from './field-label.js';
import { parsePath, pathPattern, setPath } from './form-paths.js';
import { splitHashtags } from './hashtags.js';
import { offsetFieldName, repeatedChoices, repeatedTimeMessage } from './repeated-hour.js';

type Tree = { [key: string]: unknown };

/** What a form post parses into: the domain input to validate, and the version it was based on. */
export interface ParsedForm {
  input: Tree;
  version: number | null;
  /** What the form holds that no schema can say is wrong (data in a field its agenda item's kind lacks), to refuse. */
  issues: FormIssue[];
  /**
   * Whether `input.slug` was made here from the title or name because staff left the field empty. Such
   * a slug is only for validating: the store is given none, so it picks a free one (`-2`, `-3`…) on
   * create and keeps the stored one on update; it never answers "taken" for a field nobody typed in.
   */
  slugGenerated: boolean;
  /**
   * Optional parts left out of `input` because they held only what a new form starts with (an own
   * contribution of just `{ currency: 'PLN' }`, an address of just `{ country: 'PL' }`): not saved, but
   * given back in the form when it is refused, as it was sent.
   */
  leftEmpty: Tree;
}

/** Fields the form of an entity knows, by path pattern (`agenda[*].people[*].personId`). */
export function fieldPatterns(def: EntityDef): Map<string, FieldDef> {
  const map = new Map<string, FieldDef>();
  for (const f of def.fields) map.set(f.name, f);
  for (const g of def.groups) for (const f of g.fields) map.set(`${g.name}[*].${f.name}`, f);
  if (def.agenda) {
    map.set('agenda[*].id', { name: 'id', type: 'text' });
    for (const f of AGENDA_FIELDS) map.set(`agenda[*].${f.name}`, f);
    for (const f of SPEAKER_FIELDS) {
      map.set(`agenda[*].people[*].${f.name}`, f);
      map.set(`agenda[*].moderator.${f.name}`, f);
    }
  }
  return map;
}

/** The top-level keys a form controls: cleared in the stored record when the form leaves them empty. */
export function controlledKeys(def: EntityDef): Set<string> {
  const keys = new Set<string>();
  for (const f of def.fields) keys.add(f.name.split('.')[0] as string);
  for (const g of def.groups) keys.add(g.name);
  if (def.agenda) keys.add('agenda');
  return keys;
}

const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;
// Thousands grouped by spaces (also the non-breaking ones Polish text and spreadsheets use): "40 000".
const SPACE_GROUPS = /^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
const DOT_GROUPS = /^-?\d{1,3}(?:\.\d{3})+$/;

/**
 * A number as staff type it in Polish. A comma is the decimal separator ("52,2297"); spaces and dots
 * group thousands ("40 000,50", "40.000,50", "1.000.000"). A lone dot, which Polish and English read
 * differently, is decided by the field: in a fractional field (coordinates, `decimal: true`) it is a
 * decimal point ("52.229", as maps and GPS write it); in a count (every other number field is an
 * integer in the domain) a dot before exactly three digits groups thousands ("1.500" is 1500), any
 * other dot is a decimal point (and the schema then says a count must be whole). What fits none of
 * these stays as typed, and the schema names it.
 *
 * @example
 * parseNumber('52,2297', true) // 52.2297
 * parseNumber('1.500', false) // 1500
 */
export function parseNumber(raw: string, fractional: boolean): number | string {
  let text = raw.trim();
  if (SPACE_GROUPS.test(text)) text = text.replace(/[ \u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(?:\.\d{3})+,\d+$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  else if (DOT_GROUPS.test(text) && (!fractional || text.split('.').length > 2)) text = text.replace(/\./g, '');
  return NUMBER.test(text) ? Number(text) : raw;
}

// Money is never fractional beyond grosze, so a dot before three digits can only group thousands (after a first
// group that is a number: "0.001" groups nothing, it is a thousandth).
const MONEY = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;
const MONEY_DOT_GROUPS = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
// English notation ("40,000.50"): for the same reason a comma before three digits can only group thousands.
const MONEY_COMMA_GROUPS = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;
// The currency written after an amount, as agreements and invoices write it: "12 500 zł", "12 500,00 PLN".
const MONEY_CURRENCY = /(?:zł|pln)\.?$/i;
/** An amount's text without its spaces and the currency written after it. */
const moneyText = (raw: string): string => raw.replace(/[\s\u00a0\u202f]/g, '').replace(MONEY_CURRENCY, '');
// 13 digits of złoty: grosze then stay a safe integer (below 2^53), as the schema requires.
const MONEY_MAX_DIGITS = 13;
const MONEY_MAX: Record<Locale, string> = { pl: '9 999 999 999 999,99 zł', en: '9,999,999,999,999.99' };

/**
 * Złoty as typed ("40 000,50", "40.000,50", "40.000", "40,5", "40.50 zł", "12 500,00 PLN") to integer grosze: a comma
 * is the decimal separator, spaces and dots before groups of three digits separate thousands, and a dot
 * before one or two digits is a decimal point. In the English admin English notation is read too: commas
 * before groups of three digits separate thousands ("40,000.50", "40,000"); no amount reads differently
 * in the two notations, since an amount has at most two decimal digits. Anything else stays text so the
 * schema names it.
 *
 * @example
 * parseMoney('40.000,50') // 4000050
 * parseMoney('40,000.50', 'en') // 4000050
 */
export function parseMoney(raw: string, locale: Locale = 'pl'): number | string {
  const text = moneyText(raw);
  const grouped = MONEY_DOT_GROUPS.exec(text) ?? (locale === 'en' ? MONEY_COMMA_GROUPS.exec(text) : null);
  const m = grouped ? ([grouped[0], grouped[1]?.replace(/[.,]/g, ''), grouped[2]] as const) : MONEY.exec(text);
  if (!m?.[1] || m[1].length > MONEY_MAX_DIGITS) return raw;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/**
 * Why digits and separators that `parseMoney` did not take are no amount, read as generously as it reads
 * them: more than two decimal places ("0,001", "40.5555"), or more złoty than it takes
 * ("99999999999999999999999", "1.000.000.000.000.000"); null when the text is something else, which
 * the schema then names.
 *
 * @example
 * moneyProblem('0,001', 'pl') // { problem: 'decimals', places: 3 }
 * moneyProblem('1.000.000.000.000.000', 'pl') // { problem: 'tooLarge' }
 */
export function moneyProblem(
  raw: string,
  locale: Locale,
): { problem: 'decimals'; places: number } | { problem: 'tooLarge' } | null {
  // An amount parseMoney reads has no problem, whatever the rules below would say of it: "9.000" in the
  // English admin is 9 000 zł there too (a dot before three digits groups in both notations).
  if (typeof parseMoney(raw, locale) === 'number') return null;
  const text = moneyText(raw);
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  const [decimal, group] = locale === 'en' ? ['.', ','] : [',', '.'];
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const separator = last >= 0 ? text.charAt(last) : '';
  const after = text.slice(last + 1);
  // The last separator is a decimal point unless it is the grouping one before exactly three digits of a
  // number that starts with a digit other than 0 ("1.000" groups; "0.001" and "1.0001" are fractions).
  const groups = separator === group && after.length === 3 && /^[1-9]/.test(text);
  const fraction = separator === decimal || (separator !== '' && !groups) ? after : '';
  if (fraction.length > 2) return { problem: 'decimals', places: fraction.length };
  const whole = (fraction ? text.slice(0, last) : text).replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  return whole.length > MONEY_MAX_DIGITS ? { problem: 'tooLarge' } : null;
}

/**
 * A list marker at the start of a line: topics and questions pasted from a post or a document come as "– Co
 * organizacje mogą załatwić w urzędzie.", and the website lists them itself (a second dash would show).
 */
const LIST_MARKER = /^[-–—•▪·*]\s+/u;

function coerce(field: FieldDef, raw: string, locale: Locale): unknown {
  const value = raw.trim();
  switch (field.type) {
    case 'number':
      return parseNumber(value, field.decimal === true);
    case 'money':
      return parseMoney(value, locale);
    case 'checkbox':
      return value !== '' && value !== 'false' && value !== '0';
    case 'lines':
      if (field.name === 'hashtags') return splitHashtags(value);
      return value
        .split(/\r?\n/)
        .map((l) => l.trim().replace(LIST_MARKER, '').trim())
        .filter(Boolean);
    case 'markdown':
      return raw.replace(/\r\n/g, '\n');
    default:
      return value;
  }
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isTree(v) && Object.keys(v).length === 0);
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Drops empty strings and empty objects; compacts arrays. Checkbox `false` and numbers stay. */
function prune(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .filter((v) => v !== undefined)
      .map(prune)
      .filter((v) => !isEmpty(v));
  if (isTree(value)) {
    const out: Tree = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (!isEmpty(p)) out[k] = p;
    }
    return out;
  }
  return value;
}

/** A row counts as filled when a field other than a select (which always has a value) is filled. */
const rowFilled = (row: Tree, fields: readonly FieldDef[]): boolean =>
  fields.some((f) => f.type !== 'select' && !isEmpty(row[f.name])) ||
  Object.entries(row).some(([k, v]) => !fields.some((f) => f.name === k) && k !== 'id' && !isEmpty(v));

const PEOPLE_KEY: Record<string, string | null> = {
  panel: 'panelists',
  discussion: 'facilitators',
  break: null,
  introduction: 'speakers',
  presentation: 'speakers',
  other: 'speakers',
};

/** The fields of one kind of speaker only (the domain's `SpeakerSchema`): the other kind's schema would drop them. */
const SPEAKER_KIND_FIELDS: Record<'person' | 'representatives', readonly string[]> = {
  person: ['personId', 'role', 'independent'],
  representatives: ['description', 'partyUnnamed'],
};

/**
 * One speaker row of an agenda item. Data in a field the row's kind does not have (a person and a role on a
 * "przedstawiciele" row, a description on a person's) stays in the row, so the form shows it again, and is refused
 * at that field: the schema would drop it without a word.
 */
function speaker(row: Tree, path: string, issues: FormIssue[], locale: Locale): Tree | null {
  if (!rowFilled(row, SPEAKER_FIELDS)) return null;
  const holds = (field: string) => !isEmpty(row[field]) && row[field] !== false;
  const chosen = row.kind === 'representatives' || row.kind === 'person' ? row.kind : undefined;
  // With no kind chosen, the row is what its fields say: a person's fields make a person (the schema then asks for
  // the person, rather than drop a role or a ticked box); a description alone, or nothing of a person, representatives.
  const kind =
    chosen ??
    (holds('personId') || (!holds('description') && SPEAKER_KIND_FIELDS.person.some(holds))
      ? 'person'
      : 'representatives');
  if (chosen) {
    const other = kind === 'person' ? 'representatives' : 'person';
    for (const field of SPEAKER_KIND_FIELDS[other])
      if (holds(field)) issues.push({ path: `${path}.${field}`, message: speakerMisfitMessage(field, kind, locale) });
  }
  return { ...row, kind };
}

/** The message for data in a speaker's field that the row's kind (a person, or representatives) does not have. */
function speakerMisfitMessage(field: string, kind: 'person' | 'representatives', locale: Locale): string {
  const label = fieldLabel(field, locale);
  if (locale === 'pl')
    return kind === 'representatives'
      ? `${label}: to pole ma tylko „osoba”, a ten wiersz to „przedstawiciele”. Wybierz „osoba” albo wyczyść to pole — nic nie zostało zapisane.`
      : `${label}: to pole mają tylko „przedstawiciele”, a ten wiersz to „osoba”. Wybierz „przedstawiciele” albo wyczyść to pole — nic nie zostało zapisane.`;
  return kind === 'representatives'
    ? `${label}: only a "person" row has this field, and this row is "representatives". Choose "person" or clear the field — nothing was saved.`
    : `${label}: only a "representatives" row has this field, and this row is a "person". Choose "representatives" or clear the field — nothing was saved.`;
}

const fieldLabel = (name: string, locale: Locale): string =>
  FIELD_LABELS[name.split('.').pop() ?? '']?.[locale] ?? name;

/** What staff are told about a local time the clocks skip. */
function skippedTimeMessage(name: string, raw: string, moved: string, locale: Locale): string {
  const label = fieldLabel(name, locale);
  const [time, suggestion] = [raw.slice(11, 16), moved.slice(11, 16)];
  return locale === 'pl'
    ? `${label}: ${time} nie istnieje tego dnia (zmiana czasu: zegary przestawia się o godzinę do przodu). Wpisz inną godzinę, np. ${suggestion}.`
    : `${label}: ${time} does not exist on that day (clock change: clocks go forward an hour). Enter another time, e.g. ${suggestion}.`;
}

/**
 * What staff are told about a negative sum of money. Parsing leaves "-5" as text, for which the schema
 * would say "expected a number": true of the value, useless to whoever typed it. The amount's own label
 * names it, so the text after it names no amount again ("Kwota: kwota…") and agrees with any label's gender
 * ("Wkład własny", "Kwota").
 */
function negativeMoneyMessage(name: string, raw: string, locale: Locale): string {
  const label = labelOf(name, locale);
  const typed = raw.trim();
  return locale === 'pl'
    ? `${label}: wartość nie może być ujemna (wpisano „${typed}”). Wpisz ją bez minusa, w złotych, np. 40 000,00.`
    : `${label}: cannot be negative (got "${typed}"). Enter it without a minus, in złoty, e.g. 40,000.00.`;
}

/**
 * What staff are told about an amount with more than two decimal places or more złoty than any amount has. It reads
 * on from the amount's label without naming it again, whatever the label ("Kwota", "Wkład własny").
 *
 * @example
 * moneyProblemMessage('amount.amount', '0,001', { problem: 'decimals', places: 3 }, 'pl')
 * // 'Kwota: najwyżej dwa miejsca po przecinku (grosze), a „0,001” ma 3. Zaokrąglij do pełnych groszy, np. 40 000,50.'
 */
function moneyProblemMessage(
  name: string,
  raw: string,
  problem: NonNullable<ReturnType<typeof moneyProblem>>,
  locale: Locale,
): string {
  const label = labelOf(name, locale);
  const typed = raw.trim();
  if (problem.problem === 'decimals')
    return locale === 'pl'
      ? `${label}: najwyżej dwa miejsca po przecinku (grosze), a „${typed}” ma ${problem.places}. Zaokrąglij do pełnych groszy, np. 40 000,50.`
      : `${label}: at most two decimal places (grosze), and "${typed}" has ${problem.places}. Round to whole grosze, e.g. 40,000.50.`;
  return locale === 'pl'
    ? `${label}: najwyżej ${MONEY_MAX.pl}, a wpisano „${typed}”. Sprawdź, czy nie ma za dużo cyfr.`
    : `${label}: at most ${MONEY_MAX.en}, and "${typed}" is more. Check for extra digits.`;
}

// What a valid value of a number field looks like, for its message: a count of people, a target, a coordinate.
const NUMBER_EXAMPLES: Record<string, Record<Locale, string>> = {
  capacity: { pl: '120', en: '120' },
  registered: { pl: '85', en: '85' },
  attended: { pl: '72', en: '72' },
  latitude: { pl: '52,2297', en: '52.2297' },
  longitude: { pl: '21,0122', en: '21.0122' },
};
const MONEY_EXAMPLE: Record<Locale, string> = { pl: '12 500,00 albo 12 500 zł', en: '12,500.00 or 12 500 zł' };

/**
 * What staff are told about a number field whose text is no number ("dużo", "12 tys.") or, in a count,
 * a number with a fraction ("1,5"): what to type, with an example, and what they typed, as they typed it.
 * The schema would say "Oczekiwano liczby (otrzymano: „1.5”)": its first word capitalised after the
 * label's colon, no example, and the value as parsed rather than as typed.
 *
 * @example
 * numberMessage({ name: 'capacity', type: 'number' }, 'capacity', 'dużo', 'pl')
 * // 'Liczba miejsc: podaj liczbę całkowitą, np. 120 (wpisano „dużo”).'
 */
export function numberMessage(field: FieldDef, name: string, raw: string, locale: Locale): string {
  const money = field.type === 'money';
  const label = labelOf(name, locale);
  const example = money
    ? MONEY_EXAMPLE[locale]
    : (NUMBER_EXAMPLES[field.name.split('.').pop() ?? '']?.[locale] ?? '10');
  const typed = raw.trim();
  const whole = !money && field.decimal !== true;
  return locale === 'pl'
    ? `${label}: podaj ${whole ? 'liczbę całkowitą' : 'liczbę'}, np. ${example} (wpisano „${typed}”).`
    : `${label}: enter ${whole ? 'a whole number' : 'a number'}, e.g. ${example} (got "${typed}").`;
}

/** What staff are told about an amount written in złoty ("12 500 zł") when the currency chosen is another. */
function moneyCurrencyMessage(name: string, raw: string, currency: string, locale: Locale): string {
  const label = labelOf(name, locale);
  const typed = raw.trim();
  return locale === 'pl'
    ? `${label}: „${typed}” jest w złotych, a wybrana waluta to ${currency}. Wybierz walutę PLN albo wpisz kwotę bez „zł”.`
    : `${label}: "${typed}" is in złoty, and the currency chosen is ${currency}. Choose PLN or enter the amount without "zł".`;
}

/** A problem found while reading a form, before the schema: a field path and a message for staff. */
export interface FormIssue {
  path: string;
  message: string;
}

const FIELD_WORDS: Record<keyof typeof AGENDA_KIND_FIELDS, Record<Locale, string>> = {
  questions: { pl: 'pytania', en: 'questions' },
  topics: { pl: 'tematy', en: 'topics' },
  format: { pl: 'forma dyskusji', en: 'discussion format' },
  moderator: { pl: 'moderator', en: 'moderator' },
  people: { pl: 'osoby', en: 'people' },
};

/** English plurals of the kinds, for "only panels have this field". */
const KIND_PLURAL_EN: Record<AgendaItemKind, string> = {
  introduction: 'introductions',
  panel: 'panels',
  presentation: 'presentations',
  discussion: 'discussions',
  break: 'breaks',
  other: '"other" items',
};

/** A kind's label as it is quoted inside a sentence, with its article in English: „przerwa”, an "introduction". */
function kindQuoted(kind: AgendaItemKind, locale: Locale): string {
  const label = AGENDA_KIND_LABELS[kind][locale].toLowerCase();
  if (locale === 'pl') return `„${label}”`;
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} "${label}"`;
}

const capitalized = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** The message for an agenda item filled in with no kind chosen. */
function kindMissingMessage(locale: Locale): string {
  const kinds = AGENDA_ITEM_KINDS.map((k) => AGENDA_KIND_LABELS[k][locale].toLowerCase());
  return locale === 'pl'
    ? `Rodzaj: wybierz rodzaj punktu (${listText('pl', kinds, 'or')}) — nic nie zostało zapisane.`
    : `Kind: choose the kind of the item (${listText('en', kinds, 'or')}) — nothing was saved.`;
}

/** The message for data in a field the item's kind does not have. */
function misfitMessage(field: keyof typeof AGENDA_KIND_FIELDS, kind: AgendaItemKind, locale: Locale): string {
  const word = capitalized(FIELD_WORDS[field][locale]);
  const owners = AGENDA_KIND_FIELDS[field];
  if (locale === 'pl') {
    const quoted = owners.map((k) => `„${AGENDA_KIND_LABELS[k].pl.toLowerCase()}”`);
    const who = quoted.length === 1 ? `ma tylko ${quoted[0]}` : `mają tylko: ${listText('pl', quoted)}`;
    return `${word}: to pole ${who}, a ten punkt to ${kindQuoted(kind, 'pl')}. Zmień rodzaj punktu albo wyczyść to pole — nic nie zostało zapisane.`;
  }
  const who = listText(
    'en',
    owners.map((k) => KIND_PLURAL_EN[k]),
  );
  return `${word}: only ${who} have this field, and this item is ${kindQuoted(kind, 'en')}. Change the kind of the item or clear the field — nothing was saved.`;
}

function agendaItem(row: Tree, index: number, newId: () => string, issues: FormIssue[], locale: Locale): Tree | null {
  const prefix = `agenda[${index}]`;
  const people = Array.isArray(row.people)
    ? row.people
        .map((p, j) => (isTree(p) ? speaker(p, `${prefix}.people[${j}]`, issues, locale) : null))
        .filter((s) => s !== null)
    : [];
  const moderator = isTree(row.moderator) ? speaker(row.moderator, `${prefix}.moderator`, issues, locale) : null;
  const { people: _p, moderator: _m, ...rest } = row;
  if (!rowFilled(rest, AGENDA_FIELDS) && people.length === 0 && !moderator) return null;
  const chosen = typeof rest.kind === 'string' && Object.hasOwn(PEOPLE_KEY, rest.kind);
  // The blank item starts with no kind ("—"): one filled in without choosing it is asked about, not saved as "inne".
  if (!chosen) issues.push({ path: `${prefix}.kind`, message: kindMissingMessage(locale) });
  const kind = (chosen ? rest.kind : 'other') as AgendaItemKind;
  const item: Tree = { ...rest, kind, id: typeof rest.id === 'string' && rest.id ? rest.id : newId() };
  const misfits: (keyof typeof AGENDA_KIND_FIELDS)[] = [];
  const misfit = (field: keyof typeof AGENDA_KIND_FIELDS, path: string) => {
    misfits.push(field);
    issues.push({ path: `${prefix}.${path}`, message: misfitMessage(field, kind, locale) });
  };
  // Data in a field the kind does not have stays in the item (the form shows it again) and is refused:
  // the schema would drop it without a word.
  for (const field of ['questions', 'topics', 'format'] as const)
    if (!isEmpty(item[field]) && !AGENDA_KIND_FIELDS[field].includes(kind)) misfit(field, field);
  const key = PEOPLE_KEY[kind];
  // A discussion's moderator is the first of its facilitators, so switching a panel to a discussion keeps them.
  const everyone = kind === 'discussion' && moderator ? [moderator, ...people] : people;
  if (key) item[key] = everyone;
  else if (people.length > 0) {
    item.people = people;
    misfit('people', `people[0].personId`);
  }
  if (moderator && kind === 'panel') item.moderator = moderator;
  else if (moderator && kind !== 'discussion') {
    item.moderator = moderator;
    misfit('moderator', 'moderator.personId');
  }
  if (misfits.length > 0)
    issues.push({
      path: `${prefix}.kind`,
      message:
        locale === 'pl'
          ? `Rodzaj: ${kindQuoted(kind, 'pl')} nie ma pól: ${misfits.map((f) => FIELD_WORDS[f].pl).join(', ')}. Zmień rodzaj albo wyczyść te pola.`
          : `Kind: ${kindQuoted(kind, 'en')} has no ${listText(
              'en',
              misfits.map((f) => FIELD_WORDS[f].en),
              'or',
            )}. Change the kind or clear those fields.`,
    });
  return item;
}

/**
 * Turns the fields of a posted form into the input of an entity's schema: nested paths become
 * objects and arrays, numbers and money (złoty → grosze) are converted, local times become instants
 * in the event's zone, empty fields and blank rows disappear, unknown fields are ignored. Keys of the
 * stored record the form does not control (status, publishedAt, …) are kept from `base`. A new record's id
 * is `recordId` when given (a create form's one-time token); `newId` names everything else the form adds (each
 * agenda item), so it must give a fresh id every call.
 * Never throws: what cannot be converted stays as typed, and the schema reports it.
 *
 * @example
 * parseEntityForm(people, [['givenName', 'Khedi'], ['familyName', 'Alieva']], { newId: () => 'p1' })
 * // { input: { id: 'p1', slug: 'khedi-alieva', givenName: 'Khedi', familyName: 'Alieva' }, version: null, issues: [], slugGenerated: true, leftEmpty: {} }
 */
export function parseEntityForm(
  def: EntityDef,
  entries: Iterable<readonly [string, unknown]>,
  options: { newId: () => string; recordId?: string; base?: Tree; locale?: Locale },
): ParsedForm {
  const locale = options.locale ?? 'pl';
  const issues: FormIssue[] = [];
  const patterns = fieldPatterns(def);
  const tree: Tree = {};
  const multi = new Map<string, string[]>();
  const datetimes: [Array<string | number>, string, string][] = [];
  const texts = new Map<string, string>();
  // Amounts typed with "zł" or "PLN" after them, to compare with the currency chosen beside them.
  const moneyInZloty: [string, string][] = [];
  let version: number | null = null;
  for (const [name, raw] of entries) {
    if (typeof raw !== 'string') continue;
    texts.set(name, raw);
    if (name === 'version') {
      version = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
      continue;
    }
    const path = parsePath(name);
    if (!path) continue;
    const field = patterns.get(pathPattern(path));
    if (!field) continue;
    if (field.type === 'refs') {
      const list = multi.get(name) ?? [];
      list.push(...raw.split(/[\s,]+/).filter(Boolean));
      multi.set(name, list);
    } else if (field.type === 'datetime') datetimes.push([path, raw.trim(), name]);
    else {
      const value = coerce(field, raw, locale);
      // A minus (or the typographic one) before an amount that would parse, too many decimal places, too
      // many digits: said as what they are, where the schema would only say a number was expected.
      if (field.type === 'money' && typeof value === 'string' && value !== '') {
        const problem = moneyProblem(raw, locale);
        if (/^\s*[-\u2212]/.test(raw)) {
          if (typeof parseMoney(raw.trim().replace(/^[-\u2212]\s*/, ''), locale) === 'number')
            issues.push({ path: name, message: negativeMoneyMessage(name, raw, locale) });
          else issues.push({ path: name, message: numberMessage(field, name, raw, locale) });
        } else if (problem) issues.push({ path: name, message: moneyProblemMessage(name, raw, problem, locale) });
        else issues.push({ path: name, message: numberMessage(field, name, raw, locale) });
      } else if (field.type === 'money' && MONEY_CURRENCY.test(raw.trim())) moneyInZloty.push([name, raw]);
      if (
        field.type === 'number' &&
        value !== '' &&
        (typeof value === 'string' || (field.decimal !== true && !Number.isInteger(value)))
      )
        issues.push({ path: name, message: numberMessage(field, name, raw, locale) });
      setPath(tree, path, value);
    }
  }
  for (const [name, list] of multi) setPath(tree, parsePath(name) ?? [], [...new Set(list)]);
  for (const [name, raw] of moneyInZloty) {
    const currency = texts.get(name.replace(/amount$/, 'currency'))?.trim();
    if (currency && currency !== 'PLN')
      issues.push({ path: name, message: moneyCurrencyMessage(name, raw, currency, locale) });
  }
  for (const f of def.fields)
    if (f.type === 'checkbox' && !(f.name in tree)) setPath(tree, parsePath(f.name) ?? [], false);
  const zone = typeof tree.timeZone === 'string' && tree.timeZone ? tree.timeZone : 'Europe/Warsaw';
  for (const [path, raw, name] of datetimes) {
    const instant = raw === '' ? '' : localToInstant(raw, zone);
    // A wall-clock time the clocks skip (the last Sunday of March, 02:00–02:59 in Warsaw) does not exist;
    // `localToInstant` moves it forward, which would save an hour nobody typed. It is refused, kept as typed.
    if (instant && instantToLocal(instant, zone) !== raw.slice(0, 16)) {
      issues.push({ path: name, message: skippedTimeMessage(name, raw, instantToLocal(instant, zone), locale) });
      setPath(tree, path, raw);
      continue;
    }
    // A time in the hour the clocks go back over names two instants: staff say which in the select
    // beside the field; until they do, nothing is saved (taking the first would move the second by an hour).
    const choices = instant ? repeatedChoices(raw, zone, locale) : [];
    if (choices.length > 0) {
      const chosen = choices.find((c) => c.offset === texts.get(offsetFieldName(name))?.trim());
      if (!chosen)
        issues.push({ path: name, message: repeatedTimeMessage(fieldLabel(name, locale), raw, choices, locale) });
      setPath(tree, path, chosen?.instant ?? raw);
    } else setPath(tree, path, instant ?? raw);
  }

  // A new form starts with some values filled in (the country PL, the currency PLN): an optional part of the
  // record holding only those was left empty by staff, and saving it would demand its street or its amount.
  const leftEmpty: Tree = {};
  for (const f of def.fields) {
    const [part, key, ...deeper] = f.name.split('.');
    const value = part === undefined ? undefined : tree[part];
    if (f.initial === undefined || key === undefined || deeper.length > 0 || !isTree(value)) continue;
    // A required part (a grant's amount) stays, so the schema names its empty field, not the whole part.
    if (def.fields.some((g) => g.required && g.name.startsWith(`${part}.`))) continue;
    if (value[key] === f.initial && Object.entries(value).every(([k, v]) => k === key || isEmpty(v))) {
      leftEmpty[part as string] = { [key]: f.initial };
      delete tree[part as string];
    }
  }
  const pruned = prune(tree) as Tree;
  for (const g of def.groups) {
    const rows = pruned[g.name];
    if (Array.isArray(rows)) pruned[g.name] = rows.filter((r) => isTree(r) && rowFilled(r, g.fields));
  }
  if (def.agenda) {
    const items = Array.isArray(pruned.agenda) ? pruned.agenda : [];
    // Issues are named by the item's place in the agenda as stored and shown again, blank rows left out.
    const agenda: Tree[] = [];
    for (const row of items) {
      const item = isTree(row) ? agendaItem(row, agenda.length, options.newId, issues, locale) : null;
      if (item) agenda.push(item);
    }
    pruned.agenda = agenda;
  }

  const base: Tree = {};
  const controlled = controlledKeys(def);
  for (const [k, v] of Object.entries(options.base ?? {}))
    if (!controlled.has(k) && !['version', 'createdAt', 'updatedAt'].includes(k)) base[k] = v;
  const input: Tree = { ...base, ...pruned };
  input.id = typeof options.base?.id === 'string' ? options.base.id : (options.recordId ?? options.newId());
  let slugGenerated = false;
  if (typeof input.slug !== 'string' || input.slug === '') {
    const slug = slugify(def.slugSource(input));
    if (slug) {
      input.slug = slug;
      slugGenerated = true;
    }
  }
  return { input, version, issues, slugGenerated, leftEmpty };
}

/**
 * The form field an issue path points at: the agenda editor names every item's people `people`,
 * the schema `panelists`, `speakers` or `facilitators`.
 *
 * @example
 * issueFieldName('agenda[1].panelists[0].personId') // 'agenda[1].people[0].personId'
 */
export const issueFieldName = (path: string): string =>
  path.replace(/\.(panelists|speakers|facilitators)\[/g, '.people[');
