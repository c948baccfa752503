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
  doubleFinancingRisks,
  EVENT_STATUS_LABELS,
  type Event,
  endOfAgreementDay,
  type FinalReportProblem,
  finalReportProblems,
  fundingStatement,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  GRANT_REPORT_FIGURE_LABELS,
  type Grant,
  type GrantReportCount,
  type GrantReportFigures,
  grantReportFigures,
  type Instant,
  InstantSchema,
  itemPeople,
  localDayOf,
  type Money,
  type Organization,
  type OtherRegister,
  type PolishPluralForms,
  personName,
  pluralPl,
  reportDueDate,
  reportingPeriod,
  type Speaker,
  ValidationError,
} from '@org/domain';
import { eventTimeText, itemHeading, joinClauses, speakerParty, venueLine } from './describe.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent, checkParsedGrant } from './parsed-records.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';
import { clockText } from './zone-clock.js';

/** A piece of text in the report: plain, bold, a link, or a clearly marked blank to fill in. */
export type ReportInline = string | { bold: string } | { link: string } | { blank: string };

/** One block of the report. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
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
  // A final report is refused (a `ValidationError` on `reportKind`) while the task is not over: see
  // `finalReportProblems` of @org/domain.
  /**
   * The reporting period (a partial report's); defaults to the grant's period. Only its overlap with the grant's
   * period is reported (`reportingPeriod` of @org/domain), a missing end is the grant's, and a period with no
   * day in the grant's is a `ValidationError` on `period`.
   */
  period?: { from?: string | undefined; to?: string | undefined } | undefined;
  /**
   * The instant the report is drawn up for (ISO 8601 with an offset), passed to `grantReportFigures`: a
   * published event that has not ended by then is planned ("zaplanowane"), not realised, and adds nothing to
   * the figures. The report states it ("Stan na: …", in Warsaw time). Pass it, usually as "now": without it
   * every published event of the period counts as realised, even one still to come, and no date is stated.
   */
  asOf?: Instant | undefined;
}

/** What a blank to fill says. */
export const REPORT_BLANK = 'do uzupełnienia';

const blank = (what = REPORT_BLANK): ReportInline => ({ blank: what });
const p = (...content: ReportInline[]): ReportBlock => ({ kind: 'paragraph', content });
const h = (level: 1 | 2 | 3 | 4, text: string): ReportBlock => ({ kind: 'heading', level, text });
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

// The form asks for the Zleceniobiorca's name "z numerem w Krajowym Rejestrze Sądowym lub innej ewidencji".
const REGISTER_NAMES: Record<OtherRegister['register'], string> = {
  ewidencja_starosty: 'ewidencja starosty',
  krkgw: 'Krajowy Rejestr Kół Gospodyń Wiejskich',
  inny: 'rejestr',
};

/**
 * The Zleceniobiorca's register number as the report's header gives it: "KRS 0000123456", else the other register
 * ("ewidencja starosty nr 12/2020, prowadzi: Starosta Powiatu X"), else a blank to fill in.
 */
function registerText(org: Pick<Organization, 'krs' | 'otherRegister'>): ReportInline[] {
  if (org.krs) return [`KRS ${org.krs}`];
  const other = org.otherRegister;
  if (other)
    return [`${REGISTER_NAMES[other.register]} nr ${other.number}${other.keptBy ? `, prowadzi: ${other.keptBy}` : ''}`];
  return [blank(`${REPORT_BLANK}: numer KRS lub innego rejestru`)];
}

const day = (iso: string) => iso.split('-').reverse().join('.');

// Part II gives the unit once, in the column headers ("(zł)", "(%)"), as the form's tables do, so its cells
// hold plain amounts: "40 000,00", grouped and rounded as formatMoney groups them, without the currency.
let amountFormat: Intl.NumberFormat | undefined;
const plainAmount = (money: Money): string => {
  // Grouped as formatMoney groups (useGrouping: true, which ECMA-402 reads as "always"): Polish data would
  // otherwise group only from five digits ("1000,01" beside "12 345,67" in one table).
  amountFormat ??= new Intl.NumberFormat('pl-PL', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  });
  return amountFormat.format(money.amount / 100);
};
/**
 * Shares of a total in hundredths of a per cent, from integer grosze, rounded so that they add up to exactly 100.00
 * (largest remainder: the hundredths lost to rounding down go to the largest remainders, the first on a tie).
 */
function sharesOf(amounts: readonly number[]): number[] {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return amounts.map(() => 0);
  const exact = amounts.map((a) => ({ floor: Math.floor((a * 10_000) / total), rest: (a * 10_000) % total }));
  let left = 10_000 - exact.reduce((n, e) => n + e.floor, 0);
  const order = exact.map((e, i) => ({ ...e, i })).sort((x, y) => y.rest - x.rest || x.i - y.i);
  const out = exact.map((e) => e.floor);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}
let percentFormat: Intl.NumberFormat | undefined;
const percentText = (hundredths: number): string => {
  percentFormat ??= new Intl.NumberFormat('pl-PL', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  });
  return percentFormat.format(hundredths / 100);
};

const currencyUnit = (money: Money): string => (money.currency === 'PLN' ? 'zł' : money.currency);

/** What came of an event by the report's date, as `grantReportFigures` lists it. */
type Standing = 'realised' | 'cancelled' | 'postponed' | 'planned';

const standingOf = (figures: GrantReportFigures) => {
  const of = new Map<string, Standing>();
  for (const id of figures.realisedEventIds) of.set(id, 'realised');
  for (const id of figures.cancelledEventIds) of.set(id, 'cancelled');
  for (const id of figures.postponedEventIds) of.set(id, 'postponed');
  for (const id of figures.plannedEventIds) of.set(id, 'planned');
  return (event: Event): Standing => of.get(event.id) ?? 'realised';
};

// "Zaplanowane" is no event status (it is published, and still to come at the report's date), so it has no
// entry in EVENT_STATUS_LABELS; the other two are the statuses' own labels.
const STANDING_TEXT: Record<Exclude<Standing, 'realised'>, string> = {
  cancelled: EVENT_STATUS_LABELS.cancelled.pl,
  postponed: EVENT_STATUS_LABELS.postponed.pl,
  planned: 'zaplanowane',
};

// Another grant as the report names it: „task title” (funder, form, agreement number), or its id when unknown.
function grantName(id: string, world: WorldIndex): string {
  const g = world.grants.get(id);
  if (!g) return `dotacja ${id}`;
  const about = [g.funderName, GRANT_FORM_LABELS[g.form].pl, g.agreementNumber ? `umowa ${g.agreementNumber}` : '']
    .filter(Boolean)
    .join(', ');
  return `„${g.taskTitle}” (${about})`;
}

/** How an event is funded besides the grant reported: the other grants, and whether that risks double financing. */
interface OtherFunding {
  otherGrantIds: readonly string[];
  doubleFinancing: boolean;
}

function eventBlocks(event: Event, standing: Standing, world: WorldIndex, other?: OtherFunding): ReportBlock[] {
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  // One level below "2. Szczegółowy opis wykonania poszczególnych działań", the section the events are in.
  const blocks: ReportBlock[] = [
    h(4, event.title),
    field('Termin', eventTimeText(event, 'pl')),
    field('Miejsce', venue ? venueLine(venue) : event.onlineUrl),
  ];
  // The event counts in full in each grant's report (it did happen): each report names the others.
  if (other)
    blocks.push(
      field(
        'Finansowane także z',
        `${other.otherGrantIds.map((id) => grantName(id, world)).join('; ')}${
          other.doubleFinancing
            ? ' (uwaga: możliwe podwójne finansowanie, bo dotacja w formie powierzenia finansuje zadanie w całości; sprawdź podział kosztów)'
            : ''
        }`,
      ),
    );
  if (standing !== 'realised') {
    // A status note says why an event was cancelled or moved; a planned event is published, and has none.
    const note = standing !== 'planned' && event.statusNote ? `: ${event.statusNote}` : '';
    blocks.push(field('Status', `${STANDING_TEXT[standing]}${note}`));
  }
  // Only a realised event has participants to report (the figures count no others): asking for the
  // attendance of an event that was not held would be a blank nobody can fill.
  if (standing === 'realised')
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

// The counts of Part I.1, in the order the table shows them, each under its label in @org/domain (the
// participants follow, with a note when some realised events have no figures; eventsWithoutAttendance is that note).
const FIGURE_ROWS = [
  'events',
  'cancelledEvents',
  'postponedEvents',
  'plannedEvents',
  'agendaItems',
  'panels',
  'speakers',
  'organizations',
  'authorities',
] as const satisfies readonly GrantReportCount[];
const figureLabel = (key: GrantReportCount) => GRANT_REPORT_FIGURE_LABELS[key].pl;

// The agreement's days are Polish: the report's date is read in Warsaw, as the period's days are.
const REPORT_ZONE = 'Europe/Warsaw';

// The report's date as the form's dates are written, with the time: "27.11.2026, 14:05". Midnight is the end
// of the day before ("26.11.2026, 24:00"), as Polish deadlines say it: a report as of a day is drawn up at the
// end of that day, and "27.11.2026, 00:00" would read as a day later than asked.
function asOfText(asOf: Instant): string {
  const clock = clockText(asOf, REPORT_ZONE);
  if (clock !== '00:00') return `${day(localDayOf(asOf, REPORT_ZONE))}, ${clock}`;
  return `${day(localDayOf(new Date(Date.parse(asOf) - 1).toISOString(), REPORT_ZONE))}, 24:00`;
}

// A report drawn up before its period ends (a partial one: a final one is refused) covers the days up to its
// date, and says so: "01.09.2026 – 01.11.2026 (stan na 01.11.2026, 24:00; okres realizacji zadania: …)".
function periodText(period: { from: string; to: string }, asOf: Instant | undefined): string {
  const whole = `${day(period.from)} – ${day(period.to)}`;
  if (asOf === undefined || Date.parse(asOf) >= Date.parse(endOfAgreementDay(period.to))) return whole;
  const lastDay = localDayOf(new Date(Date.parse(asOf) - 1).toISOString(), REPORT_ZONE);
  if (lastDay < period.from) return `${whole} (stan na ${asOfText(asOf)}: przed rozpoczęciem okresu)`;
  return `${day(period.from)} – ${day(lastDay)} (stan na ${asOfText(asOf)}; okres realizacji zadania: ${whole})`;
}

// Why a final report is refused, and what to do instead, for whoever called the writer: the exporter and the
// admin say it in their own words from `finalReportProblems`.
function finalRefusal(grant: Grant, problems: readonly FinalReportProblem[], world: WorldIndex): ValidationError {
  const reason = (p: FinalReportProblem): string => {
    if (p.code === 'periodNotWhole')
      return `its period ends on ${p.periodEnd}, before the grant's period does (${p.grantEnd})`;
    if (p.code === 'asOfBeforeEnd') return `it is drawn up as of ${p.asOf}, before the period ends (${p.endsAt})`;
    return `${p.eventIds.length} event(s) still planned (${p.eventIds.map((id) => world.events.get(id)?.slug ?? id).join(', ')})`;
  };
  const reasons = problems.map(reason);
  return new ValidationError(
    `@org/formats: a final report (reportKind "final") of grant "${grant.slug}" accounts for the whole task, which is not over: ${reasons.join('; ')}; draw up a partial report (reportKind "partial"), or a final one as of the period's end or later, when every event has taken place.`,
    problems.map((p) => ({ path: 'reportKind', field: 'reportKind', code: p.code, message: 'the task is not over' })),
  );
}

// Units people type for a grant's results, in their three forms after a whole number (`pluralPl`): "60 osoby", as
// typed for a target of 60, is written "60 osób". A unit typed in any of its forms is recognised (case and spaces
// aside); any other unit, or a value that is not a whole number ("2,5 godziny"), is written as typed.
const UNIT_FORMS: readonly PolishPluralForms[] = [
  ['osoba', 'osoby', 'osób'],
  ['uczestnik', 'uczestników', 'uczestników'],
  ['uczestniczka', 'uczestniczki', 'uczestniczek'],
  ['wolontariusz', 'wolontariuszy', 'wolontariuszy'],
  ['organizacja', 'organizacje', 'organizacji'],
  ['podmiot', 'podmioty', 'podmiotów'],
  ['samorząd', 'samorządy', 'samorządów'],
  ['gmina', 'gminy', 'gmin'],
  ['wydarzenie', 'wydarzenia', 'wydarzeń'],
  ['spotkanie', 'spotkania', 'spotkań'],
  ['szkolenie', 'szkolenia', 'szkoleń'],
  ['warsztat', 'warsztaty', 'warsztatów'],
  ['panel', 'panele', 'paneli'],
  ['debata', 'debaty', 'debat'],
  ['konferencja', 'konferencje', 'konferencji'],
  ['godzina', 'godziny', 'godzin'],
  ['dzień', 'dni', 'dni'],
  ['publikacja', 'publikacje', 'publikacji'],
  ['artykuł', 'artykuły', 'artykułów'],
  ['raport', 'raporty', 'raportów'],
  ['rekomendacja', 'rekomendacje', 'rekomendacji'],
  ['ankieta', 'ankiety', 'ankiet'],
  ['materiał', 'materiały', 'materiałów'],
  ['egzemplarz', 'egzemplarze', 'egzemplarzy'],
];
const UNITS = new Map(UNIT_FORMS.flatMap((forms) => forms.map((form) => [form, forms] as const)));

let countFormat: Intl.NumberFormat | undefined;
/**
 * A result's value in Polish notation (grouped as the amounts are, a decimal comma) with its unit, the unit in the
 * form the number takes when it is one of the common units.
 *
 * @example
 * withUnit(60, 'osoby') // '60 osób'
 * withUnit(3, 'Wydarzeń') // '3 wydarzenia'
 * withUnit(2.5, 'godziny') // '2,5 godziny'
 */
const withUnit = (value: number, unit: string | undefined): string => {
  countFormat ??= new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 3, useGrouping: true });
  const number = countFormat.format(value);
  if (!unit) return number;
  const forms = Number.isInteger(value) ? UNITS.get(unit.trim().toLocaleLowerCase('pl')) : undefined;
  return `${number} ${forms ? pluralPl(value, forms) : unit}`;
};

// Planned results in their order, each beside what was achieved (in the planned unit); then the results achieved
// that were not planned, in rows of their own, so that nothing achieved is left out of the report.
function resultRows(grant: Grant): ReportInline[][][] {
  const planned = new Set(grant.plannedResults.map((r) => r.name));
  const rows: ReportInline[][][] = grant.plannedResults.map((r) => {
    const achieved = grant.achievedResults.find((a) => a.name === r.name);
    return [
      [r.name],
      [withUnit(r.target, r.unit)],
      [achieved ? withUnit(achieved.value, r.unit) : blank()],
      [r.monitoring ?? blank()],
      [achieved?.note ?? ''],
    ];
  });
  for (const a of grant.achievedResults.filter((r) => !planned.has(r.name)))
    rows.push([[a.name], ['nie planowano'], [String(a.value)], [blank()], [a.note ?? '']]);
  return rows.length ? rows : [[[blank()], [blank()], [blank()], [blank()], ['']]];
}

// Part II.2 as the agreement gives it: with the grant and the own contribution known (in one currency), their sum is
// all costs, and each share of it is computed from grosze to two places, adding up to 100,00. As spent: to fill in.
function sourceRows(grant: Grant): ReportInline[][][] {
  const own = grant.ownContribution;
  const known = own !== undefined && own.currency === grant.amount.currency;
  const [grantShare, ownShare] = known ? sharesOf([grant.amount.amount, own.amount]) : [];
  const cell = (value: string | undefined): ReportInline[] => [value ?? blank()];
  return [
    [
      ['Suma wszystkich kosztów'],
      cell(known ? plainAmount({ amount: grant.amount.amount + own.amount, currency: own.currency }) : undefined),
      [percentText(10_000)],
      [blank()],
      [percentText(10_000)],
    ],
    [
      ['Kwota dotacji'],
      [plainAmount(grant.amount)],
      cell(grantShare === undefined ? undefined : percentText(grantShare)),
      [blank()],
      [blank()],
    ],
    [
      ['Wkład własny'],
      cell(own ? plainAmount(own) : undefined),
      cell(ownShare === undefined ? undefined : percentText(ownShare)),
      [blank()],
      [blank()],
    ],
    [['w tym wkład własny finansowy'], [blank()], [blank()], [blank()], [blank()]],
    [['w tym wkład własny niefinansowy (osobowy i rzeczowy)'], [blank()], [blank()], [blank()], [blank()]],
  ];
}

/**
 * The report as blocks: header (with the report's date when `options.asOf` is given), Part I (results
 * with figures from `grantReportFigures` as of `options.asOf`, labelled as `GRANT_REPORT_FIGURE_LABELS`
 * names them; planned vs achieved results; each funded event with its date, place, agenda and discussion
 * topics, marked when it was cancelled, postponed or is still planned), Part II (the
 * amounts known, blanks for the rest), Part III, the funding information shown per event, statements.
 * Written in Polish, as the form is.
 *
 * @example
 * grantReportBlocks(seedGrant, index, { locale: 'pl', siteUrl })[0]
 * // { kind: 'heading', level: 1, text: 'Sprawozdanie z wykonania zadania publicznego' }
 */
export function grantReportBlocks(grant: Grant, world: WorldIndex, options: GrantReportOptions): ReportBlock[] {
  const opts = checkOptions(options);
  checkParsedGrant(grant);
  // grantReportFigures reads every event's grantIds, agenda and attendance.
  for (const e of world.events.values()) checkParsedEvent(e);
  if (opts.reportKind !== undefined && opts.reportKind !== 'partial' && opts.reportKind !== 'final')
    throw new ValidationError(
      `@org/formats: options.reportKind must be "partial" or "final", got "${String(opts.reportKind)}"`,
      [{ path: 'reportKind', field: 'reportKind', code: 'enum', message: 'not partial or final' }],
    );
  if (opts.asOf !== undefined && !InstantSchema.safeParse(opts.asOf).success)
    throw new ValidationError(
      `@org/formats: options.asOf must be an instant with an offset (2026-12-15T12:00:00+01:00), got "${String(opts.asOf)}"`,
      [{ path: 'asOf', field: 'asOf', code: 'instant', message: 'not an instant with an offset' }],
    );
  const urlOptions = { locale: 'pl' as const, siteUrl: opts.siteUrl };
  // The report accounts for the agreement's days only: a period reaching past them is cut to them.
  const chosen = reportingPeriod(grant.period, opts.period);
  if (!chosen.ok)
    throw new ValidationError(
      `@org/formats: options.period ${chosen.asked.from} – ${chosen.asked.to} has no day in the period of grant "${grant.slug}" (${chosen.grantPeriod.from} – ${chosen.grantPeriod.to}); a report covers the agreement's days only, so give a period within them.`,
      [{ path: 'period', field: 'period', code: 'outsideGrantPeriod', message: 'outside the grant period' }],
    );
  const period = chosen.period;
  // The world's people, so that a speaker the agenda names without an organisation counts the one of their
  // affiliation among the organisations involved (`speakerStanding`).
  const figures = grantReportFigures(grant, [...world.events.values()], {
    asOf: opts.asOf,
    people: [...world.people.values()],
    period,
  });
  if (opts.reportKind === 'final') {
    const problems = finalReportProblems(grant, figures);
    if (problems.length) throw finalRefusal(grant, problems, world);
  }
  const byIds = (ids: readonly string[]) =>
    ids.map((id) => world.events.get(id)).filter((e): e is Event => e !== undefined);
  const events = byIds(figures.eventIds);
  const standing = standingOf(figures);
  const outside = byIds(figures.outsidePeriodEventIds);
  const risks = doubleFinancingRisks(grant, figures.sharedEvents, [...world.grants.values()]);
  const risky = new Set(risks.map((r) => r.eventId));
  const otherFunding = new Map(
    figures.sharedEvents.map((s) => [
      s.eventId,
      { otherGrantIds: s.otherGrantIds, doubleFinancing: risky.has(s.eventId) } satisfies OtherFunding,
    ]),
  );
  const beneficiary = world.organizations.get(grant.beneficiaryId);
  const statement = fundingStatement(grant, { locale: 'pl' });
  const unit = currencyUnit(grant.amount);
  const tick = (kind: GrantReportKind) => (opts.reportKind === kind ? '☒' : '☐');
  const reportKind: ReportInline[] = [`${tick('partial')} częściowe   ${tick('final')} końcowe`];
  if (opts.reportKind === undefined) reportKind.push(' ', blank());
  // A total over the events with data is a minimum when some have none, and unknown when none has any.
  // Only realised events are counted: a postponed or planned one has no participants to lack.
  const held = byIds(figures.realisedEventIds);
  const participants = (total: number, known: (e: Event) => boolean): ReportInline[] => {
    const missing = held.filter((e) => !known(e)).length;
    // No event held yet: nobody's attendance is entered, so 0 would read as a figure; it is one to fill in.
    if (missing === held.length) return [blank()];
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
    field('Okres, za jaki jest składane sprawozdanie', periodText(period, opts.asOf)),
    ...(opts.asOf !== undefined ? [field('Stan na', asOfText(opts.asOf))] : []),
    field('Tytuł zadania publicznego', grant.taskTitle),
    p(
      { bold: 'Nazwa Zleceniobiorcy(-ców): ' },
      ...(beneficiary
        ? [`${beneficiary.name}, `, ...registerText(beneficiary)]
        : [blank(`${REPORT_BLANK}: ${grant.beneficiaryId}`)]),
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
        ...FIGURE_ROWS.map((key) => [[figureLabel(key)], [String(figures[key])]]),
        [[figureLabel('registered')], participants(figures.registered, (e) => e.attendance.registered !== undefined)],
        [[figureLabel('attended')], participants(figures.attended, (e) => e.attendance.attended !== undefined)],
      ],
    },
    p({ bold: 'Rezultaty zakładane i osiągnięte' }),
    {
      // The offer's table of results (załącznik nr 1, III.6) has the monitoring method as a column of its own.
      kind: 'table',
      header: ['Rezultat', 'Planowany poziom', 'Osiągnięty poziom', 'Sposób monitorowania', 'Uwagi'],
      rows: resultRows(grant),
    },
    h(3, '2. Szczegółowy opis wykonania poszczególnych działań'),
    ...(risks.length
      ? [
          p(
            { bold: 'Uwaga: możliwe podwójne finansowanie. ' },
            `${grant.form === 'entrustment' ? 'Ta dotacja jest powierzeniem realizacji zadania (finansuje je w całości), a z innych dotacji' : 'Z innej dotacji, w formie powierzenia realizacji zadania (finansuje je w całości),'} ${risks.length === 1 ? 'finansowane jest także wydarzenie' : 'finansowane są także wydarzenia'} ${byIds(
              risks.map((r) => r.eventId),
            )
              .map((e) => `„${e.title}”`)
              .join(
                ', ',
              )}. Wydarzenie liczy się w całości w sprawozdaniu każdej dotacji, która je finansuje; przed złożeniem sprawdź, czy jego koszty nie są rozliczane podwójnie.`,
          ),
        ]
      : []),
    ...(events.length
      ? events.flatMap((e) => eventBlocks(e, standing(e), world, otherFunding.get(e.id)))
      : [p('Brak wydarzeń w okresie. ', blank())]),
    // Tagged with the grant, but on days the agreement does not cover: not counted, listed so none is lost.
    ...(outside.length
      ? [
          h(3, 'Wydarzenia przypisane do dotacji poza okresem realizacji zadania'),
          p(
            `Te wydarzenia są przypisane do dotacji, ale odbywają się poza okresem realizacji zadania (${day(grant.period.from)} – ${day(grant.period.to)}), więc sprawozdanie ich nie liczy. Przed złożeniem popraw przypisanie albo datę wydarzenia, albo usuń tę część: `,
            blank(),
          ),
          {
            kind: 'list' as const,
            items: outside.map((e): ReportInline[] => [
              `${e.title} — ${eventTimeText(e, 'pl')}${e.status === 'published' ? '' : ` (${EVENT_STATUS_LABELS[e.status].pl})`}`,
            ]),
          },
        ]
      : []),

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
      rows: sourceRows(grant),
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
