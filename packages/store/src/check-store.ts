import { type EntityKind, type FieldIssue, type Locale, validate } from '@org/domain';
import { CorruptRecordError, parseStoredDoc } from './corrupt-record-error.js';
import { ENTITY_DEFS } from './entities.js';
import { missingReferenceIssue } from './missing-reference-error.js';
import { contextOf } from './open-store.js';
import { referenceKind, referencePaths } from './references.js';
import type { Store } from './types.js';

type RecordKind = Exclude<EntityKind, 'user'>;

/** One stored record that breaks today's rules: which one, and everything wrong with it. */
export interface RecordProblem {
  entity: RecordKind;
  id: string;
  slug: string;
  /**
   * What is wrong, each at its field path, in the store's language: the domain's own issues; `reference.missing`
   * for an id that names no live record (deleted with `force`, or never there); `record.corrupt` (path `''`)
   * for a document that cannot be read at all.
   */
  issues: FieldIssue[];
}

/** What `checkStore` found. */
export interface StoreCheck {
  /** How many live records were read, of each kind and in all. */
  checked: Record<RecordKind, number>;
  total: number;
  /** The records that break a rule, kind by kind in the store's order, each kind in slug order. */
  problems: RecordProblem[];
}

/**
 * Reads every live record (drafts too; deleted ones are gone from every page) and checks it as a write
 * would today: against its domain schema, and every id it holds against the live records of the kind
 * the field names. Writes validate, but reads do not: a record stored before a rule existed, edited in
 * the database by hand, or left pointing at a record deleted with `{ force: true }` is found here, not by
 * a reader that meets it later. Reads only; one query per table, so the whole store is checked in one
 * pass (seconds for the benchmark's 20,000 records). Messages are in `options.locale`, else the store's.
 *
 * @example
 * const { total, problems } = await checkStore(store);
 * for (const p of problems) console.log(p.entity, p.slug, p.issues.map((i) => `${i.path}: ${i.message}`));
 */
export async function checkStore(store: Store, options: { locale?: Locale } = {}): Promise<StoreCheck> {
  const { db } = contextOf(store);
  const locale = options.locale ?? contextOf(store).locale;
  const rows = new Map<RecordKind, { id: string; slug: string; doc: string }[]>();
  const live = new Map<RecordKind, Set<string>>();
  for (const def of ENTITY_DEFS) {
    const kindRows = (await db
      .selectFrom(def.table)
      .select(['id', 'slug', 'doc'])
      .where('deleted_at', 'is', null)
      .orderBy('slug')
      .orderBy('id')
      .execute()) as { id: string; slug: string; doc: string }[];
    rows.set(def.kind, kindRows);
    live.set(def.kind, new Set(kindRows.map((r) => r.id)));
  }
  const isLive = (id: string, kind: RecordKind | undefined) =>
    kind ? live.get(kind)?.has(id) === true : [...live.values()].some((ids) => ids.has(id));

  const checked = {} as Record<RecordKind, number>;
  const problems: RecordProblem[] = [];
  for (const def of ENTITY_DEFS) {
    const kindRows = rows.get(def.kind) ?? [];
    checked[def.kind] = kindRows.length;
    for (const row of kindRows) {
      const issues: FieldIssue[] = [];
      let value: unknown;
      try {
        value = parseStoredDoc(row.doc, { kind: def.kind, table: def.table, id: row.id, slug: row.slug }, locale);
      } catch (error) {
        if (!(error instanceof CorruptRecordError)) throw error;
        issues.push({ path: '', field: '', code: 'record.corrupt', message: error.message });
      }
      if (value !== undefined) {
        const result = validate(def.schema, value, locale);
        if (!result.ok) issues.push(...result.issues);
        for (const [path, id] of referencePaths(value, row.id)) {
          const kind = referenceKind(path, def.kind);
          if (!isLive(id, kind)) issues.push(missingReferenceIssue(path, id, kind, locale));
        }
      }
      if (issues.length > 0) problems.push({ entity: def.kind, id: row.id, slug: row.slug, issues });
    }
  }
  const total = Object.values(checked).reduce((a, b) => a + b, 0);
  return { checked, total, problems };
}
