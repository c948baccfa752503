import { TZDate } from '@date-fns/tz';
import {
  AGENDA_KIND_LABELS,
  type AgendaItem,
  type Event,
  itemPeople,
  localDayOf,
  personName,
  type RecordMeta,
  slugify,
} from '@org/domain';
import { format } from 'date-fns';
import { fundingStatements, itemTitle, speakerText } from './describe.js';
import { escapeXml, xmlSafe } from './html.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent } from './parsed-records.js';
import { stableUuid, uniqueStableInt } from './stable-uuid.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** One talk of a frab schedule, as pretalx writes it in `schedule.json`. */
export interface FrabEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: { guid?: string; name: string }[];
  links: { url: string; title: string }[];
}

/** An event as the store returns it: its last update (`updatedAt`) becomes the schedule's version. */
export type FrabEventInput = Event & Partial<Pick<RecordMeta, 'updatedAt'>>;

/** The `schedule.json` document (frab/pretalx schedule format, c3voc schema version 1). */
export interface FrabSchedule {
  $schema: string;
  generator: { name: string; version: string };
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      description: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      rooms: { name: string; guid: string }[];
      tracks: { name: string; slug: string }[];
      days: { index: number; date: string; day_start: string; day_end: string; rooms: Record<string, FrabEvent[]> }[];
    };
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const zoned = (instant: string, zone: string, pattern: string) =>
  format(new TZDate(Date.parse(instant), zone), pattern);
const isoInZone = (instant: string, zone: string) => zoned(instant, zone, "yyyy-MM-dd'T'HH:mm:ssXXX");

// The JSON schema's acronym allows no '-' after its first character, and 4+ characters.
const acronymOf = (event: Event) => event.slug.replace(/-/g, '_').padEnd(4, '_');

/**
 * The frab schedule of an event as data: the event is the conference, its agenda items are the talks,
 * grouped by day (in the event's zone) and room (the item's room, else the venue, else "main").
 * A talk's guid is its agenda item's UUID; its integer id (which frab requires) is derived from that id
 * (`stableInt31`), and its slug is the event's acronym, the item id's last 12 characters and the title's slug,
 * so neither changes when an item is inserted before it and two events' schedules do not share ids.
 *
 * @example
 * frabSchedule(seedEvent, world, options).schedule.conference.days[0].rooms // { 'Centrum Wielokulturowe w Warszawie': [5 talks] }
 */
export function frabSchedule(
  event: FrabEventInput,
  world: WorldIndex,
  options: FormatOptions & { version?: string },
): FrabSchedule {
  const opts = checkOptions(options);
  checkParsedEvent(event);
  const zone = event.timeZone;
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const defaultRoom = venue?.name ?? (opts.locale === 'pl' ? 'Sala główna' : 'Main room');
  const url = pageUrl('event', event.slug, opts);
  const acronym = acronymOf(event);
  const statements = fundingStatements('event', event, world, opts.locale);
  const taken = new Set<number>();
  const talks = event.agenda.map((item) => talk(item, uniqueStableInt(item.id, taken)));
  function talk(item: AgendaItem, id: number): FrabEvent & { day: string; startsAt: string; endsAt: string } {
    const title = xmlSafe(itemTitle(item, opts.locale));
    const topics = item.kind === 'discussion' ? item.topics : item.kind === 'panel' ? item.questions : [];
    const titleSlug = slugify(title);
    return {
      day: localDayOf(item.startsAt, zone),
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      guid: stableUuid(item.id),
      id,
      date: isoInZone(item.startsAt, zone),
      start: zoned(item.startsAt, zone, 'HH:mm'),
      duration: hhmm(Math.round((Date.parse(item.endsAt) - Date.parse(item.startsAt)) / 60_000)),
      room: xmlSafe(item.room ?? defaultRoom),
      // The XSD's slug: [a-z0-9_]{4,} (the acronym), '-', then [a-z0-9_-]{4,}; unique within the schedule.
      // A UUID's last 12 hex digits are random in a UUIDv7 and hashed in a derived one.
      slug: `${acronym}-${stableUuid(item.id).slice(-12)}${titleSlug ? `-${titleSlug}` : ''}`,
      url: `${url}#${item.id}`,
      title,
      subtitle: '',
      track: AGENDA_KIND_LABELS[item.kind][opts.locale],
      type: item.kind,
      language: event.language,
      abstract: xmlSafe(item.description ?? ''),
      description: xmlSafe([...topics.map((t) => `- ${t}`), ...statements].join('\n')),
      persons: itemPeople(item).map((s) => {
        if (s.kind === 'representatives') {
          return { name: xmlSafe(speakerText(s, world)) };
        }
        const person = world.people.get(s.personId);
        const name = xmlSafe(person ? personName(person) : s.personId);
        // pretalx style (name, guid): the schema's oneOf refuses a person that is both frab- and pretalx-shaped.
        return { guid: stableUuid(s.personId), name };
      }),
      links: [{ url, title: xmlSafe(event.title) }],
    };
  }
  const dayDates = [...new Set([localDayOf(event.startsAt, zone), ...talks.map((t) => t.day)])].sort();
  const roomNames = [...new Set(talks.map((t) => t.room))];
  if (roomNames.length === 0) roomNames.push(defaultRoom);
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: '@org/formats', version: '1' },
    schedule: {
      // The schedule's revision: players compare it to see whether the programme changed since they
      // last fetched it, so it follows the record's last update, not its first publication.
      version: options.version ?? event.updatedAt ?? event.publishedAt ?? event.startsAt,
      base_url: `${opts.siteUrl}/`,
      conference: {
        acronym,
        title: xmlSafe(event.title),
        description: xmlSafe([event.summary, ...statements].filter(Boolean).join('\n\n')),
        start: isoInZone(event.startsAt, zone),
        end: isoInZone(event.endsAt, zone),
        daysCount: dayDates.length,
        timeslot_duration: '00:15',
        time_zone_name: zone,
        url,
        rooms: roomNames.map((name) => ({ name, guid: stableUuid(`${event.id}:room:${name}`) })),
        tracks: [...new Set(talks.map((t) => t.track))].map((name) => ({ name, slug: slugify(name) || 'track' })),
        days: dayDates.map((date, i) => {
          const ofDay = talks.filter((t) => t.day === date);
          const rooms: Record<string, FrabEvent[]> = {};
          for (const name of roomNames) rooms[name] = [];
          for (const { day: _d, startsAt: _s, endsAt: _e, ...t } of ofDay) rooms[t.room]?.push(t);
          // A day runs from its first talk to its last; the event's own ends bound the first and last day.
          const first = i === 0 ? event.startsAt : (ofDay[0]?.startsAt ?? event.startsAt);
          const ends = ofDay.map((t) => t.endsAt).sort();
          const dayEnd = i === dayDates.length - 1 ? event.endsAt : (ends.at(-1) ?? event.endsAt);
          return { index: i + 1, date, day_start: isoInZone(first, zone), day_end: isoInZone(dayEnd, zone), rooms };
        }),
      },
    },
  };
}

/**
 * The schedule as `schedule.json` text (valid against the c3voc JSON schema that pretalx output follows).
 *
 * @example
 * JSON.parse(frabScheduleJson(seedEvent, world, options)).schedule.conference.acronym // 'sprawny_urzad_sprawna_organizacja'
 */
export function frabScheduleJson(
  event: FrabEventInput,
  world: WorldIndex,
  options: FormatOptions & { version?: string },
): string {
  return `${JSON.stringify(frabSchedule(event, world, options), null, 2)}\n`;
}

const el = (name: string, value: string | number, indent: string) =>
  `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;

/**
 * The schedule as frab `schedule.xml` (valid against the c3voc `schedule.xml.xsd` that conference apps read).
 *
 * @example
 * frabScheduleXml(seedEvent, world, options) // '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>…'
 */
export function frabScheduleXml(
  event: FrabEventInput,
  world: WorldIndex,
  options: FormatOptions & { version?: string },
): string {
  const { schedule, generator } = frabSchedule(event, world, options);
  const c = schedule.conference;
  // frab's integer person ids, from the person's UUID (stableInt31): the same person has the same id in every
  // event's schedule, whoever speaks before them.
  const personIds = new Map<string, number>();
  const takenPersonIds = new Set<number>();
  const personId = (guid: string) =>
    personIds.get(guid) ?? personIds.set(guid, uniqueStableInt(guid, takenPersonIds)).get(guid);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n';
  out += `  <generator name="${escapeXml(generator.name)}" version="${escapeXml(generator.version)}"/>\n`;
  out += el('version', schedule.version, '  ');
  out += '  <conference>\n';
  out += el('acronym', c.acronym, '    ') + el('title', c.title, '    ');
  out += el('start', c.start, '    ') + el('end', c.end, '    ') + el('days', c.daysCount, '    ');
  out += el('timeslot_duration', c.timeslot_duration, '    ') + el('base_url', schedule.base_url, '    ');
  out += el('url', c.url, '    ') + el('time_zone_name', c.time_zone_name, '    ');
  for (const t of c.tracks) out += `    <track name="${escapeXml(t.name)}" slug="${escapeXml(t.slug)}"/>\n`;
  out += '  </conference>\n';
  for (const day of c.days) {
    out += `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">\n`;
    for (const [room, talks] of Object.entries(day.rooms)) {
      const guid = c.rooms.find((r) => r.name === room)?.guid;
      out += `    <room name="${escapeXml(room)}"${guid ? ` guid="${guid}"` : ''}>\n`;
      for (const t of talks) {
        const i = '        ';
        out += `      <event id="${t.id}" guid="${t.guid}">\n`;
        out += el('date', t.date, i) + el('start', t.start, i) + el('duration', t.duration, i);
        out += el('room', t.room, i) + el('slug', t.slug, i) + el('url', t.url, i) + el('title', t.title, i);
        out += el('subtitle', t.subtitle, i) + el('track', t.track, i) + el('type', t.type, i);
        out += el('language', t.language, i) + el('abstract', t.abstract, i) + el('description', t.description, i);
        out += `${i}<persons>\n`;
        for (const p of t.persons)
          out += `${i}  <person${p.guid ? ` id="${personId(p.guid)}" guid="${p.guid}"` : ''}>${escapeXml(p.name)}</person>\n`;
        out += `${i}</persons>\n`;
        out += `${i}<links>\n`;
        for (const l of t.links) out += `${i}  <link href="${escapeXml(l.url)}">${escapeXml(l.title)}</link>\n`;
        out += `${i}</links>\n`;
        out += '      </event>\n';
      }
      out += '    </room>\n';
    }
    out += '  </day>\n';
  }
  return `${out}</schedule>\n`;
}
