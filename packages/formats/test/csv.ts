import { parse } from 'csv-parse/sync';

/**
 * Reads CSV we wrote with csv-parse, strictly: CRLF records only, no loose quotes, every record as wide
 * as the header. The BOM must be there (Excel needs it) and is removed.
 */
export function readCsv(text: string, delimiter: ';' | ',', options: { bom?: boolean } = {}): string[][] {
  if ((options.bom ?? true) && !text.startsWith('\uFEFF')) throw new Error('CSV does not start with a UTF-8 BOM');
  return parse(text, {
    bom: true,
    delimiter,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as string[][];
}
