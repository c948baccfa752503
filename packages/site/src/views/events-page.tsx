import type { Event } from '@org/domain';
import type { Child, FC } from 'hono/jsx';
import { formatMonth } from '../dates.js';
import { type Locale, strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext, sitePath } from '../routes.js';
import { SEARCH_MAX, SEARCH_PARAMS } from '../search.js';
import { Pager, polishData } from './bits.js';
import { FEEDS } from './layout.js';
import { EventList } from './lists.js';
import { StaticSearchBox } from './simple-pages.js';
import { SubscribeLinks } from './subscribe-links.js';

/** The filters of the event list, as read from the query or the path. */
export interface EventFilter {
  hashtag?: string;
  month?: string;
  organization?: string;
  authority?: string;
}

export interface FilterOptions {
  hashtags: readonly string[];
  months: readonly string[];
  organizations: readonly { slug: string; name: string }[];
  authorities: readonly { slug: string; name: string }[];
  /** What was left out of the lists, when something was: how many there are in all. */
  omitted?: { hashtags?: number; organizations?: number; authorities?: number; eventsScanned?: number };
}

export interface EventsPageProps {
  ctx: LinkContext;
  /** The heading, as HTML: names of organisations and authorities in it marked as the site's data. */
  heading: Child;
  filter: EventFilter;
  /** The search as read (`readSearch`), shown in the form's search field; absent without one. */
  search?: string | undefined;
  /** What the search found ("Znaleziono 3 wydarzenia dla „forum”."), said to screen readers too. */
  searchStatus?: string | undefined;
  options: FilterOptions;
  upcoming: readonly Event[];
  past: readonly Event[];
  page: number;
  pages: number;
  pageLink: (page: number) => string;
  related: Related;
}

/** Query parameter names of the event filter on Polish pages (`/wydarzenia?hasztag=…`, `/kalendarz.ics`). */
export const FILTER_PARAMS = {
  hashtag: 'hasztag',
  month: 'miesiac',
  organization: 'organizacja',
  authority: 'samorzad',
} as const;

/**
 * The filter's parameter names in each language: English pages write English names
 * (`/en/events?hashtag=…`); both languages read both, so a link in either spelling works everywhere.
 */
export const FILTER_PARAMS_BY_LOCALE = {
  pl: FILTER_PARAMS,
  en: { hashtag: 'hashtag', month: 'month', organization: 'organisation', authority: 'authority' },
} as const satisfies Record<Locale, Record<keyof EventFilter, string>>;

/**
 * The subscribable calendar of what a filter picks (`/kalendarz.ics?hasztag=…`): the website's calendar
 * takes the list's four filters. Undefined without a filter, and in a static export, where a query
 * string cannot pick a file.
 *
 * @example
 * calendarLink(linkContext('https://mosty.example.org', 'en'), { hashtag: 'Zima' }) // '/en/calendar.ics?hashtag=Zima'
 */
export function calendarLink(ctx: LinkContext, filter: EventFilter): string | undefined {
  const path = calendarPath(ctx, filter);
  return path === undefined ? undefined : sitePath(ctx, path);
}

/** `calendarLink`'s path and query, before the site's base path (what `SubscribeLinks` takes). */
export function calendarPath(ctx: LinkContext, filter: EventFilter): string | undefined {
  if (ctx.staticLinks) return undefined;
  const params = FILTER_PARAMS_BY_LOCALE[ctx.locale];
  const query = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof EventFilter)[]) {
    const value = filter[key];
    if (value) query.set(params[key], value);
  }
  return query.size === 0 ? undefined : `${FEEDS[ctx.locale].calendar}?${query}`;
}

/**
 * The filter a query asks for, read under the page's own names first, then the other language's (first
 * value of each that is not empty, at most 100 characters).
 *
 * @example
 * readFilter(new URLSearchParams('hashtag=Zima'), 'en') // { hashtag: 'Zima' }
 * readFilter(new URLSearchParams('hasztag=Zima'), 'en') // { hashtag: 'Zima' }
 * readFilter(new URLSearchParams('hasztag=&hasztag=Zima'), 'pl') // { hashtag: 'Zima' }
 */
export function readFilter(query: URLSearchParams, locale: Locale): EventFilter {
  const other: Locale = locale === 'pl' ? 'en' : 'pl';
  const filter: EventFilter = {};
  for (const key of Object.keys(FILTER_PARAMS) as (keyof EventFilter)[]) {
    // The first value that says something: an empty one (a form's "any") beside a value does not drop it.
    const value =
      query.getAll(FILTER_PARAMS_BY_LOCALE[locale][key]).find(Boolean) ||
      query.getAll(FILTER_PARAMS_BY_LOCALE[other][key]).find(Boolean);
    // Kept whole up to 100 characters; a longer value names nothing (no slug, hashtag or month is that
    // long), so it is kept cut, with an ellipsis that no check accepts: its 404 quotes the start of it.
    if (value) filter[key] = value.length > 100 ? `${value.slice(0, 100)}…` : value;
  }
  return filter;
}

const NOTE_ID = 'filtry-uwaga';

const Select: FC<{
  name: string;
  label: string;
  any: string;
  value?: string | undefined;
  /** The choices; `lang` marks one in another language than the page's (an organisation's Polish name). */
  options: readonly { value: string; text: string; lang?: string | undefined }[];
  cut?: boolean | undefined;
}> = ({ name, label, any, value, options, cut }) => (
  <label>
    {label}
    <select name={name} aria-describedby={cut ? NOTE_ID : undefined}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value} lang={o.lang}>
          {o.text}
        </option>
      ))}
    </select>
  </label>
);

/** Says which lists of the form were cut, and to what; null when none was. */
function omittedNote(locale: Locale, options: FilterOptions): string | null {
  const o = options.omitted;
  if (!o) return null;
  const parts: string[] = [];
  const pl = locale === 'pl';
  if (o.eventsScanned !== undefined)
    parts.push(
      pl
        ? `Listy organizacji i hasztagów powstały na podstawie ${o.eventsScanned} ostatnich wydarzeń.`
        : `The organisations and hashtags are those of the latest ${o.eventsScanned} events.`,
    );
  if (o.organizations !== undefined)
    parts.push(
      pl
        ? `Lista zawiera ${options.organizations.length} najaktywniejszych organizacji (wszystkich: ${o.organizations}).`
        : `The list shows the ${options.organizations.length} most involved of ${o.organizations} organisations.`,
    );
  if (o.hashtags !== undefined)
    parts.push(
      pl
        ? `Lista zawiera ${options.hashtags.length} najczęściej używanych hasztagów (wszystkich: ${o.hashtags}).`
        : `The list shows the ${options.hashtags.length} most used of ${o.hashtags} hashtags.`,
    );
  if (o.authorities !== undefined)
    parts.push(
      pl
        ? `Lista zawiera ${options.authorities.length} pierwszych samorządów w kolejności alfabetycznej (wszystkich: ${o.authorities}).`
        : `The list shows the first ${options.authorities.length} of ${o.authorities} local authorities, alphabetically.`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Links in a line, separated by commas. */
const LinkLine: FC<{ label: string; links: readonly { href: string; text: string }[] }> = ({ label, links }) => (
  <p>
    {label}:{' '}
    {links.map((l, i) => (
      <>
        {i > 0 ? ', ' : ''}
        <a href={l.href}>{l.text}</a>
      </>
    ))}
  </p>
);

/**
 * The event list: a filter form (a plain GET form, no JavaScript), then upcoming and past events,
 * page by page (each page holds the next part of both). A static export has no server to read the
 * query, so it shows the hashtag and month pages as links instead of the form, and the whole list's pages a
 * search box that searches in the browser (static-search.ts).
 */
export const EventsPage: FC<EventsPageProps> = (p) => {
  const { ctx, options, filter } = p;
  const t = strings(ctx.locale);
  const note = omittedNote(ctx.locale, options);
  const o = options.omitted ?? {};
  const params = FILTER_PARAMS_BY_LOCALE[ctx.locale];
  // The calendar takes the filters but not a search: a subscription would give more than the list shows.
  const subscribe = p.search === undefined ? calendarPath(ctx, filter) : undefined;
  const filtered = Object.values(filter).some(Boolean);
  const lists = (
    <>
      {p.searchStatus ? (
        <p class="found" role="status">
          {p.searchStatus}
        </p>
      ) : null}
      {p.page === 1 || p.upcoming.length > 0 ? (
        <section aria-labelledby="nadchodzace">
          <h2 id="nadchodzace">{t.upcomingEvents}</h2>
          <EventList ctx={ctx} events={p.upcoming} related={p.related} />
        </section>
      ) : null}
      {p.page === 1 || p.past.length > 0 ? (
        <section aria-labelledby="minione">
          <h2 id="minione">{t.pastEvents}</h2>
          <EventList ctx={ctx} events={p.past} related={p.related} />
        </section>
      ) : null}
      <Pager ctx={ctx} page={p.page} pages={p.pages} link={p.pageLink} />
    </>
  );
  return (
    <>
      <h1>{p.heading}</h1>
      {subscribe ? <SubscribeLinks ctx={ctx} path={subscribe} lead={t.subscribeFiltered} /> : null}
      {/* The search first, as on the server's form: a month's and hashtag's links are long. */}
      {ctx.staticLinks && !filtered ? <StaticSearchBox ctx={ctx} kind="events" listId="lista" /> : null}
      {ctx.staticLinks ? (
        <nav aria-label={t.filterEvents}>
          <LinkLine
            label={t.month}
            links={options.months.map((m) => ({
              href: href(ctx, { kind: 'eventsMonth', month: m }),
              text: formatMonth(m, ctx.locale),
            }))}
          />
          {options.hashtags.length > 0 ? (
            <LinkLine
              label={t.hashtags}
              links={options.hashtags.map((tag) => ({ href: href(ctx, { kind: 'eventsTag', tag }), text: `#${tag}` }))}
            />
          ) : null}
          {note ? <p class="meta">{note}</p> : null}
        </nav>
      ) : (
        <form class="filters" method="get" action={href(ctx, { kind: 'events' })} aria-label={t.filterEvents}>
          <label>
            {t.search.events.label}
            <input type="search" name={SEARCH_PARAMS[ctx.locale]} value={p.search ?? ''} maxlength={SEARCH_MAX} />
          </label>
          <Select
            name={params.hashtag}
            label={t.hashtag}
            any={t.anyHashtag}
            value={filter.hashtag}
            options={options.hashtags.map((h) => ({ value: h, text: `#${h}` }))}
            cut={o.hashtags !== undefined || o.eventsScanned !== undefined}
          />
          <Select
            name={params.month}
            label={t.month}
            any={t.anyMonth}
            value={filter.month}
            options={options.months.map((m) => ({ value: m, text: formatMonth(m, ctx.locale) }))}
          />
          <Select
            name={params.organization}
            label={t.organization}
            any={t.anyOrganization}
            value={filter.organization}
            options={options.organizations.map((o) => ({ value: o.slug, text: o.name, lang: polishData(ctx) }))}
            cut={o.organizations !== undefined || o.eventsScanned !== undefined}
          />
          <Select
            name={params.authority}
            label={t.authority}
            any={t.anyAuthority}
            value={filter.authority}
            options={options.authorities.map((o) => ({ value: o.slug, text: o.name, lang: polishData(ctx) }))}
            cut={o.authorities !== undefined}
          />
          <button type="submit">{t.apply}</button>
          {p.search !== undefined || filtered ? <a href={href(ctx, { kind: 'events' })}>{t.clearFilters}</a> : null}
          {note ? (
            <p class="meta note" id={NOTE_ID}>
              {note}
            </p>
          ) : null}
        </form>
      )}
      {ctx.staticLinks && !filtered ? <div id="lista">{lists}</div> : lists}
    </>
  );
};
