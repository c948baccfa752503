import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FUNDING_STATEMENT } from '@org/demo';
import { csvRow, TABLE_NAMES, type TableName, tableColumns, xlsxColumns } from '@org/formats';
import { openStore, type Store, seedDemo } from '@org/store';
import { sharedFile } from '@org/testkit';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions, FormatName } from './args.js';
import { MESSAGES } from './messages.js';
import { runExport } from './run-export.js';
import { readExporterSite } from './site-config.js';
import { OutputInvalidError, type ValidationContext, validateOutput } from './validators.js';

// Each strengthened check is run on what the exporter really writes for the demo store (accepted),
// then on that output corrupted the way a broken writer or a hand edit would (refused, and why).

const schemas = sharedFile('schemas');
const GRANT = 'wspolpraca-jst-i-ngo-2026';
const quiet = { tick() {}, done() {} };
// The test SITE_CONFIG (publisher, 360Giving prefix, licence), which 360Giving needs.
const SITE = readExporterSite(new URL('../test/site-config.json', import.meta.url).pathname, MESSAGES.en);
const pl = MESSAGES.pl;
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mosty-validators-'));
  store = await openStore(join(dir, 'mosty.db'));
  await seedDemo(store);
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Run = Pick<ExportOptions, 'format'> & Partial<ExportOptions>;

async function exported(options: Run, from: Store = store): Promise<Uint8Array> {
  const full: ExportOptions = { lang: 'pl', delimiter: ';', validate: true, site: SITE, ...options };
  const out = await runExport(from, full, { locale: full.lang, siteUrl: 'https://mosty.example' }, quiet, pl);
  if (out.kind === 'bytes') return out.bytes;
  let text = '';
  for await (const chunk of out.chunks) text += chunk;
  return new TextEncoder().encode(text);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What `validateOutput` finds wrong with an output: [] when it passes. */
async function problemsOf(
  format: FormatName,
  output: Uint8Array,
  context: Partial<ValidationContext> = {},
  m = pl,
): Promise<readonly string[]> {
  try {
    await validateOutput(format, output, { schemasDir: schemas ?? dir, delimiter: ';', lang: 'pl', ...context }, m);
    return [];
  } catch (error) {
    if (error instanceof OutputInvalidError) return error.problems;
    throw error;
  }
}

/** A CSV output, its cells edited, written back as RFC 4180 with a BOM. */
function editCsv(output: Uint8Array, delimiter: ';' | ',', edit: (rows: string[][]) => void): Uint8Array {
  const rows = parseCsv(decode(output), { bom: true, delimiter, relax_column_count: true }) as string[][];
  edit(rows);
  return new TextEncoder().encode(`\uFEFF${rows.map((r) => csvRow(r, delimiter)).join('')}`);
}

/** An XLSX output, its first sheet edited with exceljs and saved again. */
async function editXlsx(output: Uint8Array, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(output) as never);
  edit(workbook.worksheets[0] as ExcelJS.Worksheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('csv --validate: the header is the table’s columns, every row as wide', () => {
  it.each(TABLE_NAMES.flatMap((table) => [[table, ';', 'pl'] as const, [table, ',', 'en'] as const]))(
    'accepts the real %s table (delimiter %s, %s)',
    async (table, delimiter, lang) => {
      const out = await exported({ format: 'csv', table, delimiter, lang });
      expect(await problemsOf('csv', out, { table, delimiter, lang })).toEqual([]);
    },
  );

  it('refuses a renamed, a missing and an extra column, naming each', async () => {
    const out = await exported({ format: 'csv', table: 'events' });
    const renamed = editCsv(out, ';', (rows) => {
      rows[0]![0] = 'Id';
    });
    expect(await problemsOf('csv', renamed, { table: 'events' })).toEqual([
      'nagłówek, kolumna 1: oczekiwano „Identyfikator”, jest „Id”.',
    ]);
    const width = tableColumns('events', 'pl').length;
    const narrower = editCsv(out, ';', (rows) => {
      for (const row of rows) row.pop();
    });
    expect(await problemsOf('csv', narrower, { table: 'events' })).toEqual([
      `nagłówek: brak kolumny ${width} „Adres strony”.`,
      `wiersz 2: liczba pól ${width - 1}, oczekiwano ${width}.`,
    ]);
    const wider = editCsv(out, ';', (rows) => {
      rows[0]!.push('Uwagi');
    });
    expect(await problemsOf('csv', wider, { table: 'events' })).toEqual([
      `nagłówek: nadmiarowa kolumna ${width + 1} „Uwagi”.`,
    ]);
  });

  it('refuses a row of the wrong width, naming its row, and English titles where Polish are expected', async () => {
    const out = await exported({ format: 'csv', table: 'people' });
    const short = editCsv(out, ';', (rows) => {
      rows.push(['tylko', 'dwa']);
    });
    const problems = await problemsOf('csv', short, { table: 'people' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^wiersz \d+: liczba pól 2, oczekiwano \d+\.$/);
    const english = await exported({ format: 'csv', table: 'people', lang: 'en' });
    expect((await problemsOf('csv', english, { table: 'people', lang: 'pl' })).length).toBeGreaterThan(0);
    expect(await problemsOf('csv', out, { table: 'people', lang: 'pl' }, MESSAGES.en)).toEqual([]);
  });
});

describe.skipIf(!schemas)(
  '360giving-csv --validate: unflattened and checked by the 360Giving schema (needs shared/schemas, skipped without)',
  () => {
    it.each(['pl', 'en'] as const)('accepts the real CSV (%s)', async (lang) => {
      const out = await exported({ format: '360giving-csv', lang });
      expect(await problemsOf('360giving-csv', out)).toEqual([]);
    });

    it('refuses a column the standard does not define', async () => {
      const out = await exported({ format: '360giving-csv' });
      const renamed = editCsv(out, ',', (rows) => {
        rows[0]![rows[0]!.indexOf('Amount Awarded')] = 'Amount';
      });
      expect(await problemsOf('360giving-csv', renamed)).toEqual([
        'kolumna „Amount” nie jest polem schematu 360Giving.',
      ]);
    });

    it('refuses values the schema refuses, naming the CSV row and the field', async () => {
      const out = await exported({ format: '360giving-csv' });
      const bad = editCsv(out, ',', (rows) => {
        const [header, row] = rows as [string[], string[]];
        row[header.indexOf('Amount Awarded')] = 'czterdzieści tysięcy';
        row[header.indexOf('Award Date')] = 'wkrótce';
        row[header.indexOf('Currency')] = 'ZŁ';
      });
      const problems = await problemsOf('360giving-csv', bad);
      for (const start of [
        'wiersz 2: /amountAwarded: must be number',
        'wiersz 2: /awardDate: must match',
        'wiersz 2: /currency: must be equal to one of the allowed values',
      ])
        expect(
          problems.filter((p) => p.startsWith(start)),
          start,
        ).not.toEqual([]);
      const required = editCsv(out, ',', (rows) => {
        rows[1]![rows[0]!.indexOf('Identifier')] = '';
      });
      const missing = await problemsOf('360giving-csv', required);
      expect(missing.filter((p) => /^wiersz 2: \/: must have required property 'id'/.test(p))).not.toEqual([]);
    });

    it('refuses a row of the wrong width before unflattening it', async () => {
      const out = await exported({ format: '360giving-csv' });
      const short = editCsv(out, ',', (rows) => {
        rows[1]!.splice(3);
      });
      expect(await problemsOf('360giving-csv', short, {}, MESSAGES.en)).toEqual([
        `row 2: 3 fields, expected ${decode(out).split('\r\n')[0]!.split(',').length}.`,
      ]);
    });
  },
);

describe('xlsx --validate: read back by exceljs, header, rows and cell types checked', () => {
  it.each(TABLE_NAMES.flatMap((table) => [[table, 'pl'] as const, [table, 'en'] as const]))(
    'accepts the real %s workbook (%s)',
    async (table, lang) => {
      const out = await exported({ format: 'xlsx', table, lang });
      expect(await problemsOf('xlsx', out, { table, lang })).toEqual([]);
    },
  );

  const grantColumns = tableColumns('grants', 'pl');
  const moneyColumn = grantColumns.findIndex((c) => c.type === 'money') + 1;
  const xlsxOf = (table: TableName) => exported({ format: 'xlsx', table });

  it('refuses a renamed header cell, naming the sheet and the column', async () => {
    const bad = await editXlsx(await xlsxOf('grants'), (sheet) => {
      sheet.getRow(1).getCell(2).value = 'Nazwa';
    });
    expect(await problemsOf('xlsx', bad, { table: 'grants' })).toEqual([
      `arkusz „Dotacje”: nagłówek, kolumna 2: oczekiwano „${grantColumns[1]!.title}”, jest „Nazwa”.`,
    ]);
  });

  it('refuses an amount written as text, a value beyond the header and a blank row', async () => {
    const asText = await editXlsx(await xlsxOf('grants'), (sheet) => {
      sheet.getRow(2).getCell(moneyColumn).value = '40 000,00 zł';
    });
    expect(await problemsOf('xlsx', asText, { table: 'grants' })).toEqual([
      `arkusz „Dotacje”: wiersz 2, kolumna „${grantColumns[moneyColumn - 1]!.title}”: oczekiwano liczby.`,
    ]);
    const beyond = await editXlsx(await xlsxOf('grants'), (sheet) => {
      sheet.getRow(2).getCell(grantColumns.length + 1).value = 'uwaga';
    });
    expect(await problemsOf('xlsx', beyond, { table: 'grants' })).toEqual([
      `arkusz „Dotacje”: wiersz 2: wartość w kolumnie ${grantColumns.length + 1}, poza nagłówkiem.`,
    ]);
    const gap = await editXlsx(await xlsxOf('people'), (sheet) => {
      sheet.insertRow(2, []);
    });
    expect(await problemsOf('xlsx', gap, { table: 'people' })).toEqual(['arkusz „Osoby”: wiersz 2 jest pusty.']);
  });

  // The wall clock alone repeats an hour when clocks go back: the exporter writes each date-time column
  // beside its instant in UTC, and the check expects those columns and dates in them.
  it('expects a "(UTC)" date column after each date-time column, and refuses a workbook without them', async () => {
    const events = await xlsxOf('events');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(events) as never);
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    const titles = xlsxColumns('events', 'pl', { utcColumns: true }).map((c) => c.title);
    expect(header).toEqual(titles);
    expect(titles.indexOf('Początek (UTC)')).toBe(titles.indexOf('Początek') + 1);
    const utcAsText = await editXlsx(events, (sheet) => {
      sheet.getRow(2).getCell(titles.indexOf('Koniec (UTC)') + 1).value = '2026-11-26 13:00';
    });
    expect(await problemsOf('xlsx', utcAsText, { table: 'events' })).toEqual([
      'arkusz „Wydarzenia”: wiersz 2, kolumna „Koniec (UTC)”: oczekiwano daty.',
    ]);
    // The table's columns only (as @org/formats writes them with utcColumns: false): the UTC ones cut out.
    const plain = await editXlsx(events, (sheet) => {
      for (const title of ['Koniec (UTC)', 'Początek (UTC)']) sheet.spliceColumns(titles.indexOf(title) + 1, 1);
    });
    expect(await problemsOf('xlsx', plain, { table: 'events' })).toContain(
      `arkusz „Wydarzenia”: nagłówek, kolumna ${titles.indexOf('Początek (UTC)') + 1}: oczekiwano „Początek (UTC)”, jest „Koniec”.`,
    );
  });

  it('refuses a workbook of another table or language', async () => {
    const events = await xlsxOf('events');
    expect((await problemsOf('xlsx', events, { table: 'grants' })).length).toBeGreaterThan(0);
    expect((await problemsOf('xlsx', events, { table: 'events', lang: 'en' })).length).toBeGreaterThan(0);
  });
});

describe('report-docx --validate: mammoth reads the DOCX, which carries every passage of the Markdown report', () => {
  // The report is a Polish legal form in either --lang; it always quotes the Polish statement.
  it.each(['pl', 'en'] as const)('accepts the real report (--lang %s)', async (lang) => {
    const docx = await exported({ format: 'report-docx', grant: GRANT, lang });
    const reportMarkdown = decode(await exported({ format: 'report-md', grant: GRANT, lang }));
    expect(reportMarkdown).toContain(SEED_FUNDING_STATEMENT);
    expect(await problemsOf('report-docx', docx, { reportMarkdown })).toEqual([]);
  });

  it('refuses a DOCX without the funding statement and title the Markdown carries', async () => {
    const reportMarkdown = decode(await exported({ format: 'report-md', grant: GRANT }));
    // The same report written from a grant whose statement and title were edited away.
    const other = await openStore(join(dir, 'other.db'));
    try {
      await seedDemo(other);
      const grant = await other.grants.require(GRANT);
      await other.grants.update(grant.id, grant.version, {
        ...grant,
        taskTitle: 'Inne zadanie',
        attributionText: 'Sfinansowano z innych środków',
      });
      const docx = await exported({ format: 'report-docx', grant: GRANT }, other);
      const problems = await problemsOf('report-docx', docx, { reportMarkdown });
      expect(
        problems.some((p) => p.startsWith('DOCX nie zawiera fragmentu „Tytuł zadania publicznego: Współpraca')),
      ).toBe(true);
      expect(problems.some((p) => p.includes(`„${SEED_FUNDING_STATEMENT}”`))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('refuses bytes that are not a DOCX, in mammoth’s words', async () => {
    const reportMarkdown = decode(await exported({ format: 'report-md', grant: GRANT }));
    await expect(
      validateOutput(
        'report-docx',
        new TextEncoder().encode(reportMarkdown),
        { schemasDir: dir, delimiter: ';', lang: 'pl', reportMarkdown },
        pl,
      ),
    ).rejects.toThrow(/^wynik report-docx nie przeszedł walidacji: .+/);
  });
});

describe.skipIf(!schemas)(
  'jsonld --validate: schema.org vocabulary, then jsonld’s safe-mode expansion offline (needs shared/schemas, skipped without)',
  () => {
    it('accepts the real event and the real list', async () => {
      const one = await exported({ format: 'jsonld', event: 'sprawny-urzad-sprawna-organizacja' });
      expect(await problemsOf('jsonld', one)).toEqual([]);
      expect(await problemsOf('jsonld', await exported({ format: 'jsonld' }))).toEqual([]);
    });

    const edited = async (edit: (doc: Record<string, unknown>) => void) => {
      const doc = JSON.parse(
        decode(await exported({ format: 'jsonld', event: 'sprawny-urzad-sprawna-organizacja' })),
      ) as Record<string, unknown>;
      edit(doc);
      return new TextEncoder().encode(JSON.stringify(doc));
    };

    it('refuses what jsonld would drop silently: a relative @id, an unknown keyword', async () => {
      const relative = await edited((doc) => {
        doc['@id'] = 'wydarzenie 1';
      });
      expect(await problemsOf('jsonld', relative)).toEqual([
        'Safe mode validation error.: Relative @id reference found.: "wydarzenie 1"',
      ]);
      const keyword = await edited((doc) => {
        doc['@nazwa'] = 'x';
      });
      expect(await problemsOf('jsonld', keyword)).toEqual([
        'Safe mode validation error.: Dropping property that did not expand into an absolute IRI or keyword.: "@nazwa"',
      ]);
    });

    it('refuses a context other than schema.org without fetching it', async () => {
      const remote = await edited((doc) => {
        doc['@context'] = 'https://example.org/kontekst.jsonld';
      });
      const problems = await problemsOf('jsonld', remote);
      expect(problems.join('\n')).toMatch(/https:\/\/example\.org\/kontekst\.jsonld/);
      expect(problems.join('\n')).toMatch(/offline document loader refuses/);
    });
  },
);
