import type { FC } from 'hono/jsx';
import { formatDate } from '../dates.js';
import type { Locale } from '../locale.js';
import { absoluteUrl, type LinkContext } from '../routes.js';
import type { SiteConfig } from '../site-config.js';

// The statement follows the ministry's template for the Act of 4 April 2019 on digital accessibility
// (Dz.U. 2019 poz. 848, art. 10–18): its parts carry the template's element ids (a11y-…), so that
// monitoring tools find them. Every fact in it comes from the site's configuration.

const NOT_DIALLED = /[^\d+]/g;

const Day: FC<{ id: string; date: string; locale: Locale }> = ({ id, date, locale }) => (
  <time id={id} datetime={date}>
    {formatDate(date, locale)}
  </time>
);

const STATUS: Record<SiteConfig['accessibility']['status'], Record<Locale, string>> = {
  full: {
    pl: 'Ta strona internetowa jest zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.',
    en: 'This website is fully compliant with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies.',
  },
  partial: {
    pl: 'Ta strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności wymienionych poniżej.',
    en: 'This website is partially compliant with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies, due to the non-compliances listed below.',
  },
  none: {
    pl: 'Ta strona internetowa jest niezgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności wymienionych poniżej.',
    en: 'This website is not compliant with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public sector bodies, due to the non-compliances listed below.',
  },
};

/** The accessibility statement (deklaracja dostępności), in Polish and English, from the site's configuration. */
export const AccessibilityPage: FC<{ ctx: LinkContext; site: SiteConfig }> = ({ ctx, site }) => {
  const a = site.accessibility;
  const p = site.publisher;
  const locale = ctx.locale;
  const home = absoluteUrl(ctx, { kind: 'home' });
  const email = (id: string, address: string) => (
    <a id={id} href={`mailto:${address}`}>
      {address}
    </a>
  );
  const phone = (
    <a id="a11y-telefon" href={`tel:${a.phone.replace(NOT_DIALLED, '')}`}>
      {a.phone}
    </a>
  );
  const issues = a.status !== 'full' && a.nonCompliant ? a.nonCompliant[locale] : [];
  return locale === 'pl' ? (
    <article>
      <h1 id="a11y-deklaracja">Deklaracja dostępności</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{p.name}</span> zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z
        ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów
        publicznych. Deklaracja dostępności dotyczy strony internetowej{' '}
        <a id="a11y-url" href={home}>
          Mosty
        </a>
        .
      </p>
      <ul>
        <li>
          Data publikacji strony internetowej: <Day id="a11y-data-publikacja" date={a.published} locale={locale} />.
        </li>
        <li>
          Data ostatniej istotnej aktualizacji: <Day id="a11y-data-aktualizacja" date={a.updated} locale={locale} />.
        </li>
      </ul>
      <h2>Status pod względem zgodności z ustawą</h2>
      <p id="a11y-status">{STATUS[a.status].pl}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : null}
      <h2>Przygotowanie deklaracji dostępności</h2>
      <p>
        Deklarację sporządzono dnia <Day id="a11y-data-sporzadzenie" date={a.prepared} locale={locale} /> na podstawie
        samooceny przeprowadzonej przez fundację. Każdy typ strony jest przed publikacją sprawdzany automatycznie
        narzędziem axe-core w przeglądarce Chromium i walidatorem Nu Html Checker; sprawdzamy też, czy klawiaturą da się
        dotrzeć do każdego odnośnika.
      </p>
      {a.reviewed ? (
        <p>
          Deklarację ostatnio poddano przeglądowi i aktualizacji dnia{' '}
          <Day id="a11y-data-przeglad" date={a.reviewed} locale={locale} />.
        </p>
      ) : null}
      <h2>Jak korzystać ze strony</h2>
      <ul>
        <li>Do czytania treści nie jest potrzebny JavaScript.</li>
        <li>Pierwszy odnośnik na każdej stronie pozwala przejść od razu do treści.</li>
        <li>Strona nie ma własnych skrótów klawiszowych: działają te, które zna przeglądarka.</li>
        <li>Strona działa na ekranach od 320 pikseli szerokości i przy powiększeniu tekstu do 200%.</li>
        <li>Wydarzenia można pobrać jako plik kalendarza (.ics), a aktualności czytać w czytniku RSS lub Atom.</li>
      </ul>
      <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
      <p>
        W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest{' '}
        <span id="a11y-osoba">{a.contactPerson}</span>, adres poczty elektronicznej {email('a11y-email', a.email)}.
        Kontaktować się można także, dzwoniąc na numer telefonu {phone}. Tą samą drogą można składać wnioski o
        udostępnienie informacji niedostępnej oraz żądania zapewnienia dostępności.
      </p>
      <h3 id="a11y-procedura">Procedura wnioskowo-skargowa</h3>
      <p>
        Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można
        też zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie
        niedostępnego cyfrowo dokumentu albo opisanie zawartości filmu bez audiodeskrypcji. Żądanie powinno zawierać
        dane osoby zgłaszającej, wskazanie, o którą stronę lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba
        żądająca potrzebuje informacji w formie alternatywnej, powinna także określić dogodną dla niej formę.
      </p>
      <p>
        Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni od dnia jego złożenia. Jeżeli dotrzymanie tego
        terminu nie jest możliwe, niezwłocznie informujemy, kiedy realizacja żądania będzie możliwa; termin ten nie może
        być dłuższy niż 2 miesiące od dnia złożenia żądania. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe,
        możemy zaproponować alternatywny sposób dostępu do informacji.
      </p>
      <p>
        W przypadku odmowy realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji
        można złożyć skargę: pocztą elektroniczną na adres {email('a11y-email-skargi', p.email)} albo listownie na adres{' '}
        {p.name}, {p.address}. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich (
        <a href="https://bip.brpo.gov.pl/">bip.brpo.gov.pl</a>).
      </p>
      <h2 id="a11y-architektura">Dostępność architektoniczna</h2>
      <p>{a.architecture.pl}</p>
      <h2 id="a11y-aplikacje">Aplikacje mobilne</h2>
      <p>Fundacja nie udostępnia aplikacji mobilnych.</p>
    </article>
  ) : (
    <article>
      <h1 id="a11y-deklaracja">Accessibility statement</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot" lang="pl">
          {p.name}
        </span>{' '}
        is committed to making its website accessible, in accordance with the Polish Act of 4 April 2019 on the digital
        accessibility of websites and mobile applications of public sector bodies. This statement applies to the{' '}
        <a id="a11y-url" href={home}>
          Mosty
        </a>{' '}
        website.
      </p>
      <ul>
        <li>
          Date of publication of the website: <Day id="a11y-data-publikacja" date={a.published} locale={locale} />.
        </li>
        <li>
          Date of the last significant update: <Day id="a11y-data-aktualizacja" date={a.updated} locale={locale} />.
        </li>
      </ul>
      <h2>Compliance status</h2>
      <p id="a11y-status">{STATUS[a.status].en}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      ) : null}
      <h2>Preparation of this statement</h2>
      <p>
        This statement was prepared on <Day id="a11y-data-sporzadzenie" date={a.prepared} locale={locale} />, based on a
        self-assessment by the foundation. Every page type is checked before release with axe-core in Chromium and with
        the Nu Html Checker, and every link is checked to be reachable with the keyboard.
      </p>
      {a.reviewed ? (
        <p>
          It was last reviewed and updated on <Day id="a11y-data-przeglad" date={a.reviewed} locale={locale} />.
        </p>
      ) : null}
      <h2>Using the site</h2>
      <ul>
        <li>No JavaScript is needed to read anything.</li>
        <li>The first link on every page skips straight to the content.</li>
        <li>The site has no keyboard shortcuts of its own: those of the browser work.</li>
        <li>Pages work on screens 320 pixels wide and with text enlarged to 200%.</li>
        <li>Events can be downloaded as calendar files (.ics); news can be read in an RSS or Atom reader.</li>
      </ul>
      <h2 id="a11y-kontakt">Feedback and contact information</h2>
      <p>
        If you have a problem with the accessibility of the website, please contact us. The contact person is{' '}
        <span id="a11y-osoba">{a.contactPerson}</span>, e-mail {email('a11y-email', a.email)}. You can also call {phone}
        . The same contacts take requests for information that is not accessible and requests to make the website or
        part of it accessible.
      </p>
      <h3 id="a11y-procedura">Requests and complaints</h3>
      <p>
        Anyone may request that the website or an element of it be made accessible, or that information be provided in
        an alternative way, for example by reading out a document that is not accessible or describing a film without
        audio description. A request should give the name of the person making it, the page or element concerned, and
        how to reply; if an alternative form is needed, it should say which form suits the person.
      </p>
      <p>
        We deal with a request without delay and within 7 days of receiving it. If that is not possible, we say without
        delay when it will be done, which cannot be later than 2 months after the request. If the website cannot be made
        accessible, we may offer an alternative way of accessing the information.
      </p>
      <p>
        If a request to make the website accessible or to provide an alternative is refused, a complaint can be made by
        e-mail to {email('a11y-email-skargi', p.email)} or by post to{' '}
        <span lang="pl">
          {p.name}, {p.address}
        </span>
        . After that procedure, an application can be made to the Polish Commissioner for Human Rights (
        <span lang="pl">Rzecznik Praw Obywatelskich</span>,{' '}
        <a href="https://bip.brpo.gov.pl/" hreflang="pl">
          bip.brpo.gov.pl
        </a>
        ).
      </p>
      <h2 id="a11y-architektura">Architectural accessibility</h2>
      <p>{a.architecture.en}</p>
      <h2 id="a11y-aplikacje">Mobile applications</h2>
      <p>The foundation offers no mobile applications.</p>
    </article>
  );
};
