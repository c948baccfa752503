import { ENTITY_SCHEMAS, type FieldIssue, joinMessages, type RecordKind, validate } from '@org/domain';
import type { ReadRepository, SiteStore } from '@org/site';

/** A stored record that breaks the domain's rules, which the website leaves out. */
export interface InvalidRecord {
  entity: RecordKind;
  id: string;
  slug: string;
  version: number;
  issues: FieldIssue[];
}

export interface ValidRecordsOptions {
  /**
   * Told of each stored record that breaks the domain's rules (stored before a rule existed, or edited
   * around the store), once per version (and again after `forget`): it is left out, so its page is a 404
   * and lists, feeds and calendars go on without it instead of failing as a whole. Default: a warning on stderr.
   */
  onInvalid?(record: InvalidRecord): void;
}

/** The default `onInvalid`: one line on stderr, in English like every log, naming what to run. */
export const warnInvalid = (r: InvalidRecord): void =>
  console.warn(
    `website: ${r.entity} ${r.id} ("${r.slug}", version ${r.version}) breaks the domain's rules and is not shown: ${joinMessages(
      r.issues.slice(0, 5).map((i) => `${i.path || '(record)'}: ${i.message}`),
    )}${r.issues.length > 5 ? `; and ${r.issues.length - 5} more` : ''}. Fix it in the admin; mosty-check lists every such record.`,
  );

// Ids of records known to keep the rules at a version, per kind: 200,000 is ten times the benchmark's site.
const MAX_VALID = 200_000;

/** The kind of record each repository the site reads holds. */
export const RECORD_KINDS = {
  events: 'event',
  organizations: 'organization',
  authorities: 'authority',
  venues: 'venue',
  people: 'person',
  grants: 'grant',
  posts: 'post',
  cooperations: 'cooperation',
} as const satisfies Record<string, RecordKind>;

export type RepositoryName = keyof typeof RECORD_KINDS;

/** Whether records of one kind keep the rules: see `recordGate`. */
export interface RecordGate {
  keeps(item: { id: string; slug: string; version: number }): boolean;
  /** Forgets the records found breaking the rules, so the next read of one tells `onInvalid` again. */
  forgetInvalid(): void;
}

/**
 * Checks records of one kind against the domain's schema, each id once per version: a write changes a
 * record's version, so after one only what it changed is checked again, not every record read.
 */
export function recordGate(name: RepositoryName, onInvalid: (record: InvalidRecord) => void): RecordGate {
  const entity = RECORD_KINDS[name];
  const schema = ENTITY_SCHEMAS[entity];
  let valid = new Map<string, number>();
  let invalid = new Map<string, number>();
  return {
    keeps(item) {
      if (valid.get(item.id) === item.version) return true;
      if (invalid.get(item.id) === item.version) return false;
      const checked = validate(schema, item, 'en');
      if (checked.ok) {
        if (valid.size >= MAX_VALID) valid = new Map();
        valid.set(item.id, item.version);
        return true;
      }
      invalid.set(item.id, item.version);
      onInvalid({ entity, id: item.id, slug: item.slug, version: item.version, issues: checked.issues });
      return false;
    },
    forgetInvalid() {
      invalid = new Map();
    },
  };
}

/**
 * A store whose reads leave out records that break the domain's rules, as `memoStore` does, for readers
 * that read the store directly (the JSON API): a list's `total` does not count them.
 */
export function validRecords(store: SiteStore, options: ValidRecordsOptions = {}): SiteStore {
  const onInvalid = options.onInvalid ?? warnInvalid;
  const wrap = <T extends { id: string; slug: string }, F>(
    repo: ReadRepository<T, F>,
    name: RepositoryName,
  ): ReadRepository<T, F> => {
    const gate = recordGate(name, onInvalid);
    type Item = Awaited<ReturnType<ReadRepository<T, F>['list']>>['items'][number];
    const kept = (item: Item | null) => (item !== null && gate.keeps(item) ? item : null);
    return {
      get: async (id) => kept(await repo.get(id)),
      getBySlug: async (slug) => kept(await repo.getBySlug(slug)),
      getByFormerSlug: async (slug) => kept(await repo.getByFormerSlug(slug)),
      formerSlugs: () => repo.formerSlugs(),
      getMany: async (ids) => (await repo.getMany(ids)).filter((item) => gate.keeps(item)),
      list: async (query) => {
        const page = await repo.list(query);
        const items = page.items.filter((item) => gate.keeps(item));
        return { ...page, items, total: page.total - (page.items.length - items.length) };
      },
    };
  };
  return {
    ...store,
    events: wrap(store.events, 'events'),
    organizations: wrap(store.organizations, 'organizations'),
    authorities: wrap(store.authorities, 'authorities'),
    venues: wrap(store.venues, 'venues'),
    people: wrap(store.people, 'people'),
    grants: wrap(store.grants, 'grants'),
    posts: wrap(store.posts, 'posts'),
    cooperations: wrap(store.cooperations, 'cooperations'),
  };
}
