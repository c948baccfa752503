/**
 * The draft of a public-task report (sprawozdanie z wykonania zadania publicznego, the 2018 template:
 * Dz.U. 2018 poz. 2057, załącznik nr 5) as a small document model that the Markdown and DOCX writers
 * render. Only the header and Part I.1 of the form were checked verbatim
 * (https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20180002057); the other labels follow the form as far as it is known and must be checked against the official PDF.
 *
 * To change the content, change `grantReportBlocks`; both renderers follow. To add a renderer, walk the
 * blocks (`heading`, `paragraph`, `list`, `table`) and render `blank` inlines so people see what to fill.
 */
import {
  type Event,
  fundingStatement,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  type Grant,
  grantReportFigures,
  itemPeople,
  type Money,
  personName,
  pluralPl,
  reportDueDate,
  type Speaker,
  ValidationError,
} from '@org/domain';
import { eventTimeText, itemHeading, joinClauses, speakerParty, venueLine } from './describe.js';
import { checkOptions, type FormatOptions } from './options.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';
import { clockText } from './zone-clock.js';

/** A piece of text in the report: plain, bold, a link, or a clearly marked blank to fill in. */
export type ReportInline = string | { bold: string } | { link: string } | { blank: string };

/** One block of the report. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: ReportInline[] }
  | { kind: 'list'; items: ReportInline[][] }
  | { kind: 'table'; header: string[]; rows: ReportInline[][][] };

/** Which report it is: partial (sprawozdanie częściowe) or final (sprawozdanie końcowe). */
export type GrantReportKind = 'partial' | 'final';

/** Options of the grant report writers. */
export interface GrantReportOptions extends FormatOptions {
  /**
   * Whether the report is partial ("częściowe") or final ("końcowe"): its box is ticked (☒). When not given,
   * both boxes stay empty and the line is marked to fill in (`[do uzupełnienia]`), like every other value
   * the data cannot give.
   */
  reportKind?: GrantReportKind | undefined;
  /** The reporting period; defaults to the grant's period. */
  period?: { from: string; to: string };
}

/** What a blank to fill says. */
export const REPORT_BLANK = 'do uzupełnienia';

const blank = (what = REPORT_BLANK): ReportInline => ({ blank: what });
const p = (...content: ReportInline[]): ReportBlock => ({ kind: 'paragraph', content });
const h = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: 'heading', level, text });
const field = (label: string, value: ReportInline | undefined): ReportBlock =>
  p({ bold: `${label}: ` }, value ?? blank());

/**
 * A person on the agenda as the report names them: "Name — role, Organisation", or a group described
 * as written when the source names no one.
 *
 * @example
 * reportSpeaker(jozwiak, world) // 'Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”'
 */
export function reportSpeaker(speaker: Speaker, world: WorldIndex): string {
  const party = speakerParty(speaker, world);
  if (speaker.kind === 'representatives') return party ? `${speaker.description} — ${party}` : speaker.description;
  const person = world.people.get(speaker.personId);
  const name = person ? personName(person) : speaker.personId;
  const detail = joinClauses(
    [speaker.role, party].filter((t): t is string => Boolean(t)),
    ', ',
  );
  return detail ? `${name} — ${detail}` : name;
}

const day = (iso: string) => iso.split('-').reverse().join('.');

// Part II gives the unit once, in the column headers ("(zł)", "(%)"), as the form's tables do, so its cells
// hold plain amounts: "40 000,00", grouped and rounded as formatMoney groups them, without the currency.
let amountFormat: Intl.NumberFormat | undefined;
const plainAmount = (money: Money): string => {
  amountFormat ??= new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return amountFormat.format(money.amount / 100);
};
const currencyUnit = (money: Money): string => (money.currency === 'PLN' ? 'zł' : money.currency);

function eventBlocks(event: Event, world: WorldIndex): ReportBlock[] {
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const blocks: ReportBlock[] = [
    h(3, event.title),
    field('Termin', eventTimeText(event, 'pl')),
    field('Miejsce', venue ? venueLine(venue) : event.onlineUrl),
  ];
  if (event.status === 'cancelled')
    blocks.push(field('Status', `odwołane${event.statusNote ? `: ${event.statusNote}` : ''}`));
  blocks.push(
    p(
      { bold: 'Uczestnicy: ' },
      'zarejestrowani ',
      event.attendance.registered !== undefined ? String(event.attendance.registered) : blank(),
      ', obecni ',
      event.attendance.attended !== undefined ? String(event.attendance.attended) : blank(),
    ),
  );
  if (event.agenda.length) {
    blocks.push(p({ bold: 'Program:' }));
    blocks.push({
      kind: 'list',
      items: event.agenda.map((item) => {
        const time = `${clockText(item.startsAt, event.timeZone)}–${clockText(item.endsAt, event.timeZone)}`;
        const people = itemPeople(item).map((s) => reportSpeaker(s, world));
        const clauses = [`${time} ${itemHeading(item, 'pl')}`];
        if (item.kind === 'panel' && item.moderator) clauses.push(`moderacja: ${reportSpeaker(item.moderator, world)}`);
        const others = item.kind === 'panel' ? item.panelists.map((s) => reportSpeaker(s, world)) : people;
        // "Prowadzenie" is hosting: a discussion's facilitators; whoever gives a talk "występuje".
        const role =
          item.kind === 'panel'
            ? 'paneliści'
            : item.kind === 'discussion'
              ? 'prowadzenie dyskusji'
              : pluralPl(others.length, ['występuje', 'występują', 'występują']);
        if (others.length) clauses.push(`${role}: ${joinClauses(others, '; ')}`);
        // A title or description written as a sentence ends in a full stop: "…pozarządowymi; paneliści: …".
        const parts: ReportInline[] = [joinClauses(clauses, '; ')];
        return parts;
      }),
    });
  }
  const topics = event.agenda.flatMap((item) => (item.kind === 'discussion' ? item.topics : []));
  if (topics.length) {
    blocks.push(p({ bold: 'Tematy dyskusji:' }));
    blocks.push({ kind: 'list', items: topics.map((t) => [t]) });
  }
  return blocks;
}

/**
 * The report as blocks: header, Part I (results with figures from `grantReportFigures`, planned vs
 * achieved results, each funded event with its date, place, agenda and discussion topics), Part II (the
 * amounts known, blanks for the rest), Part III, the funding information shown per event, statements.
 * Written in Polish, as the form is.
 *
 * @example
 * grantReportBlocks(seedGrant, index, { locale: 'pl', siteUrl })[0]
 * // { kind: 'heading', level: 1, text: 'Sprawozdanie z wykonania zadania publicznego' }
 */
export function grantReportBlocks(grant: Grant, world: WorldIndex, options: GrantReportOptions): ReportBlock[] {
  const opts = checkOptions(options);
  if (opts.reportKind !== undefined && opts.reportKind !== 'partial' && opts.reportKind !== 'final')
    throw new ValidationError(
      `@org/formats: options.reportKind must be "partial" or "final", got "${String(opts.reportKind)}"`,
      [{ path: 'reportKind', field: 'reportKind', code: 'enum', message: 'not partial or final' }],
    );
  const urlOptions = { locale: 'pl' as const, siteUrl: opts.siteUrl };
  const period = opts.period ?? grant.period;
  const figures = grantReportFigures({ id: grant.id, period }, [...world.events.values()]);
  const events = figures.eventIds.map((id) => world.events.get(id)).filter((e): e is Event => e !== undefined);
  const beneficiary = world.organizations.get(grant.beneficiaryId);
  const statement = fundingStatement(grant, { locale: 'pl' });
  const unit = currencyUnit(grant.amount);
  const tick = (kind: GrantReportKind) => (opts.reportKind === kind ? '☒' : '☐');
  const reportKind: ReportInline[] = [`${tick('partial')} częściowe   ${tick('final')} końcowe`];
  if (opts.reportKind === undefined) reportKind.push(' ', blank());
  // A total over the events with data is a minimum when some have none, and unknown when none has any.
  const held = events.filter((e) => e.status !== 'cancelled');
  const participants = (total: number, known: (e: Event) => boolean): ReportInline[] => {
    const missing = held.filter((e) => !known(e)).length;
    if (missing > 0 && missing === held.length) return [blank()];
    if (missing === 0) return [String(total)];
    return [
      `${total} (bez danych dla ${missing} ${pluralPl(missing, ['wydarzenia', 'wydarzeń', 'wydarzeń'])}: wartość minimalna)`,
    ];
  };

  const blocks: ReportBlock[] = [
    h(1, 'Sprawozdanie z wykonania zadania publicznego'),
    p(
      'Projekt wygenerowany z danych Mosty według wzoru z załącznika nr 5 do rozporządzenia Przewodniczącego Komitetu do spraw Pożytku Publicznego z dnia 24 października 2018 r. (Dz.U. 2018 poz. 2057). Pola oznaczone ',
      blank(),
      ' należy wypełnić przed złożeniem.',
    ),
    p({ bold: 'Rodzaj sprawozdania: ' }, ...reportKind),
    field('Okres, za jaki jest składane sprawozdanie', `${day(period.from)} – ${day(period.to)}`),
    field('Tytuł zadania publicznego', grant.taskTitle),
    field(
      'Nazwa Zleceniobiorcy(-ców)',
      beneficiary
        ? `${beneficiary.name}${beneficiary.krs ? `, KRS ${beneficiary.krs}` : ''}`
        : blank(`${REPORT_BLANK}: ${grant.beneficiaryId}`),
    ),
    field('Zleceniodawca', grant.funderName),
    field('Tryb i forma', `${GRANT_MODE_LABELS[grant.mode].pl}; ${GRANT_FORM_LABELS[grant.form].pl}`),
    field('Data zawarcia umowy', grant.agreementDate ? day(grant.agreementDate) : undefined),
    field('Numer umowy, o ile został nadany', grant.agreementNumber),
    field('Termin złożenia sprawozdania', day(reportDueDate(grant))),

    h(2, 'Część I. Sprawozdanie merytoryczne'),
    h(3, '1. Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań zrealizowanych w ramach zadania'),
    p('Opis rezultatów, sposobu ich pomiaru i trwałości: ', blank()),
    {
      kind: 'table',
      header: ['Miara', 'Wartość'],
      rows: [
        ...[
          ['Wydarzenia zrealizowane', String(figures.events)],
          ['Wydarzenia odwołane', String(figures.cancelledEvents)],
          ['Punkty programu (w tym panele)', `${figures.agendaItems} (${figures.panels})`],
          ['Prelegenci, moderatorzy i prowadzący', String(figures.speakers)],
          ['Organizacje zaangażowane', String(figures.organizations)],
          ['Samorządy zaangażowane', String(figures.authorities)],
        ].map((row) => row.map((cell) => [cell])),
        [['Uczestnicy zarejestrowani'], participants(figures.registered, (e) => e.attendance.registered !== undefined)],
        [['Uczestnicy obecni'], participants(figures.attended, (e) => e.attendance.attended !== undefined)],
      ],
    },
    p({ bold: 'Rezultaty zakładane i osiągnięte' }),
    {
      kind: 'table',
      header: ['Rezultat', 'Planowany poziom', 'Osiągnięty poziom', 'Uwagi'],
      rows: grant.plannedResults.length
        ? grant.plannedResults.map((r) => {
            const achieved = grant.achievedResults.find((a) => a.name === r.name);
            return [
              [r.name],
              [`${r.target}${r.unit ? ` ${r.unit}` : ''}`],
              [achieved ? String(achieved.value) : blank()],
              [achieved?.note ?? r.monitoring ?? ''],
            ];
          })
        : [[[blank()], [blank()], [blank()], ['']]],
    },
    h(3, '2. Szczegółowy opis wykonania poszczególnych działań'),
    ...(events.length ? events.flatMap((e) => eventBlocks(e, world)) : [p('Brak wydarzeń w okresie. ', blank())]),

    h(2, 'Część II. Sprawozdanie z wykonania wydatków'),
    h(3, '1. Rozliczenie ze względu na rodzaj kosztów'),
    {
      kind: 'table',
      header: ['Rodzaj kosztów', `Koszty zgodnie z umową (${unit})`, `Koszty faktycznie poniesione (${unit})`],
      rows: ['I. Koszty realizacji działań', 'II. Koszty administracyjne', 'III. Suma wszystkich kosztów'].map(
        (name) => [[name], [blank()], [blank()]],
      ),
    },
    h(3, '2. Rozliczenie ze względu na źródło finansowania'),
    {
      // Each amount beside its share of all costs, per agreement and as spent, like the form's table.
      kind: 'table',
      header: [
        'Źródło finansowania',
        `Kwota zgodnie z umową (${unit})`,
        'Udział (%)',
        `Kwota faktycznie poniesiona (${unit})`,
        'Udział (%)',
      ],
      rows: [
        [['Suma wszystkich kosztów'], [blank()], ['100'], [blank()], ['100']],
        [['Kwota dotacji'], [plainAmount(grant.amount)], [blank()], [blank()], [blank()]],
        [
          ['Wkład własny'],
          [grant.ownContribution ? plainAmount(grant.ownContribution) : blank()],
          [blank()],
          [blank()],
          [blank()],
        ],
        [['w tym wkład własny finansowy'], [blank()], [blank()], [blank()], [blank()]],
        [['w tym wkład własny niefinansowy (osobowy i rzeczowy)'], [blank()], [blank()], [blank()], [blank()]],
      ],
    },
    h(3, '3. Informacje o innych przychodach uzyskanych przy realizacji zadania publicznego'),
    p(blank()),
    h(3, '4. Informacje o świadczeniach pieniężnych pobranych od odbiorców zadania'),
    events.length && events.every((e) => e.isFree)
      ? p('Udział we wszystkich wydarzeniach był bezpłatny (według danych Mosty; ', blank('do potwierdzenia'), ').')
      : p(blank()),

    h(2, 'Część III. Dodatkowe informacje'),
    p(blank()),

    h(2, 'Informacja o finansowaniu'),
    p(
      'Informacja o finansowaniu zamieszczana w publikacjach o zadaniu: „',
      statement,
      '”',
      grant.hashtags.length ? `, z oznaczeniami ${grant.hashtags.map((t) => `#${t}`).join(' ')}` : '',
      '.',
    ),
    events.length
      ? {
          kind: 'table',
          header: ['Wydarzenie', 'Adres strony', 'Informacja o finansowaniu'],
          rows: events.map((e) => [[e.title], [{ link: pageUrl('event', e.slug, urlOptions) }], [statement]]),
        }
      : p('Brak opublikowanych wydarzeń w okresie.'),

    h(2, 'Oświadczenia'),
    {
      kind: 'list',
      items: [
        ['od daty zawarcia umowy nie zmienił się status prawny Zleceniobiorcy(-ców);'],
        ['wszystkie informacje podane w niniejszym sprawozdaniu są zgodne z aktualnym stanem prawnym i faktycznym;'],
        [
          'w zakresie związanym z realizacją zadania publicznego, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, wypełnione zostały obowiązki wynikające z przepisów o ochronie danych osobowych.',
        ],
      ],
    },
    field('Podpisy osób upoważnionych do reprezentowania Zleceniobiorcy(-ców)', undefined),
    field('Data', undefined),
  ];
  return blocks;
}
