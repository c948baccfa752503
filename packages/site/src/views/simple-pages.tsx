import type { FC, PropsWithChildren } from 'hono/jsx';
import { type FilterFault, strings } from '../locale.js';
import { href, type LinkContext, sitePath } from '../routes.js';
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

/** A titled, paged list of links (organisations, authorities, grants). */
export const IndexPage: FC<
  PropsWithChildren<{
    ctx: LinkContext;
    heading: string;
    items: readonly { name: string; lang?: string | undefined; link: string; note?: string }[];
    page: number;
    pages: number;
    pageLink: (page: number) => string;
  }>
> = ({ ctx, heading, items, page, pages, pageLink, children }) => (
  <>
    <h1>{heading}</h1>
    {children}
    <NameList items={items} empty={strings(ctx.locale).none} />
    <Pager ctx={ctx} page={page} pages={pages} link={pageLink} />
  </>
);
