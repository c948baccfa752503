import type { Event, LocalAuthority, Organization, Post } from '@org/domain';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { polishData } from './bits.js';
import { EventList, NameList, PostList } from './lists.js';

export interface HomePageProps {
  ctx: LinkContext;
  upcoming: readonly Event[];
  /** The latest events to have ended, shown when none is upcoming (a quiet season still shows what was on); else empty. */
  recent: readonly Event[];
  posts: readonly Post[];
  organizations: readonly { organization: Organization; events: number }[];
  authorities: readonly { authority: LocalAuthority; events: number }[];
  related: Related;
}

const count = (n: number, locale: 'pl' | 'en') => {
  if (locale === 'en') return `${n} ${n === 1 ? 'event' : 'events'}`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    n === 1 ? 'wydarzenie' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'wydarzenia' : 'wydarzeń';
  return `${n} ${word}`;
};

/** The home page: upcoming events (or, when none is, the latest ones), latest posts, and who takes part most. */
export const HomePage: FC<HomePageProps> = ({ ctx, upcoming, recent, posts, organizations, authorities, related }) => {
  const t = strings(ctx.locale);
  return (
    <>
      <h1>{t.homeHeading}</h1>
      <section aria-labelledby="nadchodzace">
        <h2 id="nadchodzace">{t.upcomingEvents}</h2>
        {upcoming.length ? <EventList ctx={ctx} events={upcoming} related={related} /> : <p>{t.noUpcomingEvents}</p>}
        {recent.length ? null : (
          <p>
            <a href={href(ctx, { kind: 'events' })}>{t.allEvents}</a>
          </p>
        )}
      </section>
      {recent.length ? (
        <section aria-labelledby="ostatnie">
          <h2 id="ostatnie">{t.recentEvents}</h2>
          <EventList ctx={ctx} events={recent} related={related} />
          <p>
            <a href={href(ctx, { kind: 'events' })}>{t.allEvents}</a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="najnowsze">
        <h2 id="najnowsze">{t.latestNews}</h2>
        <PostList ctx={ctx} posts={posts} />
        <p>
          <a href={href(ctx, { kind: 'news' })}>{t.allNews}</a>
        </p>
      </section>
      <section aria-labelledby="organizacje">
        <h2 id="organizacje">{t.mostInvolvedOrganizations}</h2>
        <NameList
          empty={t.none}
          items={organizations.map(({ organization, events }) => ({
            name: organization.name,
            lang: polishData(ctx),
            link: href(ctx, { kind: 'organization', slug: organization.slug }),
            note: count(events, ctx.locale),
          }))}
        />
      </section>
      <section aria-labelledby="samorzady">
        <h2 id="samorzady">{t.mostInvolvedAuthorities}</h2>
        <NameList
          empty={t.none}
          items={authorities.map(({ authority, events }) => ({
            name: authority.name,
            lang: polishData(ctx),
            link: href(ctx, { kind: 'authority', slug: authority.slug }),
            note: count(events, ctx.locale),
          }))}
        />
      </section>
    </>
  );
};
