import type { FC, PropsWithChildren } from 'hono/jsx';
import { type FilterFault, strings } from '../locale.js';
import { href, type LinkContext, sitePath } from '../routes.js';
import { SEARCH_MAX, SEARCH_PARAMS } from '../search.js';
import {
  STATIC_SEARCH_LIMIT,
  STATIC_SEARCH_SCRIPT_PATH,
  type StaticSearchKind,
  staticSearchIndexPath,
} from '../static-search.js';
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
        <p class="found" role="status">
          {search.status}
        </p>
      ) : null}
    </>
  );
};

const RECORD_KIND = {
  events: 'event',
  organizations: 'organization',
  authorities: 'authority',
  grants: 'grant',
} as const;

/**
 * A static copy's search box (static-search.ts): hidden, and shown by its script, which searches the list's
 * file in the browser and, while it shows results, hides the list (`listId`). The messages are the server's
 * search box's, with `{n}` for the count and `{q}` for the query. `nameLang` is the language of the names where it
 * is not the page's (an event's file says each title's own).
 */
export const StaticSearchBox: FC<{
  ctx: LinkContext;
  kind: StaticSearchKind;
  listId: string;
  nameLang?: string | undefined;
}> = ({ ctx, kind, listId, nameLang }) => {
  const t = strings(ctx.locale).search;
  const words = t[kind];
  const hint = `${SEARCH_PARAMS[ctx.locale]}-opis`;
  const placeholder = '__slug__';
  const count = (n: number) => words.found(n, false, '{q}').replace(n.toLocaleString(ctx.locale), '{n}');
  return (
    <>
      <search
        hidden
        data-static-search=""
        data-index={sitePath(ctx, staticSearchIndexPath(kind, ctx.locale))}
        data-href={href(ctx, { kind: RECORD_KIND[kind], slug: placeholder }).replace(placeholder, '{slug}')}
        data-list={listId}
        data-name-lang={nameLang}
        data-found1={count(1)}
        data-found2={count(2)}
        data-found5={count(5)}
        data-none={words.none('{q}')}
        data-no-words={t.noWords('{q}')}
        data-more={t.staticMore(STATIC_SEARCH_LIMIT)}
        data-error={t.staticError}
      >
        <form class="filters">
          <label>
            {words.label}
            <input type="search" maxlength={SEARCH_MAX} aria-describedby={hint} />
          </label>
          <p class="meta" id={hint}>
            {words.hint}
          </p>
        </form>
        <p class="found" role="status" />
        <ul hidden />
      </search>
      <script src={sitePath(ctx, STATIC_SEARCH_SCRIPT_PATH)} defer />
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
> = ({ ctx, heading, items, page, pages, pageLink, search, children }) =>
  search && ctx.staticLinks ? (
    // A static copy searches in the browser; the list and its pages are what shows without a search.
    <>
      <h1>{heading}</h1>
      {children}
      <StaticSearchBox ctx={ctx} kind={search.kind} listId="lista" nameLang={items[0]?.lang} />
      <div id="lista">
        <NameList items={items} empty={strings(ctx.locale).none} />
        <Pager ctx={ctx} page={page} pages={pages} link={pageLink} />
      </div>
    </>
  ) : (
    <>
      <h1>{heading}</h1>
      {children}
      {search ? <SearchBox ctx={ctx} search={search} /> : null}
      {/* A search that found nothing has said so: no "—" under it. */}
      {search?.value !== undefined && items.length === 0 ? null : (
        <NameList items={items} empty={strings(ctx.locale).none} />
      )}
      <Pager ctx={ctx} page={page} pages={pages} link={pageLink} />
    </>
  );
