import { type Event, type Person, personName, type Venue } from '@org/domain';
import type { FC } from 'hono/jsx';
import { formatDate } from '../dates.js';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { partyOf } from '../speaker-line.js';
import { Address, Fact, Polish, polishData } from './bits.js';
import { mapUrl } from './event-page.js';
import { EventList } from './lists.js';

// An affiliation's day ("2024-03-01") in words: "1 marca 2024".

/** A speaker's page: whom they speak for, in which role and when, and the public events they took part in. */
export const PersonPage: FC<{ ctx: LinkContext; person: Person; events: readonly Event[]; related: Related }> = ({
  ctx,
  person,
  events,
  related,
}) => {
  const t = strings(ctx.locale);
  const affiliations = person.affiliations.flatMap((a) => {
    const party = partyOf(related, a.organizationId, a.authorityId);
    if (!party) return [];
    const period = [
      a.from ? `${t.since} ${formatDate(a.from, ctx.locale)}` : '',
      a.to ? `${t.until} ${formatDate(a.to, ctx.locale)}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [{ role: a.role, party, period }];
  });
  return (
    <article>
      <h1>{personName(person)}</h1>
      {person.bio ? <p lang={ctx.locale === 'pl' ? undefined : 'pl'}>{person.bio}</p> : null}
      {person.website ? (
        <p>
          {t.website}: <a href={person.website}>{person.website}</a>
        </p>
      ) : null}
      {affiliations.length > 0 ? (
        <>
          <h2>{t.speaksFor}</h2>
          <ul>
            {affiliations.map((a) => (
              <li>
                {a.role ? (
                  <>
                    <span lang={polishData(ctx)}>{a.role}</span>,{' '}
                  </>
                ) : (
                  ''
                )}
                <a href={href(ctx, a.party.route)} lang={polishData(ctx)}>
                  {a.party.name}
                </a>
                {a.period ? ` (${a.period})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.eventsTakenPart}</h2>
      <EventList ctx={ctx} events={events} related={related} />
    </article>
  );
};

/** A venue's page: address with a map link, accessibility, rooms and the public events held there. */
export const VenuePage: FC<{ ctx: LinkContext; venue: Venue; events: readonly Event[]; related: Related }> = ({
  ctx,
  venue,
  events,
  related,
}) => {
  const t = strings(ctx.locale);
  return (
    <article>
      <h1 lang={polishData(ctx)}>{venue.name}</h1>
      <dl class="facts">
        <dt>{t.address}</dt>
        <dd>
          <Address ctx={ctx} address={venue.address} />
          <br />
          <a href={mapUrl(`${venue.address.street}, ${venue.address.city}`, venue.geo)}>{t.showOnMap}</a>
        </dd>
        {venue.accessibility ? (
          <>
            <dt>{t.accessibilityInfo}</dt>
            <dd lang={polishData(ctx)}>{venue.accessibility}</dd>
          </>
        ) : null}
        <Fact label={t.rooms}>
          {venue.rooms.length > 0 ? <Polish ctx={ctx}>{venue.rooms.join(', ')}</Polish> : undefined}
        </Fact>
        <Fact label={t.website}>{venue.website ? <a href={venue.website}>{venue.website}</a> : undefined}</Fact>
      </dl>
      <h2>{t.eventsHere}</h2>
      <EventList ctx={ctx} events={events} related={related} />
    </article>
  );
};
