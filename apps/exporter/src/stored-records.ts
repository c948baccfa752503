/**
 * Every record the exporter reads is checked against the domain schema the store validated it with
 * when it was written. A record that parses as JSON but breaks the domain's rules (edited by hand, or
 * stored before a rule existed) would otherwise reach @org/formats and fail there as a bare TypeError
 * naming no record, or worse, be written out wrong ("Invalid Date"). Here it is a
 * `StoredRecordInvalidError` naming the record and each field that is wrong, before anything is written.
 * Extend by adding a repository to `checkedStore` with its kind; its schema comes from `ENTITY_SCHEMAS`.
 */
import {
  ENTITY_SCHEMAS,
  type EntityKind,
  type FieldIssue,
  joinMessages,
  type Locale,
  MostyError,
  type RecordKind,
  validate,
} from '@org/domain';
import type { Page, Store } from '@org/store';
import type { z } from 'zod';

/** A stored record breaks the domain's rules: which one (`entity`, `id`, `slug`) and every issue with its path. */
export class StoredRecordInvalidError extends MostyError {
  readonly entity: EntityKind;
  readonly id: string;
  readonly slug: string;
  /** What is wrong, field by field, in the language the record was checked in. */
  readonly issues: readonly FieldIssue[];
  constructor(entity: EntityKind, id: string, slug: string, issues: readonly FieldIssue[]) {
    super(
      'RECORD_INVALID',
      `stored ${entity} ${id} ("${slug}") breaks the domain's rules: ${joinMessages(issues.map((i) => `${i.path}: ${i.message}`))}`,
    );
    this.entity = entity;
    this.id = id;
    this.slug = slug;
    this.issues = issues;
  }
}

type Stored = { id: string; slug: string };

/**
 * A stored record as the domain parses it (defaults filled in), with the store's metadata kept, or a
 * `StoredRecordInvalidError` naming it.
 *
 * @example
 * checkStored('event', EventSchema, { id: 'e1', slug: 'a', title: '' }, 'en')
 * // StoredRecordInvalidError: stored event e1 ("a") breaks the domain's rules: title: Title: …
 */
export function checkStored<T extends Stored>(kind: EntityKind, schema: z.ZodType, record: T, locale: Locale): T {
  const checked = validate(schema, record, locale);
  if (checked.ok) return { ...record, ...(checked.value as object) };
  const id = typeof record.id === 'string' ? record.id : '?';
  const slug = typeof record.slug === 'string' ? record.slug : '?';
  throw new StoredRecordInvalidError(kind, id, slug, checked.issues);
}

interface Readable<T, Q> {
  get(id: string): Promise<T | null>;
  getBySlug(slug: string): Promise<T | null>;
  list(query: Q): Promise<Page<T>>;
}

function checked<T extends Stored, Q>(kind: RecordKind, repository: Readable<T, Q>, locale: Locale): Readable<T, Q> {
  const schema = ENTITY_SCHEMAS[kind];
  const check = (record: T | null) => (record === null ? null : checkStored(kind, schema, record, locale));
  return {
    get: async (id) => check(await repository.get(id)),
    getBySlug: async (slug) => check(await repository.getBySlug(slug)),
    list: async (query) => {
      const page = await repository.list(query);
      return { ...page, items: page.items.map((item) => checkStored(kind, schema, item, locale)) };
    },
  };
}

/**
 * The repositories the exporter reads, each record checked on the way out (see the file's header);
 * `locale` is the language of the issues a refused record is reported with.
 */
export function checkedStore(store: Store, locale: Locale) {
  return {
    events: checked('event', store.events, locale),
    posts: checked('post', store.posts, locale),
    grants: checked('grant', store.grants, locale),
    organizations: checked('organization', store.organizations, locale),
    authorities: checked('authority', store.authorities, locale),
    venues: checked('venue', store.venues, locale),
    people: checked('person', store.people, locale),
  };
}

/** What the exporter reads: the store's repositories, checked. */
export type CheckedStore = ReturnType<typeof checkedStore>;
