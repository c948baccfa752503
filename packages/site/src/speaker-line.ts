import { localDayOf, personName, type Speaker, speakerStanding } from '@org/domain';
import type { Related } from './related.js';
import type { Route } from './routes.js';

/** A party a speaker speaks for, with the page that describes it. */
export interface SpeakerParty {
  name: string;
  route: Route;
}

/** How a speaker is shown: "Name — role, Organisation". */
export interface SpeakerLine {
  name: string;
  /** The person's own page (people only; representatives have none). */
  route?: Route;
  role?: string;
  /** The name is a group's description ("samorządowcy oraz urzędnicy…"), words rather than a proper name. */
  described?: true;
  party?: SpeakerParty;
}

/** The organisation (first) or authority someone speaks for, with its page; undefined when neither is known. */
export function partyOf(related: Related, organizationId?: string, authorityId?: string): SpeakerParty | undefined {
  const org = organizationId ? related.organizations.get(organizationId) : undefined;
  if (org) return { name: org.name, route: { kind: 'organization', slug: org.slug } };
  const authority = authorityId ? related.authorities.get(authorityId) : undefined;
  if (authority) return { name: authority.name, route: { kind: 'authority', slug: authority.slug } };
  return undefined;
}

/**
 * What to show for a speaker on an event day: a person's name with the role and organisation given
 * on the agenda, or else the affiliation valid that day (`speakerStanding`); representatives show their description
 * ("samorządowcy oraz urzędnicy powiatu wołomińskiego") and whom they represent.
 *
 * @example
 * speakerLine(panelist, related, '2026-11-26T10:00:00+01:00', 'Europe/Warsaw')
 * // { name: 'Khedi Alieva', role: 'współzałożycielka', party: { name: 'Fundacja Kobiety Wędrowne', … } }
 */
export function speakerLine(speaker: Speaker, related: Related, at: string, timeZone: string): SpeakerLine {
  if (speaker.kind === 'representatives') {
    const party = partyOf(related, speaker.organizationId, speaker.authorityId);
    return party
      ? { name: speaker.description, described: true, party }
      : { name: speaker.description, described: true };
  }
  const person = related.people.get(speaker.personId);
  const name = person ? personName(person) : '';
  // The domain's reading, as the check before publishing reads it: the agenda's role and party, else
  // the affiliation valid that day with that party, or the person's only one.
  const standing = speakerStanding(speaker, person, localDayOf(at, timeZone));
  const role = standing.role;
  const party = partyOf(related, standing.organizationId, standing.authorityId);
  return {
    name,
    ...(person ? { route: { kind: 'person', slug: person.slug } as const } : {}),
    ...(role ? { role } : {}),
    ...(party ? { party } : {}),
  };
}

/** The line as plain text: "Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”". */
export function speakerText(line: SpeakerLine): string {
  const detail = [line.role, line.party?.name].filter(Boolean).join(', ');
  return detail ? `${line.name} — ${detail}` : line.name;
}
