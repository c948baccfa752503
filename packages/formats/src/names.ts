import { type Person, personName } from '@org/domain';

/**
 * `personName` of @org/domain without its array, filter and join for the usual name (no prefix, both
 * parts given), which writers ask for once per speaker on every event page they describe. Internal:
 * not exported from index.ts.
 */
export const fullName = (person: Pick<Person, 'givenName' | 'familyName' | 'honorificPrefix'>): string =>
  !person.honorificPrefix && person.givenName && person.familyName
    ? `${person.givenName} ${person.familyName}`
    : personName(person);

/**
 * The name of the record an id names, the id itself when the world lacks it (a reader sees what is missing, not a
 * blank), nothing when there is no id. Internal, as `fullName`.
 */
export const nameOf = (map: ReadonlyMap<string, { name: string }>, id: string | undefined): string | undefined =>
  id ? (map.get(id)?.name ?? id) : undefined;
