import { TZDate } from '@date-fns/tz';
import type { Money } from '@org/domain';
import type { Workbook } from 'exceljs';
import { checkOptions, type FormatOptions } from './options.js';
import {
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

/** Options of `tableXlsx`. */
export interface TableXlsxOptions extends FormatOptions {
  /** The workbook's creation time in its properties (ISO 8601); defaults to 2000-01-01, so nothing reads the clock. */
  generatedAt?: string;
  /**
   * Follow each date-time column with "<title> (UTC)", the same instant in UTC (see `xlsxColumns`). On by
   * default: the wall-clock cells alone cannot tell apart times in the hour repeated when clocks go back.
   * `false` gives the table's columns only (`tableColumns`), for a reader that expects exactly those.
   */
  utcColumns?: boolean | undefined;
}

const SHEET_NAMES: Record<TableName, { pl: string; en: string }> = {
  events: { pl: 'Wydarzenia', en: 'Events' },
  'agenda-items': { pl: 'Punkty programu', en: 'Agenda items' },
  'event-people': { pl: 'Osoby w programie', en: 'People on the agenda' },
  people: { pl: 'Osoby', en: 'People' },
  organizations: { pl: 'Organizacje', en: 'Organisations' },
  authorities: { pl: 'Samorządy', en: 'Local authorities' },
  grants: { pl: 'Dotacje', en: 'Grants' },
};

/**
 * The number format of a money column: thousands grouped, two decimals, the currency after the number
 * ("12 500,00 zł" in a Polish Excel). Excel renders the separators in the reader's locale.
 *
 * @example
 * moneyFormat('PLN') // '#,##0.00 "zł"'
 */
export const moneyFormat = (currency: string): string => `#,##0.00 "${currency === 'PLN' ? 'zł' : currency}"`;

// Excel has no time zones: a date-time cell is a wall-clock reading. We write the reading in the
// record's own zone (the zone has its own column), as a Date whose UTC fields are that reading.
const wallClock = (cell: ZonedInstant): Date => {
  const t = new TZDate(Date.parse(cell.instant), cell.timeZone);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()));
};
const localDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** A column of the workbook: a table column, or the UTC twin of a date-time column. */
export interface XlsxColumn {
  title: string;
  width: number;
  /** The table column (index into `tableColumns`) whose cells it shows. */
  source: number;
  /** `cell`: the cell as the table types it; `utc`: a date-time column's instant in UTC. */
  shows: 'cell' | 'utc';
}

/**
 * The columns of a table's worksheet: the table's (`tableColumns`), each date-time column followed by
 * "<title> (UTC)" unless `utcColumns` is `false` (pass the options given to `tableXlsx`). The wall clock alone loses the hour repeated when clocks go back
 * (02:30 CEST and 02:30 CET read the same), and Excel has no zones; the UTC instant beside it keeps the true value.
 *
 * @example
 * xlsxColumns('events', 'pl', { utcColumns: true }).map((c) => c.title).slice(3, 7)
 * // ['Początek', 'Początek (UTC)', 'Koniec', 'Koniec (UTC)']
 */
export function xlsxColumns(
  table: TableName,
  locale: 'pl' | 'en',
  options: Pick<TableXlsxOptions, 'utcColumns'> = {},
): XlsxColumn[] {
  return tableColumns(table, locale).flatMap((c, i): XlsxColumn[] => {
    const cell: XlsxColumn = { title: c.title, width: Math.max(c.width, c.title.length + 2), source: i, shows: 'cell' };
    if (c.type !== 'datetime' || options.utcColumns === false) return [cell];
    const utc = `${c.title} (UTC)`;
    return [cell, { title: utc, width: Math.max(c.width, utc.length + 2), source: i, shows: 'utc' }];
  });
}

const utcInstant = (cell: TableCell): { value: unknown; numFmt?: string } =>
  cell === null || cell === undefined || cell === ''
    ? { value: null }
    : // exceljs writes a Date's UTC fields as the cell's reading: the instant itself.
      { value: new Date(Date.parse((cell as ZonedInstant).instant)), numFmt: 'yyyy-mm-dd hh:mm' };

function xlsxValue(cell: TableCell, type: ColumnType): { value: unknown; numFmt?: string } {
  if (cell === null || cell === undefined || cell === '') return { value: null };
  switch (type) {
    case 'money': {
      const money = cell as Money;
      // Grosze are integers; one division gives the nearest double to the złoty amount, exact to the grosz.
      return { value: money.amount / 100, numFmt: moneyFormat(money.currency) };
    }
    case 'datetime':
      return { value: wallClock(cell as ZonedInstant), numFmt: 'yyyy-mm-dd hh:mm' };
    case 'date':
      return { value: localDate(cell as string), numFmt: 'yyyy-mm-dd' };
    case 'url':
      return { value: { text: cell as string, hyperlink: cell as string } };
    default:
      return { value: cell };
  }
}

/**
 * One of the export tables (see `tableCsv`; records from the world unless given) as an Excel workbook (.xlsx) with typed cells: dates and
 * times as real dates (times in the record's zone, each beside the same instant in UTC unless `utcColumns: false`), amounts as numbers in złoty formatted
 * `#,##0.00 "zł"`, booleans as booleans, page URLs as links; a bold, frozen header row with a filter and
 * column widths to fit. Built with exceljs, loaded on first use; it runs in Node (in a browser, bundle
 * exceljs's browser build).
 *
 * @example
 * const bytes = await tableXlsx('grants', index, { locale: 'pl', siteUrl });
 * bytes.subarray(0, 2) // Uint8Array [0x50, 0x4b] ("PK": a zip container)
 */
export async function tableXlsx<T extends TableName>(
  table: T,
  world: WorldIndex,
  options: TableXlsxOptions,
  records: Iterable<TableRecord[T]> = tableRecords(table, world),
): Promise<Uint8Array> {
  const opts = checkOptions(options);
  const exceljs = await import('exceljs');
  const WorkbookClass = ((exceljs as unknown as { default?: typeof exceljs }).default ?? exceljs).Workbook;
  const workbook: Workbook = new WorkbookClass();
  const stamp = new Date(opts.generatedAt ?? '2000-01-01T00:00:00Z');
  workbook.creator = 'Mosty (@org/formats)';
  workbook.created = stamp;
  workbook.modified = stamp;
  const types = tableColumns(table, opts.locale).map((c) => c.type);
  const columns = xlsxColumns(table, opts.locale, opts);
  const sheet = workbook.addWorksheet(SHEET_NAMES[table][opts.locale], {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.title, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  let rowNumber = 1;
  for (const record of records)
    for (const cells of tableRowsOf(table, record, world, opts)) {
      rowNumber++;
      const row = sheet.getRow(rowNumber);
      columns.forEach((column, i) => {
        const cell = cells[column.source];
        const { value, numFmt } =
          column.shows === 'utc' ? utcInstant(cell) : xlsxValue(cell, types[column.source] ?? 'text');
        if (value === null) return;
        const target = row.getCell(i + 1);
        target.value = value as never;
        if (numFmt) target.numFmt = numFmt;
      });
    }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = buffer as unknown as ArrayBuffer | Uint8Array;
  return bytes instanceof Uint8Array
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}
