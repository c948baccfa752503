import {
  AGENDA_KIND_LABELS,
  type AgendaItem,
  EVENT_STATUS_LABELS,
  type Event,
  formatEventTime,
  formatInstant,
  fundingStatement,
  type Grant,
  itemHeading,
  itemPeople,
  type Locale,
  localDayOf,
  localizedFundingStatement,
  type PostalAddress,
  pluralPl,
  type Speaker,
  speakerHeadcount,
  type Venue,
} from '@org/domain';
import { GrantMissingError } from './errors.js';
import { escapeXml, textToHtml, xmlSafe } from './html.js';
import {
  inLanguage,
  inlineHtml,
  type Marked,
  type MarkedPiece,
  markedHtml,
  markedText,
  noticeHtmlLines,
} from './language-html.js';
import { markdownTextBlocks, markdownToHtml } from './markdown.js';
import { fullName } from './names.js';
import type { FormatOptions } from './options.js';
import { checkParsedGrant } from './parsed-records.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';
import { clockText, isRepeatedWallClock, offsetMark } from './zone-clock.js';

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
    checkParsedGrant(grant);
    return grant;
  });
}

/**
 * What a funded record must show for one grant, as the website's pages show it: the Polish statement
 * exactly as the agreement words it (`attributionText`, else derived by `fundingStatement`), in every
 * language, since a translation is not the wording the agreement fixes; in English outputs an English
 * statement beside it when there is one that cannot contradict the Polish (`localizedFundingStatement`);
 * and the hashtags the funder requires.
 */
export interface FundingNotice {
  grantId: string;
  /** The Polish statement, word for word. */
  statement: string;
  /**
   * The English statement, in English outputs only, and only when `localizedFundingStatement` gives one
   * in English: the agreement's English text, else one derived when the agreement's Polish text is
   * derived too. A grant with the agreement's Polish text and no English one has none: its Polish
   * statement is what English outputs show, once.
   */
  translation?: string;
  /** The funder's required hashtags, without `#`. */
  hashtags: readonly string[];
}

/**
 * The funding notices a funded event or post must carry, one per grant; a grant missing from the world
 * is a `GrantMissingError`, as in `fundingGrants`.
 *
 * @example
 * fundingNotices('event', seedEvent, world, 'en')[0]
 * // { grantId: '…', statement: 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
 * //   translation: 'Public task financed from the budget of the Mazowieckie Voivodeship', hashtags: ['Mazowszepomaga', …] }
 */
export function fundingNotices(
  kind: 'event' | 'post',
  subject: FundedRecord,
  world: Pick<WorldIndex, 'grants'>,
  locale: Locale,
): FundingNotice[] {
  return fundingGrants(kind, subject, world).map((grant) => fundingNotice(grant, locale));
}

/**
 * The funding notice of one grant in a language (see `FundingNotice`).
 *
 * @example
 * fundingNotice(seedGrant, 'pl') // { grantId: '…', statement: 'Zadanie publiczne sfinansowane …', hashtags: ['Mazowszepomaga', …] }
 * fundingNotice({ ...seedGrant, attributionTextEn: undefined }, 'en')
 * // { grantId: '…', statement: 'Zadanie publiczne sfinansowane …', hashtags: […] } (no translation: the agreement's Polish is the statement)
 */
export function fundingNotice(grant: Grant, locale: Locale): FundingNotice {
  const statement = fundingStatement(grant);
  if (locale !== 'en') return { grantId: grant.id, statement, hashtags: grant.hashtags };
  // With the agreement's Polish text and no English one, the English statement is that Polish text
  // (lang 'pl'), already in `statement`: a derived English one could contradict the agreement.
  const english = localizedFundingStatement(grant, { locale: 'en' });
  return english.lang === 'en'
    ? { grantId: grant.id, statement, translation: english.text, hashtags: grant.hashtags }
    : { grantId: grant.id, statement, hashtags: grant.hashtags };
}

/**
 * A funding notice as plain text: the Polish statement, then (in English outputs) the English one, then
 * the hashtags, one per line.
 *
 * @example
 * fundingNoticeText({ grantId: 'g1', statement: 'Zadanie publiczne…', translation: 'Public task…', hashtags: ['Mazowszepomaga'] })
 * // 'Zadanie publiczne…\nPublic task…\n#Mazowszepomaga'
 */
export function fundingNoticeText(notice: FundingNotice): string {
  const lines = [notice.statement];
  if (notice.translation) lines.push(notice.translation);
  if (notice.hashtags.length) lines.push(notice.hashtags.map((h) => `#${h}`).join(' '));
  return lines.join('\n');
}

/**
 * The funding statements a funded event or post must carry, one text per grant (`fundingNoticeText`):
 * the Polish statement always, in English outputs with the English one beside it, and the funder's
 * hashtags. A grant missing from the world is a `GrantMissingError`, as in `fundingGrants`.
 *
 * @example
 * fundingStatements('event', seedEvent, world, 'pl')
 * // ['Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego\n#Mazowszepomaga #MCPSpomaga …']
 */
export function fundingStatements(
  kind: 'event' | 'post',
  subject: FundedRecord,
  world: Pick<WorldIndex, 'grants'>,
  locale: Locale,
): string[] {
  return fundingNotices(kind, subject, world, locale).map(fundingNoticeText);
}

// A last word of four or more letters and a full stop ends a sentence ("pozarządowymi."); a shorter one or
// one with inner stops may be an abbreviation ("ul.", "sp. z o.o."), whose stop stays.
const SENTENCE_STOP = /(?:^|\s)\p{L}{4,}\.$/u;
const END_PUNCTUATION = /[.!?…:;,]$/;

/**
 * Text parts joined by a separator that starts with punctuation (`'; '`, `'. '`, `', '`) without doubling
 * it when a part already ends with punctuation, as titles and descriptions written as sentences do: a
 * sentence's full stop gives way to a `;` or `,` ("…pozarządowymi; paneliści: …"), and any other ending
 * (a `?`, an abbreviation's stop, a full stop before `'. '`) keeps its mark and the separator gives its
 * own up ("Czy warto? Zadanie publiczne…"). Parts that end in a letter are joined as `join` joins them.
 *
 * @example
 * joinClauses(['Panel: Sprawny urząd. Współpraca z organizacjami pozarządowymi.', 'paneliści: Anna Nowak'], '; ')
 * // 'Panel: Sprawny urząd. Współpraca z organizacjami pozarządowymi; paneliści: Anna Nowak'
 * joinClauses(['Firma sp. z o.o.', 'Fundacja'], '; ') // 'Firma sp. z o.o. Fundacja'
 */
export function joinClauses(parts: readonly string[], separator: string): string {
  const mark = separator.trimEnd();
  const punctuated = mark !== '' && END_PUNCTUATION.test(mark);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const previous = (parts[i - 1] ?? '').trimEnd();
    const part = parts[i] ?? '';
    // Only the previous part's own ending counts (an empty part leaves the separator before it alone).
    if (!punctuated || !END_PUNCTUATION.test(previous)) out += separator + part;
    else if (mark !== '.' && SENTENCE_STOP.test(previous)) out = `${out.trimEnd().slice(0, -1)}${separator}${part}`;
    else out = `${out.trimEnd()}${separator.slice(mark.length)}${part}`;
  }
  return out;
}

/**
 * `joinClauses` over `Marked` text: the same text, each part keeping its pieces' languages (a sentence's full stop
 * that gives way to the separator leaves the piece it ended).
 */
function joinMarked(parts: readonly Marked[], separator: string): Marked {
  const mark = separator.trimEnd();
  const punctuated = mark !== '' && END_PUNCTUATION.test(mark);
  const out: MarkedPiece[] = [...(parts[0] ?? [])];
  // The end of what is written so far, cut as joinClauses cuts its string: trimmed, then `drop` characters less.
  const cutEnd = (drop: number) => {
    while (out.length > 0) {
      const last = out[out.length - 1] as MarkedPiece;
      const text = last.text.trimEnd();
      if (text === '') {
        out.pop();
        continue;
      }
      out[out.length - 1] = { ...last, text: text.slice(0, text.length - drop) };
      return;
    }
  };
  for (let i = 1; i < parts.length; i++) {
    const previous = markedText(parts[i - 1] ?? []).trimEnd();
    const part = parts[i] ?? [];
    if (!punctuated || !END_PUNCTUATION.test(previous)) out.push({ text: separator }, ...part);
    else if (mark !== '.' && SENTENCE_STOP.test(previous)) {
      cutEnd(1);
      out.push({ text: separator }, ...part);
    } else {
      cutEnd(0);
      out.push({ text: separator.slice(mark.length) }, ...part);
    }
  }
  return out;
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

/**
 * The venue's name and address on one line.
 *
 * @example
 * venueLine({ name: 'Centrum Konferencyjne', address: { street: 'ul. Jagiellońska 54', postalCode: '03-463', city: 'Warszawa', country: 'PL' }, ... })
 * // 'Centrum Konferencyjne, ul. Jagiellońska 54, 03-463 Warszawa'
 */
export const venueLine = (venue: Venue): string => `${venue.name}, ${addressLine(venue.address)}`;

/**
 * The name of the organisation or authority a speaker represents, if known.
 *
 * @example
 * // world.authorities holds 'wol', Powiat Wołomiński
 * speakerParty({ kind: 'representatives', authorityId: 'wol', description: 'urzędnicy powiatu' }, world) // 'Powiat Wołomiński'
 * speakerParty({ kind: 'representatives', description: 'przedstawiciele spółdzielni' }, world) // undefined
 */
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
  const name = person ? fullName(person) : speaker.personId;
  const detail = speaker.role ? (party ? joinClauses([speaker.role, party], ', ') : speaker.role) : party;
  return detail ? `${name} (${detail})` : name;
}

/**
 * `speakerText` in its languages (the feeds' HTML marks them), the same text: the role or the group's description as the event's editors wrote it (in
 * `language`, the event's), the organisation's or authority's name in Polish (the site's records are Polish), the
 * person's name in none (a proper name).
 */
function speakerMarked(
  speaker: Speaker,
  world: Pick<WorldIndex, 'people' | 'organizations' | 'authorities'>,
  language: Locale | undefined,
): Marked {
  const partyName = speakerParty(speaker, world);
  const party: Marked = partyName === undefined ? [] : [{ text: partyName, lang: 'pl' }];
  const own = (text: string): MarkedPiece => (language ? { text, lang: language } : { text });
  if (speaker.kind === 'representatives')
    return party.length
      ? [own(speaker.description), { text: ' (' }, ...party, { text: ')' }]
      : [own(speaker.description)];
  const person = world.people.get(speaker.personId);
  const name = person ? fullName(person) : speaker.personId;
  const detail = speaker.role
    ? party.length
      ? joinMarked([[own(speaker.role)], party], ', ')
      : [own(speaker.role)]
    : party;
  return detail.length ? [{ text: `${name} (` }, ...detail, { text: ')' }] : [{ text: name }];
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

// An agenda item's heading ("Panel: Sprawny urząd…"): the domain's, which the admin's agenda editor uses in
// the browser without this package; exported here too, as before.
export { itemHeading };

type Count = (n: number) => string;

// Labels of who takes part, by role and number, as the website's agenda words them: "Prowadzenie" is
// hosting (a discussion's facilitators), a panel has "Moderacja", and whoever gives an introduction or a
// presentation "występuje". A representatives entry names a group, so it counts as several people.
const ROLE_WORDS: Record<
  Locale,
  { moderator: string; panelists: Count; speakers: Count; facilitators: string; topics: string; questions: Count }
> = {
  pl: {
    moderator: 'Moderacja',
    // One panelist's noun has a gender we do not know ("panelista", "panelistka"): "W panelu" has none.
    panelists: (n) => (n === 1 ? 'W panelu' : 'Paneliści'),
    speakers: (n) => pluralPl(n, ['Występuje', 'Występują', 'Występują']),
    facilitators: 'Prowadzenie dyskusji',
    topics: 'Tematy dyskusji',
    questions: (n) => pluralPl(n, ['Pytanie', 'Pytania', 'Pytania']),
  },
  en: {
    moderator: 'Moderator',
    // British spelling, the house's: panellist (US panelist).
    panelists: (n) => (n === 1 ? 'Panellist' : 'Panellists'),
    speakers: (n) => (n === 1 ? 'Speaker' : 'Speakers'),
    facilitators: 'Facilitators',
    topics: 'Discussion topics',
    questions: (n) => (n === 1 ? 'Question' : 'Questions'),
  },
};

/**
 * The agenda as plain-text lines, times in the event's zone: "10:15–11:15 Panel: Sprawny urząd…", then
 * indented lines for the moderator, panelists, questions, speakers, facilitators and discussion topics.
 *
 * @example
 * agendaLines(seedEvent, world, 'pl').slice(0, 2)
 * // ['10:00–10:15 Wprowadzenie', '  Występuje: Łukasz Komuda']
 */
export function agendaLines(event: Event, world: WorldIndex, locale: Locale): string[] {
  const words = ROLE_WORDS[locale];
  const lines: string[] = [];
  const names = (speakers: readonly Speaker[]) =>
    joinClauses(
      speakers.map((s) => speakerText(s, world)),
      '; ',
    );
  for (const item of event.agenda) {
    const time = `${clockText(item.startsAt, event.timeZone)}–${clockText(item.endsAt, event.timeZone)}`;
    lines.push(`${time} ${itemHeading(item, locale)}`);
    if (item.kind === 'panel') {
      if (item.moderator) lines.push(`  ${words.moderator}: ${speakerText(item.moderator, world)}`);
      if (item.panelists.length)
        lines.push(`  ${words.panelists(speakerHeadcount(item.panelists))}: ${names(item.panelists)}`);
      if (item.questions.length) {
        lines.push(`  ${words.questions(item.questions.length)}:`);
        for (const q of item.questions) lines.push(`  - ${q}`);
      }
    } else if (item.kind === 'discussion') {
      if (item.facilitators.length) lines.push(`  ${words.facilitators}: ${names(item.facilitators)}`);
      if (item.topics.length) {
        lines.push(`  ${words.topics}:`);
        for (const t of item.topics) lines.push(`  - ${t}`);
      }
    } else {
      const people = itemPeople(item);
      if (people.length) lines.push(`  ${words.speakers(speakerHeadcount(people))}: ${names(people)}`);
    }
  }
  return lines;
}

/**
 * An agenda item's heading (`itemHeading`) in its languages: the kind's label in the output's, the item's own
 * title in the event's.
 */
function headingMarked(item: AgendaItem, language: Locale, locale: Locale): Marked {
  const heading = itemHeading(item, locale);
  const title = ('title' in item && item.title?.trim()) || '';
  if (title === '' || !heading.endsWith(title)) return [{ text: heading }];
  return [{ text: heading.slice(0, heading.length - title.length) }, { text: title, lang: language }];
}

/**
 * `agendaLines` in their languages, the same text: labels and times in the output's (`locale`), the items' titles,
 * questions, topics and speakers' roles in the event's, organisations' names in Polish (see `speakerMarked`). Only
 * the feeds' HTML needs the languages; the plain text, which calendars and tables write for every event and
 * speaker of an export, keeps its own string code (`agendaLines`, `speakerText`): building the pieces took about
 * nine times as long per speaker (2.2 µs against 0.25 µs). describe.test.ts checks that the two agree.
 */
function agendaMarked(event: Event, world: WorldIndex, locale: Locale): Marked[] {
  const words = ROLE_WORDS[locale];
  const own = event.language;
  const lines: Marked[] = [];
  const names = (speakers: readonly Speaker[]) =>
    joinMarked(
      speakers.map((s) => speakerMarked(s, world, own)),
      '; ',
    );
  const list = (label: string, speakers: readonly Speaker[]) =>
    lines.push([{ text: `  ${label}: ` }, ...names(speakers)]);
  for (const item of event.agenda) {
    const time = `${clockText(item.startsAt, event.timeZone)}–${clockText(item.endsAt, event.timeZone)}`;
    lines.push([{ text: `${time} ` }, ...headingMarked(item, own, locale)]);
    if (item.kind === 'panel') {
      if (item.moderator) list(words.moderator, [item.moderator]);
      if (item.panelists.length) list(words.panelists(speakerHeadcount(item.panelists)), item.panelists);
      if (item.questions.length) {
        lines.push([{ text: `  ${words.questions(item.questions.length)}:` }]);
        for (const q of item.questions) lines.push([{ text: '  - ' }, { text: q, lang: own }]);
      }
    } else if (item.kind === 'discussion') {
      if (item.facilitators.length) list(words.facilitators, item.facilitators);
      if (item.topics.length) {
        lines.push([{ text: `  ${words.topics}:` }]);
        for (const t of item.topics) lines.push([{ text: '  - ' }, { text: t, lang: own }]);
      }
    } else {
      const people = itemPeople(item);
      if (people.length) list(words.speakers(speakerHeadcount(people)), people);
    }
  }
  return lines;
}

/** The zone the site is in: times of events elsewhere name their zone. */
const SITE_ZONE = 'Europe/Warsaw';

/**
 * When an event happens, in its own zone, as `formatEventTime` of `@org/domain` words it ("26 listopada
 * 2026, 10:00–14:00"), but never ambiguous: a time in the hour repeated as clocks go back carries its
 * offset ("25 października 2026, 02:30 (UTC+02:00)–02:30 (UTC+01:00)"), and an event outside the site's
 * zone names its zone ("1 lipca 2026, 10:00–12:00 (America/New_York)"), as calendars show it in the
 * reader's zone beside this text.
 *
 * @example
 * eventTimeText({ startsAt: '2026-07-01T10:00-04:00', endsAt: '2026-07-01T12:00-04:00', timeZone: 'America/New_York' }, 'pl')
 * // '1 lipca 2026, 10:00–12:00 (America/New_York)'
 */
export function eventTimeText(event: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale): string {
  const zone = event.timeZone;
  const named = zone === SITE_ZONE ? '' : ` (${zone})`;
  if (!isRepeatedWallClock(event.startsAt, zone) && !isRepeatedWallClock(event.endsAt, zone))
    return `${formatEventTime(event, locale)}${named}`;
  const start = `${formatInstant(event.startsAt, zone, locale)}${offsetMark(event.startsAt, zone)}`;
  const end =
    localDayOf(event.startsAt, zone) === localDayOf(event.endsAt, zone)
      ? `–${clockText(event.endsAt, zone)}`
      : ` – ${formatInstant(event.endsAt, zone, locale)}${offsetMark(event.endsAt, zone)}`;
  return `${start}${end}${named}`;
}

/**
 * An event's title as calendars and feeds show it: a cancelled or postponed event's starts with its status,
 * as its description does, since a reader shows the title and many calendars ignore STATUS (and a postponed
 * event stays on its old date as TENTATIVE).
 *
 * @example
 * eventHeadline({ ...seedEvent, status: 'cancelled' }, 'pl')
 * // 'ODWOŁANE: Sprawny urząd, sprawna organizacja. Współpraca samorządów z organizacjami pozarządowymi'
 */
export function eventHeadline(event: Pick<Event, 'status' | 'title'>, locale: Locale): string {
  return event.status === 'cancelled' || event.status === 'postponed'
    ? `${EVENT_STATUS_LABELS[event.status][locale].toUpperCase()}: ${event.title}`
    : event.title;
}

/** An event's description in its parts, in the order calendars and feeds give them (see `eventPlainText`). */
interface EventParts {
  /** A cancelled or postponed event's status, in the output's language, and its note as written. */
  status?: { label: string; note?: string };
  /** The summary as written. */
  summary?: string;
  /** The body, Markdown as written (may be empty). */
  body: string;
  /** When and where: the time, the venue's line, the online link. */
  time: string;
  venue?: Marked;
  onlineUrl?: string;
  /** The organiser and the agenda: paragraphs of lines. */
  rest: Marked[][];
  /** The funding notices, after the rest. */
  notices: FundingNotice[];
  /** The event's page. */
  url: string;
}

/**
 * A cancelled or postponed event's status with the note its editors gave ("PRZEŁOŻONE: nowy termin w styczniu"),
 * in the output's language; undefined for any other event, or one without a note.
 *
 * @example
 * eventStatusNote({ ...event, status: 'postponed', statusNote: 'nowy termin w styczniu' }, 'pl') // 'PRZEŁOŻONE: nowy termin w styczniu'
 */
export function eventStatusNote(event: Event, locale: Locale): string | undefined {
  if ((event.status !== 'cancelled' && event.status !== 'postponed') || !event.statusNote) return undefined;
  return `${EVENT_STATUS_LABELS[event.status][locale].toUpperCase()}: ${event.statusNote}`;
}

/** The status line ("ODWOŁANE: note") and the summary, as text paragraphs. */
const leadOf = (parts: EventParts) => [
  ...(parts.status ? [`${parts.status.label}${parts.status.note ? `: ${parts.status.note}` : ''}`] : []),
  ...(parts.summary ? [parts.summary] : []),
];

// `marked`: the organiser and agenda in their languages (`agendaMarked`), for HTML; else as plain lines.
function eventParts(event: Event, world: WorldIndex, options: FormatOptions, marked: boolean): EventParts {
  const { locale } = options;
  const status =
    event.status === 'cancelled' || event.status === 'postponed'
      ? {
          label: EVENT_STATUS_LABELS[event.status][locale].toUpperCase(),
          ...(event.statusNote ? { note: event.statusNote } : {}),
        }
      : undefined;
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const rest: Marked[][] = [];
  const organizer = world.organizations.get(event.organizerId);
  // The site's records (organisations, venues) are in Polish, whatever the event's language.
  if (organizer)
    rest.push([[{ text: `${locale === 'pl' ? 'Organizator' : 'Organiser'}: ` }, { text: organizer.name, lang: 'pl' }]]);
  const agenda = marked
    ? agendaMarked(event, world, locale)
    : agendaLines(event, world, locale).map((text): Marked => [{ text }]);
  if (agenda.length) rest.push([[{ text: locale === 'pl' ? 'Program:' : 'Agenda:' }], ...agenda]);
  return {
    ...(status ? { status } : {}),
    ...(event.summary ? { summary: event.summary } : {}),
    body: event.body,
    time: eventTimeText(event, locale),
    ...(venue ? { venue: [{ text: venueLine(venue), lang: 'pl' }] } : {}),
    ...(event.onlineUrl ? { onlineUrl: event.onlineUrl } : {}),
    rest,
    notices: fundingNotices('event', event, world, locale),
    url: pageUrl('event', event.slug, options),
  };
}

/**
 * The plain-text description of an event that calendars carry: status note, summary, the body (its Markdown
 * as the text a reader sees, `markdownTextBlocks`), when and where, organiser, agenda, funding statements and
 * the page URL.
 *
 * @example
 * eventPlainText(seedEvent, world, { locale: 'pl', siteUrl }).includes('Zadanie publiczne') // true
 */
export function eventPlainText(event: Event, world: WorldIndex, options: FormatOptions): string {
  const parts = eventParts(event, world, options, false);
  const statements = parts.notices.map(fundingNoticeText);
  return [
    ...leadOf(parts),
    ...markdownTextBlocks(parts.body),
    [parts.time, parts.venue && markedText(parts.venue), parts.onlineUrl].filter(Boolean).join('\n'),
    ...parts.rest.map((lines) => lines.map(markedText).join('\n')),
    ...(statements.length ? [statements.join('\n')] : []),
    parts.url,
  ].join('\n\n');
}

/** A URL as a link that shows it, escaped; an external one gives the opened page no handle on the reader's. */
const linkHtml = (url: string, external: boolean) => {
  const escaped = escapeXml(xmlSafe(url));
  return `<a href="${escaped}"${external ? ' rel="noopener noreferrer"' : ''}>${escaped}</a>`;
};

/**
 * The HTML description of an event that feeds carry: what `eventPlainText` says, with the body rendered
 * from Markdown as on the event's page (`markdownToHtml`: no raw HTML, relative links made absolute against
 * the page) right after the summary, and the online meeting's and the page's URLs as links. Every other part
 * is text, escaped. When the event's language is not the options' locale (a Polish event in English), its own
 * text is marked with `lang`: `<div lang="pl">` around the summary and body, `<span lang="pl">` around a status
 * note, and around the agenda's titles, topics, questions and speakers' roles; the Polish funding statement, the
 * venue's name and address and the names of organisations and authorities (the site's records are Polish) are
 * `<span lang="pl">` in any output not in Polish.
 *
 * @example
 * eventHtml({ ...seedEvent, body: 'Zobacz [program](/program).' }, world, { locale: 'pl', siteUrl: 'https://mosty.example' })
 * // '<p>Spotkanie przedstawicieli…</p>\n<p>Zobacz <a href="https://mosty.example/program" rel="noopener noreferrer">program</a>.</p>\n<p>26 listopada 2026, 10:00–14:00<br>…'
 * // … '<p><a href="https://mosty.example/wydarzenia/sprawny-urzad-sprawna-organizacja">https://mosty.example/wydarzenia/sprawny-urzad-sprawna-organizacja</a></p>'
 */
export function eventHtml(event: Event, world: WorldIndex, options: FormatOptions): string {
  const parts = eventParts(event, world, options, true);
  const { locale } = options;
  const place = [escapeXml(xmlSafe(parts.time))];
  if (parts.venue) place.push(markedHtml(parts.venue, locale));
  if (parts.onlineUrl) place.push(linkHtml(parts.onlineUrl, true));
  const own = event.language;
  // The event's own text (status note, summary, body) is in its language, the labels in the output's: marked
  // apart when the two differ (a Polish event in the English feed), so each part is read in its language.
  const status =
    parts.status?.note && own !== locale
      ? `<p>${escapeXml(parts.status.label)}: ${inLanguage(inlineHtml(parts.status.note), own, locale, 'span')}</p>`
      : textToHtml(leadOf({ ...parts, summary: undefined }).join(''));
  const written = [
    parts.summary ? textToHtml(parts.summary) : '',
    markdownToHtml(parts.body, { baseUrl: parts.url }).trimEnd(),
  ].filter(Boolean);
  const statements = parts.notices.flatMap((n) => noticeHtmlLines(n, locale));
  return [
    status,
    inLanguage(written.join('\n'), own, locale),
    `<p>${place.join('<br>')}</p>`,
    ...parts.rest.map((lines) => `<p>${lines.map((line) => markedHtml(line, locale)).join('<br>')}</p>`),
    statements.length ? `<p>${statements.join('<br>')}</p>` : '',
    `<p>${linkHtml(parts.url, false)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}
