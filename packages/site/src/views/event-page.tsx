import {
  AGENDA_KIND_LABELS,
  type AgendaItem,
  type Event,
  formatClock,
  formatEventTime,
  formatInstant,
  localDayOf,
  type Post,
  type RequiredAttribution,
  type Speaker as SpeakerValue,
  speakerHeadcount,
  zoneIfRepeated,
} from '@org/domain';
import { markdownToHtml } from '@org/formats';
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { speakerLine } from '../speaker-line.js';
import { Address, addressText, Funding, Hashtags, langIfOther, polishData, Speaker } from './bits.js';

export interface EventPageProps {
  ctx: LinkContext;
  event: Event;
  related: Related;
  attributions: readonly RequiredAttribution[];
  posts: readonly Post[];
}

// 20261126T090000Z: the instant in UTC, as Google's render URL takes it.
const googleDate = (instant: string) => {
  const iso = new Date(instant).toISOString(); // 2026-11-26T09:00:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
};

// application/x-www-form-urlencoded, as URLSearchParams writes it (spaces as "+"; only *-._ and
// alphanumerics left as they are), from encodeURIComponent, which also leaves !'()~ alone. A lone
// surrogate becomes U+FFFD, as URLSearchParams makes it, instead of encodeURIComponent's URIError.
const FORM_ESCAPES: Record<string, string> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E' };
const uriComponent = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));
  }
};
const formEncode = (value: string) =>
  uriComponent(value)
    .replace(/[!'()~]/g, (c) => FORM_ESCAPES[c] as string)
    .replace(/%20/g, '+');

/** A Google Calendar "add event" link (their documented render URL; no API key involved). */
export function googleCalendarUrl(event: Event, location: string, pageUrl: string): string {
  const details = `${event.summary ?? ''}\n\n${pageUrl}`.trim();
  return (
    'https://calendar.google.com/calendar/render?action=TEMPLATE' +
    `&text=${formEncode(event.title)}` +
    `&dates=${googleDate(event.startsAt)}%2F${googleDate(event.endsAt)}` +
    `&ctz=${formEncode(event.timeZone)}` +
    `&details=${formEncode(details)}` +
    `&location=${formEncode(location)}`
  );
}

/** An OpenStreetMap link: at the coordinates when known, otherwise a search for the address. */
export function mapUrl(address: string, geo?: { latitude: number; longitude: number }): string {
  if (geo)
    return `https://www.openstreetmap.org/?mlat=${geo.latitude}&mlon=${geo.longitude}#map=17/${geo.latitude}/${geo.longitude}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

const SpeakerList: FC<{
  ctx: LinkContext;
  label: string;
  speakers: readonly SpeakerValue[];
  event: Event;
  related: Related;
  at: string;
}> = ({ ctx, label, speakers, event, related, at }) =>
  speakers.length === 0 ? null : (
    <div>
      <h4>{label}</h4>
      <ul>
        {speakers.map((s) => (
          <li>
            <Speaker
              ctx={ctx}
              line={speakerLine(s, related, at, event.timeZone)}
              lang={langIfOther(event.language, ctx.locale)}
            />
          </li>
        ))}
      </ul>
    </div>
  );

const AgendaEntry: FC<{ ctx: LinkContext; item: AgendaItem; event: Event; related: Related }> = ({
  ctx,
  item,
  event,
  related,
}) => {
  const t = strings(ctx.locale);
  const kind = AGENDA_KIND_LABELS[item.kind][ctx.locale];
  const title = item.title ?? kind;
  const common = { ctx, event, related, at: item.startsAt };
  const zone = event.timeZone;
  // An event over several days dates each item ("27 marca 2027, 10:00–10:15"); one day needs only the clock.
  const multiDay = localDayOf(event.startsAt, zone) !== localDayOf(event.endsAt, zone);
  // A time in the hour the October change repeats is followed by the zone's name ("02:30 CEST"), as the
  // event's own time is.
  const start = `${multiDay ? formatInstant(item.startsAt, zone, ctx.locale) : formatClock(item.startsAt, zone)}${zoneIfRepeated(item.startsAt, zone, ctx.locale)}`;
  const end = `${
    multiDay && localDayOf(item.startsAt, zone) !== localDayOf(item.endsAt, zone)
      ? formatInstant(item.endsAt, zone, ctx.locale)
      : formatClock(item.endsAt, zone)
  }${zoneIfRepeated(item.endsAt, zone, ctx.locale)}`;
  return (
    <li>
      <p class="time">
        <time datetime={item.startsAt}>{start}</time>–<time datetime={item.endsAt}>{end}</time>
        {item.room ? `, ${item.room}` : ''}
        {title !== kind ? <span class="kind"> · {kind}</span> : null}
      </p>
      <h3 lang={langIfOther(event.language, ctx.locale)}>{title}</h3>
      {item.description ? <p lang={langIfOther(event.language, ctx.locale)}>{item.description}</p> : null}
      {item.kind === 'panel' ? (
        <>
          {item.moderator ? <SpeakerList {...common} label={t.moderator} speakers={[item.moderator]} /> : null}
          <SpeakerList {...common} label={t.panelists(speakerHeadcount(item.panelists))} speakers={item.panelists} />
          {item.questions.length > 0 ? (
            <div>
              <h4>{t.questions}</h4>
              <ul lang={langIfOther(event.language, ctx.locale)}>
                {item.questions.map((q) => (
                  <li>{q}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      {item.kind === 'discussion' ? (
        <>
          <SpeakerList {...common} label={t.facilitators} speakers={item.facilitators} />
          {item.topics.length > 0 ? (
            <div>
              <h4>
                {t.topics}
                {item.format === 'groups' ? ` (${t.groups})` : ''}
              </h4>
              <ul lang={langIfOther(event.language, ctx.locale)}>
                {item.topics.map((topic) => (
                  <li>{topic}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      {item.kind === 'introduction' || item.kind === 'presentation' || item.kind === 'other' ? (
        <SpeakerList {...common} label={t.speakers(speakerHeadcount(item.speakers))} speakers={item.speakers} />
      ) : null}
    </li>
  );
};

/** The page of one event: when, where, the agenda with every speaker, funding, calendar links. */
export const EventPage: FC<EventPageProps> = ({ ctx, event, related, attributions, posts }) => {
  const t = strings(ctx.locale);
  const venue = event.venueId ? related.venues.get(event.venueId) : undefined;
  const organizer = related.organizations.get(event.organizerId);
  const address = venue ? addressText(venue.address) : '';
  const location = venue ? `${venue.name}, ${address}` : (event.onlineUrl ?? '');
  const pageUrl = new URL(href(ctx, { kind: 'event', slug: event.slug }), `${ctx.siteUrl}/`).href;
  const contentLang = langIfOther(event.language, ctx.locale);
  const partners = event.partners
    .map((p) => {
      const org = p.organizationId ? related.organizations.get(p.organizationId) : undefined;
      if (org) return { name: org.name, link: href(ctx, { kind: 'organization', slug: org.slug }) };
      const authority = p.authorityId ? related.authorities.get(p.authorityId) : undefined;
      if (authority) return { name: authority.name, link: href(ctx, { kind: 'authority', slug: authority.slug }) };
      return undefined;
    })
    .filter((p) => p !== undefined);
  return (
    <article class="event">
      {event.status === 'cancelled' || event.status === 'postponed' ? (
        <p class="status" role="status">
          {event.status === 'cancelled' ? t.cancelled : t.postponed}
          {event.statusNote ? `: ${event.statusNote}` : ''}
        </p>
      ) : null}
      <h1 lang={contentLang}>{event.title}</h1>
      {event.summary ? (
        <p class="lead" lang={contentLang}>
          {event.summary}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t.when}</dt>
        <dd>
          <time datetime={event.startsAt}>{formatEventTime(event, ctx.locale)}</time>
        </dd>
        {venue ? (
          <>
            <dt>{t.where}</dt>
            <dd>
              <a href={href(ctx, { kind: 'venue', slug: venue.slug })}>{venue.name}</a>
              <br />
              <Address ctx={ctx} address={venue.address} />
              <br />
              <a href={mapUrl(`${venue.address.street}, ${venue.address.city}`, venue.geo)}>{t.showOnMap}</a>
              {venue.accessibility ? <p lang={polishData(ctx)}>{venue.accessibility}</p> : null}
            </dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t.online}</dt>
            <dd>
              <a href={event.onlineUrl}>{t.onlineLink}</a>
            </dd>
          </>
        ) : null}
        {organizer ? (
          <>
            <dt>{t.organizer}</dt>
            <dd>
              <a href={href(ctx, { kind: 'organization', slug: organizer.slug })}>{organizer.name}</a>
            </dd>
          </>
        ) : null}
        {partners.length > 0 ? (
          <>
            <dt>{t.partners}</dt>
            <dd>
              <ul>
                {partners.map((p) => (
                  <li>
                    <a href={p.link}>{p.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <Funding ctx={ctx} attributions={attributions} grants={related.grants} />
      {event.body ? (
        <div class="body" lang={contentLang}>
          {raw(markdownToHtml(event.body))}
        </div>
      ) : null}
      {event.agenda.length > 0 ? (
        <section aria-labelledby="program">
          <h2 id="program">{t.agenda}</h2>
          <ol class="agenda">
            {[...event.agenda]
              .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
              .map((item) => (
                <AgendaEntry ctx={ctx} item={item} event={event} related={related} />
              ))}
          </ol>
        </section>
      ) : null}
      {event.hashtags.length > 0 ? (
        <section aria-labelledby="hasztagi">
          <h2 id="hasztagi">{t.hashtags}</h2>
          <Hashtags ctx={ctx} tags={event.hashtags} />
        </section>
      ) : null}
      {event.status === 'cancelled' ? null : (
        <section aria-labelledby="kalendarz">
          <h2 id="kalendarz">{t.addToCalendar}</h2>
          <ul>
            <li>
              <a href={href(ctx, { kind: 'eventIcs', slug: event.slug })} type="text/calendar">
                {t.downloadIcs}
              </a>
            </li>
            <li>
              <a href={googleCalendarUrl(event, location, pageUrl)}>{t.googleCalendar}</a>
            </li>
          </ul>
        </section>
      )}
      {posts.length > 0 ? (
        <section aria-labelledby="powiazane">
          <h2 id="powiazane">{t.relatedNews}</h2>
          <ul>
            {posts.map((p) => (
              <li>
                <a href={href(ctx, { kind: 'post', slug: p.slug })} lang={langIfOther(p.language, ctx.locale)}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
};
