import type { FC, PropsWithChildren } from 'hono/jsx';
import { type FilterFault, strings } from '../locale.js';
import { href, type LinkContext, sitePath } from '../routes.js';
import { SEARCH_MAX, SEARCH_PARAMS } from '../search.js';
import { Pager } from './bits.js';
import { NameList } from './lists.js';

/** The 404 page: says what happened and offers the main sections. */
export const NotFoundPage: FC<{ ctx: LinkContext; path: string }> = ({ ctx, path }) => {
  const t = strings(ctx.locale);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>
        <code>{path}</code>
      </p>
      <p>{t.notFoundText}</p>
      <ul>
        <li>
          <a href={href(ctx, { kind: 'home' })}>{t.home}</a>
        </li>
        <li>
          <a href={href(ctx, { kind: 'events' })}>{t.events}</a>
        </li>
        <li>
          <a href={href(ctx, { kind: 'news' })}>{t.news}</a>
        </li>
        <li>
          <a href={href(ctx, { kind: 'organizations' })}>{t.organizations}</a>
        </li>
        <li>
          <a href={href(ctx, { kind: 'authorities' })}>{t.authorities}</a>
        </li>
        <li>
          <a href={href(ctx, { kind: 'grants' })}>{t.grants}</a>
        </li>
      </ul>
    </>
  );
};

/**
 * The answer to an event list's or calendar's filter that names nothing: the filter at fault in the heading,
 * why (the value quoted), and the list (and, for a calendar, the calendar) without it.
 */
export const FilterErrorPage: FC<{
  ctx: LinkContext;
  path: string;
  fault: FilterFault;
  reason: string;
  calendarPath?: string | undefined;
}> = ({ ctx, path, fault, reason, calendarPath }) => {
  const t = strings(ctx.locale);
  return (
    <>
      <h1>{t.filterErrorTitle[fault]}</h1>
      <p class="status">{reason}</p>
      <p>
        <code>{path}</code>
      </p>
      <p>{t.filterErrorText}</p>
      <ul>
        <li>
          <a href={href(ctx, { kind: 'events' })}>{t.unfilteredEvents}</a>
        </li>
        {calendarPath ? (
          <li>
            <a href={sitePath(ctx, calendarPath)}>{t.unfilteredCalendar}</a>
          </li>
        ) : null}
      </ul>
    </>
  );
};

/** What a list's search box shows: which list, the search asked for and what it found. */
export interface ListSearch {
  kind: 'organizations' | 'authorities' | 'grants';
  /** The search as read (`readSearch`), shown in the box; absent on the whole list. */
  value?: string | undefined;
  /** What the search found ("Znaleziono 3 organizacje dla „otwarte”."), said to screen readers too. */
  status?: string | undefined;
}

/**
 * The search box above a list (a plain GET form, no JavaScript): a labelled field with what it searches, kept
 * filled after a search, and a link back to the whole list. A static export has no server to search with, and
 * shows none.
 */
const SearchBox: FC<{ ctx: LinkContext; search: ListSearch }> = ({ ctx, search }) => {
  const t = strings(ctx.locale).search;
  const words = t[search.kind];
  const hint = `${SEARCH_PARAMS[ctx.locale]}-opis`;
  return (
    <>
      <search>
        <form class="filters" method="get" action={href(ctx, { kind: search.kind })}>
          <label>
            {words.label}
            <input
              type="search"
              name={SEARCH_PARAMS[ctx.locale]}
              value={search.value ?? ''}
              maxlength={SEARCH_MAX}
              aria-describedby={hint}
            />
          </label>
          <button type="submit">{t.button}</button>
          {search.value !== undefined ? <a href={href(ctx, { kind: search.kind })}>{t.showAll}</a> : null}
          <p class="meta" id={hint}>
            {words.hint}
          </p>
        </form>
      </search>
      {search.status ? (
        <p class="status" role="status">
          {search.status}
        </p>
      ) : null}
    </>
  );
};

/** A titled, paged list of links (organisations, authorities, grants), with its search box when given `search`. */
export const IndexPage: FC<
  PropsWithChildren<{
    ctx: LinkContext;
    heading: string;
    items: readonly { name: string; lang?: string | undefined; link: string; note?: string }[];
    page: number;
    pages: number;
    pageLink: (page: number) => string;
    search?: ListSearch | undefined;
  }>
> = ({ ctx, heading, items, page, pages, pageLink, search, children }) => (
  <>
    <h1>{heading}</h1>
    {children}
    {search && !ctx.staticLinks ? <SearchBox ctx={ctx} search={search} /> : null}
    {/* A search that found nothing has said so: no "—" under it. */}
    {search?.value !== undefined && items.length === 0 ? null : (
      <NameList items={items} empty={strings(ctx.locale).none} />
    )}
    <Pager ctx={ctx} page={page} pages={pages} link={pageLink} />
  </>
);
