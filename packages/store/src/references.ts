import type { EntityKind } from '@org/domain';

/**
 * Which records a record points at. Ids are opaque and unique across kinds, and every field of the
 * domain that holds another record's id is named for it: `organizerId`, `venueId`, `personId`,
 * `parentAuthorityId` (one id), `grantIds`, `eventIds` (a list), at any depth (an agenda item's
 * panelist's `organizationId`). `id` itself names the record (or an agenda item) and is no reference.
 * Extend the domain by naming a new reference field that way, and the store indexes it with no change here;
 * `referenceKind` reads the kind it points at from the field's last word (`funderAuthorityId`: an authority),
 * or from `ROLE_KINDS` when that word is a role (`organizerId`: an organisation).
 */

const ONE = /Id$/;
const MANY = /Ids$/;

/**
 * Every reference in a record's document: where it is (a field path as the domain's issues write them)
 * and the id it holds. A record pointing at itself is no reference to anything else, so `selfId` is left out.
 *
 * @example
 * referencePaths({ id: 'e1', organizerId: 'o1', grantIds: ['g1'], agenda: [{ id: 'a1', speakers: [{ personId: 'p1' }] }] }, 'e1')
 * // [['organizerId', 'o1'], ['grantIds[0]', 'g1'], ['agenda[0].speakers[0].personId', 'p1']]
 */
export function referencePaths(value: unknown, selfId?: string): [path: string, target: string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'id') continue;
      const at = path ? `${path}.${key}` : key;
      if (ONE.test(key) && typeof child === 'string') {
        if (child !== selfId) out.push([at, child]);
      } else if (MANY.test(key) && Array.isArray(child)) {
        for (const [i, item] of child.entries())
          if (typeof item === 'string' && item !== selfId) out.push([`${at}[${i}]`, item]);
      } else walk(child, at);
    }
  };
  walk(value, '');
  return out;
}

/** The ids a record points at, each once, in the order they first appear. */
export const referenceTargets = (value: unknown, selfId?: string): string[] => [
  ...new Set(referencePaths(value, selfId).map(([, target]) => target)),
];

/** The `rel` of the `entity_links` rows that say which record a record points at (filters use other rels). */
export const REFERENCE_REL = 'ref';

type RecordKind = Exclude<EntityKind, 'user'>;

const KIND_WORDS: ReadonlySet<string> = new Set<RecordKind>([
  'authority',
  'organization',
  'venue',
  'person',
  'grant',
  'event',
  'post',
  'cooperation',
]);

/** Reference fields named for a role rather than a kind; `self`: the same kind as the record holding it. */
const ROLE_KINDS: Readonly<Record<string, RecordKind | 'self'>> = {
  organizer: 'organization',
  beneficiary: 'organization',
  // A grant's funder unit is the authority's unit as an organisation (a regional centre for social policy).
  unit: 'organization',
  // An authority's parent authority.
  parent: 'self',
};

/**
 * The kind of record a reference field points at, from the field's name (its last segment, without
 * `Id`/`Ids`), or undefined for a name that says no kind (then any record will do).
 *
 * @example
 * referenceKind('agenda[1].panelists[0].organizationId', 'event') // 'organization'
 * referenceKind('organizerId', 'event') // 'organization'
 * referenceKind('parentId', 'authority') // 'authority'
 */
export function referenceKind(path: string, holder: RecordKind): RecordKind | undefined {
  const field =
    path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? '';
  const word = /(?:^|[A-Z])[a-z]*(?=Ids?$)/.exec(field)?.[0].toLowerCase() ?? '';
  if (KIND_WORDS.has(word)) return word as RecordKind;
  const role = Object.hasOwn(ROLE_KINDS, word) ? ROLE_KINDS[word] : undefined;
  return role === 'self' ? holder : role;
}
