/** Options of the CSV writers. */
export interface CsvOptions {
  /**
   * Field separator: `;` or `,`. The table writers (`tableCsv`, `eventsCsv`, …) default to the table's
   * language (`csvDelimiter`): `;` in Polish, whose Excel splits on it and reads `,` as the decimal comma, `,` in
   * English. `toCsv` and `csvChunks`, which know no language, default to `;`.
   */
  delimiter?: ';' | ',';
  /** Start with a UTF-8 byte order mark so Excel reads Polish letters right (default true). */
  bom?: boolean;
}

/** A cell value: text, a number, a boolean, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * The field separator a spreadsheet in a language splits on: `;` in Polish (the list separator of Polish
 * Windows, where `,` is the decimal comma), `,` in English.
 *
 * @example
 * csvDelimiter('en') // ','
 */
export const csvDelimiter = (locale: 'pl' | 'en'): ';' | ',' => (locale === 'en' ? ',' : ';');

/**
 * The CSV options of a table in a language: the delimiter given, else the language's (`csvDelimiter`).
 *
 * @example
 * csvOptionsFor({ locale: 'en' }) // { locale: 'en', delimiter: ',' }
 */
export const csvOptionsFor = <T extends CsvOptions & { locale: 'pl' | 'en' }>(options: T): T & CsvOptions => ({
  ...options,
  delimiter: options.delimiter ?? csvDelimiter(options.locale),
});

// OWASP "CSV Injection": a cell starting with = + - @, a tab or a carriage return can be read as a formula
// (a tab or CR before `=` is skipped by some spreadsheets as they trim the cell).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds the delimiter, a quote, CR or LF, quotes doubled.
 * Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so spreadsheets do not
 * run it as a formula (OWASP CSV injection).
 *
 * @example
 * csvField('Ala "ma"; kota', ';') // '"Ala ""ma""; kota"'
 */
export function csvField(value: CsvValue, delimiter: ';' | ',' = ';'): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV record with its CRLF line end.
 *
 * @example
 * csvRow(['a', 1, null], ',') // 'a,1,\r\n'
 */
export const csvRow = (values: readonly CsvValue[], delimiter: ';' | ',' = ';'): string =>
  `${values.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`;

/**
 * A whole CSV document: optional BOM, header row, then rows; RFC 4180 with CRLF line ends.
 *
 * @example
 * toCsv(['Tytuł'], [['Żółw']], { delimiter: ',', bom: false }) // 'Tytuł\r\nŻółw\r\n'
 */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: CsvOptions = {},
): string {
  const d = options.delimiter ?? ';';
  let out = ((options.bom ?? true) ? BOM : '') + csvRow(header, d);
  for (const row of rows) out += csvRow(row, d);
  return out;
}

/**
 * The same document as a stream of chunks, for exports that must not hold every row in memory.
 * Rows are batched into chunks of about 64 KiB.
 *
 * @example
 * for await (const chunk of csvChunks(header, rowsOf(events), { delimiter: ';' })) sink.write(chunk);
 */
export async function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]> | AsyncIterable<readonly CsvValue[]>,
  options: CsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const d = options.delimiter ?? ';';
  let buffer = ((options.bom ?? true) ? BOM : '') + csvRow(header, d);
  for await (const row of rows) {
    buffer += csvRow(row, d);
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
