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
import { fundingNotice, fundingNoticeText, markdownToHtml } from '@org/formats';
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { speakerLine } from '../speaker-line.js';
import {
  addressHtml,
  addressText,
  fundingHtml,
  hashtagsHtml,
  langIfOther,
  polishData,
  polishHtml,
  speakerHtml,
} from './bits.js';
import { attribute, escapeHtml } from './escape-html.js';

export interface EventPageProps {
  ctx: LinkContext;
  event: Event;
  related: Related;
  attributions: readonly RequiredAttribution[];
  posts: readonly Post[];
}

// 20261126T090000Z: the instant in UTC, as Google's render URL takes it.
// An instant already written in UTC to the second ("2026-11-26T09:00:00Z", with or without milliseconds)
// is cut as it is; any other (an offset, as "2026-11-26T10:00:00+01:00") goes through Date.
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const googleDate = (instant: string) => {
  const iso = UTC_INSTANT.test(instant) ? instant : new Date(instant).toISOString(); // 2026-11-26T09:00:00.000Z
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
// One pass for both changes, and none when there is nothing to change (most titles and zones).
const FORM_CHANGES = /[!'()~]|%20/g;
const formEncode = (value: string) => {
  const encoded = uriComponent(value);
  FORM_CHANGES.lastIndex = 0;
  return FORM_CHANGES.test(encoded)
    ? encoded.replace(FORM_CHANGES, (c) => (c === '%20' ? '+' : (FORM_ESCAPES[c] as string)))
    : encoded;
};

// The funding statements as the event's .ics file words them (@org/formats' `fundingNoticeText`: the Polish
// statement, in English the English one beside it, the funder's hashtags), for the grants the page shows.
const calendarStatements = (
  ctx: LinkContext,
  attributions: readonly RequiredAttribution[],
  related: Related,
): string[] =>
  attributions.map((a) => {
    const grant = related.grants.get(a.grantId);
    return grant ? fundingNoticeText(fundingNotice(grant, ctx.locale)) : a.statement;
  });

/** A Google Calendar "add event" link (their documented render URL; no API key involved). */
export function googleCalendarUrl(
  event: Event,
  location: string,
  pageUrl: string,
  statements: readonly string[] = [],
): string {
  // The funding statements go where the .ics file puts them (@org/formats' `eventPlainText`): before the page's
  // address. An entry made from this link is a publication of the public task too, and must carry them.
  const details = [event.summary ?? '', ...statements, pageUrl]
    .filter((part) => part !== '')
    .join('\n\n')
    .trim();
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

// The agenda is built as a string, escaped as hono/jsx escapes (escape-html.ts): it is most of a long
// event page, and hono/jsx's runtime cost more than the rest of its render. Same markup as JSX would write.
function speakerListHtml(
  ctx: LinkContext,
  label: string,
  speakers: readonly SpeakerValue[],
  event: Event,
  related: Related,
  at: string,
): string {
  if (speakers.length === 0) return '';
  const lang = langIfOther(event.language, ctx.locale);
  let html = `<div><h4>${escapeHtml(label)}</h4><ul>`;
  for (const s of speakers) html += `<li>${speakerHtml(ctx, speakerLine(s, related, at, event.timeZone), lang)}</li>`;
  return `${html}</ul></div>`;
}

const listHtml = (heading: string, lang: string | undefined, entries: readonly string[]) => {
  let html = `<div><h4>${heading}</h4><ul${attribute('lang', lang)}>`;
  for (const entry of entries) html += `<li>${escapeHtml(entry)}</li>`;
  return `${html}</ul></div>`;
};

function agendaEntryHtml(ctx: LinkContext, item: AgendaItem, event: Event, related: Related): string {
  const t = strings(ctx.locale);
  const kind = AGENDA_KIND_LABELS[item.kind][ctx.locale];
  const title = item.title ?? kind;
  const zone = event.timeZone;
  const lang = langIfOther(event.language, ctx.locale);
  const at = item.startsAt;
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
  let html =
    `<li><p class="time"><time datetime="${escapeHtml(item.startsAt)}">${escapeHtml(start)}</time>–` +
    `<time datetime="${escapeHtml(item.endsAt)}">${escapeHtml(end)}</time>` +
    `${item.room ? `, ${polishHtml(ctx, item.room)}` : ''}` +
    `${title !== kind ? `<span class="kind"> · ${escapeHtml(kind)}</span>` : ''}</p>` +
    `<h3${attribute('lang', lang)}>${escapeHtml(title)}</h3>`;
  if (item.description) html += `<p${attribute('lang', lang)}>${escapeHtml(item.description)}</p>`;
  if (item.kind === 'panel') {
    if (item.moderator) html += speakerListHtml(ctx, t.moderator, [item.moderator], event, related, at);
    html += speakerListHtml(ctx, t.panelists(speakerHeadcount(item.panelists)), item.panelists, event, related, at);
    if (item.questions.length > 0) html += listHtml(escapeHtml(t.questions), lang, item.questions);
  }
  if (item.kind === 'discussion') {
    html += speakerListHtml(ctx, t.facilitators, item.facilitators, event, related, at);
    if (item.topics.length > 0)
      html += listHtml(
        `${escapeHtml(t.topics)}${item.format === 'groups' ? escapeHtml(` (${t.groups})`) : ''}`,
        lang,
        item.topics,
      );
  }
  if (item.kind === 'introduction' || item.kind === 'presentation' || item.kind === 'other')
    html += speakerListHtml(ctx, t.speakers(speakerHeadcount(item.speakers)), item.speakers, event, related, at);
  return `${html}</li>`;
}

/** The agenda's items in the order of their start, as HTML. */
function agendaHtml(ctx: LinkContext, event: Event, related: Related): string {
  let html = '';
  // Each start read once, not once per comparison.
  const starts = new Map(event.agenda.map((item) => [item, Date.parse(item.startsAt)] as const));
  for (const item of [...event.agenda].sort((a, b) => (starts.get(a) as number) - (starts.get(b) as number)))
    html += agendaEntryHtml(ctx, item, event, related);
  return html;
}

/** The page of one event: when, where, the agenda with every speaker, funding, calendar links. */
export const EventPage: FC<EventPageProps> = (props) => raw(eventPageHtml(props));

// The whole page is built as a string, as the agenda is (see above): same markup as JSX would write.
function eventPageHtml({ ctx, event, related, attributions, posts }: EventPageProps): string {
  const t = strings(ctx.locale);
  const venue = event.venueId ? related.venues.get(event.venueId) : undefined;
  const organizer = related.organizations.get(event.organizerId);
  const address = venue ? addressText(venue.address) : '';
  const location = venue ? `${venue.name}, ${address}` : (event.onlineUrl ?? '');
  const pageUrl = new URL(href(ctx, { kind: 'event', slug: event.slug }), `${ctx.siteUrl}/`).href;
  const contentLang = attribute('lang', langIfOther(event.language, ctx.locale));
  // Venues', organisations' and authorities' names are the site's data, in Polish (see `polishData`).
  const dataLang = attribute('lang', polishData(ctx));
  let html = '<article class="event">';
  // The status is the page's word, its note the editors' own, in the event's language (as the feeds mark it).
  if (event.status === 'cancelled' || event.status === 'postponed') {
    const note = event.statusNote ? escapeHtml(event.statusNote) : '';
    const lang = langIfOther(event.language, ctx.locale);
    html += `<p class="status" role="status">${escapeHtml(event.status === 'cancelled' ? t.cancelled : t.postponed)}${
      note ? `: ${lang ? `<span${attribute('lang', lang)}>${note}</span>` : note}` : ''
    }</p>`;
  }
  html += `<h1${contentLang}>${escapeHtml(event.title)}</h1>`;
  if (event.summary) html += `<p class="lead"${contentLang}>${escapeHtml(event.summary)}</p>`;
  html +=
    `<dl class="facts"><dt>${escapeHtml(event.status === 'postponed' ? t.originallyWhen : t.when)}</dt>` +
    `<dd><time${attribute('datetime', event.startsAt)}>${escapeHtml(formatEventTime(event, ctx.locale))}</time></dd>`;
  if (venue) {
    html +=
      `<dt>${escapeHtml(t.where)}</dt><dd><a${attribute('href', href(ctx, { kind: 'venue', slug: venue.slug }))}${dataLang}>${escapeHtml(venue.name)}</a>` +
      `<br/>${addressHtml(ctx, venue.address)}<br/>` +
      `<a${attribute('href', mapUrl(`${venue.address.street}, ${venue.address.city}`, venue.geo))}>${escapeHtml(t.showOnMap)}</a>`;
    if (venue.accessibility) html += `<p${dataLang}>${escapeHtml(venue.accessibility)}</p>`;
    html += '</dd>';
  }
  if (event.onlineUrl)
    html += `<dt>${escapeHtml(t.online)}</dt><dd><a${attribute('href', event.onlineUrl)}>${escapeHtml(t.onlineLink)}</a></dd>`;
  if (organizer)
    html += `<dt>${escapeHtml(t.organizer)}</dt><dd><a${attribute('href', href(ctx, { kind: 'organization', slug: organizer.slug }))}${dataLang}>${escapeHtml(organizer.name)}</a></dd>`;
  let partners = '';
  for (const p of event.partners) {
    const org = p.organizationId ? related.organizations.get(p.organizationId) : undefined;
    const authority = org || !p.authorityId ? undefined : related.authorities.get(p.authorityId);
    const link = org
      ? href(ctx, { kind: 'organization', slug: org.slug })
      : authority
        ? href(ctx, { kind: 'authority', slug: authority.slug })
        : undefined;
    const name = org ? org.name : authority?.name;
    if (link !== undefined && name !== undefined)
      partners += `<li><a${attribute('href', link)}${dataLang}>${escapeHtml(name)}</a></li>`;
  }
  if (partners) html += `<dt>${escapeHtml(t.partners)}</dt><dd><ul>${partners}</ul></dd>`;
  html += `</dl>${fundingHtml(ctx, attributions, related.grants)}`;
  if (event.body) html += `<div class="body"${contentLang}>${markdownToHtml(event.body)}</div>`;
  if (event.agenda.length > 0)
    html += `<section aria-labelledby="program"><h2 id="program">${escapeHtml(t.agenda)}</h2><ol class="agenda">${agendaHtml(ctx, event, related)}</ol></section>`;
  if (event.hashtags.length > 0)
    html += `<section aria-labelledby="hasztagi"><h2 id="hasztagi">${escapeHtml(t.hashtags)}</h2>${hashtagsHtml(ctx, event.hashtags)}</section>`;
  // Nothing to add to a calendar for a cancelled event, nor for a postponed one, whose new date is not known yet.
  if (event.status !== 'cancelled' && event.status !== 'postponed')
    html +=
      `<section aria-labelledby="kalendarz"><h2 id="kalendarz">${escapeHtml(t.addToCalendar)}</h2><ul>` +
      `<li><a${attribute('href', href(ctx, { kind: 'eventIcs', slug: event.slug }))} type="text/calendar">${escapeHtml(t.downloadIcs)}</a></li>` +
      `<li><a${attribute('href', googleCalendarUrl(event, location, pageUrl, calendarStatements(ctx, attributions, related)))}>${escapeHtml(t.googleCalendar)}</a></li></ul></section>`;
  if (posts.length > 0) {
    html += `<section aria-labelledby="powiazane"><h2 id="powiazane">${escapeHtml(t.relatedNews)}</h2><ul>`;
    for (const p of posts)
      html += `<li><a${attribute('href', href(ctx, { kind: 'post', slug: p.slug }))}${attribute('lang', langIfOther(p.language, ctx.locale))}>${escapeHtml(p.title)}</a></li>`;
    html += '</ul></section>';
  }
  return `${html}</article>`;
}
