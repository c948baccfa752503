import { TZDate } from '@date-fns/tz';
import { type Event, type Geo, isPublicEvent, type RecordMeta, ValidationError, type Venue } from '@org/domain';
import { ICalCalendar, ICalCalendarMethod, ICalEvent, ICalEventStatus } from 'ical-generator';
import { eventHeadline, eventPlainText, fundingNotices, venueLine } from './describe.js';
import { eventRevisedAt } from './event-revision.js';
import { xmlSafe } from './html.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent } from './parsed-records.js';
import { recordUuid } from './stable-uuid.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';
import { isRepeatedWallClock } from './zone-clock.js';

/** Options of the iCalendar writers. */
export interface IcsOptions extends FormatOptions {
  /** Name of a subscribable calendar (NAME, X-WR-CALNAME); `eventToIcs` writes no name. */
  calendarName?: string;
  /**
   * DTSTAMP of every event, when the caller wants one instant for the whole file. By default each event's
   * DTSTAMP is its LAST-MODIFIED, the latest `updatedAt` of the event and of the records it shows (venue,
   * organiser, speakers, grants), else its `publishedAt`, else its start, so output is reproducible.
   */
  generatedAt?: string;
  /** Organiser e-mail to use when the organising organisation has none (ORGANIZER needs a mail address). */
  contactEmail?: string;
  /**
   * How often a subscribed client should fetch the calendar again, in whole seconds: REFRESH-INTERVAL
   * (RFC 7986 §5.7) and X-PUBLISHED-TTL, which Outlook and Google read. `calendarToIcs` and `icsChunks`
   * write a subscribable calendar and default to 3600 (`PT1H`); `eventToIcs` writes a one-off download and
   * leaves them out unless given. `null` leaves them out.
   */
  refreshInterval?: number | null;
  /**
   * The absolute http(s) URL the calendar itself is served at, as SOURCE (RFC 7986 §5.8): where a client
   * refreshes it from. Left out when not given.
   */
  calendarUrl?: string;
}

/** Seconds between refreshes of a subscribed calendar when the caller does not say (`refreshInterval`). */
export const DEFAULT_ICS_REFRESH_INTERVAL = 3600;

// EU rules since 1996 (last Sunday of March / October at 01:00 UTC); RFC 5545 §3.6.5 wants the zone spelled out.
const WARSAW_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Warsaw',
  'X-LIC-LOCATION:Europe/Warsaw',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * Zones we can describe with a VTIMEZONE. DTSTART and DTEND of events in other zones are written in UTC
 * (`20260701T140000Z`), which every client reads as the same instant; so are instants in Warsaw's repeated
 * hour (see `dateTimeLine`).
 */
const VTIMEZONES: Record<string, string> = { 'Europe/Warsaw': WARSAW_VTIMEZONE };

const CRLF = '\r\n';

/**
 * An event as the store returns it (`Stored<Event>`): its revision metadata makes SEQUENCE, DTSTAMP and
 * LAST-MODIFIED, so a calendar that imported the event sees a reschedule or a cancellation as an update.
 * A plain `Event` is accepted too; it is then written as its first revision (SEQUENCE 0). The records of the
 * world the writer gets count for DTSTAMP and LAST-MODIFIED when they carry `updatedAt` (see `revision`).
 */
export type IcsEvent = Event & Partial<Pick<RecordMeta, 'version' | 'updatedAt'>>;

const STATUS: Record<Event['status'], ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  published: ICalEventStatus.CONFIRMED,
  // RFC 5545 has no "postponed": TENTATIVE plus the status note in the description is what clients show.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const optionIssue = (path: string, message: string, got: unknown) =>
  new ValidationError(`@org/formats: options.${path} ${message}, got ${JSON.stringify(got)}`, [
    { path, field: path, code: 'invalid', message },
  ]);

/** Checks the iCalendar options beyond `FormatOptions`, so a bad one fails instead of writing a broken line. */
function checkIcsOptions(options: IcsOptions, subscribable: boolean): IcsOptions & { refreshInterval: number | null } {
  const opts = checkOptions(options);
  const refresh =
    opts.refreshInterval === undefined ? (subscribable ? DEFAULT_ICS_REFRESH_INTERVAL : null) : opts.refreshInterval;
  if (refresh !== null && !(Number.isSafeInteger(refresh) && refresh > 0))
    throw optionIssue('refreshInterval', 'must be a whole number of seconds above 0 or null', refresh);
  const source = opts.calendarUrl;
  if (source !== undefined && !/^https?:$/.test(URL.canParse(source) ? new URL(source).protocol : ''))
    throw optionIssue('calendarUrl', 'must be an absolute http(s) URL', source);
  return { ...opts, refreshInterval: refresh };
}

/**
 * A subscribable calendar (`calendarToIcs`, `icsChunks`) is named (NAME, X-WR-CALNAME) and says its zone
 * (X-WR-TIMEZONE). A single event to add (`eventToIcs`) is neither: Microsoft's MS-OXCICAL says X-WR-CALNAME
 * MUST be omitted when the iCalendar represents a single appointment, and Outlook made a new calendar of each
 * such download. It carries METHOD:PUBLISH instead (RFC 5546 §3.2.1): an event published to be copied into
 * the reader's own calendar.
 */
type CalendarKind = 'subscribable' | 'single';

const newCalendar = (options: IcsOptions & { refreshInterval: number | null }, kind: CalendarKind): ICalCalendar =>
  new ICalCalendar({
    prodId: { company: 'Mosty', product: '@org/formats', language: options.locale.toUpperCase() },
    ...(kind === 'single'
      ? { method: ICalCalendarMethod.PUBLISH }
      : { name: options.calendarName ?? (options.locale === 'pl' ? 'Mosty: wydarzenia' : 'Mosty: events') }),
    url: options.siteUrl,
    timezone: { name: 'Europe/Warsaw', generator: (zone) => VTIMEZONES[zone] ?? null },
    ttl: options.refreshInterval,
    source: options.calendarUrl ?? null,
  });

/**
 * A property parameter value (RFC 5545 §3.2), always quoted: a DQUOTE cannot appear inside one, even
 * escaped (ical-generator writes `\"`, after which ical.js ends CN at the backslash), so the value is
 * escaped as RFC 6868 says (`^'` for `"`, `^n` for a line end, `^^` for `^`), which ical.js, Apple and
 * Thunderbird decode. Other control characters are dropped, as in TEXT values: no parameter may hold them.
 *
 * @example
 * icsParamValue('Stowarzyszenie "FISE"') // '"Stowarzyszenie ^'FISE^'"'
 */
export function icsParamValue(text: string): string {
  const escaped = xmlSafe(text)
    .replace(/\^/g, '^^')
    .replace(/\r\n|[\r\n]/g, '^n')
    .replace(/"/g, "^'");
  return `"${escaped}"`;
}

// ical-generator formats a date in a zone by calling `withTimeZone` on it; TZDate provides exactly that.
const at = (instant: string) => new TZDate(Date.parse(instant), 'UTC');

/**
 * An instant as a UTC DATE-TIME (`20261120T110000Z`), the only form RFC 5545 §3.8.7 allows for DTSTAMP
 * and LAST-MODIFIED. ical-generator writes every date in the calendar's zone (`DTSTAMP:20261120T120000`,
 * a floating local time), so these two lines are written here.
 */
const utcDateTime = (instant: string) =>
  new Date(Date.parse(instant))
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');

/**
 * The revision lines of a VEVENT, from the records alone, so the bytes are the same for the same records.
 *
 * LAST-MODIFIED is when what the VEVENT shows last changed (`eventRevisedAt`): the event's `updatedAt`, or a
 * later one of its venue, organiser, speakers or grants, whose new address or name changes LOCATION,
 * ORGANIZER and DESCRIPTION. DTSTAMP is the same instant: the subscribable calendar has no METHOD, so
 * DTSTAMP is "the date and time that the information associated with the calendar component was last revised
 * in the calendar store" (§3.8.7.2), not the time of writing. The single-event file has METHOD:PUBLISH, where
 * DTSTAMP is when the iCalendar object was created; that object is made from the records as last revised, so
 * the same instant serves (a caller that wants the time of writing passes `generatedAt`).
 *
 * SEQUENCE (§3.8.7.4) stays the event's own revision: it counts the revisions the organiser makes to the
 * event itself, starting at 0, and a renamed venue is none. The store's `version` starts at 1 and grows by
 * one on every update of the event, so SEQUENCE is `version - 1`.
 */
function revision(event: IcsEvent, world: WorldIndex, options: IcsOptions) {
  const revised = eventRevisedAt(event, world);
  const stamp = options.generatedAt ?? revised ?? event.publishedAt ?? event.startsAt;
  return {
    lines: `DTSTAMP:${utcDateTime(stamp)}${revised ? `${CRLF}LAST-MODIFIED:${utcDateTime(revised)}` : ''}`,
    sequence: event.version ? event.version - 1 : 0,
  };
}

/**
 * A DTSTART or DTEND line. In a zone with a VTIMEZONE the local time with its TZID
 * (`DTSTART;TZID=Europe/Warsaw:20261126T100000`), so clients show the event at the same wall-clock time
 * across DST changes; otherwise, and when the local time is in the hour repeated as clocks go back, the
 * instant in UTC: RFC 5545 §3.3.5 reads a repeated local time as its first occurrence, so
 * `02:30` could not say the second one, and a start and an end an hour apart would both be 02:30.
 * ical-generator would write a zone it has no VTIMEZONE for as the calendar zone's floating local time.
 */
function dateTimeLine(name: 'DTSTART' | 'DTEND', instant: string, zone: string | null): string {
  if (!zone || isRepeatedWallClock(instant, zone)) return `${name}:${utcDateTime(instant)}`;
  const local = new TZDate(Date.parse(instant), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${String(local.getFullYear()).padStart(4, '0')}${two(local.getMonth() + 1)}${two(local.getDate())}`;
  return `${name};TZID=${zone}:${date}T${two(local.getHours())}${two(local.getMinutes())}${two(local.getSeconds())}`;
}

// RFC 5545 §3.3.11: TEXT values carry no control characters but tab and (escaped) line ends; the same
// set XML 1.0 refuses, so one cleaner serves both.

function vevent(event: IcsEvent, calendar: ICalCalendar, world: WorldIndex, options: IcsOptions): string {
  checkParsedEvent(event);
  const zone = VTIMEZONES[event.timeZone] ? event.timeZone : null;
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const organizer = world.organizations.get(event.organizerId);
  const email = organizer?.email ?? options.contactEmail;
  const url = pageUrl('event', event.slug, options);
  const { lines, sequence } = revision(event, world, options);
  const item = new ICalEvent(
    {
      // Neither the site's host nor the slug: a moved site or a renamed page keeps every UID.
      id: recordUuid('event', event.id),
      start: at(event.startsAt),
      end: at(event.endsAt),
      timezone: zone,
      // Replaced below by the UTC line; given so that ical-generator does not read the clock.
      stamp: at(event.startsAt),
      sequence,
      summary: xmlSafe(eventHeadline(event, options.locale)),
      description: xmlSafe(eventPlainText(event, world, options)),
      url,
      status: STATUS[event.status],
      categories: event.hashtags.map((name) => ({ name })),
      ...(venue
        ? {
            location: {
              title: xmlSafe(venue.name),
              address: xmlSafe(venueLine(venue).slice(venue.name.length + 2)),
              ...(venue.geo ? { geo: { lat: venue.geo.latitude, lon: venue.geo.longitude } } : {}),
            },
          }
        : event.onlineUrl
          ? { location: event.onlineUrl }
          : {}),
    },
    calendar,
  );
  // The Polish statement is the wording the agreement fixes, so it is there in every calendar; an English
  // calendar adds the translation as the same property in another LANGUAGE (RFC 5545 §3.2.10), as
  // RFC 7986 does for NAME. The funder's hashtags are in DESCRIPTION, beside the statements.
  for (const notice of fundingNotices('event', event, world, options.locale)) {
    item.x('X-MOSTY-FUNDING;LANGUAGE=pl', xmlSafe(notice.statement));
    if (notice.translation) item.x('X-MOSTY-FUNDING;LANGUAGE=en', xmlSafe(notice.translation));
  }
  const text = item
    .toString()
    .replace(/\r\n$/, '')
    .replace(/^DTSTAMP:.*$/m, lines)
    .replace(/^DTSTART[;:].*$/m, dateTimeLine('DTSTART', event.startsAt, zone))
    .replace(/^DTEND[;:].*$/m, dateTimeLine('DTEND', event.endsAt, zone))
    // Between LOCATION and GEO, where ical-generator would put it.
    .replace(/^LOCATION:.*$/m, (line) =>
      venue?.geo ? `${line}${CRLF}${appleStructuredLocation(venue, venue.geo)}` : line,
    )
    // Written here, not by ical-generator: it quotes CN with a backslash escape RFC 5545 §3.2 does not have.
    // A function, not a replacement string: that would read "$$", "$&" or "$'" in a name as patterns.
    .replace(
      /\r\nEND:VEVENT$/,
      () =>
        `${organizer && email ? `${CRLF}ORGANIZER;CN=${icsParamValue(organizer.name)}:mailto:${email}` : ''}${CRLF}END:VEVENT`,
    );
  return `${foldIcsLines(text)}${CRLF}`;
}

/**
 * The radius, in metres, of the place Apple Calendar draws on its map and uses for "time to leave" and location
 * alerts (`X-APPLE-RADIUS`). A venue records a point, not an extent: a building's radius, of the order of those
 * Apple's own files carry for a place picked in Maps (70 to 150 m).
 */
const APPLE_RADIUS_METRES = 100;

/** A coordinate as RFC 5870 writes it: decimal degrees, never an exponent (`1e-7`), which String() can give. */
const geoNumber = (degrees: number) => {
  const text = String(degrees);
  return text.includes('e') ? degrees.toFixed(7).replace(/\.?0+$/, '') : text;
};

/**
 * Apple's `X-APPLE-STRUCTURED-LOCATION` of a venue with coordinates, which Apple Calendar (macOS, iOS) reads to
 * show the place on a map: a `geo:` URI (RFC 5870, `geo:lat,lon`) with the venue's name (`X-TITLE`), its address
 * (`X-ADDRESS`) and a radius (`X-APPLE-RADIUS`), as Apple Calendar writes it (`VALUE=URI;X-ADDRESS=…;
 * X-APPLE-RADIUS=…;X-TITLE=…:geo:…`). Other clients ignore an X- property, and keep reading LOCATION and GEO.
 * The name and the address are quoted parameter values escaped as RFC 6868 says (`icsParamValue`), so a `;`, `,`
 * or `:` stays inside them and a `"` or a line end cannot end the parameter: ical-generator writes this property
 * only with a radius, and escapes its parameters as TEXT (`\,`, `\;`, unquoted), which RFC 5545 §3.2 does not
 * have, so a name with a `;` broke the line (ical.js read the rest as another parameter).
 *
 * @example
 * appleStructuredLocation(venue, { latitude: 52.2508, longitude: 21.0451 })
 * // 'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="ul. Jagiellońska 54, Warszawa";X-APPLE-RADIUS=100;X-TITLE="Centrum Wielokulturowe w Warszawie":geo:52.2508,21.0451'
 */
function appleStructuredLocation(venue: Venue, geo: Geo): string {
  const address = xmlSafe(venueLine(venue).slice(venue.name.length + 2));
  return (
    `X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=${icsParamValue(address)};X-APPLE-RADIUS=${APPLE_RADIUS_METRES}` +
    `;X-TITLE=${icsParamValue(venue.name)}:geo:${geoNumber(geo.latitude)},${geoNumber(geo.longitude)}`
  );
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * RFC 5545 §3.1 line folding, byte for byte what ical-generator's `foldLines` writes (a line breaks before
 * the character that would take it past 74 octets; continuation lines start with a space), but counting
 * UTF-8 octets arithmetically: `foldLines` runs a TextEncoder per character, which made a 100k-event
 * export take minutes (bench/RESULTS.md).
 *
 * @example
 * foldIcsLines(`DESCRIPTION:${'ż'.repeat(40)}`).split('\r\n').length // 2
 */
export function foldIcsLines(text: string): string {
  return text
    .split(CRLF)
    .map((line) => {
      if (line.length * 3 <= 74) return line;
      let out = '';
      let octets = 0;
      let from = 0;
      for (let i = 0; i < line.length; ) {
        const codePoint = line.codePointAt(i) ?? 0;
        const units = codePoint > 0xffff ? 2 : 1;
        const size = utf8Length(codePoint);
        octets += size;
        if (octets > 74) {
          out += `${line.slice(from, i)}${CRLF} `;
          from = i;
          octets = size;
        }
        i += units;
      }
      return out + line.slice(from);
    })
    .join(CRLF);
}

/**
 * The calendar's lines before its events. ical-generator writes the VTIMEZONE and then TIMEZONE-ID,
 * X-WR-TIMEZONE, REFRESH-INTERVAL and X-PUBLISHED-TTL, but RFC 5545 §3.6 puts every calendar property
 * before the first component; the VTIMEZONE is moved after them. TIMEZONE-ID is dropped: no RFC
 * (5545, 7808, 7986) nor the IANA registry defines it, and X-WR-TIMEZONE says the same to the clients that
 * read one. A single event's file drops X-WR-TIMEZONE too (see `CalendarKind`).
 */
function header(calendar: ICalCalendar, kind: CalendarKind): string {
  const text = calendar.toString();
  const body = text.slice(0, text.lastIndexOf('END:VCALENDAR'));
  const from = body.indexOf('BEGIN:VTIMEZONE');
  const end = 'END:VTIMEZONE\r\n';
  const to = body.indexOf(end, from) + end.length;
  const [props, zones] = from < 0 ? [body, ''] : [body.slice(0, from) + body.slice(to), body.slice(from, to)];
  const kept = props.replace(/^TIMEZONE-ID:.*\r\n/m, '');
  return (kind === 'single' ? kept.replace(/^X-WR-TIMEZONE:.*\r\n/m, '') : kept) + zones;
}

const FOOTER = `END:VCALENDAR${CRLF}`;

/**
 * One iCalendar file (RFC 5545) for a list of events, a calendar to subscribe to: REFRESH-INTERVAL and
 * X-PUBLISHED-TTL (`refreshInterval`, default an hour), SOURCE when `calendarUrl` is given, VTIMEZONE for
 * Europe/Warsaw, UIDs that never change (`recordUuid`: the event's UUID), location with address, organiser, the agenda and funding statements in
 * DESCRIPTION, URL and STATUS. CRLF line ends, lines folded at 75 octets, final CRLF. Drafts are left out.
 *
 * @example
 * calendarToIcs(world.events, indexWorld(world), { locale: 'pl', siteUrl: 'https://mosty.example' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n'
 */
export function calendarToIcs(events: Iterable<IcsEvent>, world: WorldIndex, options: IcsOptions): string {
  const opts = checkIcsOptions(options, true);
  const calendar = newCalendar(opts, 'subscribable');
  let out = header(calendar, 'subscribable');
  for (const event of events) if (isPublicEvent(event)) out += vevent(event, calendar, world, opts);
  return out + FOOTER;
}

/**
 * The iCalendar file of one event (what an "add to calendar" link downloads). Unlike the calendar,
 * it writes the event whatever its status, and no refresh interval unless `refreshInterval` is given. It is
 * METHOD:PUBLISH with no calendar name or zone (no NAME, X-WR-CALNAME, X-WR-TIMEZONE): a client that reads
 * those makes a calendar of the download (Outlook did, one per click), and MS-OXCICAL forbids X-WR-CALNAME
 * for a single appointment. The VTIMEZONE stays, for DTSTART's TZID.
 *
 * @example
 * eventToIcs(seedEvent, world, { locale: 'pl', siteUrl }).includes('STATUS:CONFIRMED') // true
 */
export function eventToIcs(event: IcsEvent, world: WorldIndex, options: IcsOptions): string {
  const opts = checkIcsOptions(options, false);
  const calendar = newCalendar(opts, 'single');
  return header(calendar, 'single') + vevent(event, calendar, world, opts) + FOOTER;
}

/**
 * The calendar as a stream of chunks (one per event), for exports too large to hold in memory.
 * Concatenated, the chunks equal `calendarToIcs` of the same events.
 *
 * @example
 * // Events read page by page from a repository whose list({ limit, offset }) gives at most 500:
 * async function* allEvents() {
 *   for (let offset = 0; ; offset += 500) {
 *     const { items } = await events.list({ limit: 500, offset });
 *     yield* items;
 *     if (items.length < 500) return;
 *   }
 * }
 * for await (const chunk of icsChunks(allEvents(), world, options)) sink.write(chunk);
 */
export async function* icsChunks(
  events: Iterable<IcsEvent> | AsyncIterable<IcsEvent>,
  world: WorldIndex,
  options: IcsOptions,
): AsyncGenerator<string, void, undefined> {
  const opts = checkIcsOptions(options, true);
  const calendar = newCalendar(opts, 'subscribable');
  yield header(calendar, 'subscribable');
  for await (const event of events) if (isPublicEvent(event)) yield vevent(event, calendar, world, opts);
  yield FOOTER;
}
