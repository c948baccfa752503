/**
 * The tables of the CSV and XLSX exports: their columns (typed, titled in Polish and English) and how a
 * record becomes a row of cells. Both writers read this one description, so a CSV and a spreadsheet of
 * the same table always agree.
 *
 * To add a table: add its name to `TABLE_NAMES` and its record type to `TableRecord`, then an entry in
 * `TABLES` with its columns and a `rows` function, and a test that reads it back with csv-parse and exceljs.
 */
import {
  AGENDA_KIND_LABELS,
  AUTHORITY_KIND_LABELS,
  EVENT_STATUS_LABELS,
  type Event,
  FIELD_LABELS,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  type Grant,
  itemPeople,
  LEGAL_FORM_LABELS,
  type LocalAuthority,
  type Money,
  type Organization,
  type Person,
  personName,
  reportDueDate,
  ValidationError,
} from '@org/domain';
import {
  addressLine,
  type FundingNotice,
  fundingNotice,
  fundingNotices,
  itemTitle,
  joinClauses,
  speakerText,
  venueLine,
} from './describe.js';
import { itemPeopleOnDay } from './item-people-on-day.js';
import { nameOf } from './names.js';
import type { FormatOptions } from './options.js';
import { checkParsedEvent, checkParsedGrant } from './parsed-records.js';
import { SPEAKER_PART_LABELS } from './speaker-part.js';
import { AGENDA_COLUMNS, EVENT_COLUMNS } from './table-columns.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** The tables `tableCsv` and `tableXlsx` can write. */
export const TABLE_NAMES = [
  'events',
  'agenda-items',
  'event-people',
  'people',
  'organizations',
  'authorities',
  'grants',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The table's name, or a `ValidationError` naming the ones there are (from JavaScript, or typed by a user). */
function checkedTable<T extends TableName>(table: T): T {
  if (!(TABLE_NAMES as readonly string[]).includes(table))
    throw new ValidationError(
      `@org/formats: table must be one of ${TABLE_NAMES.join(', ')}, got ${JSON.stringify(table)}`,
      [{ path: 'table', field: 'table', code: 'enum', message: `not one of ${TABLE_NAMES.join(', ')}` }],
    );
  return table;
}

/**
 * The record one table is made of: agenda items come from their events (one row per item), and so do the people
 * of `event-people` (one row per person per item).
 */
export interface TableRecord {
  events: Event;
  'agenda-items': Event;
  'event-people': Event;
  people: Person;
  organizations: Organization;
  authorities: LocalAuthority;
  grants: Grant;
}

/**
 * What a column holds, so each writer can type it: `datetime` cells are `{ instant, timeZone }` (CSV keeps
 * the instant as stored, ISO 8601 with offset; XLSX shows the wall-clock time in the zone), `date` cells are
 * `YYYY-MM-DD`, `money` cells are `Money` in grosze (CSV `12500,00` in Polish, `12500.00` in English; XLSX
 * a number in złoty).
 */
export type ColumnType = 'text' | 'integer' | 'boolean' | 'money' | 'date' | 'datetime' | 'url';

/** A zoned instant: when, and the zone people read it in. */
export interface ZonedInstant {
  instant: string;
  timeZone: string;
}

// A funding notice in one cell: the Polish statement, then its English translation when the notice has one.
const noticeCell = (notice: FundingNotice): string =>
  [notice.statement, notice.translation].filter(Boolean).join(' / ');

/** One cell of a table; its meaning comes from its column's type. Empty is `undefined` or `null`. */
export type TableCell = string | number | boolean | Money | ZonedInstant | null | undefined;

/** One column: its title per language, its type and a width in characters for spreadsheets. */
export interface TableColumn {
  title: { pl: string; en: string };
  type: ColumnType;
  width: number;
}

/** A table: its columns and the rows one record gives (a person gives one row per affiliation). */
export interface TableSpec<R> {
  columns: readonly TableColumn[];
  rows: (record: R, world: WorldIndex, options: FormatOptions) => TableCell[][];
}

const f = (key: string, type: ColumnType = 'text', width = 20): TableColumn => {
  const title = FIELD_LABELS[key];
  if (!title) throw new Error(`@org/formats: no FIELD_LABELS entry for column "${key}"`);
  return { title, type, width };
};
const col = (pl: string, en: string, type: ColumnType = 'text', width = 20): TableColumn => ({
  title: { pl, en },
  type,
  width,
});

const zoned = (instant: string, timeZone: string): ZonedInstant => ({ instant, timeZone });
const yesNo = { pl: ['tak', 'nie'], en: ['yes', 'no'] } as const;

const EVENT_TYPES: readonly ColumnType[] = [
  'text',
  'text',
  'text',
  'datetime',
  'datetime',
  'text',
  'text',
  'text',
  'text',
  'integer',
  'integer',
  'text',
  'url',
];
const EVENT_WIDTHS = [38, 60, 14, 18, 18, 16, 50, 40, 30, 14, 10, 60, 60];

const events: TableSpec<Event> = {
  columns: EVENT_COLUMNS.pl.map((pl, i) => ({
    title: { pl, en: EVENT_COLUMNS.en[i] as string },
    type: EVENT_TYPES[i] as ColumnType,
    width: EVENT_WIDTHS[i] as number,
  })),
  rows: (event, world, options) => {
    checkParsedEvent(event);
    const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
    return [
      [
        event.id,
        event.title,
        EVENT_STATUS_LABELS[event.status][options.locale],
        zoned(event.startsAt, event.timeZone),
        zoned(event.endsAt, event.timeZone),
        event.timeZone,
        venue ? venueLine(venue) : (event.onlineUrl ?? ''),
        world.organizations.get(event.organizerId)?.name ?? event.organizerId,
        event.hashtags.map((h) => `#${h}`).join(' '),
        event.attendance.registered,
        event.attendance.attended,
        // The Polish statement is the agreement's wording; an English table adds its translation.
        fundingNotices('event', event, world, options.locale).map(noticeCell).join(' | '),
        pageUrl('event', event.slug, options),
      ],
    ];
  },
};

const agendaItems: TableSpec<Event> = {
  columns: [
    ...(['text', 'text', 'text', 'text', 'datetime', 'datetime', 'text', 'text'] as const).map((type, i) => ({
      title: { pl: AGENDA_COLUMNS.pl[i] as string, en: AGENDA_COLUMNS.en[i] as string },
      type,
      width: [38, 38, 14, 60, 18, 18, 16, 80][i] as number,
    })),
  ],
  rows: (event, world, options) => {
    checkParsedEvent(event);
    return event.agenda.map((item) => [
      event.id,
      item.id,
      AGENDA_KIND_LABELS[item.kind][options.locale],
      itemTitle(item, options.locale),
      zoned(item.startsAt, event.timeZone),
      zoned(item.endsAt, event.timeZone),
      item.room ?? '',
      joinClauses(
        itemPeople(item).map((s) => speakerText(s, world)),
        '; ',
      ),
    ]);
  },
};

const eventPeople: TableSpec<Event> = {
  columns: [
    // Titles, not ids: this table is read by people (the agenda table's `Wydarzenie` and `Punkt programu` are ids).
    col('Tytuł wydarzenia', 'Event title', 'text', 50),
    col('Nr punktu', 'Item no.', 'integer', 8),
    col('Początek', 'Start', 'datetime', 18),
    col('Koniec', 'End', 'datetime', 18),
    col('Rodzaj', 'Kind', 'text', 14),
    col('Tytuł punktu', 'Item title', 'text', 50),
    col('Udział', 'Part', 'text', 16),
    col('Imię i nazwisko', 'Full name', 'text', 30),
    f('role', 'text', 30),
    col('Organizacja lub samorząd', 'Organisation or authority', 'text', 45),
  ],
  rows: (event, world, options) => {
    checkParsedEvent(event);
    return event.agenda.flatMap((item, i) =>
      itemPeopleOnDay(item, event.timeZone, world, options.locale).map((person) => [
        event.title,
        i + 1,
        zoned(item.startsAt, event.timeZone),
        zoned(item.endsAt, event.timeZone),
        AGENDA_KIND_LABELS[item.kind][options.locale],
        itemTitle(item, options.locale),
        SPEAKER_PART_LABELS[person.part][options.locale],
        person.name,
        person.role,
        person.party,
      ]),
    );
  },
};

const people: TableSpec<Person> = {
  columns: [
    f('id', 'text', 38),
    f('honorificPrefix', 'text', 10),
    f('givenName', 'text', 16),
    f('familyName', 'text', 20),
    col('Imię i nazwisko', 'Full name', 'text', 30),
    f('role', 'text', 30),
    f('organizationId', 'text', 45),
    f('authorityId', 'text', 30),
    f('from', 'date', 12),
    f('to', 'date', 12),
    col('Adres strony', 'Page URL', 'url', 50),
  ],
  rows: (person, world, options) => {
    const base = [person.id, person.honorificPrefix, person.givenName, person.familyName, personName(person)];
    const url = pageUrl('person', person.slug, options);
    if (!person.affiliations.length) return [[...base, undefined, undefined, undefined, undefined, undefined, url]];
    return person.affiliations.map((a) => [
      ...base,
      a.role,
      nameOf(world.organizations, a.organizationId),
      nameOf(world.authorities, a.authorityId),
      a.from,
      a.to,
      url,
    ]);
  },
};

const organizations: TableSpec<Organization> = {
  columns: [
    f('id', 'text', 38),
    f('name', 'text', 50),
    f('shortName', 'text', 20),
    f('legalForm', 'text', 24),
    f('krs', 'text', 12),
    f('nip', 'text', 12),
    f('regon', 'text', 15),
    f('opp', 'boolean', 10),
    f('otherRegister', 'text', 24),
    f('street', 'text', 30),
    f('postalCode', 'text', 12),
    f('city', 'text', 20),
    f('country', 'text', 8),
    f('website', 'url', 30),
    f('email', 'text', 30),
    f('parentAuthorityId', 'text', 30),
    col('Adres strony', 'Page URL', 'url', 50),
  ],
  rows: (org, world, options) => [
    [
      org.id,
      org.name,
      org.shortName,
      LEGAL_FORM_LABELS[org.legalForm][options.locale],
      org.krs,
      org.nip,
      org.regon,
      org.opp,
      org.otherRegister ? [org.otherRegister.number, org.otherRegister.keptBy].filter(Boolean).join(', ') : undefined,
      org.address?.street,
      org.address?.postalCode,
      org.address?.city,
      org.address?.country,
      org.website,
      org.email,
      nameOf(world.authorities, org.parentAuthorityId),
      pageUrl('organization', org.slug, options),
    ],
  ],
};

const authorities: TableSpec<LocalAuthority> = {
  columns: [
    f('id', 'text', 38),
    f('name', 'text', 36),
    f('kind', 'text', 24),
    f('terc', 'text', 10),
    f('parentId', 'text', 30),
    f('officeName', 'text', 36),
    f('nip', 'text', 12),
    f('regon', 'text', 15),
    f('address', 'text', 40),
    f('website', 'url', 30),
    col('Adres strony', 'Page URL', 'url', 50),
  ],
  rows: (a, world, options) => [
    [
      a.id,
      a.name,
      AUTHORITY_KIND_LABELS[a.kind][options.locale],
      a.terc,
      nameOf(world.authorities, a.parentId),
      a.officeName,
      a.nip,
      a.regon,
      a.address ? addressLine(a.address) : undefined,
      a.website,
      pageUrl('authority', a.slug, options),
    ],
  ],
};

const grants: TableSpec<Grant> = {
  columns: [
    f('id', 'text', 38),
    f('taskTitle', 'text', 60),
    f('funderName', 'text', 30),
    f('funderUnitId', 'text', 36),
    f('programme', 'text', 30),
    f('agreementNumber', 'text', 20),
    f('agreementDate', 'date', 12),
    f('mode', 'text', 24),
    f('form', 'text', 24),
    f('amount', 'money', 16),
    f('ownContribution', 'money', 16),
    f('currency', 'text', 8),
    col('Początek okresu', 'Period start', 'date', 12),
    col('Koniec okresu', 'Period end', 'date', 12),
    f('beneficiaryId', 'text', 45),
    col('KRS zleceniobiorcy', "Beneficiary's KRS", 'text', 12),
    col('Termin sprawozdania', 'Report due', 'date', 12),
    f('attributionText', 'text', 60),
    col('Adres strony', 'Page URL', 'url', 50),
  ],
  rows: (g, world, options) => {
    checkParsedGrant(g);
    const beneficiary = world.organizations.get(g.beneficiaryId);
    return [
      [
        g.id,
        g.taskTitle,
        g.funderName,
        nameOf(world.organizations, g.funderUnitId),
        g.programme,
        g.agreementNumber,
        g.agreementDate,
        GRANT_MODE_LABELS[g.mode][options.locale],
        GRANT_FORM_LABELS[g.form][options.locale],
        g.amount,
        g.ownContribution,
        g.amount.currency,
        g.period.from,
        g.period.to,
        beneficiary?.name ?? g.beneficiaryId,
        beneficiary?.krs,
        reportDueDate(g),
        // The Polish statement is the agreement's wording; an English table adds its translation, when
        // there is one that cannot contradict it (`fundingNotice`).
        noticeCell(fundingNotice(g, options.locale)),
        pageUrl('grant', g.slug, options),
      ],
    ];
  },
};

/** Every table's columns and row builder, by name. */
export const TABLES: { [T in TableName]: TableSpec<TableRecord[T]> } = {
  events,
  'agenda-items': agendaItems,
  'event-people': eventPeople,
  people,
  organizations,
  authorities,
  grants,
};

/**
 * A table's columns, titled in a language.
 *
 * @example
 * tableColumns('grants', 'pl').find((c) => c.type === 'money')?.title // 'Kwota'
 */
export function tableColumns(
  table: TableName,
  locale: 'pl' | 'en',
): { title: string; type: ColumnType; width: number }[] {
  return TABLES[checkedTable(table)].columns.map((c) => ({ title: c.title[locale], type: c.type, width: c.width }));
}

/**
 * The records of a table as the world holds them: events (and their agenda items), people,
 * organisations, authorities or grants, in the world's order.
 *
 * @example
 * [...tableRecords('people', index)].length // index.people.size
 */
export function tableRecords<T extends TableName>(table: T, world: WorldIndex): Iterable<TableRecord[T]> {
  const source = {
    events: world.events,
    'agenda-items': world.events,
    'event-people': world.events,
    people: world.people,
    organizations: world.organizations,
    authorities: world.authorities,
    grants: world.grants,
  }[checkedTable(table)];
  return source.values() as Iterable<TableRecord[T]>;
}

/**
 * The rows one record gives in a table (an event gives one row in `events`, one per item in
 * `agenda-items` and one per person per item in `event-people`; a person one per affiliation, at least one).
 *
 * @example
 * tableRowsOf('people', khedi, index, options)[0][4] // 'Khedi Alieva'
 */
export function tableRowsOf<T extends TableName>(
  table: T,
  record: TableRecord[T],
  world: WorldIndex,
  options: FormatOptions,
): TableCell[][] {
  return (TABLES[table] as TableSpec<TableRecord[T]>).rows(record, world, options);
}

/**
 * A language's word for yes and no, as CSV writes booleans.
 *
 * @example
 * booleanText(true, 'pl') // 'tak'
 * booleanText(false, 'en') // 'no'
 */
export const booleanText = (value: boolean, locale: 'pl' | 'en'): string => yesNo[locale][value ? 0 : 1];
