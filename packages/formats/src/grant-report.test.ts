import { type Event, formatMoney, GRANT_REPORT_FIGURE_LABELS, grantReportFigures } from '@org/domain';
import fc from 'fast-check';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { generated, PL, seed } from '../test/fixtures.js';
import { grantReportDocx } from './grant-report-docx.js';
import { grantReportMarkdown, markdownText } from './grant-report-markdown.js';
import { xmlSafe } from './html.js';
import { indexWorld } from './world-index.js';

const STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';
/** After the seed grant's period (1 September – 15 December 2026): every published event of it has ended. */
const AFTER = '2027-01-10T12:00:00+01:00';
// The report counts partners without the Zleceniobiorca, and names the row so.
const PARTNERS = 'Organizacje partnerskie (bez Zleceniobiorcy)';
const L = (key: keyof typeof GRANT_REPORT_FIGURE_LABELS) => GRANT_REPORT_FIGURE_LABELS[key].pl;
/** The value beside a figure's label in the Part I.1 table, as markdown-it reads it. */
const cell = (cells: readonly string[], key: keyof typeof GRANT_REPORT_FIGURE_LABELS) => {
  const at = cells.indexOf(L(key));
  expect(at, L(key)).toBeGreaterThanOrEqual(0);
  return cells[at + 1];
};
const md = new MarkdownIt();

type Token = ReturnType<typeof md.parse>[number];

/** What a Markdown reader sees: headings, table cells and all inline text, read by markdown-it. */
function readMarkdown(source: string) {
  const tokens = md.parse(source, {});
  const text = (t: Token) => (t.children ?? []).map((c) => (c.type === 'code_inline' ? c.content : c.content)).join('');
  const headings: string[] = [];
  const inlines: string[] = [];
  let tables = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') headings.push(text(tokens[i + 1]!));
    if (t.type === 'table_open') tables++;
    if (t.type === 'inline') inlines.push(text(t));
  });
  return { headings, inlines, tables, html: md.render(source) };
}

async function docxText(bytes: Uint8Array): Promise<{ raw: string; xml: string }> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const zip = await JSZip.loadAsync(bytes);
  return { raw: value, xml: await zip.file('word/document.xml')!.async('string') };
}

describe('grant report (sprawozdanie)', () => {
  it('Markdown of the seed grant: markdown-it finds every part, the figures, the agenda and the statement', () => {
    const { world, index } = seed();
    const grant = world.grants[0]!;
    const out = readMarkdown(grantReportMarkdown(grant, index, { ...PL, reportKind: 'final', asOf: AFTER }));
    expect(out.headings).toEqual(
      expect.arrayContaining([
        'Sprawozdanie z wykonania zadania publicznego',
        'Część I. Sprawozdanie merytoryczne',
        '1. Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań zrealizowanych w ramach zadania',
        '2. Szczegółowy opis wykonania poszczególnych działań',
        world.events[0]!.title,
        'Część II. Sprawozdanie z wykonania wydatków',
        'Część III. Dodatkowe informacje',
        'Informacja o finansowaniu',
      ]),
    );
    expect(out.tables).toBeGreaterThanOrEqual(5);
    const all = out.inlines.join('\n');
    expect(all).toContain('Rodzaj sprawozdania: ☐ częściowe   ☒ końcowe');
    expect(all).toContain('Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 15.12.2026');
    expect(all).toContain(`Tytuł zadania publicznego: ${grant.taskTitle}`);
    expect(all).toContain('Termin: 26 listopada 2026, 10:00–14:00');
    expect(all).toContain('Miejsce: Centrum Wielokulturowe w Warszawie, ul. Jagiellońska 54');
    expect(all).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(all).toContain('Co organizacje mogą załatwić w urzędzie.');
    // The agenda names the kind once and says who speaks ("występuje"), not who hosts ("prowadzenie").
    expect(all).toContain('10:00–10:15 Wprowadzenie; występuje: Łukasz Komuda');
    expect(all).toContain(
      '11:15–11:45 Prezentacja: Polskie organizacje w dialogu społecznym; występuje: Weronika Chodacz',
    );
    expect(all).toMatch(/11:45–12:45 Panel: Sprawna organizacja[^\n]*; paneliści: Wojciech Jóźwiak/);
    expect(all).toContain('12:45–14:00 Dyskusja w grupach');
    expect(all).not.toMatch(/Wprowadzenie: Wprowadzenie|Dyskusja: Dyskusja|prowadzenie:/);
    expect(all).toContain('Kwota dotacji');
    // Part II names the unit once, in the headers of both tables, and its cells hold plain amounts.
    const cells = out.inlines;
    for (const header of [
      'Koszty zgodnie z umową (zł)',
      'Koszty faktycznie poniesione (zł)',
      'Kwota zgodnie z umową (zł)',
      'Kwota faktycznie poniesiona (zł)',
      'Udział (%)',
    ])
      expect(cells).toContain(header);
    expect(cells[cells.indexOf('Kwota dotacji') + 1]).toBe('40\u00a0000,00'); // Intl's no-break space
    expect(all).not.toContain(formatMoney(grant.amount, 'pl'));
    expect(all).not.toMatch(/\d\szł/);
    expect(all).toContain('https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja');
    expect(all).toContain(STATEMENT);
    // Blanks are marked, not left empty: the agreement date and number are unknown in the seed.
    expect(all).toContain('Data zawarcia umowy: [do uzupełnienia]');
    expect(all).toContain('Numer umowy, o ile został nadany: [do uzupełnienia]');
    expect(out.html).toContain('<em>[do uzupełnienia]</em>');
    expect(all).toContain('Stan na: 10.01.2027, 12:00');
    const figures = grantReportFigures(grant, world.events, { asOf: AFTER });
    expect(figures.events).toBe(1);
    for (const key of ['events', 'agendaItems', 'panels', 'speakers', 'organizations', 'authorities'] as const)
      expect(cell(cells, key)).toBe(String(figures[key]));
  });

  it('DOCX of the seed grant: mammoth and the unzipped XML carry the Polish text, agenda and statement', async () => {
    const { world, index } = seed();
    const { raw, xml } = await docxText(await grantReportDocx(world.grants[0]!, index, PL));
    for (const needle of [
      'Sprawozdanie z wykonania zadania publicznego',
      'Część II. Sprawozdanie z wykonania wydatków',
      'Khedi Alieva — współzałożycielka, Fundacja Kobiety Wędrowne',
      'Dobre praktyki współpracy organizacji z urzędem.',
      'Kwota zgodnie z umową (zł)',
      '40\u00a0000,00',
      STATEMENT,
      '[do uzupełnienia]',
      'https://mosty.example.org/wydarzenia/sprawny-urzad-sprawna-organizacja',
      '☐ częściowe',
    ])
      expect(raw, needle).toContain(needle);
    expect(xml).toContain(STATEMENT);
    expect(xml).toContain('w:highlight w:val="yellow"');
    expect(xml).toMatch(/<w:tbl>/);
  });

  it('a generated grant: the events in its period, with their figures, in both formats', async () => {
    const { world, index } = generated(120);
    // As of a day inside the period, so that some events are realised and some still planned.
    const asOf = '2026-06-30T12:00:00+02:00';
    const grant = world.grants.find((g) => grantReportFigures(g, world.events, { asOf }).events > 1)!;
    const figures = grantReportFigures(grant, world.events, { asOf });
    const events = figures.eventIds.map((id) => index.events.get(id)!);
    const out = readMarkdown(grantReportMarkdown(grant, index, { ...PL, asOf }));
    for (const e of events) expect(out.headings).toContain(e.title);
    const cells = out.inlines;
    for (const key of ['events', 'cancelledEvents', 'postponedEvents', 'plannedEvents', 'speakers'] as const)
      expect(cell(cells, key)).toBe(String(figures[key]));
    const attended = cell(cells, 'attended');
    if (figures.eventsWithoutAttendance === figures.events) expect(attended).toBe('[do uzupełnienia]');
    else expect(attended).toMatch(new RegExp(`^${figures.attended}\\b`));
    const { raw } = await docxText(await grantReportDocx(grant, index, { ...PL, asOf }));
    for (const e of events) expect(raw).toContain(e.title);
    expect(raw).toContain(grant.plannedResults[0]!.name);
  });

  it.each([
    [1, 'dla 1 wydarzenia'],
    [2, 'dla 2 wydarzeń'],
    [5, 'dla 5 wydarzeń'],
    [22, 'dla 22 wydarzeń'],
  ])(
    '%i event(s) without attendance beside one with it: the totals are minimums "bez danych %s" (genitive after "dla")',
    (n, words) => {
      const { world } = seed();
      const grant = world.grants[0]!;
      const counted = { ...world.events[0]!, attendance: { registered: 40, attended: 31 } };
      const events = [
        counted,
        ...Array.from({ length: n }, (_, i) => ({
          ...world.events[0]!,
          id: `bez-danych-${i}`,
          slug: `bez-danych-${i}`,
          attendance: {},
        })),
      ];
      expect(grantReportFigures(grant, events, { asOf: AFTER }).eventsWithoutAttendance).toBe(n);
      const options = { ...PL, asOf: AFTER };
      const cells = readMarkdown(grantReportMarkdown(grant, indexWorld({ ...world, events }), options)).inlines;
      const note = ` (bez danych ${words}: wartość minimalna)`;
      expect(cells[cells.indexOf('Uczestnicy zarejestrowani') + 1]).toBe(`40${note}`);
      expect(cells[cells.indexOf('Uczestnicy obecni') + 1]).toBe(`31${note}`);
    },
  );

  // The audit found "0 (bez danych dla 1 wydarzenia: wartość minimalna)" in the seed's report: with no
  // figures at all the total is not a minimum of 0 but unknown, a value to fill in like the report's others.
  it('no attendance for any event: both totals are to fill in, in Markdown and DOCX', async () => {
    const { world, index } = seed();
    const grant = world.grants[0]!;
    expect(
      world.events.every((e) => e.attendance.registered === undefined && e.attendance.attended === undefined),
    ).toBe(true);
    const markdown = grantReportMarkdown(grant, index, PL);
    expect(markdown).toContain('| Uczestnicy zarejestrowani | _\\[do uzupełnienia\\]_ |');
    expect(markdown).toContain('| Uczestnicy obecni | _\\[do uzupełnienia\\]_ |');
    expect(markdown).not.toContain('wartość minimalna');
    const cells = readMarkdown(markdown).inlines;
    expect(cells[cells.indexOf('Uczestnicy zarejestrowani') + 1]).toBe('[do uzupełnienia]');
    const { raw } = await docxText(await grantReportDocx(grant, index, PL));
    expect(raw).toMatch(/Uczestnicy zarejestrowani\s*\[do uzupełnienia\]/);
    expect(raw).not.toContain('wartość minimalna');
  });

  it('registered known where attended is not: each total says what it lacks', () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const events = [{ ...world.events[0]!, attendance: { registered: 55 } }];
    const cells = readMarkdown(grantReportMarkdown(grant, indexWorld({ ...world, events }), PL)).inlines;
    expect(cells[cells.indexOf('Uczestnicy zarejestrowani') + 1]).toBe('55');
    expect(cells[cells.indexOf('Uczestnicy obecni') + 1]).toBe('[do uzupełnienia]');
  });

  // grantReportFigures splits the period's events four ways; the report counted every event that was not
  // cancelled as held, so a postponed or a planned one was "bez danych" in the participants' totals.
  it('as of a date: realised, cancelled, postponed and planned events each counted, marked and kept out of attendance, in Markdown and DOCX', async () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const base = world.events[0]!; // 26 November 2026, 10:00–14:00 in Warsaw
    const asOf = '2026-12-01T12:00:00+01:00';
    const at = (id: string, day: string, more: Partial<Event>): Event => ({
      ...base,
      id,
      slug: id,
      title: `Wydarzenie ${id}`,
      startsAt: `${day}T10:00:00+01:00`,
      endsAt: `${day}T14:00:00+01:00`,
      attendance: {},
      ...more,
    });
    const events = [
      { ...base, attendance: { registered: 40, attended: 31 } },
      at('odwolane', '2026-11-20', { status: 'cancelled', statusNote: 'choroba prelegentki' }),
      at('przelozone', '2026-11-27', { status: 'postponed', statusNote: 'nowy termin w styczniu' }),
      at('zaplanowane', '2026-12-10', {}),
    ];
    const figures = grantReportFigures(grant, events, { asOf });
    expect(figures).toMatchObject({ events: 1, cancelledEvents: 1, postponedEvents: 1, plannedEvents: 1 });
    const index = indexWorld({ ...world, events });
    const options = { ...PL, asOf };
    const markdown = grantReportMarkdown(grant, index, options);
    const out = readMarkdown(markdown);
    const cells = out.inlines;
    expect(cell(cells, 'events')).toBe('1');
    expect(cell(cells, 'cancelledEvents')).toBe('1');
    expect(cell(cells, 'postponedEvents')).toBe('1');
    expect(cell(cells, 'plannedEvents')).toBe('1');
    // Only the realised event's participants: nothing is missing, so the totals are no minimums.
    expect(cell(cells, 'registered')).toBe('40');
    expect(cell(cells, 'attended')).toBe('31');
    expect(markdown).not.toContain('bez danych');
    expect(cells).toContain('Stan na: 01.12.2026, 12:00');
    // Each event under its heading, marked as a cancelled one is; only the realised one asks for participants.
    const section = (title: string) => {
      const start = cells.indexOf(title);
      const next = cells.findIndex((c, i) => i > start && c.startsWith('Wydarzenie '));
      return cells.slice(start, next < 0 ? start + 8 : next);
    };
    expect(section('Wydarzenie odwolane')).toContain('Status: odwołane: choroba prelegentki');
    expect(section('Wydarzenie przelozone')).toContain('Status: przełożone: nowy termin w styczniu');
    expect(section('Wydarzenie zaplanowane')).toContain('Status: zaplanowane');
    for (const id of ['odwolane', 'przelozone', 'zaplanowane'])
      expect(section(`Wydarzenie ${id}`).some((c) => c.startsWith('Uczestnicy:'))).toBe(false);
    expect(section(base.title).some((c) => c.startsWith('Status:'))).toBe(false);
    expect(section(base.title)).toContain('Uczestnicy: zarejestrowani 40, obecni 31');
    // The DOCX carries every passage the Markdown does.
    const { raw } = await docxText(await grantReportDocx(grant, index, options));
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const passage of cells.map(squash).filter(Boolean)) expect(squash(raw), passage).toContain(passage);
  });

  // An organisation that takes part only through a speaker's affiliation (the agenda names the person alone)
  // is one of the organisations involved: the audit found it missing from the report.
  it('counts an organisation that takes part only through a speaker’s affiliation, in Markdown and DOCX', async () => {
    const { world } = seed();
    const [event] = world.events;
    const template = world.organizations[0]!;
    const wandering = {
      ...template,
      id: 'kobiety-wedrowne',
      slug: 'fundacja-kobiety-wedrowne',
      name: 'Fundacja Kobiety Wędrowne',
      krs: undefined,
      nip: undefined,
      regon: undefined,
    };
    const alieva = {
      ...world.people[0]!,
      id: 'alieva',
      slug: 'khedi-alieva',
      givenName: 'Khedi',
      familyName: 'Alieva',
      affiliations: [{ organizationId: wandering.id, role: 'współzałożycielka' }],
    };
    const agenda = event!.agenda.map((item, i) =>
      i === 0 && item.kind === 'introduction'
        ? { ...item, speakers: [...item.speakers, { kind: 'person' as const, personId: alieva.id }] }
        : item,
    );
    expect(agenda).not.toEqual(event!.agenda);
    const changed = {
      ...world,
      organizations: [...world.organizations, wandering],
      people: [...world.people, alieva],
      events: [{ ...event!, agenda }, ...world.events.slice(1)],
    };
    const index = indexWorld(changed);
    const grant = world.grants[0]!;
    const without = grantReportFigures(grant, changed.events, { asOf: AFTER }).organizations;
    const expected = String(without + 1);
    const options = { ...PL, asOf: AFTER };
    expect(cell(readMarkdown(grantReportMarkdown(grant, index, options)).inlines, 'organizations')).toBe(expected);
    const { raw } = await docxText(await grantReportDocx(grant, index, options));
    const label = L('organizations').replace(/[()]/g, '\\$&');
    expect(raw).toMatch(new RegExp(`${label}\\s*${expected}\\b`));
  });

  it('names every count of the figures as @org/domain labels it, postponed and planned events included', () => {
    const { world, index } = seed();
    const cells = readMarkdown(grantReportMarkdown(world.grants[0]!, index, { ...PL, asOf: AFTER })).inlines;
    const figures = grantReportFigures(world.grants[0]!, world.events, { asOf: AFTER });
    // eventsWithoutAttendance is said beside the participants ("bez danych dla …"), not in a row of its own.
    const keys = (Object.keys(GRANT_REPORT_FIGURE_LABELS) as (keyof typeof GRANT_REPORT_FIGURE_LABELS)[]).filter(
      (k) => k !== 'eventsWithoutAttendance' && k !== 'registered' && k !== 'attended',
    );
    for (const key of keys) expect(cell(cells, key), key).toBe(String(figures[key]));
    expect(cells).toContain(L('registered'));
    expect(cells).toContain(L('attended'));
  });

  it.each([
    ['2026-12-01T12:00:00+01:00', '01.12.2026, 12:00'],
    // Midnight closes the day before, as a Polish deadline says it.
    ['2026-12-16T00:00:00+01:00', '15.12.2026, 24:00'],
    // The date is Warsaw's, whatever offset the instant is written with.
    ['2026-11-30T23:30:00Z', '01.12.2026, 00:30'],
  ])('states the report date of asOf %s as "%s"; without asOf, none', (asOf, text) => {
    const { world, index } = seed();
    const cells = readMarkdown(grantReportMarkdown(world.grants[0]!, index, { ...PL, asOf })).inlines;
    expect(cells).toContain(`Stan na: ${text}`);
    expect(grantReportMarkdown(world.grants[0]!, index, PL)).not.toContain('Stan na');
  });

  it('refuses an asOf that is not an instant with an offset, naming the option', () => {
    const { world, index } = seed();
    for (const asOf of ['2026-12-01', '2026-12-01T12:00:00', 'wczoraj'])
      expect(() => grantReportMarkdown(world.grants[0]!, index, { ...PL, asOf }), asOf).toThrow(
        expect.objectContaining({
          code: 'VALIDATION',
          message: expect.stringContaining('options.asOf'),
          issues: [expect.objectContaining({ path: 'asOf' })],
        }),
      );
  });

  it.each([
    ['partial', '☒ częściowe   ☐ końcowe'],
    ['final', '☐ częściowe   ☒ końcowe'],
  ] as const)('reportKind %s ticks its box', (reportKind, line) => {
    const { world, index } = seed();
    const markdown = grantReportMarkdown(world.grants[0]!, index, { ...PL, reportKind });
    expect(markdown).toContain(`**Rodzaj sprawozdania:** ${line}\n`);
  });

  // Both boxes empty read as a report of neither kind: without the option, the line is marked to fill in.
  it('without reportKind, the kind is marked to fill in, in Markdown and DOCX', async () => {
    const { world, index } = seed();
    const grant = world.grants[0]!;
    const markdown = grantReportMarkdown(grant, index, PL);
    expect(markdown).toContain('**Rodzaj sprawozdania:** ☐ częściowe   ☐ końcowe _\\[do uzupełnienia\\]_\n');
    const { raw } = await docxText(await grantReportDocx(grant, index, PL));
    expect(raw).toContain('Rodzaj sprawozdania: ☐ częściowe   ☐ końcowe [do uzupełnienia]');
  });

  it('refuses a reportKind other than partial or final, naming the option', () => {
    const { world, index } = seed();
    const options = { ...PL, reportKind: 'końcowe' as unknown as 'final' };
    expect(() => grantReportMarkdown(world.grants[0]!, index, options)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ path: 'reportKind' })] }),
    );
  });

  // The audit found "…pozarządowymi.; paneliści:": a title ending in a full stop before "; ".
  it('joins an agenda line without doubling punctuation after a title or a description that ends a sentence', () => {
    const { world, index } = seed();
    const markdown = grantReportMarkdown(world.grants[0]!, index, PL);
    expect(markdown).not.toMatch(/[.!?]\\?[;,]/);
    expect(markdown).toMatch(/organizacjami pozarządowymi; paneliści: /);
  });

  // A staff member opened the .md in a text editor and found "01\.04.2026" and "\#Mazowszepomaga".
  it('Markdown escapes only what Markdown would read as syntax: dates, hashtags, & and braces stay as written', () => {
    for (const text of ['01.04.2026', '#Mazowszepomaga', 'Koło & Spółka', '{x}', '-5%', 'a > b', 'x = y', '2026.11'])
      expect(markdownText(text), text).toBe(text);
    expect(markdownText('# Nagłówek')).toBe('\\# Nagłówek');
    expect(markdownText('1. punkt')).toBe('1\\. punkt');
    expect(markdownText('- punkt')).toBe('\\- punkt');
    expect(markdownText('> cytat')).toBe('\\> cytat');
    expect(markdownText('&amp; &#261;')).toBe('\\&amp; \\&#261;');
  });

  it('any event title (<, &, emoji, Polish letters, Markdown syntax) survives into both', async () => {
    const { world } = seed();
    const piece = fc.constantFrom(
      '<b>',
      '&',
      '&amp;',
      '🎉',
      'żółć',
      'Łódź',
      '*',
      '_x_',
      '#',
      '|',
      '[a](b)',
      '`',
      '\\',
      '1.',
      '- ',
      ' ',
      'ĘĄŚ',
      ']]>',
      '"',
      '\u0007',
      '01.04.2026',
      '2) ',
      '#M',
      '# ',
      '######## ',
      '>',
      '> ',
      '-5',
      '---',
      '+ ',
      '=',
      '&#261;',
      '&#x105;',
      '&AMP;',
      '&x',
      '{}',
      '~~',
      '!',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 12 }), async (pieces) => {
        const title = `${pieces.join('')}x`.trim();
        const event: Event = { ...world.events[0]!, title };
        const index = indexWorld({ ...world, events: [event] });
        const grant = world.grants[0]!;
        // Control characters cannot be in a document (XML 1.0 forbids them): they are dropped.
        const norm = (s: string) => xmlSafe(s).replace(/\s+/g, ' ').trim();
        const out = readMarkdown(grantReportMarkdown(grant, index, PL));
        expect(out.headings.map(norm)).toContain(norm(title));
        expect(out.inlines.map(norm)).toContain(norm(title));
        const { raw } = await docxText(await grantReportDocx(grant, index, PL));
        expect(raw).toContain(xmlSafe(title));
      }),
      { numRuns: 60 },
    );
  });
});

// A grant officer's audit of the report: each test fails without its fix.
describe('grant report: the grant officer’s audit', () => {
  /** An event of the seed on `day` (10:00–14:00 Warsaw), funded by the seed grant unless `more` says otherwise. */
  const on = (id: string, day: string, more: Partial<Event> = {}): Event => {
    const base = seed().world.events[0]!;
    return {
      ...base,
      id,
      slug: id,
      title: `Wydarzenie ${id}`,
      startsAt: `${day}T10:00:00+01:00`,
      endsAt: `${day}T14:00:00+01:00`,
      attendance: {},
      ...more,
    };
  };

  it('reports only the overlap of the period asked for with the grant period; a period outside it is refused', () => {
    const { world } = seed();
    const grant = world.grants[0]!; // 1 September – 15 December 2026
    const events = [
      on('przed', '2026-08-20'),
      on('w-okresie', '2026-10-10'),
      on('pozniej', '2026-12-20'),
      on('w-2027', '2027-01-20'),
    ];
    const index = indexWorld({ ...world, events });
    const options = { ...PL, asOf: '2027-02-10T12:00:00+01:00' };
    const wide = readMarkdown(
      grantReportMarkdown(grant, index, { ...options, period: { from: '2026-08-01', to: '2027-02-01' } }),
    );
    expect(wide.inlines).toContain('Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 15.12.2026');
    expect(cell(wide.inlines, 'events')).toBe('1');
    expect(wide.headings).toContain('Wydarzenie w-okresie');
    const from = readMarkdown(grantReportMarkdown(grant, index, { ...options, period: { from: '2026-10-01' } }));
    expect(from.inlines).toContain('Okres, za jaki jest składane sprawozdanie: 01.10.2026 – 15.12.2026');
    expect(() =>
      grantReportMarkdown(grant, index, { ...options, period: { from: '2027-01-01', to: '2027-02-01' } }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringContaining('has no day in the period of grant'),
        issues: [expect.objectContaining({ path: 'period' })],
      }),
    );
  });

  it('refuses a final report before the task ends, saying why and what to do; a partial one shows the period up to its date', async () => {
    const { world, index } = seed();
    const grant = world.grants[0]!; // 1 September – 15 December 2026; the seed event is on 26 November
    const asOf = '2026-11-02T00:00:00+01:00';
    const refused = expect.objectContaining({
      code: 'VALIDATION',
      message: expect.stringMatching(
        /final report .* is not over: it is drawn up as of 2026-11-02T00:00:00\+01:00, before the period ends \(2026-12-16T00:00:00\+01:00\); 1 event\(s\) still planned \(sprawny-urzad-sprawna-organizacja\); draw up a partial report/,
      ),
      issues: [
        expect.objectContaining({ path: 'reportKind', code: 'asOfBeforeEnd' }),
        expect.objectContaining({ path: 'reportKind', code: 'eventsPlanned' }),
      ],
    });
    expect(() => grantReportMarkdown(grant, index, { ...PL, reportKind: 'final', asOf })).toThrow(refused);
    await expect(grantReportDocx(grant, index, { ...PL, reportKind: 'final', asOf })).rejects.toThrow(refused);
    // Only the period up to its end, even after the last event: the task is not over before it.
    expect(() =>
      grantReportMarkdown(grant, index, { ...PL, reportKind: 'final', asOf: '2026-12-10T12:00:00+01:00' }),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'asOfBeforeEnd' })] }));
    expect(() =>
      grantReportMarkdown(grant, index, { ...PL, reportKind: 'final', asOf: AFTER, period: { to: '2026-11-30' } }),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'periodNotWhole' })] }));
    const partial = readMarkdown(grantReportMarkdown(grant, index, { ...PL, reportKind: 'partial', asOf })).inlines;
    expect(partial).toContain(
      'Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 01.11.2026 (stan na 01.11.2026, 24:00; okres realizacji zadania: 01.09.2026 – 15.12.2026)',
    );
    // No event held yet: the participants are blanks to fill in, not a count of 0.
    expect(cell(partial, 'registered')).toBe('[do uzupełnienia]');
    expect(cell(partial, 'attended')).toBe('[do uzupełnienia]');
    const final = readMarkdown(grantReportMarkdown(grant, index, { ...PL, reportKind: 'final', asOf: AFTER })).inlines;
    expect(final).toContain('Okres, za jaki jest składane sprawozdanie: 01.09.2026 – 15.12.2026');
  });

  it('a report with no event held yet leaves the participants to fill in even when events carry attendance', () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const events = [{ ...world.events[0]!, attendance: { registered: 40, attended: 31 } }];
    const cells = readMarkdown(
      grantReportMarkdown(grant, indexWorld({ ...world, events }), { ...PL, asOf: '2026-11-01T12:00:00+01:00' }),
    ).inlines;
    expect(cell(cells, 'events')).toBe('0');
    expect(cell(cells, 'registered')).toBe('[do uzupełnienia]');
  });

  /** The seed world with a second grant (support, its own agreement) funding the seed event too. */
  const coFunded = (formOfSeedGrant: 'entrustment' | 'support') => {
    const { world } = seed();
    const a = { ...world.grants[0]!, form: formOfSeedGrant };
    const b = {
      ...a,
      id: 'grant-b',
      slug: 'grant-b',
      form: 'support' as const,
      taskTitle: 'Drugi grant',
      agreementNumber: 'ES/123/2026',
    };
    const events = [{ ...world.events[0]!, grantIds: [a.id, b.id] }, on('tylko-a', '2026-10-10', { grantIds: [a.id] })];
    return { a, b, index: indexWorld({ ...world, grants: [a, b], events }) };
  };

  it('names, per event, the other grants that fund it, and flags double financing when one is an entrustment', async () => {
    const { a, b, index } = coFunded('entrustment');
    const options = { ...PL, asOf: AFTER };
    const inA = readMarkdown(grantReportMarkdown(a, index, options)).inlines;
    const note =
      'Finansowane także z: „Drugi grant” (Województwo Mazowieckie, wsparcie realizacji zadania, umowa ES/123/2026) (uwaga: możliwe podwójne finansowanie, bo dotacja w formie powierzenia finansuje zadanie w całości; sprawdź podział kosztów)';
    expect(inA).toContain(note);
    expect(inA.filter((c) => c.startsWith('Finansowane także z'))).toHaveLength(1);
    const warning = inA.find((c) => c.startsWith('Uwaga: możliwe podwójne finansowanie.'));
    expect(warning).toContain('Ta dotacja jest powierzeniem realizacji zadania');
    expect(warning).toContain(
      `finansowane jest także wydarzenie „${index.events.get(seed().world.events[0]!.id)!.title}”`,
    );
    // The figures stay: the event did happen.
    expect(cell(inA, 'events')).toBe('2');
    // The other grant's report names this one, and flags it too.
    const inB = readMarkdown(grantReportMarkdown(b, index, options)).inlines;
    expect(inB.find((c) => c.startsWith('Finansowane także z'))).toMatch(/^Finansowane także z: „Współpraca jednostek/);
    expect(inB.find((c) => c.startsWith('Uwaga: możliwe podwójne finansowanie.'))).toMatch(
      /^Uwaga: możliwe podwójne finansowanie\. Z innej dotacji, w formie powierzenia/,
    );
    const { raw } = await docxText(await grantReportDocx(a, index, options));
    expect(raw).toContain(note);
    // Two support grants co-finance: the other is named, nothing is flagged.
    const support = coFunded('support');
    const both = grantReportMarkdown(support.a, support.index, options);
    expect(both).toContain('Finansowane także z:');
    expect(both).not.toContain('podwójne finansowanie');
  });

  it('lists events tagged with the grant outside its period under their own heading, not counted, in Markdown and DOCX', async () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const events = [
      world.events[0]!,
      on('przed', '2026-08-20'),
      on('po', '2027-01-20', { status: 'cancelled' }),
      on('w-okresie', '2026-10-10'),
    ];
    const index = indexWorld({ ...world, events });
    const options = { ...PL, asOf: AFTER };
    const out = readMarkdown(grantReportMarkdown(grant, index, options));
    const heading = 'Wydarzenia przypisane do dotacji poza okresem realizacji zadania';
    expect(out.headings).toContain(heading);
    expect(out.inlines).toContain('Wydarzenie przed — 20 sierpnia 2026, 11:00–15:00');
    expect(out.inlines).toContain('Wydarzenie po — 20 stycznia 2027, 10:00–14:00 (odwołane)');
    expect(out.headings).not.toContain('Wydarzenie przed');
    expect(cell(out.inlines, 'events')).toBe('2');
    expect(cell(out.inlines, 'cancelledEvents')).toBe('0');
    const { raw } = await docxText(await grantReportDocx(grant, index, options));
    expect(raw).toContain(heading);
    expect(raw).toContain('Wydarzenie przed — 20 sierpnia 2026, 11:00–15:00');
    expect(grantReportMarkdown(grant, indexWorld({ ...world, events: events.slice(0, 1) }), options)).not.toContain(
      heading,
    );
  });

  it('gives the Zleceniobiorca with its KRS number, else its other register, else a blank to fill in', async () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const org = world.organizations.find((o) => o.id === grant.beneficiaryId)!;
    const line = (changed: typeof org) => {
      const organizations = world.organizations.map((o) => (o.id === org.id ? changed : o));
      const index = indexWorld({ ...world, organizations });
      return readMarkdown(grantReportMarkdown(grant, index, PL)).inlines.find((c) =>
        c.startsWith('Nazwa Zleceniobiorcy(-ców): '),
      );
    };
    expect(line({ ...org, krs: '0000123456' })).toBe(`Nazwa Zleceniobiorcy(-ców): ${org.name}, KRS 0000123456`);
    expect(
      line({
        ...org,
        krs: undefined,
        otherRegister: { register: 'ewidencja_starosty', number: '12/2020', keptBy: 'Starosta Powiatu Wołomińskiego' },
      }),
    ).toBe(
      `Nazwa Zleceniobiorcy(-ców): ${org.name}, ewidencja starosty nr 12/2020, prowadzi: Starosta Powiatu Wołomińskiego`,
    );
    expect(line({ ...org, krs: undefined, otherRegister: undefined })).toBe(
      `Nazwa Zleceniobiorcy(-ców): ${org.name}, [do uzupełnienia: numer KRS lub innego rejestru]`,
    );
    const { raw } = await docxText(
      await grantReportDocx(
        grant,
        indexWorld({
          ...world,
          organizations: world.organizations.map((o) => (o.id === org.id ? { ...org, krs: '0000123456' } : o)),
        }),
        PL,
      ),
    );
    expect(raw).toContain(`Nazwa Zleceniobiorcy(-ców): ${org.name}, KRS 0000123456`);
  });

  it('groups every amount alike, as formatMoney does: "1 000,01" beside "12 345,67", in Markdown and DOCX', async () => {
    const { world, index } = seed();
    const grant = {
      ...world.grants[0]!,
      amount: { amount: 1_234_567, currency: 'PLN' },
      ownContribution: { amount: 100_001, currency: 'PLN' },
    };
    const cells = readMarkdown(grantReportMarkdown(grant, index, PL)).inlines;
    const money = (grosze: number) => formatMoney({ amount: grosze, currency: 'PLN' }).replace(/\s*zł$/, '');
    expect(money(100_001)).toMatch(/^1\s000,01$/);
    expect(cells[cells.indexOf('Kwota dotacji') + 1]).toBe(money(1_234_567));
    expect(cells[cells.indexOf('Wkład własny') + 1]).toBe(money(100_001));
    const { raw } = await docxText(await grantReportDocx(grant, index, PL));
    expect(raw).toContain(money(100_001));
  });

  it('counts partner organisations without the Zleceniobiorca, under a label that says so', () => {
    const { world } = seed();
    const grant = world.grants[0]!;
    const event = world.events[0]!;
    expect(event.organizerId).toBe(grant.beneficiaryId);
    const partner = world.organizations.find((o) => o.id !== grant.beneficiaryId)!;
    const events = [{ ...event, partners: [{ organizationId: partner.id, role: 'partner' as const }] }];
    const withPartner = grantReportFigures(grant, events, { asOf: AFTER, people: world.people });
    const cells = readMarkdown(
      grantReportMarkdown(grant, indexWorld({ ...world, events }), { ...PL, asOf: AFTER }),
    ).inlines;
    expect(cells).not.toContain('Organizacje zaangażowane');
    expect(cells[cells.indexOf(PARTNERS) + 1]).toBe(String(withPartner.organizations));
    const alone = grantReportFigures(grant, [{ ...event, agenda: [], partners: [] }], { asOf: AFTER });
    expect(alone.organizations).toBe(0);
  });

  it('Part II: all costs are the grant plus the own contribution, with shares from grosze adding up to 100,00', async () => {
    const { world, index } = seed();
    const grant = {
      ...world.grants[0]!,
      amount: { amount: 1_000_000, currency: 'PLN' },
      ownContribution: { amount: 200_001, currency: 'PLN' },
    };
    const markdown = grantReportMarkdown(grant, index, PL);
    const row = (name: string) =>
      markdown
        .split('\n')
        .find((l) => l.startsWith(`| ${name} |`))!
        .split('|')
        .slice(2, -1)
        .map((c) => c.trim());
    const money = (grosze: number) => formatMoney({ amount: grosze, currency: 'PLN' }).replace(/\s*zł$/, '');
    // 10 000,00 / 12 000,01 = 83,33326…%, 2 000,01 / 12 000,01 = 16,66674…%: 83,33 + 16,67 = 100,00.
    expect(row('Suma wszystkich kosztów').slice(0, 2)).toEqual([money(1_200_001), '100,00']);
    expect(row('Kwota dotacji').slice(0, 2)).toEqual([money(1_000_000), '83,33']);
    expect(row('Wkład własny').slice(0, 2)).toEqual([money(200_001), '16,67']);
    // Thirds: 33,33 + 33,33 would lose a hundredth; the largest remainder takes it.
    const thirds = grantReportMarkdown(
      { ...grant, amount: { amount: 200, currency: 'PLN' }, ownContribution: { amount: 100, currency: 'PLN' } },
      index,
      PL,
    );
    expect(thirds).toMatch(/\| Kwota dotacji \| 2,00 \| 66,67 \|/);
    expect(thirds).toMatch(/\| Wkład własny \| 1,00 \| 33,33 \|/);
    // Without the own contribution, the sum and the shares stay to fill in.
    const { ownContribution: _none, ...noOwn } = grant;
    expect(grantReportMarkdown(noOwn, index, PL)).toContain(
      `| Kwota dotacji | ${money(1_000_000)} | _\\[do uzupełnienia\\]_ |`,
    );
    const { raw } = await docxText(await grantReportDocx(grant, index, PL));
    expect(raw).toMatch(/Kwota dotacji\s*10\s000,00\s*83,33/);
  });

  it.each([
    [1, 1],
    [1, 2],
    [1_000_000, 7],
    [333, 333_334],
  ])('Part II shares of %i and %i grosze add up to 100,00', (a, b) => {
    const { world, index } = seed();
    const grant = {
      ...world.grants[0]!,
      amount: { amount: a, currency: 'PLN' },
      ownContribution: { amount: b, currency: 'PLN' },
    };
    const markdown = grantReportMarkdown(grant, index, PL);
    const share = (name: string) =>
      Number(markdown.match(new RegExp(`\\| ${name} \\| [^|]+ \\| ([\\d,]+) \\|`))![1]!.replace(',', '.'));
    expect(Math.round((share('Kwota dotacji') + share('Wkład własny')) * 100)).toBe(10_000);
  });

  it('results: the monitoring method in its own column, achieved values with the unit, unplanned results kept', async () => {
    const { world, index } = seed();
    const grant = {
      ...world.grants[0]!,
      plannedResults: [
        { name: 'Liczba uczestników', target: 60, unit: 'osób', monitoring: 'listy obecności' },
        { name: 'Liczba spotkań', target: 3 },
      ],
      achievedResults: [
        { name: 'Liczba uczestników', value: 45, note: 'mniej przez chorobę prelegentki' },
        { name: 'Liczba publikacji', value: 2 },
      ],
    };
    const markdown = grantReportMarkdown(grant, index, PL);
    expect(markdown).toContain('| Rezultat | Planowany poziom | Osiągnięty poziom | Sposób monitorowania | Uwagi |');
    expect(markdown).toContain(
      '| Liczba uczestników | 60 osób | 45 osób | listy obecności | mniej przez chorobę prelegentki |',
    );
    expect(markdown).toContain('| Liczba spotkań | 3 | _\\[do uzupełnienia\\]_ | _\\[do uzupełnienia\\]_ |  |');
    expect(markdown).toContain('| Liczba publikacji | nie planowano | 2 | _\\[do uzupełnienia\\]_ |  |');
    const { raw } = await docxText(await grantReportDocx(grant, index, PL));
    expect(raw).toContain('Liczba publikacji');
    expect(raw).toContain('Sposób monitorowania');
  });

  // A staff member typed "osoby" for a target of 60 and the report read "60 osoby" / "58 osoby".
  it('results: a common unit takes the form its number asks for, in Polish notation; any other unit stays as typed', () => {
    const { world, index } = seed();
    const grant = {
      ...world.grants[0]!,
      plannedResults: [
        { name: 'Uczestnicy', target: 60, unit: 'osoby' },
        { name: 'Spotkania', target: 3, unit: 'Spotkań' },
        { name: 'Odbiorcy', target: 1500, unit: 'osoba' },
        { name: 'Dyżury', target: 2.5, unit: 'godziny' },
        { name: 'Ulotki', target: 22, unit: 'szt.' },
        { name: 'Gminy', target: 12, unit: 'gminy' },
      ],
      achievedResults: [
        { name: 'Uczestnicy', value: 58 },
        { name: 'Spotkania', value: 1 },
        { name: 'Gminy', value: 22 },
      ],
    };
    const cells = readMarkdown(grantReportMarkdown(grant, index, PL)).inlines;
    const row = (name: string) => cells.slice(cells.indexOf(name), cells.indexOf(name) + 3);
    expect(row('Uczestnicy')).toEqual(['Uczestnicy', '60 osób', '58 osób']);
    expect(row('Spotkania')).toEqual(['Spotkania', '3 spotkania', '1 spotkanie']);
    expect(row('Odbiorcy').slice(0, 2)).toEqual(['Odbiorcy', '1\u00a0500 osób']);
    expect(row('Dyżury').slice(0, 2)).toEqual(['Dyżury', '2,5 godziny']);
    expect(row('Ulotki').slice(0, 2)).toEqual(['Ulotki', '22 szt.']);
    expect(row('Gminy')).toEqual(['Gminy', '12 gmin', '22 gminy']);
  });

  it('DOCX: event titles one heading level below their section, and the document carries its language', async () => {
    const { world, index } = seed();
    const grant = world.grants[0]!;
    const title = world.events[0]!.title;
    const options = { ...PL, asOf: AFTER };
    const bytes = await grantReportDocx(grant, index, options);
    // mammoth maps Word's "Heading n" styles to <hn>, and the Title style to a paragraph.
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h2>2. Szczegółowy opis wykonania poszczególnych działań</h2>');
    expect(html).toContain(`<h3>${title.replace(/&/g, '&amp;')}</h3>`);
    expect(html).toContain('<h1>Część I. Sprawozdanie merytoryczne</h1>');
    const markdown = grantReportMarkdown(grant, index, options);
    expect(markdown).toContain('### 2\\. Szczegółowy opis wykonania poszczególnych działań');
    expect(markdown).toContain(`#### ${markdownText(title)}`);
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rPrDefault><w:rPr>.*<w:lang w:val="pl-PL"\/>.*<\/w:docDefaults>/s);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:language>pl-PL</dc:language>');
    expect(core).toContain(`<dc:title>Sprawozdanie z wykonania zadania publicznego: ${grant.taskTitle}</dc:title>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-10T11:00:00Z</dcterms:created>');
  });
});
