/**
 * An event's people ("Uczestnicy i prelegenci"): everyone its agenda names, with their part in the item, their role
 * and organisation as written for this event, and the item, as a page; and as files made by `@org/formats`' table
 * writers, as the exporter makes them (`--table event-people`, `people`, `agenda-items`), for this one event. Behind the
 * same permission as the event's page (`read`). To offer another table, add it to `TABLES` and rows to `route-table.ts`.
 */
import { type Event, instantToLocal, itemPeople, type Person, slugify } from '@org/domain';
import {
  FORMATS,
  indexWorld,
  itemPeopleOnDay,
  itemTitle,
  SPEAKER_PART_LABELS,
  type SpeakerPart,
  type TableName,
  tableCsv,
  tableXlsx,
  type WorldIndex,
  type WorldInput,
} from '@org/formats';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { entityByKind } from '../forms/entities.js';
import { t } from '../i18n.js';
import { Layout } from '../views/layout.js';
import { TableScroll } from '../views/table-scroll.js';
import { loadRecord } from './entity-routes.js';
import { all, domainValue } from './grant-report-routes.js';

/**
 * The files offered, by the name in their path: the event's people per agenda item (as this page lists them), the
 * people of the event (one row per person and affiliation) and its agenda with its people.
 */
export const PEOPLE_TABLES = {
  'people-by-item': 'event-people',
  people: 'people',
  agenda: 'agenda-items',
} as const satisfies Record<string, TableName>;
type PeopleTable = keyof typeof PEOPLE_TABLES;
/** The start of each file's name, before the event's title. */
const FILE_NAMES: Record<PeopleTable, string> = {
  'people-by-item': 'osoby-w-programie',
  people: 'uczestnicy',
  agenda: 'program',
};
type Extension = 'csv' | 'xlsx';

/** One line of the page: who, in what part, as whom, at which item. */
export interface EventPersonRow {
  name: string;
  part: SpeakerPart;
  role: string;
  organisation: string;
  item: string;
}

/**
 * Everyone on the event's agenda, in the agenda's order; a group of representatives as its description. Name, role
 * and organisation from `@org/formats`' `itemPeopleOnDay`, which its `event-people` table reads too (`speakerStanding`
 * on the item's day: the agenda's entry, else the one affiliation valid that day), so the page and its file say the same.
 */
export function eventPeopleRows(event: Event, world: WorldIndex, locale: 'pl' | 'en'): EventPersonRow[] {
  const clock = (iso: string) => instantToLocal(iso, event.timeZone)?.slice(11, 16) ?? iso;
  return event.agenda.flatMap((item, i) =>
    itemPeopleOnDay(item, event.timeZone, world, locale).map((person) => ({
      name: person.name,
      part: person.part,
      role: person.role ?? '',
      organisation: person.party ?? '',
      item: `${i + 1}. ${itemTitle(item, locale)} (${clock(item.startsAt)}–${clock(item.endsAt)})`,
    })),
  );
}

/** RFC 5987 `ext-value` characters: what `encodeURIComponent` leaves plus what it must not (' ( ) *). */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A `Content-Disposition` for a download named in Polish (RFC 6266): an ASCII `filename` for old clients (the name in
 * slug form) and `filename*` in UTF-8 (RFC 5987) with the Polish letters, characters no file system takes removed.
 *
 * @example
 * attachment('uczestnicy-Spotkanie w Łodzi', 'csv')
 * // `attachment; filename="uczestnicy-spotkanie-w-lodzi.csv"; filename*=UTF-8''uczestnicy-Spotkanie%20w%20%C5%81odzi.csv`
 */
export function attachment(name: string, extension: string): string {
  const safe =
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 120)
      // Windows drops a name's trailing dots and spaces: "….csv" would lose its own dot's meaning.
      .replace(/[.\s]+$/, '')
      .trim() || 'plik';
  const ascii = slugify(safe).slice(0, 120) || 'plik';
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${rfc5987(safe)}.${extension}`;
}

export function eventPeopleRoutes(deps: AppDeps): RouteHandlers {
  const def = entityByKind('event');
  if (!def) throw new Error('The event entity is missing from ENTITIES (forms/entities.ts)');

  /** The event and the world around it, the event in it. */
  const load = async (c: AppContext) => {
    const event = domainValue<Event>(await loadRecord(deps, def, c));
    const { store } = deps;
    const [organizations, authorities, venues, people, grants] = await Promise.all([
      all(store.organizations),
      all(store.authorities),
      all(store.venues),
      all<Person>(store.people),
      all(store.grants),
    ]);
    const world = indexWorld({ organizations, authorities, venues, people, grants, events: [event] } as WorldInput);
    return { event, world };
  };

  const download = (table: PeopleTable, extension: Extension) => async (c: AppContext) => {
    const { event, world } = await load(c);
    const options = { locale: c.get('locale'), siteUrl: deps.env.siteUrl };
    const ids = new Set(
      event.agenda.flatMap((item) => itemPeople(item).flatMap((s) => (s.kind === 'person' ? [s.personId] : []))),
    );
    const people = [...ids].flatMap((id) => world.people.get(id) ?? []);
    const name = `${FILE_NAMES[table]}-${event.title}`;
    const xlsxOptions = { ...options, utcColumns: true };
    const body =
      table === 'people'
        ? extension === 'csv'
          ? tableCsv('people', world, options, people)
          : await tableXlsx('people', world, xlsxOptions, people)
        : extension === 'csv'
          ? tableCsv(PEOPLE_TABLES[table], world, options, [event])
          : await tableXlsx(PEOPLE_TABLES[table], world, xlsxOptions, [event]);
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': FORMATS[extension].mediaType,
      'content-disposition': attachment(name, extension),
      'cache-control': 'no-store',
    });
  };

  const page = async (c: AppContext) => {
    const { event, world } = await load(c);
    const ctx = viewContext(c, deps);
    const locale = ctx.locale;
    const rows = eventPeopleRows(event, world, locale);
    const base = `/events/${encodeURIComponent(event.id)}`;
    const title = `${t(locale, 'eventPeople')}: ${event.title}`;
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p>
          <a href={base}>{t(locale, 'backToEvent')}</a>
        </p>
        {rows.length === 0 ? (
          <p>{t(locale, 'eventPeopleNone')}</p>
        ) : (
          <TableScroll label={t(locale, 'eventPeople')} locale={locale}>
            <table class="people-table">
              <caption>{t(locale, 'eventPeopleCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(locale, 'eventPeoplePerson')}</th>
                  <th scope="col">{t(locale, 'eventPeoplePart')}</th>
                  <th scope="col">{t(locale, 'eventPeopleRole')}</th>
                  <th scope="col">{t(locale, 'eventPeopleOrganisation')}</th>
                  <th scope="col">{t(locale, 'eventPeopleItem')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <th scope="row">{r.name}</th>
                    <td>{SPEAKER_PART_LABELS[r.part][locale]}</td>
                    <td>{r.role || '—'}</td>
                    <td>{r.organisation || '—'}</td>
                    <td>{r.item}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <h2>{t(locale, 'eventPeopleFiles')}</h2>
        <ul class="downloads">
          <li>
            {`${t(locale, 'eventPeopleFileByItem')}: `}
            <a href={`${base}/people-by-item.csv`}>CSV</a>, <a href={`${base}/people-by-item.xlsx`}>XLSX</a>
          </li>
          <li>
            {`${t(locale, 'eventPeopleFilePeople')}: `}
            <a href={`${base}/people.csv`}>CSV</a>, <a href={`${base}/people.xlsx`}>XLSX</a>
          </li>
          <li>
            {`${t(locale, 'eventPeopleFileAgenda')}: `}
            <a href={`${base}/agenda.csv`}>CSV</a>, <a href={`${base}/agenda.xlsx`}>XLSX</a>
          </li>
        </ul>
      </Layout>,
    );
  };

  return {
    'GET /events/:id/people': page,
    'GET /events/:id/people-by-item.csv': download('people-by-item', 'csv'),
    'GET /events/:id/people-by-item.xlsx': download('people-by-item', 'xlsx'),
    'GET /events/:id/people.csv': download('people', 'csv'),
    'GET /events/:id/people.xlsx': download('people', 'xlsx'),
    'GET /events/:id/agenda.csv': download('agenda', 'csv'),
    'GET /events/:id/agenda.xlsx': download('agenda', 'xlsx'),
  };
}
