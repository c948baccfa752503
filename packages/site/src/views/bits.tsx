import { type Grant, localizedFundingStatement, type PostalAddress, type RequiredAttribution } from '@org/domain';
import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';
import { formatDate } from '../dates.js';
import { type Locale, strings } from '../locale.js';
import { href, type LinkContext } from '../routes.js';
import { type SpeakerLine, speakerText } from '../speaker-line.js';
import { attribute, escapeHtml } from './escape-html.js';

/**
 * The `lang` of the site's data (written in Polish) on a page of `ctx`'s language: "pl" on English
 * pages, nothing on Polish ones (WCAG 3.1.2 Language of Parts). The names of organisations, authorities
 * and venues count as that data, as the feeds of @org/formats decide (`eventHtml`: "the site's records
 * are Polish"): proper names are exempt in the letter of WCAG, but an English voice mispronounces
 * "Stowarzyszenie „Żywa Pamięć” w Łomiankach". People's names and hashtags are in no language, as there.
 */
export const polishData = (ctx: LinkContext): string | undefined => (ctx.locale === 'pl' ? undefined : 'pl');

/**
 * Text of the site's data as HTML where no element of its own can carry `lang` (a name inside a line
 * of other words): escaped, in a `<span lang="pl">` on English pages, as it is on Polish ones.
 *
 * @example
 * polishHtml(linkContext(siteUrl, 'en'), 'Powiat wołomiński') // '<span lang="pl">Powiat wołomiński</span>'
 * polishHtml(linkContext(siteUrl, 'pl'), 'Powiat wołomiński') // 'Powiat wołomiński'
 */
export function polishHtml(ctx: LinkContext, text: string): string {
  const lang = polishData(ctx);
  return lang ? `<span${attribute('lang', lang)}>${escapeHtml(text)}</span>` : escapeHtml(text);
}

/** `polishHtml` in JSX: `<Polish ctx={ctx}>{name}</Polish>`. */
export const Polish: FC<{ ctx: LinkContext; children: string }> = ({ ctx, children }) => raw(polishHtml(ctx, children));

/**
 * "Name — role, Organisation" as HTML, the person and the organisation linked to their pages. `lang` is
 * the language of the line's words (a role, a group's description) when it is not the page's; the
 * organisation's or authority's name is the site's data (`polishData`), the person's name in none. Built as
 * a string: an agenda writes one per speaker, and hono/jsx's runtime cost most of the agenda's render.
 *
 * @example
 * speakerHtml(ctx, { name: 'Khedi Alieva', role: 'współzałożycielka' }, undefined)
 * // '<span class="speaker">Khedi Alieva — współzałożycielka</span>'
 */
export function speakerHtml(ctx: LinkContext, line: SpeakerLine, lang: string | undefined): string {
  let html = '<span class="speaker">';
  if (line.route) html += `<a href="${escapeHtml(href(ctx, line.route))}">${escapeHtml(line.name)}</a>`;
  else if (line.described && lang) html += `<span${attribute('lang', lang)}>${escapeHtml(line.name)}</span>`;
  else html += escapeHtml(line.name);
  if (line.role || line.party) html += ' — ';
  if (line.role)
    html += lang ? `<span${attribute('lang', lang)}>${escapeHtml(line.role)}</span>` : escapeHtml(line.role);
  if (line.role && line.party) html += ', ';
  if (line.party)
    html += `<a href="${escapeHtml(href(ctx, line.party.route))}"${attribute('lang', polishData(ctx))}>${escapeHtml(line.party.name)}</a>`;
  return `${html}</span>`;
}
export { speakerText };

/** One line of a record's facts (`<dt>`/`<dd>`); nothing at all when the record has no value for it. */
export const Fact: FC<{ label: string; children?: Child }> = ({ label, children }) =>
  children === undefined || children === null || children === '' ? null : (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );

/** A postal address on one line, marked Polish on English pages. */
export const Address: FC<{ ctx: LinkContext; address: PostalAddress }> = ({ ctx, address }) =>
  raw(addressHtml(ctx, address));

/** `Address` as HTML. */
export const addressHtml = (ctx: LinkContext, address: PostalAddress): string => polishHtml(ctx, addressText(address));

/** A postal address on one line: "ul. Jagiellońska 54, 03-719 Warszawa". */
export const addressText = (a: PostalAddress): string =>
  `${a.street}, ${[a.postalCode, a.city].filter(Boolean).join(' ')}${a.country !== 'PL' ? `, ${a.country}` : ''}`;

/** The hashtags as links to the list of events that carry them. */
export const Hashtags: FC<{ ctx: LinkContext; tags: readonly string[]; label?: string }> = ({ ctx, tags, label }) =>
  tags.length === 0 ? null : raw(hashtagsHtml(ctx, tags, label));

/** `Hashtags` as HTML ('' for none). */
export function hashtagsHtml(ctx: LinkContext, tags: readonly string[], label?: string): string {
  if (tags.length === 0) return '';
  let html = `<ul class="tags"${attribute('aria-label', label ?? strings(ctx.locale).hashtags)}>`;
  for (const tag of tags)
    html += `<li><a href="${escapeHtml(href(ctx, { kind: 'eventsTag', tag }))}">#${escapeHtml(tag)}</a></li>`;
  return `${html}</ul>`;
}

/**
 * The funding statement of every grant, with the funder's hashtags and logo. The framework agreement
 * wants it on every publication about the task, clearly visible and in proportion to other marks,
 * so pages put it right after the key facts, never below the fold of the footer. The statement is
 * the Polish one from the agreement on every page; English pages add a translation beside it.
 */
export const Funding: FC<{
  ctx: LinkContext;
  attributions: readonly RequiredAttribution[];
  grants: ReadonlyMap<string, Grant>;
}> = ({ ctx, attributions, grants }) =>
  attributions.length === 0 ? null : raw(fundingHtml(ctx, attributions, grants));

/** `Funding` as HTML ('' when there is nothing to attribute). */
export function fundingHtml(
  ctx: LinkContext,
  attributions: readonly RequiredAttribution[],
  grants: ReadonlyMap<string, Grant>,
): string {
  if (attributions.length === 0) return '';
  const t = strings(ctx.locale);
  let html = `<section class="funding" aria-labelledby="finansowanie"><h2 id="finansowanie">${escapeHtml(t.funding)}</h2>`;
  for (const a of attributions) {
    const grant = grants.get(a.grantId);
    html += '<div>';
    if (grant?.logo) html += `<img${attribute('src', grant.logo.url)}${attribute('alt', grant.logo.alt)}/>`;
    html += `<p class="statement"${attribute('lang', a.lang)}>${escapeHtml(a.statement)}</p>`;
    // Beside it, in English, only the agreement's English text or one derived from the same facts: never a
    // translation that could say something the agreement's Polish text does not.
    if (ctx.locale === 'en' && grant) {
      const english = localizedFundingStatement(grant, { locale: 'en' });
      if (english.lang === 'en') html += `<p>${escapeHtml(english.text)}</p>`;
    }
    if (a.hashtags.length > 0) html += `<p>${escapeHtml(a.hashtags.map((h) => `#${h}`).join(' '))}</p>`;
    if (grant)
      html += `<p>${escapeHtml(t.fundedBy)}: <a${attribute('href', href(ctx, { kind: 'grant', slug: grant.slug }))}${attribute('lang', polishData(ctx))}>${escapeHtml(grant.taskTitle)}</a></p>`;
    html += '</div>';
  }
  return `${html}</section>`;
}

/** Links to the previous and next page of a list. */
export const Pager: FC<{ ctx: LinkContext; page: number; pages: number; link: (page: number) => string }> = ({
  ctx,
  page,
  pages,
  link,
}) => {
  if (pages <= 1) return null;
  const t = strings(ctx.locale);
  return (
    <nav class="pages" aria-label={t.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={link(page - 1)} rel="prev">
              {t.previous}
            </a>
          </li>
        ) : null}
        <li>
          {t.page} {page} / {pages}
        </li>
        {page < pages ? (
          <li>
            <a href={link(page + 1)} rel="next">
              {t.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};

/** The language of content as an attribute, when it differs from the page's. */
export const langIfOther = (content: Locale, page: Locale): string | undefined =>
  content !== page ? content : undefined;

/**
 * A period of calendar dates in words, each end a `<time>`: "1 września 2026 – 15 grudnia 2026", or
 * "od 1 września 2026" when it has no end.
 */
export const DateRange: FC<{ locale: Locale; from: string; to?: string | undefined }> = ({ locale, from, to }) =>
  to === undefined ? (
    <>
      {strings(locale).since} <time datetime={from}>{formatDate(from, locale)}</time>
    </>
  ) : (
    <>
      <time datetime={from}>{formatDate(from, locale)}</time> – <time datetime={to}>{formatDate(to, locale)}</time>
    </>
  );
