import { type Event, formatDay, formatEventTime, type Post } from '@org/domain';
import type { Child, FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { langIfOther, Polish } from './bits.js';

/** One event in a list: title, time, place, and a mark when it is cancelled or postponed. */
export const EventItem: FC<{ ctx: LinkContext; event: Event; related: Related }> = ({ ctx, event, related }) => {
  const t = strings(ctx.locale);
  const venue = event.venueId ? related.venues.get(event.venueId) : undefined;
  const off = event.status === 'cancelled' || event.status === 'postponed';
  return (
    <li>
      <h3>
        <a
          href={href(ctx, { kind: 'event', slug: event.slug })}
          lang={langIfOther(event.language, ctx.locale)}
          class={event.status === 'cancelled' ? 'cancelled' : undefined}
        >
          {event.title}
        </a>
      </h3>
      {off ? <p class="status">{event.status === 'cancelled' ? t.cancelled : t.postponed}</p> : null}
      <p class="meta">
        <time datetime={event.startsAt}>{formatEventTime(event, ctx.locale)}</time>
        {venue ? (
          <>
            {' · '}
            <Polish ctx={ctx}>{`${venue.name}, ${venue.address.city}`}</Polish>
          </>
        ) : event.onlineUrl ? (
          ` · ${t.online}`
        ) : (
          ''
        )}
      </p>
    </li>
  );
};

/** A list of events, or a sentence saying there are none. */
export const EventList: FC<{ ctx: LinkContext; events: readonly Event[]; related: Related }> = ({
  ctx,
  events,
  related,
}) =>
  events.length === 0 ? (
    <p>{strings(ctx.locale).noEvents}</p>
  ) : (
    <ul class="cards">
      {events.map((e) => (
        <EventItem ctx={ctx} event={e} related={related} />
      ))}
    </ul>
  );

/** A list of posts with their dates and leads. */
export const PostList: FC<{ ctx: LinkContext; posts: readonly Post[]; level?: 2 | 3 }> = ({ ctx, posts, level = 3 }) =>
  posts.length === 0 ? (
    <p>{strings(ctx.locale).noNews}</p>
  ) : (
    <ul class="cards">
      {posts.map((p) => {
        const link = (
          <a href={href(ctx, { kind: 'post', slug: p.slug })} lang={langIfOther(p.language, ctx.locale)}>
            {p.title}
          </a>
        );
        return (
          <li>
            {level === 2 ? <h2>{link}</h2> : <h3>{link}</h3>}
            {p.publishedAt ? (
              <p class="meta">
                <time datetime={p.publishedAt}>{formatDay(p.publishedAt, 'Europe/Warsaw', ctx.locale)}</time>
              </p>
            ) : null}
            {p.lead ? <p lang={langIfOther(p.language, ctx.locale)}>{p.lead}</p> : null}
          </li>
        );
      })}
    </ul>
  );

/** A plain list of links to named records (organisations, authorities, grants). */
export const NameList: FC<{
  items: readonly { name: string; lang?: string | undefined; link: string; note?: Child }[];
  empty: string;
}> = ({ items, empty }) =>
  items.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ul class="cards">
      {items.map((i) => (
        <li>
          <a href={i.link} lang={i.lang}>
            {i.name}
          </a>
          {i.note ? <span class="meta"> · {i.note}</span> : null}
        </li>
      ))}
    </ul>
  );
