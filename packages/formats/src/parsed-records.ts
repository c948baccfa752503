/**
 * Guards that a record handed to a writer was parsed with its `@org/domain` schema. Writers read the
 * fields a schema fills in when its input leaves them out (`agenda: []`, `hashtags: []`, `status`, …), and a
 * record straight from JSON lacks them: without this, it failed deep inside a writer as a bare `TypeError`
 * naming no record ("Cannot read properties of undefined (reading 'length')"), or was written wrong (an event
 * without `timeZone` in the machine's zone). The check reads a dozen properties, not a zod parse: the website
 * calls the writers per request.
 *
 * To extend: when a domain schema gains a field with a default, add it to its kind's list below
 * (`parsed-records.test.ts` finds every such field by parsing, and fails until it is listed); a new kind of
 * agenda item gets its entry in `ITEM_DEFAULTS`.
 */
import type { AgendaItem, Event, Grant, Post } from '@org/domain';
import { FormatError, type FormatRecordRef } from './errors.js';

type ParsedKind = 'event' | 'post' | 'grant';

const SCHEMAS: Record<ParsedKind, string> = { event: 'EventSchema', post: 'PostSchema', grant: 'GrantSchema' };
const A: Record<ParsedKind, string> = { event: 'an event', post: 'a post', grant: 'a grant' };

// The fields each schema fills in with `.default(…)`.
const EVENT_DEFAULTS = [
  'body',
  'timeZone',
  'partners',
  'status',
  'language',
  'hashtags',
  'grantIds',
  'attendance',
  'isFree',
  'agenda',
] as const satisfies readonly (keyof Event)[];
const POST_DEFAULTS = [
  'category',
  'body',
  'hashtags',
  'grantIds',
  'status',
  'language',
] as const satisfies readonly (keyof Post)[];
const GRANT_DEFAULTS = [
  'mode',
  'hashtags',
  'plannedResults',
  'achievedResults',
] as const satisfies readonly (keyof Grant)[];
const ITEM_DEFAULTS: Record<AgendaItem['kind'], readonly string[]> = {
  introduction: ['speakers'],
  panel: ['panelists', 'questions'],
  presentation: ['speakers'],
  discussion: ['topics', 'facilitators'],
  break: [],
  other: ['speakers'],
};

type Fields = Record<string, unknown>;

const refOf = (kind: ParsedKind, record: Fields): FormatRecordRef | undefined =>
  typeof record.id === 'string' && typeof record.slug === 'string'
    ? { kind, id: record.id, slug: record.slug }
    : undefined;

function unparsed(kind: ParsedKind, record: Fields, path: string, what: string): FormatError {
  const ref = refOf(kind, record);
  const schema = SCHEMAS[kind];
  const named = ref ? `${kind} "${ref.slug}" (id ${ref.id})` : A[kind];
  return new FormatError(
    'FORMAT_RECORD_UNPARSED',
    `${named} ${what}: writers take records parsed with @org/domain's ${schema}, which fills in every field it defaults and refuses what it does not know; pass ${schema}.parse(record), not the raw object`,
    ref ? { path, record: ref } : { path },
  );
}

function checkFields(kind: ParsedKind, record: unknown, fields: readonly string[]): Fields {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new FormatError(
      'FORMAT_RECORD_UNPARSED',
      `${A[kind]} must be an object parsed with @org/domain's ${SCHEMAS[kind]}.parse, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`,
      { path: '' },
    );
  const fieldsOf = record as Fields;
  for (const field of fields) if (fieldsOf[field] == null) throw unparsed(kind, fieldsOf, field, `has no ${field}`);
  return fieldsOf;
}

/**
 * That an event was parsed with `EventSchema` (its defaulted fields are there, its agenda items' too), or a
 * `FormatError` `FORMAT_RECORD_UNPARSED` naming the event and the first field missing (`agenda`,
 * `agenda[2].speakers`).
 */
export function checkParsedEvent(event: Event): void {
  const fields = checkFields('event', event, EVENT_DEFAULTS);
  const { agenda, partners } = fields;
  if (!Array.isArray(agenda)) throw unparsed('event', fields, 'agenda', 'has an agenda that is not a list');
  if (!Array.isArray(partners)) throw unparsed('event', fields, 'partners', 'has partners that are not a list');
  for (let i = 0; i < agenda.length; i++) {
    const item = agenda[i] as Fields | null;
    const kind = item?.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(ITEM_DEFAULTS, kind))
      throw unparsed(
        'event',
        fields,
        `agenda[${i}].kind`,
        `has agenda[${i}].kind ${JSON.stringify(kind) ?? 'undefined'}, which is no kind of agenda item`,
      );
    for (const field of ITEM_DEFAULTS[kind as AgendaItem['kind']])
      if (item?.[field] == null)
        throw unparsed('event', fields, `agenda[${i}].${field}`, `has no agenda[${i}].${field}`);
  }
  for (let i = 0; i < partners.length; i++)
    if ((partners[i] as Fields | null)?.role == null)
      throw unparsed('event', fields, `partners[${i}].role`, `has no partners[${i}].role`);
}

/** That a post was parsed with `PostSchema`, or a `FormatError` `FORMAT_RECORD_UNPARSED` naming it and the field. */
export function checkParsedPost(post: Post): void {
  checkFields('post', post, POST_DEFAULTS);
}

/** That a grant was parsed with `GrantSchema`, or a `FormatError` `FORMAT_RECORD_UNPARSED` naming it and the field. */
export function checkParsedGrant(grant: Grant): void {
  checkFields('grant', grant, GRANT_DEFAULTS);
}
