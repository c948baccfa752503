import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { generated, PL, seed } from '../test/fixtures.js';
import { tableCsv } from './table-csv.js';
import { TABLE_NAMES, tableColumns } from './table-spec.js';
import { tableXlsx, xlsxColumns } from './table-xlsx.js';

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('tableXlsx', () => {
  it('grants: exceljs reads typed cells back: amounts as numbers in złoty, dates as dates, Polish letters', async () => {
    const bytes = await tableXlsx('grants', seed().index, PL);
    const sheet = (await load(bytes)).getWorksheet('Dotacje')!;
    const titles = tableColumns('grants', 'pl').map((c) => c.title);
    const cell = (title: string) => sheet.getRow(2).getCell(titles.indexOf(title) + 1);
    expect(cell('Kwota').value).toBe(40000);
    expect(cell('Kwota').numFmt).toBe('#,##0.00 "zł"');
    expect(cell('Wkład własny').value).toBeNull();
    expect(cell('Waluta').value).toBe('PLN');
    expect(cell('Początek okresu').value).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(cell('Termin sprawozdania').value).toEqual(new Date('2027-01-14T00:00:00Z'));
    expect(cell('Dotujący').value).toBe('Województwo Mazowieckie');
    expect(cell('Informacja o finansowaniu').value).toBe(
      'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego',
    );
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(titles.indexOf('Tytuł zadania publicznego') + 1).width).toBeGreaterThanOrEqual(40);
  });

  it('events: times are the wall clock in the event zone, attendance numbers, links', async () => {
    const { world, index } = generated(40);
    const sheet = (await load(await tableXlsx('events', index, { ...PL, utcColumns: true }))).worksheets[0]!;
    expect(sheet.name).toBe('Wydarzenia');
    expect(sheet.rowCount).toBe(world.events.length + 1);
    const seedSheet = (await load(await tableXlsx('events', seed().index, { ...PL, utcColumns: true }))).worksheets[0]!;
    const row = seedSheet.getRow(2);
    const titles = xlsxColumns('events', 'pl', { utcColumns: true }).map((c) => c.title);
    const column = (title: string) => {
      expect(titles).toContain(title);
      return titles.indexOf(title) + 1;
    };
    expect((seedSheet.getRow(1).values as unknown[]).slice(1)).toEqual(titles);
    // 2026-11-26T09:00Z is 10:00 in Warsaw (CET): the cell reads 10:00, the UTC one beside it 09:00.
    expect(row.getCell(column('Początek')).value).toEqual(new Date('2026-11-26T10:00:00Z'));
    expect(row.getCell(column('Początek')).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(column('Początek (UTC)')).toBe(column('Początek') + 1);
    expect(row.getCell(column('Początek (UTC)')).value).toEqual(new Date('2026-11-26T09:00:00Z'));
    expect(row.getCell(column('Koniec (UTC)')).value).toEqual(new Date('2026-11-26T13:00:00Z'));
    expect(row.getCell(column('Adres strony')).value).toMatchObject({
      hyperlink: 'https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja',
    });
    const withAttendance = world.events.findIndex((e) => e.attendance.attended !== undefined);
    expect(sheet.getRow(withAttendance + 2).getCell(column('Obecni')).value).toBe(
      world.events[withAttendance]!.attendance.attended,
    );
  });

  // 02:30 CEST and 02:30 CET on 25 October 2026 are an hour apart, and read the same on a wall clock.
  it('agenda items in the hour repeated when clocks go back keep their true times in the UTC columns', async () => {
    const { world } = seed();
    const event = world.events[0]!;
    const night = {
      ...event,
      startsAt: '2026-10-25T00:00:00Z',
      endsAt: '2026-10-25T02:00:00Z',
      agenda: [{ ...event.agenda[0]!, startsAt: '2026-10-25T00:30:00Z', endsAt: '2026-10-25T01:30:00Z' }],
    };
    const options = { ...PL, utcColumns: true };
    const sheet = (await load(await tableXlsx('agenda-items', seed().index, options, [night]))).worksheets[0]!;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(titles).toEqual(xlsxColumns('agenda-items', 'pl', options).map((c) => c.title));
    const utc = titles.filter((t) => t.endsWith(' (UTC)'));
    expect(utc).toHaveLength(2);
    const cell = (title: string) => sheet.getRow(2).getCell(titles.indexOf(title) + 1).value;
    const [startUtc, endUtc] = utc as [string, string];
    const [start, end] = [startUtc.replace(' (UTC)', ''), endUtc.replace(' (UTC)', '')];
    // The wall clock reads 02:30 twice; the UTC cells say which 02:30.
    expect(cell(start)).toEqual(new Date('2026-10-25T02:30:00Z'));
    expect(cell(end)).toEqual(new Date('2026-10-25T02:30:00Z'));
    expect(cell(startUtc)).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(cell(endUtc)).toEqual(new Date('2026-10-25T01:30:00Z'));
    // The UTC columns are the default; `utcColumns: false` gives the table's columns only.
    const byDefault = (await load(await tableXlsx('agenda-items', seed().index, PL, [night]))).worksheets[0]!;
    expect((byDefault.getRow(1).values as unknown[]).slice(1)).toEqual(titles);
    expect(xlsxColumns('agenda-items', 'pl').map((c) => c.title)).toEqual(titles);
    const plainOptions = { ...PL, utcColumns: false };
    const plain = (await load(await tableXlsx('agenda-items', seed().index, plainOptions, [night]))).worksheets[0]!;
    expect((plain.getRow(1).values as unknown[]).slice(1)).toEqual(
      tableColumns('agenda-items', 'pl').map((c) => c.title),
    );
    expect(xlsxColumns('agenda-items', 'pl', plainOptions).map((c) => c.title)).toEqual(
      tableColumns('agenda-items', 'pl').map((c) => c.title),
    );
  });

  it('the sheet XML (unzipped with jszip) has a frozen pane, bold header, the złoty format and typed cells', async () => {
    const zip = await JSZip.loadAsync(await tableXlsx('grants', seed().index, PL));
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).toMatch(/<c r="J2"[^>]*><v>40000<\/v><\/c>/);
    expect(sheetXml).toMatch(/<autoFilter ref="A1:S1"\/>/);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('formatCode="#,##0.00 &quot;zł&quot;"');
    expect(styles).toMatch(/<b\/>/);
    const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? sheetXml;
    expect(shared).toContain('Województwo Mazowieckie');
    expect(shared).toContain('Fundacja Inicjatyw Społeczno-Ekonomicznych');
  });

  it.each(TABLE_NAMES)('%s: every row of the CSV table is in the workbook', async (table) => {
    const { index } = generated(30);
    const options = { locale: 'en', siteUrl: PL.siteUrl, utcColumns: true } as const;
    const sheet = (await load(await tableXlsx(table, index, options))).worksheets[0]!;
    const titles = xlsxColumns(table, 'en', options).map((c) => c.title);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(titles);
    expect(titles.filter((t) => !t.endsWith(' (UTC)'))).toEqual(tableColumns(table, 'en').map((c) => c.title));
    const csvRows = readCsv(tableCsv(table, index, { locale: 'en', siteUrl: PL.siteUrl }), ',');
    expect(sheet.rowCount).toBe(csvRows.length);
    // Text cells hold the same text as the CSV (first column: record ids).
    expect(sheet.getColumn(1).values.slice(1)).toEqual(csvRows.map((r) => r[0]));
  });
});
