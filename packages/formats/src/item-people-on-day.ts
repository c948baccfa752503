import { type AgendaItem, itemPeople, type Locale, localDayOf, personName, speakerStanding } from '@org/domain';
import { nameOf } from './names.js';
import { type SpeakerPart, speakerPart } from './speaker-part.js';
import type { WorldIndex } from './world-index.js';

/** One of an agenda item's people as people read them: who, in what part, as whom, for whom. */
export interface ItemPersonOnDay {
  /** The person's full name (their id when the world lacks them), or a group's description as written. */
  name: string;
  /** The item's field that lists them: a key of `SPEAKER_PART_LABELS`. */
  part: SpeakerPart;
  /** The role as the agenda gives it, else as the affiliation valid on the item's day gives it. */
  role?: string;
  /**
   * The organisation's or authority's name (its id when the world lacks it), „we własnym imieniu” / 'in their own
   * name' for a person the agenda marks `independent`, or nothing when no one is named.
   */
  party?: string;
}

// What is said for whom a person the agenda marks `independent` speaks: no party, by choice.
const OWN_NAME = { pl: 'we własnym imieniu', en: 'in their own name' } as const;

/**
 * Everyone `itemPeople(item)` names, in its order, with their role and party as `speakerStanding` reads them on the
 * item's own day in the event's zone (the agenda's entry, else the one affiliation valid that day), the day the checks
 * before publishing read. The `event-people` table and the admin's page of an event's people both list these.
 *
 * @example
 * itemPeopleOnDay(panel, 'Europe/Warsaw', world, 'pl')
 * // [{ name: 'Ewa Moderatorka', part: 'moderator', role: 'dziennikarka', party: 'Fundacja Mosty' },
 * //  { name: 'Anna Niezależna', part: 'panelist', role: 'ekspertka', party: 'we własnym imieniu' }]
 */
export function itemPeopleOnDay(
  item: AgendaItem,
  timeZone: string,
  world: Pick<WorldIndex, 'people' | 'organizations' | 'authorities'>,
  locale: Locale,
): ItemPersonOnDay[] {
  const day = localDayOf(item.startsAt, timeZone);
  return itemPeople(item).map((speaker) => {
    const person = speaker.kind === 'person' ? world.people.get(speaker.personId) : undefined;
    const standing = speakerStanding(speaker, person, day);
    const entry: ItemPersonOnDay = {
      name: speaker.kind === 'representatives' ? speaker.description : person ? personName(person) : speaker.personId,
      part: speakerPart(item, speaker),
    };
    if (standing.role !== undefined) entry.role = standing.role;
    const party = standing.independent
      ? OWN_NAME[locale]
      : (nameOf(world.organizations, standing.organizationId) ?? nameOf(world.authorities, standing.authorityId));
    if (party !== undefined) entry.party = party;
    return entry;
  });
}
