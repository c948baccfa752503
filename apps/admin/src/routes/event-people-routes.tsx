/**
 * An event's people ("Uczestnicy i prelegenci"): everyone its agenda names, with their part in the item, their role
 * and organisation as written for this event, and the item, as a page; and as files made by `@org/formats`' table
 * writers, as the exporter makes them (`--table people`, `--table agenda-items`), for this one event. Behind the
 * same permission as the event's page (`read`). To offer another table, add it to `TABLES` and rows to `route-table.ts`.
 */
import { type Event, instantToLocal, itemPeople, type Person, type Speaker, slugify } from '@org/domain';
import {
  FORMATS,
  indexWorld,
  itemTitle,
  speakerParty,
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
import { loadRecord } from './entity-routes.js';
import { all, domainValue } from './grant-report-routes.js';

/** The files offered: the people of the event (one row per person and affiliation) and its agenda with its people. */
export const PEOPLE_TABLES = { people: 'people', agenda: 'agenda-items' } as const satisfies Record<string, TableName>;
type PeopleTable = keyof typeof PEOPLE_TABLES;
type Extension = 'csv' | 'xlsx';

/** A person's part in an agenda item, as the page names it. */
type Part = 'speaker' | 'moderator' | 'panelist' | 'facilitator';
const PART_WORDS: Record<Part, { pl: string; en: string }> = {
  speaker: { pl: 'prelegent(ka)', en: 'speaker' },
  moderator: { pl: 'moderator(ka)', en: 'moderator' },
  panelist: { pl: 'panelista(-ka)', en: 'panellist' },
  facilitator: { pl: 'prowadzący(-a)', en: 'facilitator' },
};

function partOf(event: Event, itemIndex: number, speaker: Speaker): Part {
  const item = event.agenda[itemIndex];
  if (item?.kind === 'panel') return item.moderator === speaker ? 'moderator' : 'panelist';
  if (item?.kind === 'discussion') return 'facilitator';
  return 'speaker';
}

/** One line of the page: who, in what part, as whom, at which item. */
export interface EventPersonRow {
  name: string;
  part: Part;
  role: string;
  organisation: string;
  item: string;
}

/** Everyone on the event's agenda, in the agenda's order; a group of representatives as its description. */
export function eventPeopleRows(event: Event, world: WorldIndex, locale: 'pl' | 'en'): EventPersonRow[] {
  return event.agenda.flatMap((item, i) =>
    itemPeople(item).map((speaker) => {
      const person = speaker.kind === 'person' ? world.people.get(speaker.personId) : undefined;
      const name =
        speaker.kind === 'person'
          ? person
            ? [person.honorificPrefix, person.givenName, person.familyName].filter(Boolean).join(' ')
            : speaker.personId
          : speaker.description;
      const clock = (iso: string) => instantToLocal(iso, event.timeZone)?.slice(11, 16) ?? iso;
      const time = `${clock(item.startsAt)}–${clock(item.endsAt)}`;
      return {
        name,
        part: partOf(event, i, speaker),
        role: (speaker.kind === 'person' && speaker.role) || '',
        // In their own name they speak for no one: an affiliation on record is not whom they speak for here.
        organisation:
          speaker.kind === 'person' && speaker.independent
            ? t(locale, 'inOwnName')
            : (speakerParty(speaker, world) ?? ''),
        item: `${i + 1}. ${itemTitle(item, locale)} (${time})`,
      };
    }),
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
    const name = `${table === 'people' ? 'uczestnicy' : 'program'}-${event.title}`;
    const body =
      table === 'people'
        ? extension === 'csv'
          ? tableCsv('people', world, options, people)
          : await tableXlsx('people', world, { ...options, utcColumns: true }, people)
        : extension === 'csv'
          ? tableCsv('agenda-items', world, options, [event])
          : await tableXlsx('agenda-items', world, { ...options, utcColumns: true }, [event]);
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
                  <td>{PART_WORDS[r.part][locale]}</td>
                  <td>{r.role || '—'}</td>
                  <td>{r.organisation || '—'}</td>
                  <td>{r.item}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{t(locale, 'eventPeopleFiles')}</h2>
        <ul class="downloads">
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
    'GET /events/:id/people.csv': download('people', 'csv'),
    'GET /events/:id/people.xlsx': download('people', 'xlsx'),
    'GET /events/:id/agenda.csv': download('agenda', 'csv'),
    'GET /events/:id/agenda.xlsx': download('agenda', 'xlsx'),
  };
}
