import type { Money } from '@org/domain';
import { type CsvOptions, type CsvValue, csvChunks, csvOptionsFor, toCsv } from './csv.js';
import { checkOptions, type FormatOptions } from './options.js';
import {
  booleanText,
  type ColumnType,
  type TableCell,
  type TableName,
  type TableRecord,
  tableColumns,
  tableRecords,
  tableRowsOf,
  type ZonedInstant,
} from './table-spec.js';
import type { WorldIndex } from './world-index.js';

/**
 * Grosze as a decimal in the major unit, without grouping, computed on integers so no float rounding
 * reaches the file: 1250000 → `12500.00`, or `12500,00` with the decimal comma Polish spreadsheets read.
 *
 * @example
 * decimalAmount(1250005) // '12500.05'
 * decimalAmount(1250005, ',') // '12500,05'
 */
export function decimalAmount(minor: number, separator: '.' | ',' = '.'): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The decimal separator of a table's language: Polish Excel (and LibreOffice in Polish) reads `40000.00` as
 * text (and `1.05` as a date), only `40000,00` as a number; English spreadsheets want the dot.
 */
const DECIMAL_SEPARATOR = { pl: ',', en: '.' } as const;

/**
 * One table cell as CSV text: money as a decimal in the major unit without grouping (its currency has a
 * column of its own), with the decimal comma in Polish (`12500,00`) and the dot in English (`12500.00`),
 * like any other number with a fraction; instants as stored (ISO 8601 with offset); booleans as
 * `tak`/`nie` (`yes`/`no` in English).
 *
 * @example
 * csvCell({ amount: 1250000, currency: 'PLN' }, 'money', 'pl') // '12500,00'
 * csvCell({ amount: 1250000, currency: 'PLN' }, 'money', 'en') // '12500.00'
 */
export function csvCell(cell: TableCell, type: ColumnType, locale: 'pl' | 'en'): CsvValue {
  if (cell === null || cell === undefined) return '';
  if (type === 'money') return decimalAmount((cell as Money).amount, DECIMAL_SEPARATOR[locale]);
  if (type === 'datetime') return (cell as ZonedInstant).instant;
  if (typeof cell === 'boolean') return booleanText(cell, locale);
  if (typeof cell === 'number' && !Number.isInteger(cell)) return String(cell).replace('.', DECIMAL_SEPARATOR[locale]);
  return cell as CsvValue;
}

/** Options of the table writers: the usual ones plus the CSV dialect. */
export type TableCsvOptions = FormatOptions & CsvOptions;

function* csvRows<T extends TableName>(
  table: T,
  records: Iterable<TableRecord[T]>,
  world: WorldIndex,
  options: FormatOptions,
): Generator<CsvValue[]> {
  const types = tableColumns(table, options.locale).map((c) => c.type);
  for (const record of records)
    for (const row of tableRowsOf(table, record, world, options))
      yield row.map((cell, i) => csvCell(cell, types[i] ?? 'text', options.locale));
}

/**
 * One of the export tables as CSV: RFC 4180, UTF-8 with BOM, CRLF, the delimiter given or the language's
 * (`;` in Polish, for Polish Excel; `,` in English).
 * Records come from the world unless given: `events` and `agenda-items` (one row per item), `people` (one
 * row per person × affiliation), `organizations`, `authorities`, `grants` (amounts plus a currency column).
 * Numbers with a fraction (amounts) follow the table's language, so a spreadsheet in that language reads
 * them as numbers: `12500,00` in Polish (quoted when the delimiter is `,`), `12500.00` in English.
 *
 * @example
 * tableCsv('grants', index, { locale: 'pl', siteUrl }).split('\r\n')[1]
 * // '019…;Współpraca jednostek…;Województwo Mazowieckie;…;40000,00;;PLN;2026-09-01;…'
 * tableCsv('grants', index, { locale: 'en', siteUrl }).split('\r\n')[1]
 * // '019…,Współpraca jednostek…,Województwo Mazowieckie,…,40000.00,,PLN,2026-09-01,…'
 */
export function tableCsv<T extends TableName>(
  table: T,
  world: WorldIndex,
  options: TableCsvOptions,
  records: Iterable<TableRecord[T]> = tableRecords(table, world),
): string {
  const opts = csvOptionsFor(checkOptions(options));
  const titles = tableColumns(table, opts.locale).map((c) => c.title);
  return toCsv(titles, csvRows(table, records, world, opts), opts);
}

/**
 * The same table as a stream of CSV chunks (about 64 KiB each) from records given one by one, for the
 * tables that can be large (events, agenda items, organisations) or any other. Concatenated, the chunks
 * equal `tableCsv` of the same records.
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
 * for await (const chunk of tableCsvChunks('agenda-items', allEvents(), index, options)) sink.write(chunk);
 */
export async function* tableCsvChunks<T extends TableName>(
  table: T,
  records: Iterable<TableRecord[T]> | AsyncIterable<TableRecord[T]>,
  world: WorldIndex,
  options: TableCsvOptions,
): AsyncGenerator<string, void, undefined> {
  const opts = csvOptionsFor(checkOptions(options));
  const columns = tableColumns(table, opts.locale);
  const types = columns.map((c) => c.type);
  async function* rows() {
    for await (const record of records)
      for (const row of tableRowsOf(table, record, world, opts))
        yield row.map((cell, i) => csvCell(cell, types[i] ?? 'text', opts.locale));
  }
  yield* csvChunks(
    columns.map((c) => c.title),
    rows(),
    opts,
  );
}
