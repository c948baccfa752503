import {
  AGENDA_KIND_LABELS,
  type AgendaItem,
  EVENT_STATUS_LABELS,
  type Event,
  formatClock,
  formatEventTime,
  fundingStatement,
  type Grant,
  itemPeople,
  type Locale,
  type PostalAddress,
  personName,
  type Speaker,
  type Venue,
} from '@org/domain';
import { GrantMissingError } from './errors.js';
import type { FormatOptions } from './options.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** A record that grants can fund (an event or a news post): its id, slug and the grants it names. */
export interface FundedRecord {
  id: string;
  slug: string;
  grantIds: readonly string[];
}

/**
 * The grants a funded event or post names, looked up in the world. A grant id that is not there fails
 * loudly, with a `GrantMissingError` (`FORMAT_GRANT_MISSING`) naming the record, the grant and where:
 * leaving its funding statement out would publish a record the funding agreement forbids.
 *
 * @example
 * fundingGrants('event', seedEvent, world).map((g) => g.funderName) // ['Województwo Mazowieckie']
 * fundingGrants('post', { id: 'p1', slug: 'relacja', grantIds: ['g9'] }, world)
 * // throws GrantMissingError { code: 'FORMAT_GRANT_MISSING', grantId: 'g9', record: { kind: 'post', id: 'p1', slug: 'relacja' }, path: 'grantIds[0]' }
 */
export function fundingGrants(
  kind: 'event' | 'post',
  subject: FundedRecord,
  world: Pick<WorldIndex, 'grants'>,
): Grant[] {
  return subject.grantIds.map((id, index) => {
    const grant = world.grants.get(id);
    if (!grant) throw new GrantMissingError({ kind, id: subject.id, slug: subject.slug }, id, index);
    return grant;
  });
}

/**
 * The funding statements a funded event or post must carry, one per grant, in its language; a grant
 * missing from the world is a `GrantMissingError`, as in `fundingGrants`.
 *
 * @example
 * fundingStatements('event', seedEvent, world, 'pl') // ['Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego']
 */
export function fundingStatements(
  kind: 'event' | 'post',
  subject: FundedRecord,
  world: Pick<WorldIndex, 'grants'>,
  locale: Locale,
): string[] {
  return fundingGrants(kind, subject, world).map((g) => fundingStatement(g, { locale }));
}

/**
 * A postal address on one line: "ul. Jagiellońska 54, 03-719 Warszawa".
 *
 * @example
 * addressLine({ street: 'ul. Jagiellońska 54', city: 'Warszawa', country: 'PL' }) // 'ul. Jagiellońska 54, Warszawa'
 */
export function addressLine(address: PostalAddress): string {
  const city = address.postalCode ? `${address.postalCode} ${address.city}` : address.city;
  return `${address.street}, ${city}${address.country !== 'PL' ? `, ${address.country}` : ''}`;
}

/** The venue's name and address on one line. */
export const venueLine = (venue: Venue): string => `${venue.name}, ${addressLine(venue.address)}`;

/** The name of the organisation or authority a speaker represents, if known. */
export function speakerParty(
  speaker: Speaker,
  world: Pick<WorldIndex, 'organizations' | 'authorities'>,
): string | undefined {
  if (speaker.organizationId) return world.organizations.get(speaker.organizationId)?.name;
  if (speaker.authorityId) return world.authorities.get(speaker.authorityId)?.name;
  return undefined;
}

/**
 * A speaker as people read it: "Wojciech Jóźwiak (wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”)",
 * or, when the source names no one, the description as written.
 *
 * @example
 * speakerText({ kind: 'representatives', description: 'samorządowcy powiatu' }, world) // 'samorządowcy powiatu'
 */
export function speakerText(
  speaker: Speaker,
  world: Pick<WorldIndex, 'people' | 'organizations' | 'authorities'>,
): string {
  const party = speakerParty(speaker, world);
  if (speaker.kind === 'representatives') return party ? `${speaker.description} (${party})` : speaker.description;
  const person = world.people.get(speaker.personId);
  const name = person ? personName(person) : speaker.personId;
  const detail = [speaker.role, party].filter(Boolean).join(', ');
  return detail ? `${name} (${detail})` : name;
}

/**
 * An agenda item's title, or its kind's label when it has none.
 *
 * @example
 * itemTitle({ kind: 'break', ... }, 'en') // 'Break'
 */
export function itemTitle(item: AgendaItem, locale: Locale): string {
  return ('title' in item && item.title) || AGENDA_KIND_LABELS[item.kind][locale];
}

const ROLE_WORDS = {
  pl: {
    moderator: 'Moderacja',
    panelists: 'Paneliści',
    speakers: 'Prowadzenie',
    topics: 'Tematy',
    questions: 'Pytania',
  },
  en: {
    moderator: 'Moderator',
    panelists: 'Panelists',
    speakers: 'Speakers',
    topics: 'Topics',
    questions: 'Questions',
  },
} as const;

/**
 * The agenda as plain-text lines, times in the event's zone: "10:15–11:15 Panel: Sprawny urząd…", then
 * indented lines for the moderator, panelists, speakers and discussion topics.
 *
 * @example
 * agendaLines(seedEvent, world, 'pl')[0] // '10:00–10:15 Wprowadzenie: Wprowadzenie'
 */
export function agendaLines(event: Event, world: WorldIndex, locale: Locale): string[] {
  const words = ROLE_WORDS[locale];
  const lines: string[] = [];
  for (const item of event.agenda) {
    const time = `${formatClock(item.startsAt, event.timeZone)}–${formatClock(item.endsAt, event.timeZone)}`;
    lines.push(`${time} ${AGENDA_KIND_LABELS[item.kind][locale]}: ${itemTitle(item, locale)}`);
    if (item.kind === 'panel') {
      if (item.moderator) lines.push(`  ${words.moderator}: ${speakerText(item.moderator, world)}`);
      if (item.panelists.length)
        lines.push(`  ${words.panelists}: ${item.panelists.map((s) => speakerText(s, world)).join('; ')}`);
      for (const q of item.questions) lines.push(`  ${words.questions}: ${q}`);
    } else if (item.kind === 'discussion') {
      for (const t of item.topics) lines.push(`  - ${t}`);
    } else {
      const people = itemPeople(item);
      if (people.length) lines.push(`  ${words.speakers}: ${people.map((s) => speakerText(s, world)).join('; ')}`);
    }
  }
  return lines;
}

/**
 * The plain-text description of an event that calendars and feeds carry: summary, when and where,
 * status note, agenda, funding statements and the page URL.
 *
 * @example
 * eventPlainText(seedEvent, world, { locale: 'pl', siteUrl }).includes('Zadanie publiczne') // true
 */
export function eventPlainText(event: Event, world: WorldIndex, options: FormatOptions): string {
  const { locale } = options;
  const parts: string[] = [];
  if (event.status === 'cancelled' || event.status === 'postponed')
    parts.push(
      `${EVENT_STATUS_LABELS[event.status][locale].toUpperCase()}${event.statusNote ? `: ${event.statusNote}` : ''}`,
    );
  if (event.summary) parts.push(event.summary);
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  parts.push(
    [formatEventTime(event, locale), venue ? venueLine(venue) : undefined, event.onlineUrl].filter(Boolean).join('\n'),
  );
  const organizer = world.organizations.get(event.organizerId);
  if (organizer) parts.push(`${locale === 'pl' ? 'Organizator' : 'Organiser'}: ${organizer.name}`);
  const agenda = agendaLines(event, world, locale);
  if (agenda.length) parts.push([locale === 'pl' ? 'Program:' : 'Agenda:', ...agenda].join('\n'));
  const statements = fundingStatements('event', event, world, locale);
  if (statements.length) parts.push(statements.join('\n'));
  parts.push(pageUrl('event', event.slug, options));
  return parts.join('\n\n');
}
