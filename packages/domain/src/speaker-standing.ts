import type { Speaker } from './agenda.js';
import { affiliationsOn, type Person } from './person.js';

/**
 * Whom a speaker speaks for and in what role, as the agenda gives it or else as the person's affiliation does.
 * `independent` when the agenda says the person speaks in their own name, for no organisation or authority.
 */
export interface SpeakerStanding {
  role?: string;
  organizationId?: string;
  authorityId?: string;
  independent?: true;
}

/**
 * The role and party a speaker speaks in on a day (`YYYY-MM-DD`, the event's own day). What the agenda
 * entry gives wins; what it leaves out comes from the person's affiliation valid that day: the one with
 * the entry's organisation (or authority), or, when the entry names neither, the person's only one (with
 * several, which one is meant is not known, and nothing is assumed). Representatives have no person:
 * their entry is all there is. A person the entry marks `independent` speaks in their own name: only
 * the entry's role, if any, and `independent: true`, never an affiliation's party or role.
 *
 * @example
 * speakerStanding({ kind: 'person', personId: 'jozwiak', organizationId: 'krw' },
 *   { affiliations: [{ organizationId: 'krw', role: 'wiceprezes zarządu' }] }, '2026-11-26')
 * // { role: 'wiceprezes zarządu', organizationId: 'krw' }
 * speakerStanding({ kind: 'person', personId: 'alieva' },
 *   { affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] }, '2026-11-26')
 * // { role: 'współzałożycielka', organizationId: 'kw' }
 * speakerStanding({ kind: 'person', personId: 'alieva', role: 'ekspertka', independent: true },
 *   { affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] }, '2026-11-26')
 * // { role: 'ekspertka', independent: true }
 */
export function speakerStanding(
  speaker: Speaker,
  person: Pick<Person, 'affiliations'> | undefined,
  day: string,
): SpeakerStanding {
  // Only the fields that have a value (exactOptionalPropertyTypes), set one by one: the website asks this
  // for every speaker of a page it renders, and Object.fromEntries(Object.entries(…)) cost ten times more.
  const given = (role?: string, organizationId?: string, authorityId?: string): SpeakerStanding => {
    const standing: SpeakerStanding = {};
    if (role !== undefined) standing.role = role;
    if (organizationId !== undefined) standing.organizationId = organizationId;
    if (authorityId !== undefined) standing.authorityId = authorityId;
    return standing;
  };
  if (speaker.kind === 'representatives') return given(undefined, speaker.organizationId, speaker.authorityId);
  // In their own name: no affiliation speaks through them, neither its party nor its role.
  if (speaker.independent === true) return { ...given(speaker.role), independent: true };
  const valid = person ? affiliationsOn(person, day) : [];
  const named = speaker.organizationId !== undefined || speaker.authorityId !== undefined;
  const affiliation = named
    ? valid.find(
        (a) =>
          (speaker.organizationId !== undefined && a.organizationId === speaker.organizationId) ||
          (speaker.organizationId === undefined && a.authorityId === speaker.authorityId),
      )
    : valid.length === 1
      ? valid[0]
      : undefined;
  return given(
    speaker.role ?? affiliation?.role,
    named ? speaker.organizationId : affiliation?.organizationId,
    named ? speaker.authorityId : affiliation?.authorityId,
  );
}
