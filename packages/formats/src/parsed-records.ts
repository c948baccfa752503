/**
 * Guards that a record handed to a writer was parsed with its `@org/domain` schema. Writers read the
 * fields a schema fills in when its input leaves them out (`agenda: []`, `hashtags: []`, `status`, …), and a
 * record straight from JSON lacks them: without this, it failed deep inside a writer as a bare `TypeError`
 * naming no record ("Cannot read properties of undefined (reading 'length')"), or was written wrong (an event
 * without `timeZone` in the machine's zone). The check reads a dozen properties, not a zod parse: the website
 * calls the writers per request.
 *
 * To extend: when a domain schema gains a field with a default, add it to its kind's list below
 * (`parsed-records.test.ts` finds every such field by parsing, and fails until it is listed, or while a field no
 * longer defaulted is); a new kind of agenda item gets its entry in `ITEM_DEFAULTS`; a new kind of record, or a
 * new list whose items a schema parses, its entry in `PARSED_RECORD_CHECKS`.
 */
import type { AgendaItem, Event, Grant, Post } from '@org/domain';
import { FormatError, type FormatRecordRef } from './errors.js';

/** The kinds of record `PARSED_RECORD_CHECKS` knows. */
export type ParsedKind = 'event' | 'post' | 'grant';
/** A record, or an item of one, read field by field before it is known to be parsed. */
export type RecordFields = Record<string, unknown>;

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
/** The fields `AgendaItemSchema` fills in, by kind of agenda item. */
export const ITEM_DEFAULTS: Record<AgendaItem['kind'], readonly string[]> = {
  introduction: ['speakers'],
  panel: ['panelists', 'questions'],
  presentation: ['speakers'],
  discussion: ['topics', 'facilitators'],
  break: [],
  other: ['speakers'],
};

const PARTNER_DEFAULTS = ['role'] as const;

/** A list of a record whose items its schema parses too, filling in fields of their own. */
export interface ItemListCheck {
  /** The record's field that holds the list. */
  field: string;
  /** What the record has when the list is not one, in the message: "has an agenda that is not a list". */
  notAList: string;
  /** What an item is called when its `kind` is none the schema knows ("agenda item"). */
  item: string;
  /** The fields the schema fills in on an item, or `undefined` when the item's `kind` is none it knows. */
  itemDefaults: (item: RecordFields | null) => readonly string[] | undefined;
}

/** What a record of one kind must have to count as parsed with its schema. */
export interface ParsedRecordCheck {
  /** The `@org/domain` schema that parses it, named in the message. */
  schema: string;
  /** The record with its article, for a message about a record that is no object: "an event". */
  a: string;
  /** The fields the schema fills in with `.default(…)`, checked in this order. */
  defaults: readonly string[];
  /** Lists whose items the schema fills in too, checked in this order. */
  lists: readonly ItemListCheck[];
}

/** Record kind → its check: one entry per kind a writer takes, read by `checkParsed`. */
export const PARSED_RECORD_CHECKS: Readonly<Record<ParsedKind, ParsedRecordCheck>> = {
  event: {
    schema: 'EventSchema',
    a: 'an event',
    defaults: EVENT_DEFAULTS,
    lists: [
      {
        field: 'agenda',
        notAList: 'has an agenda that is not a list',
        item: 'agenda item',
        itemDefaults: (item) => {
          const kind = item?.kind;
          return typeof kind === 'string' && Object.hasOwn(ITEM_DEFAULTS, kind)
            ? ITEM_DEFAULTS[kind as AgendaItem['kind']]
            : undefined;
        },
      },
      {
        field: 'partners',
        notAList: 'has partners that are not a list',
        item: 'partner',
        itemDefaults: () => PARTNER_DEFAULTS,
      },
    ],
  },
  post: { schema: 'PostSchema', a: 'a post', defaults: POST_DEFAULTS, lists: [] },
  grant: { schema: 'GrantSchema', a: 'a grant', defaults: GRANT_DEFAULTS, lists: [] },
};

const refOf = (kind: ParsedKind, record: RecordFields): FormatRecordRef | undefined =>
  typeof record.id === 'string' && typeof record.slug === 'string'
    ? { kind, id: record.id, slug: record.slug }
    : undefined;

function unparsed(kind: ParsedKind, record: RecordFields, path: string, what: string): FormatError {
  const ref = refOf(kind, record);
  const { schema, a } = PARSED_RECORD_CHECKS[kind];
  const named = ref ? `${kind} "${ref.slug}" (id ${ref.id})` : a;
  return new FormatError(
    'FORMAT_RECORD_UNPARSED',
    `${named} ${what}: writers take records parsed with @org/domain's ${schema}, which fills in every field it defaults and refuses what it does not know; pass ${schema}.parse(record), not the raw object`,
    ref ? { path, record: ref } : { path },
  );
}

/**
 * That a record of `kind` was parsed with its schema, by its entry in `PARSED_RECORD_CHECKS`: an object, with
 * every defaulted field, every list a list, and every item of a list with the fields its kind defaults; else a
 * `FormatError` `FORMAT_RECORD_UNPARSED` naming the record and the first field missing.
 */
function checkParsed(kind: ParsedKind, record: unknown): void {
  const check = PARSED_RECORD_CHECKS[kind];
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new FormatError(
      'FORMAT_RECORD_UNPARSED',
      `${check.a} must be an object parsed with @org/domain's ${check.schema}.parse, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`,
      { path: '' },
    );
  const fields = record as RecordFields;
  for (const field of check.defaults) if (fields[field] == null) throw unparsed(kind, fields, field, `has no ${field}`);
  // Every list is one before any item is read, so the first problem reported is the list's own.
  for (const { field, notAList } of check.lists)
    if (!Array.isArray(fields[field])) throw unparsed(kind, fields, field, notAList);
  for (const list of check.lists) {
    const field = list.field;
    const items = fields[field] as unknown[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as RecordFields | null;
      const defaults = list.itemDefaults(item);
      if (defaults === undefined)
        throw unparsed(
          kind,
          fields,
          `${field}[${i}].kind`,
          `has ${field}[${i}].kind ${JSON.stringify(item?.kind) ?? 'undefined'}, which is no kind of ${list.item}`,
        );
      for (const name of defaults)
        if (item?.[name] == null)
          throw unparsed(kind, fields, `${field}[${i}].${name}`, `has no ${field}[${i}].${name}`);
    }
  }
}

/**
 * That an event was parsed with `EventSchema` (its defaulted fields are there, its agenda items' too), or a
 * `FormatError` `FORMAT_RECORD_UNPARSED` naming the event and the first field missing (`agenda`,
 * `agenda[2].speakers`).
 */
export function checkParsedEvent(event: Event): void {
  checkParsed('event', event);
}

/** That a post was parsed with `PostSchema`, or a `FormatError` `FORMAT_RECORD_UNPARSED` naming it and the field. */
export function checkParsedPost(post: Post): void {
  checkParsed('post', post);
}

/** That a grant was parsed with `GrantSchema`, or a `FormatError` `FORMAT_RECORD_UNPARSED` naming it and the field. */
export function checkParsedGrant(grant: Grant): void {
  checkParsed('grant', grant);
}
