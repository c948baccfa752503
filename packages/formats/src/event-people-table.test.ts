import { type Event, EventSchema, type Person, PersonSchema } from '@org/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../test/csv.js';
import { EN, PL, seed, speakersWithAffiliations } from '../test/fixtures.js';
import { SPEAKER_PART_LABELS, speakerPart } from './speaker-part.js';
import { tableCsv, tableCsvChunks } from './table-csv.js';
import { tableColumns, tableRecords } from './table-spec.js';
import { tableXlsx, xlsxColumns } from './table-xlsx.js';
import { indexWorld } from './world-index.js';

/** csv-parse's records as objects keyed by the header row. */
function records(csv: string, d: ';' | ','): Record<string, string>[] {
  const [header, ...rows] = readCsv(csv, d);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const { world } = seed();
const event = world.events[0]!;
const [firstOrg, secondOrg] = world.organizations;

/**
 * The seed event with one more panel (a moderator, an independent panelist, one speaking through the affiliation
 * valid that day) and a discussion, and the people they name: what the seed does not hold.
 */
function world2(): { event: Event; index: ReturnType<typeof indexWorld> } {
  const people: Person[] = [
    ...speakersWithAffiliations(firstOrg!, secondOrg!),
    PersonSchema.parse({ id: 'p-mod', slug: 'ewa-moderatorka', givenName: 'Ewa', familyName: 'Moderatorka' }),
  ];
  const added = EventSchema.parse({
    ...event,
    endsAt: '2026-11-26T15:00:00+01:00',
    agenda: [
      ...event.agenda,
      {
        id: 'i-panel',
        kind: 'panel',
        title: '=HYPERLINK("http://evil.example","x")',
        startsAt: '2026-11-26T13:00:00+01:00',
        endsAt: '2026-11-26T14:00:00+01:00',
        moderator: { kind: 'person', personId: 'p-mod', role: 'dziennikarka', organizationId: secondOrg!.id },
        panelists: [
          { kind: 'person', personId: 'p-ind', role: 'ekspertka', independent: true },
          { kind: 'person', personId: 'p-aff' },
        ],
      },
      {
        id: 'i-disc',
        kind: 'discussion',
        startsAt: '2026-11-26T14:00:00+01:00',
        endsAt: '2026-11-26T15:00:00+01:00',
        topics: ['Jak współpracować?'],
        facilitators: [{ kind: 'person', personId: 'p-ind', independent: true }],
      },
    ],
  });
  return { event: added, index: indexWorld({ ...world, people: [...world.people, ...people], events: [added] }) };
}

describe("tableCsv('event-people')", () => {
  it('seed: one row per person per agenda item, with the item, the part, the role and the party (csv-parse)', () => {
    const { index } = seed();
    const rows = records(tableCsv('event-people', index, PL, [event]), ';');
    const people = event.agenda.reduce((n, item) => {
      const k = item as { moderator?: unknown; panelists?: unknown[]; speakers?: unknown[]; facilitators?: unknown[] };
      return n + (k.moderator ? 1 : 0) + (k.panelists ?? k.speakers ?? k.facilitators ?? []).length;
    }, 0);
    expect(rows).toHaveLength(people);
    expect(rows).toContainEqual({
      'Tytuł wydarzenia': event.title,
      'Nr punktu': '4',
      Początek: '2026-11-26T11:45:00+01:00',
      Koniec: '2026-11-26T12:45:00+01:00',
      Rodzaj: 'Panel',
      'Tytuł punktu':
        'Sprawna organizacja. Współpraca organizacji pozarządowych z jednostkami samorządu terytorialnego',
      Udział: 'panelista(-ka)',
      'Imię i nazwisko': 'Khedi Alieva',
      Funkcja: 'współzałożycielka',
      'Organizacja lub samorząd': 'Fundacja Kobiety Wędrowne',
    });
    // Representatives: their description as the name, the authority they represent.
    expect(rows).toContainEqual(
      expect.objectContaining({
        'Imię i nazwisko': 'samorządowcy oraz urzędnicy powiatu wołomińskiego',
        'Organizacja lub samorząd': 'Powiat wołomiński',
      }),
    );
    // A break has no one: no row names it.
    expect(rows.every((r) => r.Rodzaj !== 'Przerwa')).toBe(true);
  });

  it('parts, standing from the affiliation valid that day, and the independent in their own name, in Polish', () => {
    const { event: e, index } = world2();
    const rows = records(tableCsv('event-people', index, PL, [e]), ';');
    const of = (name: string, item: string) =>
      rows.find((r) => r['Imię i nazwisko'] === name && r['Nr punktu'] === item);
    const panel = String(e.agenda.length - 1);
    const discussion = String(e.agenda.length);
    expect(of('Ewa Moderatorka', panel)).toMatchObject({
      Udział: 'moderator(ka)',
      Funkcja: 'dziennikarka',
      'Organizacja lub samorząd': secondOrg!.name,
    });
    // Anna's affiliation is not whom she speaks for: she speaks in her own name, in her own role.
    expect(of('Anna Niezależna', panel)).toMatchObject({
      Udział: 'panelista(-ka)',
      Funkcja: 'ekspertka',
      'Organizacja lub samorząd': 'we własnym imieniu',
    });
    expect(of('Anna Niezależna', discussion)).toMatchObject({
      Rodzaj: 'Dyskusja',
      Udział: 'prowadzący(-a)',
      Funkcja: '',
      'Organizacja lub samorząd': 'we własnym imieniu',
    });
    // Jan's agenda entry names nothing: his affiliation valid on 26 November 2026 does.
    expect(of('Jan Zmienny', panel)).toMatchObject({
      Funkcja: 'dyrektor',
      'Organizacja lub samorząd': secondOrg!.name,
    });
    // A title starting with = is not a formula in a spreadsheet (OWASP CSV injection), as in every table.
    expect(of('Jan Zmienny', panel)!['Tytuł punktu']).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });

  it('in English: headers, kinds, parts and "in their own name"', () => {
    const { event: e, index } = world2();
    const rows = records(tableCsv('event-people', index, EN, [e]), ',');
    expect(Object.keys(rows[0]!)).toEqual(tableColumns('event-people', 'en').map((c) => c.title));
    expect(Object.keys(rows[0]!)).toEqual([
      'Event title',
      'Item no.',
      'Start',
      'End',
      'Kind',
      'Item title',
      'Part',
      'Full name',
      'Role',
      'Organisation or authority',
    ]);
    const anna = rows.filter((r) => r['Full name'] === 'Anna Niezależna');
    expect(anna.map((r) => [r.Kind, r.Part, r['Organisation or authority']])).toEqual([
      ['Panel', 'panellist', 'in their own name'],
      ['Discussion', 'facilitator', 'in their own name'],
    ]);
    expect(rows.find((r) => r['Full name'] === 'Ewa Moderatorka')!.Part).toBe('moderator');
  });

  it('streams the same bytes, and lists every event of the world without records given', async () => {
    const { event: e, index } = world2();
    let streamed = '';
    for await (const chunk of tableCsvChunks('event-people', [e], index, PL)) streamed += chunk;
    expect(streamed).toBe(tableCsv('event-people', index, PL, [e]));
    expect([...tableRecords('event-people', index)]).toEqual([e]);
    expect(tableCsv('event-people', index, PL)).toBe(streamed);
  });

  it('XLSX (read by exceljs): the same rows, the item number a number, times in the zone with UTC beside', async () => {
    const { event: e, index } = world2();
    const options = { ...PL, utcColumns: true } as const;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await tableXlsx('event-people', index, options, [e])) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Osoby w programie');
    const titles = xlsxColumns('event-people', 'pl', options).map((c) => c.title);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(titles);
    const csv = records(tableCsv('event-people', index, PL, [e]), ';');
    expect(sheet.rowCount).toBe(csv.length + 1);
    const cell = (row: number, title: string) => sheet.getRow(row).getCell(titles.indexOf(title) + 1).value;
    const last = csv.length + 1;
    expect(cell(last, 'Nr punktu')).toBe(e.agenda.length);
    expect(cell(last, 'Początek')).toEqual(new Date('2026-11-26T14:00:00Z'));
    expect(cell(last, 'Początek (UTC)')).toEqual(new Date('2026-11-26T13:00:00Z'));
    expect(cell(last, 'Organizacja lub samorząd')).toBe('we własnym imieniu');
  });

  it('speakerPart names the field an entry comes from', () => {
    const { event: e } = world2();
    const panel = e.agenda.at(-2)!;
    if (panel.kind !== 'panel') throw new Error('expected the panel');
    expect(speakerPart(panel, panel.moderator!)).toBe('moderator');
    expect(speakerPart(panel, panel.panelists[0]!)).toBe('panelist');
    expect(SPEAKER_PART_LABELS[speakerPart(e.agenda[0]!, { kind: 'person', personId: 'x' })].en).toBe('speaker');
  });
});
