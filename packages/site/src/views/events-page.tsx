import type { Event } from '@org/domain';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { Pager } from './bits.js';
import { EventList } from './lists.js';

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
}

export interface EventsPageProps {
  ctx: LinkContext;
  heading: string;
  filter: EventFilter;
  options: FilterOptions;
  upcoming: readonly Event[];
  past: readonly Event[];
  page: number;
  pages: number;
  pageLink: (page: number) => string;
  related: Related;
}

/** Query parameter names of the filter form (the same in both languages). */
export const FILTER_PARAMS = {
  hashtag: 'hasztag',
  month: 'miesiac',
  organization: 'organizacja',
  authority: 'samorzad',
} as const;

const Select: FC<{
  name: string;
  label: string;
  any: string;
  value?: string;
  options: readonly { value: string; text: string }[];
}> = ({ name, label, any, value, options }) => (
  <label>
    {label}
    <select name={name}>
      <option value="">{any}</option>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.text}
        </option>
      ))}
    </select>
  </label>
);

/**
 * The event list: a filter form (a plain GET form, no JavaScript), upcoming events, then past ones
 * page by page. A static export has no server to read the query, so it shows the hashtag and month
 * pages as links instead of the form.
 */
export const EventsPage: FC<EventsPageProps> = (p) => {
  const { ctx, options, filter } = p;
  const t = strings(ctx.locale);
  return (
    <>
      <h1>{p.heading}</h1>
      {ctx.staticLinks ? (
        <nav aria-label={t.filterEvents}>
          <p>
            {t.month}:{' '}
            {options.months.map((m, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={href(ctx, { kind: 'eventsMonth', month: m })}>{m}</a>
              </>
            ))}
          </p>
        </nav>
      ) : (
        <form class="filters" method="get" action={href(ctx, { kind: 'events' })} aria-label={t.filterEvents}>
          <Select
            name={FILTER_PARAMS.hashtag}
            label={t.hashtag}
            any={t.any}
            value={filter.hashtag}
            options={options.hashtags.map((h) => ({ value: h, text: `#${h}` }))}
          />
          <Select
            name={FILTER_PARAMS.month}
            label={t.month}
            any={t.any}
            value={filter.month}
            options={options.months.map((m) => ({ value: m, text: m }))}
          />
          <Select
            name={FILTER_PARAMS.organization}
            label={t.organization}
            any={t.any}
            value={filter.organization}
            options={options.organizations.map((o) => ({ value: o.slug, text: o.name }))}
          />
          <Select
            name={FILTER_PARAMS.authority}
            label={t.authority}
            any={t.any}
            value={filter.authority}
            options={options.authorities.map((o) => ({ value: o.slug, text: o.name }))}
          />
          <button type="submit">{t.apply}</button>
          {Object.values(filter).some(Boolean) ? <a href={href(ctx, { kind: 'events' })}>{t.clearFilters}</a> : null}
        </form>
      )}
      {p.page === 1 ? (
        <section aria-labelledby="nadchodzace">
          <h2 id="nadchodzace">{t.upcomingEvents}</h2>
          <EventList ctx={ctx} events={p.upcoming} related={p.related} />
        </section>
      ) : null}
      <section aria-labelledby="minione">
        <h2 id="minione">{t.pastEvents}</h2>
        <EventList ctx={ctx} events={p.past} related={p.related} />
        <Pager ctx={ctx} page={p.page} pages={p.pages} link={p.pageLink} />
      </section>
    </>
  );
};
