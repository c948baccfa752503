import type { FC } from 'hono/jsx';
import type { Locale } from '../locale.js';
import { href, type LinkContext, sitePath } from '../routes.js';
import type { SiteConfig } from '../site-config.js';
import { Polish } from './bits.js';
import { FILTER_PARAMS_BY_LOCALE } from './events-page.js';
import { FEEDS } from './layout.js';
import { SubscribeLinks } from './subscribe-links.js';

// The page for people who reuse the data: every machine-readable output the site offers, linked, and the
// terms of reuse from the site's configuration. What it lists must exist where it is read: a static copy
// has no API and no query strings (its calendar cannot be filtered), so those parts are left out there,
// as the footer leaves out the API.

/** A public event whose files the page links as examples (its calendar file, its hashtag, its organiser). */
export interface OpenDataExample {
  slug: string;
  hashtag?: string | undefined;
  organizationSlug?: string | undefined;
}

const TEXT = {
  pl: {
    heading: 'Otwarte dane',
    intro:
      'Wszystko, co publikujemy w serwisie Mosty — wydarzenia z programem i prelegentami, aktualności, organizacje, samorządy, dotacje i miejsca — udostępniamy także w formatach do odczytu maszynowego. Ta strona wymienia je wszystkie.',
    licenceHeading: 'Licencja',
    licence: 'Dane serwisu udostępniamy na licencji',
    publisher: 'Wydawca:',
    attribution:
      'Wykorzystując dane ponownie, podaj źródło (Mosty i wydawcę) oraz odnośnik do strony, z której pochodzą. Przy wydarzeniach finansowanych z dotacji zachowaj informację o finansowaniu w brzmieniu, którego wymaga grantodawca.',
    feedsHeading: 'Kanały RSS, Atom i JSON Feed',
    feeds:
      'Najnowsze aktualności i nowo opublikowane wydarzenia, w każdym z trzech formatów, osobno po polsku i po angielsku.',
    polish: 'po polsku',
    english: 'po angielsku',
    calendarHeading: 'Kalendarz (iCalendar)',
    calendar:
      'Nadchodzące wydarzenia i te z ostatniego roku w formacie iCalendar (.ics), do subskrypcji w programie kalendarza: subskrybowany kalendarz sam pobiera nowe i zmienione wydarzenia.',
    calendarIn: (language: string) => `Kalendarz ${language}:`,
    anyCalendar:
      'Kalendarz z filtrem subskrybuje się tak samo: w programie kalendarza wystarczy podać jego adres, zamieniając https:// na webcal://.',
    filters:
      'Kalendarz przyjmuje te same filtry co lista wydarzeń. Filtry można łączyć, a obie pisownie nazw parametrów działają w obu kalendarzach. Każdy filtr przyjmuje jedną wartość. Wartość, która niczego nie wskazuje (nieznana organizacja), albo kilka różnych wartości jednego filtru dają odpowiedź 404 z wyjaśnieniem.',
    otherSpelling: 'także',
    filter: {
      hashtag: 'wydarzenia z tym hasztagiem (z # lub bez, wielkość liter bez znaczenia);',
      organization:
        'wydarzenia, których organizacja jest organizatorem lub partnerem albo w których występują jej przedstawiciele (adres organizacji w serwisie);',
      authority:
        'wydarzenia, w których samorząd jest partnerem, w których występują jego przedstawiciele lub które finansuje dotacją (adres samorządu w serwisie);',
      month: 'wydarzenia, których choć część przypada w tym miesiącu czasu warszawskiego, zapisanym jako RRRR-MM.',
    },
    example: 'Na przykład:',
    eventIcs: 'Każde wydarzenie ma też własny plik .ics: adres strony wydarzenia z końcówką .ics, na przykład',
    sitemapHeading: 'Mapa witryny',
    sitemap:
      'Mapa witryny w formacie Sitemaps wymienia każdą publiczną stronę w obu językach, z datą ostatniej zmiany i odnośnikami do wersji językowych:',
    apiHeading: 'API JSON',
    api: 'Opublikowane wydarzenia, aktualności, organizacje, samorządy, dotacje, miejsca, współprace i osoby występujące w wydarzeniach są dostępne jako JSON pod adresami /api/v1/…, tylko do odczytu. Listy są stronicowane (limit, offset), a wydarzenia można filtrować tak jak kalendarz. Każde wydarzenie i każda aktualność podają w polu fundingStatements informację o finansowaniu w brzmieniu, które pokazują ich strony. Każdy punkt, pole i kod błędu opisuje dokument OpenAPI 3.1:',
    apiExample: 'Pierwsza strona listy wydarzeń:',
    apiSync:
      'Kto utrzymuje kopię danych, nie musi codziennie pobierać wszystkiego: każdy rekord podaje w polu updatedAt czas swojej ostatniej zmiany, a każda lista przyjmuje parametr updatedSince (data z godziną w ISO 8601, np. 2026-11-27T00:00:00Z) i zwraca wtedy tylko rekordy zmienione od tej chwili, od najstarszej zmiany. Usunięcia ani wycofania z publikacji nie da się tak zauważyć: taki rekord po prostu znika z list, bez śladu, dlatego kopię warto co jakiś czas porównać z pełną listą identyfikatorów. Zmiany od 27 listopada 2026:',
    jsonLdHeading: 'JSON-LD na każdej stronie',
    jsonLd:
      'Każda strona serwisu, także ta, opisuje swoją treść w słowniku schema.org w formacie JSON-LD, w elemencie script typu application/ld+json: wydarzenia z programem, prelegentami i finansowaniem, organizacje, samorządy, dotacje, aktualności, osoby i miejsca.',
    cors: 'Kanały, kalendarze, mapę witryny i API można odczytywać z przeglądarki także na innych witrynach (CORS), na przykład w module najbliższych wydarzeń na stronie gminy; odpowiedzi mają nagłówek ETag do ponownej weryfikacji. Można też odczytać odpowiedź 404 kalendarza z filtrem, który niczego nie wskazuje, razem z wyjaśnieniem.',
  },
  en: {
    heading: 'Open data',
    intro:
      'Everything Mosty publishes — events with their agenda and speakers, news, organisations, local authorities, grants and venues — is also available in machine-readable formats. This page lists them all.',
    licenceHeading: 'Licence',
    licence: 'The site’s data is available under the licence',
    publisher: 'Publisher:',
    attribution:
      'When you reuse the data, name the source (Mosty and the publisher) and link the page it comes from. For events funded by a grant, keep the funding statement in the exact wording the funder requires.',
    feedsHeading: 'RSS, Atom and JSON Feed',
    feeds: 'The latest news and newly published events, in each of the three formats, in Polish and in English.',
    polish: 'in Polish',
    english: 'in English',
    calendarHeading: 'Calendar (iCalendar)',
    calendar:
      'The coming events and those of the past year in iCalendar format (.ics), to subscribe to in a calendar application: a subscribed calendar picks up new and changed events by itself.',
    calendarIn: (language: string) => `The calendar ${language}:`,
    anyCalendar:
      'A filtered calendar is subscribed to the same way: give a calendar application its address, with https:// replaced by webcal://.',
    filters:
      'The calendar takes the event list’s filters. Filters combine, and either spelling of a parameter works in both calendars. Each filter takes one value. A value that names nothing (an unknown organisation), or several different values of one filter, is answered with a 404 saying why.',
    otherSpelling: 'also',
    filter: {
      hashtag: 'events carrying this hashtag (with or without #, any letter case);',
      organization: 'events an organisation organises, partners or speaks at (its slug on the site);',
      authority: 'events a local authority partners, speaks at or funds through a grant (its slug on the site);',
      month: 'events any part of which falls in this month in Warsaw time, written YYYY-MM.',
    },
    example: 'For example:',
    eventIcs: 'Each event also has its own .ics file: the address of its page ending in .ics, for example',
    sitemapHeading: 'Sitemap',
    sitemap:
      'The sitemap (Sitemaps protocol) lists every public page in both languages, with its last change and links to its language versions:',
    apiHeading: 'JSON API',
    api: 'The published events, news, organisations, local authorities, grants, venues, cooperations and the people speaking at events are available as JSON under /api/v1/…, read-only. Lists are paged (limit, offset), and events take the calendar’s filters. Each event and each news post gives the funding statement its pages show in its fundingStatements field. Every endpoint, field and error code is described by the OpenAPI 3.1 document:',
    apiExample: 'The first page of the event list:',
    apiSync:
      'A mirror of the data need not download everything every day: each record gives the time of its last change in its updatedAt field, and every list takes an updatedSince parameter (a date and time in ISO 8601, such as 2026-11-27T00:00:00Z), giving then only the records changed since that instant, oldest change first. Deletions and unpublishing cannot be seen this way: such a record simply leaves the lists, without a trace, so compare the mirror with the full list of ids now and then. Changes since 27 November 2026:',
    jsonLdHeading: 'JSON-LD on every page',
    jsonLd:
      'Every page of the site, this one included, describes its content in the schema.org vocabulary as JSON-LD, in a script element of type application/ld+json: events with their agenda, speakers and funding, organisations, local authorities, grants, news, people and venues.',
    cors: 'The feeds, calendars, sitemap and API may be read from a browser on other sites too (CORS), for example in a widget of coming events on a municipality’s website; answers carry an ETag for revalidation. The 404 of a calendar whose filter names nothing can be read too, with its explanation.',
  },
} as const satisfies Record<Locale, unknown>;

const OTHER: Record<Locale, Locale> = { pl: 'en', en: 'pl' };

/**
 * A link whose text is its own path, as people copy it into a feed reader or a program: a query's values
 * shown as written (`?hasztag=Współpraca`), percent-encoded only in the link.
 */
const PathLink: FC<{ ctx: LinkContext; path: string; lang?: Locale }> = ({ ctx, path, lang }) => (
  <a href={sitePath(ctx, path)} hreflang={lang}>
    <code>{decodeURIComponent(path)}</code>
  </a>
);

/** The open data page (`/otwarte-dane`, `/en/data`): every machine-readable output, linked, and the data's licence. */
export const OpenDataPage: FC<{ ctx: LinkContext; site: SiteConfig; example?: OpenDataExample | undefined }> = ({
  ctx,
  site,
  example,
}) => {
  const locale = ctx.locale;
  const other = OTHER[locale];
  const t = TEXT[locale];
  const live = !ctx.staticLinks;
  const params = FILTER_PARAMS_BY_LOCALE[locale];
  const otherParams = FILTER_PARAMS_BY_LOCALE[other];
  const calendar = FEEDS[locale].calendar;
  const filterExample = example?.hashtag
    ? `${calendar}?${new URLSearchParams({ [params.hashtag]: example.hashtag })}`
    : undefined;
  const organizationExample = example?.organizationSlug
    ? `${calendar}?${new URLSearchParams({ [params.organization]: example.organizationSlug })}`
    : undefined;
  const eventIcs = example ? href(ctx, { kind: 'eventIcs', slug: example.slug }) : undefined;
  return (
    <article>
      <h1>{t.heading}</h1>
      <p>{t.intro}</p>
      <h2 id="licencja">{t.licenceHeading}</h2>
      <p class="license-statement">
        <strong>
          {t.licence}{' '}
          <a rel="license" href={site.license.url}>
            {site.license.name}
          </a>
          .
        </strong>{' '}
        {t.publisher} <Polish ctx={ctx}>{site.publisher.name}</Polish>,{' '}
        <a href={`mailto:${site.publisher.email}`}>{site.publisher.email}</a>.
      </p>
      <p>{t.attribution}</p>
      <h2 id="kanaly">{t.feedsHeading}</h2>
      <p>{t.feeds}</p>
      <dl>
        {(
          [
            ['rss', 'RSS 2.0'],
            ['atom', 'Atom'],
            ['json', 'JSON Feed 1.1'],
          ] as const
        ).map(([kind, name]) => (
          <>
            <dt>{name}</dt>
            <dd>
              {t.polish}: <PathLink ctx={ctx} path={FEEDS.pl[kind]} lang="pl" />; {t.english}:{' '}
              <PathLink ctx={ctx} path={FEEDS.en[kind]} lang="en" />
            </dd>
          </>
        ))}
      </dl>
      <h2 id="kalendarz">{t.calendarHeading}</h2>
      <p>{t.calendar}</p>
      {(['pl', 'en'] as const).map((lang) => (
        <SubscribeLinks
          ctx={ctx}
          path={FEEDS[lang].calendar}
          lead={t.calendarIn(lang === 'pl' ? t.polish : t.english)}
          showUrl
          hreflang={lang}
        />
      ))}
      {live ? (
        <>
          <p>
            {t.filters} {t.anyCalendar}
          </p>
          <dl>
            {(['hashtag', 'organization', 'authority', 'month'] as const).map((key) => (
              <>
                <dt>
                  <code>{params[key]}</code> ({t.otherSpelling} <code>{otherParams[key]}</code>)
                </dt>
                <dd>{t.filter[key]}</dd>
              </>
            ))}
          </dl>
          {filterExample || organizationExample ? (
            <p>
              {t.example} {filterExample ? <PathLink ctx={ctx} path={filterExample} /> : null}
              {filterExample && organizationExample ? ', ' : null}
              {organizationExample ? <PathLink ctx={ctx} path={organizationExample} /> : null}.
            </p>
          ) : null}
        </>
      ) : null}
      {eventIcs ? (
        <p>
          {t.eventIcs}{' '}
          <a href={eventIcs}>
            <code>{eventIcs}</code>
          </a>
          .
        </p>
      ) : null}
      <h2 id="mapa-witryny">{t.sitemapHeading}</h2>
      <p>
        {t.sitemap} <PathLink ctx={ctx} path="/sitemap.xml" />.
      </p>
      {live ? (
        <>
          <h2 id="api">{t.apiHeading}</h2>
          <p>
            {t.api} <PathLink ctx={ctx} path="/api/openapi.json" />.
          </p>
          <p>
            {t.apiExample} <PathLink ctx={ctx} path="/api/v1/events" />.
          </p>
          <p>
            {t.apiSync} <PathLink ctx={ctx} path="/api/v1/events?updatedSince=2026-11-27T00:00:00Z" />.
          </p>
        </>
      ) : null}
      <h2 id="json-ld">{t.jsonLdHeading}</h2>
      <p>{t.jsonLd}</p>
      {/* Headers are the server's: a static copy's host sends its own. */}
      {live ? <p>{t.cors}</p> : null}
    </article>
  );
};
