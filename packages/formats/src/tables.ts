import type { Event } from '@org/domain';
import { type CsvOptions, type CsvValue, csvChunks, csvOptionsFor, toCsv } from './csv.js';
import { checkOptions, type FormatOptions } from './options.js';
import { AGENDA_COLUMNS, EVENT_COLUMNS } from './table-columns.js';
import { csvCell } from './table-csv.js';
import { tableColumns, tableRowsOf } from './table-spec.js';
import type { WorldIndex } from './world-index.js';

export { AGENDA_COLUMNS, EVENT_COLUMNS } from './table-columns.js';

/**
 * One events-table row: instants stay ISO 8601 with offset (unambiguous in any spreadsheet locale).
 *
 * @example
 * eventRow(seedEvent, world, options)[1] // 'Sprawny urząd, sprawna organizacja. …'
 */
export function eventRow(event: Event, world: WorldIndex, options: FormatOptions): CsvValue[] {
  const types = tableColumns('events', options.locale).map((c) => c.type);
  const [row = []] = tableRowsOf('events', event, world, options);
  return row.map((cell, i) => csvCell(cell, types[i] ?? 'text', options.locale));
}

/**
 * The agenda-table rows of one event, one per item.
 *
 * @example
 * agendaRows(seedEvent, world, options).length // 5
 */
export function agendaRows(event: Event, world: WorldIndex, options: FormatOptions): CsvValue[][] {
  const types = tableColumns('agenda-items', options.locale).map((c) => c.type);
  return tableRowsOf('agenda-items', event, world, options).map((row) =>
    row.map((cell, i) => csvCell(cell, types[i] ?? 'text', options.locale)),
  );
}

/**
 * The events table as CSV (RFC 4180, UTF-8 with BOM; `;` by default in Polish, for Polish Excel, `,` in English).
 *
 * @example
 * eventsCsv(world.events, index, { locale: 'pl', siteUrl }).startsWith('\uFEFFIdentyfikator;Tytuł') // true
 */
export function eventsCsv(events: Iterable<Event>, world: WorldIndex, options: FormatOptions & CsvOptions): string {
  const opts = csvOptionsFor(checkOptions(options));
  const rows = function* () {
    for (const e of events) yield eventRow(e, world, opts);
  };
  return toCsv(EVENT_COLUMNS[opts.locale], rows(), opts);
}

/**
 * The events table as a stream of CSV chunks, for exports too large to hold in memory.
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
 * for await (const chunk of eventsCsvChunks(allEvents(), index, options)) sink.write(chunk);
 */
export async function* eventsCsvChunks(
  events: Iterable<Event> | AsyncIterable<Event>,
  world: WorldIndex,
  options: FormatOptions & CsvOptions,
): AsyncGenerator<string, void, undefined> {
  const opts = csvOptionsFor(checkOptions(options));
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
  const opts = csvOptionsFor(checkOptions(options));
  const rows = function* () {
    for (const e of events) yield* agendaRows(e, world, opts);
  };
  return toCsv(AGENDA_COLUMNS[opts.locale], rows(), opts);
}
