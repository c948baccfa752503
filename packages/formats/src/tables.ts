import { AGENDA_KIND_LABELS, EVENT_STATUS_LABELS, type Event, itemPeople } from '@org/domain';
import { type CsvOptions, type CsvValue, csvChunks, toCsv } from './csv.js';
import { fundingStatements, itemTitle, speakerText, venueLine } from './describe.js';
import { checkOptions, type FormatOptions } from './options.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** Column titles of the events table, per language. */
export const EVENT_COLUMNS = {
  pl: [
    'Identyfikator',
    'Tytuł',
    'Status',
    'Początek',
    'Koniec',
    'Strefa czasowa',
    'Miejsce',
    'Organizator',
    'Hasztagi',
    'Zarejestrowani',
    'Obecni',
    'Informacja o finansowaniu',
    'Adres strony',
  ],
  en: [
    'ID',
    'Title',
    'Status',
    'Start',
    'End',
    'Time zone',
    'Place',
    'Organiser',
    'Hashtags',
    'Registered',
    'Attended',
    'Funding statement',
    'Page URL',
  ],
} as const;

/** Column titles of the agenda table (one row per agenda item), per language. */
export const AGENDA_COLUMNS = {
  pl: ['Wydarzenie', 'Punkt programu', 'Rodzaj', 'Tytuł', 'Początek', 'Koniec', 'Sala', 'Osoby'],
  en: ['Event', 'Agenda item', 'Kind', 'Title', 'Start', 'End', 'Room', 'People'],
} as const;

/**
 * One events-table row: instants stay ISO 8601 with offset (unambiguous in any spreadsheet locale).
 *
 * @example
 * eventRow(seedEvent, world, options)[1] // 'Sprawny urząd, sprawna organizacja. …'
 */
export function eventRow(event: Event, world: WorldIndex, options: FormatOptions): CsvValue[] {
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  return [
    event.id,
    event.title,
    EVENT_STATUS_LABELS[event.status][options.locale],
    event.startsAt,
    event.endsAt,
    event.timeZone,
    venue ? venueLine(venue) : (event.onlineUrl ?? ''),
    world.organizations.get(event.organizerId)?.name ?? event.organizerId,
    event.hashtags.map((h) => `#${h}`).join(' '),
    event.attendance.registered,
    event.attendance.attended,
    fundingStatements(event, world, options.locale).join(' | '),
    pageUrl('event', event.slug, options),
  ];
}

/** The agenda-table rows of one event. */
export function agendaRows(event: Event, world: WorldIndex, options: FormatOptions): CsvValue[][] {
  return event.agenda.map((item) => [
    event.id,
    item.id,
    AGENDA_KIND_LABELS[item.kind][options.locale],
    itemTitle(item, options.locale),
    item.startsAt,
    item.endsAt,
    item.room ?? '',
    itemPeople(item)
      .map((s) => speakerText(s, world))
      .join('; '),
  ]);
}

/**
 * The events table as CSV (RFC 4180, UTF-8 with BOM, `;` by default for Polish Excel).
 *
 * @example
 * eventsCsv(world.events, index, { locale: 'pl', siteUrl }).startsWith('\uFEFFIdentyfikator;Tytuł') // true
 */
export function eventsCsv(events: Iterable<Event>, world: WorldIndex, options: FormatOptions & CsvOptions): string {
  const opts = checkOptions(options);
  const rows = function* () {
    for (const e of events) yield eventRow(e, world, opts);
  };
  return toCsv(EVENT_COLUMNS[opts.locale], rows(), opts);
}

/**
 * The events table as a stream of CSV chunks, for exports too large to hold in memory.
 *
 * @example
 * for await (const chunk of eventsCsvChunks(store.events(), index, options)) sink.write(chunk);
 */
export async function* eventsCsvChunks(
  events: Iterable<Event> | AsyncIterable<Event>,
  world: WorldIndex,
  options: FormatOptions & CsvOptions,
): AsyncGenerator<string> {
  const opts = checkOptions(options);
  async function* rows() {
    for await (const e of events) yield eventRow(e, world, opts);
  }
  yield* csvChunks(EVENT_COLUMNS[opts.locale], rows(), opts);
}

/**
 * The agenda table (every item of every event) as CSV.
 *
 * @example
 * agendaCsv([seedEvent], index, options).split('\r\n').length // 7 (BOM+header, 5 items, final empty)
 */
export function agendaCsv(events: Iterable<Event>, world: WorldIndex, options: FormatOptions & CsvOptions): string {
  const opts = checkOptions(options);
  const rows = function* () {
    for (const e of events) yield* agendaRows(e, world, opts);
  };
  return toCsv(AGENDA_COLUMNS[opts.locale], rows(), opts);
}
