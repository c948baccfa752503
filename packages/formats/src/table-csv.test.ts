import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { EN, generated, PL, seed, seedPolishStatementOnly } from '../test/fixtures.js';
import { csvField, csvRow } from './csv.js';
import { csvCell, decimalAmount, tableCsv, tableCsvChunks } from './table-csv.js';
import { TABLE_NAMES, tableColumns } from './table-spec.js';
import { tableXlsx } from './table-xlsx.js';
import { agendaCsv, eventsCsv } from './tables.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

/** csv-parse's records as objects keyed by the header row. */
function records(csv: string, d: ';' | ','): Record<string, string>[] {
  const [header, ...rows] = readCsv(csv, d);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describe('tableCsv', () => {
  it.each(TABLE_NAMES)('%s: csv-parse reads every row as wide as the header, with both delimiters', (table) => {
    const { index } = generated(40);
    for (const d of [';', ','] as const) {
      const csv = tableCsv(table, index, { ...PL, delimiter: d });
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = readCsv(csv, d);
      expect(rows[0]).toEqual(tableColumns(table, 'pl').map((c) => c.title));
      expect(rows.length).toBeGreaterThan(1);
    }
  });

  it('refuses a table it does not have with a ValidationError naming the ones it has, in CSV and XLSX', async () => {
    const { index } = seed();
    const refusal = expect.objectContaining({
      code: 'VALIDATION',
      message:
        '@org/formats: table must be one of events, agenda-items, event-people, people, organizations, authorities, grants, got "nope"',
    });
    expect(() => tableCsv('nope' as 'events', index, PL)).toThrow(refusal);
    await expect((async () => tableXlsx('nope' as 'events', index, PL))()).rejects.toThrow(refusal);
  });

  it('people: one row per person × affiliation, with roles and organisation names as written', () => {
    const { world, index } = seed();
    const rows = records(tableCsv('people', index, PL), ';');
    expect(rows).toHaveLength(world.people.reduce((n, p) => n + Math.max(1, p.affiliations.length), 0));
    expect(rows).toContainEqual(
      expect.objectContaining({
        'Imię i nazwisko': 'Khedi Alieva',
        Funkcja: 'współzałożycielka',
        Organizacja: 'Fundacja Kobiety Wędrowne',
      }),
    );
    // Łukasz Komuda has no affiliation in the source: one row, affiliation cells empty.
    const lukasz = rows.filter((r) => r.Nazwisko === 'Komuda');
    expect(lukasz).toHaveLength(1);
    expect(lukasz[0]).toMatchObject({ Imię: 'Łukasz', Funkcja: '', Organizacja: '' });
    expect(lukasz[0]!['Adres strony']).toBe('https://mosty.example.org/osoby/lukasz-komuda');
    const { index: big, world: gen } = generated(60);
    const genRows = records(tableCsv('people', big, { ...PL, delimiter: ',' }), ',');
    expect(genRows).toHaveLength(gen.people.reduce((n, p) => n + Math.max(1, p.affiliations.length), 0));
    // Every generated person speaks for someone: an organisation or a local authority, never neither.
    for (const r of genRows) expect(r.Organizacja || r.Samorząd).not.toBe('');
    expect(genRows.some((r) => r.Samorząd !== '' && r.Organizacja === '')).toBe(true);
  });

  it('organisations: legal form label, KRS, NIP, REGON, OPP, address', () => {
    const { world, index } = generated(40);
    const rows = records(tableCsv('organizations', index, PL), ';');
    expect(rows).toHaveLength(world.organizations.length);
    for (const [i, o] of world.organizations.entries()) {
      const r = rows[i]!;
      expect(r.Nazwa).toBe(o.name);
      expect(r.KRS).toBe(o.krs ?? '');
      expect(r.NIP).toBe(o.nip ?? '');
      expect(r.REGON).toBe(o.regon ?? '');
      expect(r['Status OPP']).toBe(o.opp ? 'tak' : 'nie');
      expect(r['Kod pocztowy']).toMatch(/^\d{2}-\d{3}$/);
      expect(r['Forma prawna']).not.toMatch(/_/);
    }
    const s = records(tableCsv('organizations', seed().index, PL), ';');
    expect(s.find((r) => r.Nazwa === 'Spółdzielnia Socjalna „Kto Rano Wstaje”')!['Forma prawna']).toBe(
      'spółdzielnia socjalna',
    );
    // KRS keeps its leading zeros: the column is text, not a number.
    const withKrs = world.organizations.find((o) => o.krs?.startsWith('0'));
    expect(withKrs, 'the generated world has an organisation with a KRS number').toBeDefined();
    expect(rows.find((r) => r.Identyfikator === withKrs?.id)?.KRS).toMatch(/^0\d{9}$/);
  });

  it('authorities: kind label, TERC and the parent by name', () => {
    const rows = records(tableCsv('authorities', seed().index, { ...PL, delimiter: ',' }), ',');
    expect(rows.find((r) => r.Nazwa === 'Powiat wołomiński')).toMatchObject({
      Rodzaj: 'powiat',
      'Kod TERYT': '1434',
      'Jednostka nadrzędna': 'Województwo Mazowieckie',
    });
    expect(rows.find((r) => r.Nazwa === 'Województwo Mazowieckie')).toMatchObject({
      Rodzaj: 'województwo',
      'Kod TERYT': '14',
      'Jednostka nadrzędna': '',
    });
    const en = records(tableCsv('authorities', seed().index, { locale: 'en', siteUrl: PL.siteUrl }), ',');
    expect(en.find((r) => r.Name === 'Powiat wołomiński')!.Kind).toBe('county (powiat)');
  });

  it('grants: amounts in złoty with a currency column, funder, statement, report due', () => {
    const rows = records(tableCsv('grants', seed().index, PL), ';');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Kwota: '40000,00',
      'Wkład własny': '',
      Waluta: 'PLN',
      Dotujący: 'Województwo Mazowieckie',
      'Jednostka dotującego': 'Mazowieckie Centrum Polityki Społecznej',
      Zleceniobiorca: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
      Forma: 'powierzenie realizacji zadania',
      'Początek okresu': '2026-09-01',
      'Koniec okresu': '2026-12-15',
      'Termin sprawozdania': '2027-01-14',
      'Informacja o finansowaniu': STATEMENT,
    });
    // In English too the agreement's Polish wording, with its translation.
    const [en] = records(tableCsv('grants', seed().index, { ...PL, locale: 'en' }), ',');
    expect(Object.values(en!)).toContain(
      `${STATEMENT} / Public task financed from the budget of the Mazowieckie Voivodeship`,
    );
    const { world, index } = generated(60);
    for (const delimiter of [';', ','] as const) {
      const pl = records(tableCsv('grants', index, { ...PL, delimiter }), delimiter);
      const en = records(tableCsv('grants', index, { ...PL, locale: 'en', delimiter }), delimiter);
      for (const [i, g] of world.grants.entries()) {
        const kwota = pl[i]!.Kwota ?? '';
        expect(kwota).toMatch(/^\d+,\d{2}$/);
        expect(Math.round(Number(kwota.replace(',', '.')) * 100)).toBe(g.amount.amount);
        expect(en[i]!.Amount).toBe(kwota.replace(',', '.'));
      }
    }
  });

  // The audit found a derived "co-financed" beside the agreement's "sfinansowane" in English outputs.
  it('an English table writes the agreement’s Polish statement once when it gives no English one', () => {
    const { world, index } = seedPolishStatementOnly();
    const [grant] = records(tableCsv('grants', index, EN), ',');
    expect(grant!['Funding statement']).toBe(STATEMENT);
    const [event] = records(eventsCsv(world.events, index, EN), ',');
    expect(Object.values(event!)).toContain(STATEMENT);
    expect(Object.values({ ...grant, ...event }).join('\n')).not.toMatch(/Public task|financed/);
  });

  it('a Polish table writes the decimal comma Polish Excel reads as a number; an English one the dot', () => {
    const line = (locale: 'pl' | 'en', delimiter: ';' | ',') =>
      tableCsv('grants', seed().index, { ...PL, locale, delimiter }).split('\r\n')[1]!;
    expect(line('pl', ';')).toContain(';40000,00;;PLN;');
    expect(line('pl', ',')).toContain(',"40000,00",,PLN,');
    expect(line('en', ';')).toContain(';40000.00;;PLN;');
    expect(line('en', ',')).toContain(',40000.00,,PLN,');
    expect(csvCell({ amount: 7, currency: 'PLN' }, 'money', 'pl')).toBe('0,07');
    expect(csvCell({ amount: 7, currency: 'PLN' }, 'money', 'en')).toBe('0.07');
    // Any other number with a fraction follows the language; whole numbers have no separator to change.
    expect(csvCell(2.5, 'text', 'pl')).toBe('2,5');
    expect(csvCell(2.5, 'text', 'en')).toBe('2.5');
    expect(csvCell(120, 'integer', 'pl')).toBe(120);
  });

  it('an English table is comma-separated with the decimal dot, a Polish one semicolon-separated with the comma', () => {
    const { index } = seed();
    const en = tableCsv('grants', index, EN);
    const pl = tableCsv('grants', index, PL);
    expect(en.split('\r\n')[1]).toContain(',40000.00,,PLN,');
    expect(pl.split('\r\n')[1]).toContain(';40000,00;;PLN;');
    expect(records(en, ',')[0]).toMatchObject({ Amount: '40000.00', Currency: 'PLN' });
    expect(records(pl, ';')[0]).toMatchObject({ Kwota: '40000,00', Waluta: 'PLN' });
    // A delimiter given is kept.
    expect(tableCsv('grants', index, { ...EN, delimiter: ';' }).split('\r\n')[1]).toContain(';40000.00;;PLN;');
    const { world, index: big } = generated(40);
    expect(records(eventsCsv(world.events, big, EN), ',')).toHaveLength(world.events.length);
    expect(readCsv(agendaCsv(world.events, big, EN), ',')[0]).toHaveLength(
      readCsv(agendaCsv(world.events, big, PL), ';')[0]!.length,
    );
  });

  // OWASP CSV injection: = + - @, and a leading tab or carriage return, which some spreadsheets skip.
  it('quotes every formula start away, tab and carriage return included, as csv-parse reads it back', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1+1', '\r=1+1', '\t', '\r']) {
      for (const d of [';', ','] as const)
        expect(readCsv(csvRow([cell], d), d, { bom: false })).toEqual([[`'${cell}`]]);
    }
    expect(csvField('zwykły tekst')).toBe('zwykły tekst');
    expect(csvField(-5)).toBe('-5');
  });

  it('decimalAmount never goes through floats', () => {
    expect(decimalAmount(0)).toBe('0.00');
    expect(decimalAmount(7)).toBe('0.07');
    expect(decimalAmount(1_250_005)).toBe('12500.05');
    expect(decimalAmount(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(decimalAmount(1_250_005, ',')).toBe('12500,05');
    expect(decimalAmount(-7, ',')).toBe('-0,07');
  });

  it.each(['events', 'agenda-items', 'organizations'] as const)(
    '%s streams the same bytes as the one-piece writer, from an async source',
    async (table) => {
      const { world, index } = generated(150);
      const source = table === 'organizations' ? world.organizations : world.events;
      async function* lazily<T>(items: readonly T[]) {
        yield* items;
      }
      let streamed = '';
      for await (const chunk of tableCsvChunks(table, lazily<never>(source as never[]), index, PL)) streamed += chunk;
      expect(streamed).toBe(tableCsv(table, index, PL));
    },
  );
});
