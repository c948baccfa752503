import type { FC } from 'hono/jsx';
import type { LinkContext } from '../routes.js';

// The statement follows the structure the Polish law on digital accessibility (ustawa z 4 kwietnia
// 2019 r., Dz.U. 2019 poz. 848) and the ministry's template ask for. Dates are those of this release.
const PREPARED = '2026-11-26';

/** The accessibility statement (deklaracja dostępności), in Polish and English. */
export const AccessibilityPage: FC<{ ctx: LinkContext }> = ({ ctx }) =>
  ctx.locale === 'pl' ? (
    <article>
      <h1>Deklaracja dostępności</h1>
      <p>
        Fundacja Inicjatyw Społeczno-Ekonomicznych zobowiązuje się zapewnić dostępność swojej strony internetowej
        zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych
        podmiotów publicznych. Deklaracja dotyczy serwisu Mosty.
      </p>
      <h2>Status pod względem zgodności z ustawą</h2>
      <p>
        Strona internetowa jest zgodna z wymaganiami WCAG 2.1 na poziomie AA. Każdy typ strony jest przed publikacją
        sprawdzany automatycznie narzędziem axe-core w przeglądarce Chromium i walidatorem Nu Html Checker; sprawdzamy
        też, że klawiaturą da się dotrzeć do każdego odnośnika.
      </p>
      <h2>Jak korzystać ze strony</h2>
      <ul>
        <li>Do czytania treści nie jest potrzebny JavaScript.</li>
        <li>Pierwszy odnośnik na każdej stronie pozwala przejść od razu do treści.</li>
        <li>Strona działa na ekranach od 320 pikseli szerokości i przy powiększeniu tekstu do 200%.</li>
        <li>Wydarzenia można pobrać jako plik kalendarza (.ics), a aktualności czytać w czytniku RSS lub Atom.</li>
      </ul>
      <h2>Przygotowanie deklaracji</h2>
      <p>
        Deklarację sporządzono dnia <time datetime={PREPARED}>26 listopada 2026 r.</time> na podstawie samooceny i
        testów automatycznych.
      </p>
      <h2>Informacje zwrotne i dane kontaktowe</h2>
      <p>
        Problemy z dostępnością prosimy zgłaszać organizatorowi wydarzeń, Fundacji Inicjatyw Społeczno-Ekonomicznych.
        Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony lub jej elementu albo dostępu
        alternatywnego. Żądanie rozpatrujemy niezwłocznie, nie później niż w ciągu 7 dni.
      </p>
      <h2>Procedura odwoławcza</h2>
      <p>
        Po wyczerpaniu procedury można złożyć skargę do Rzecznika Praw Obywatelskich (
        <a href="https://bip.brpo.gov.pl/">bip.brpo.gov.pl</a>).
      </p>
    </article>
  ) : (
    <article>
      <h1>Accessibility statement</h1>
      <p>
        The Fundacja Inicjatyw Społeczno-Ekonomicznych is committed to making the Mosty website accessible, in line with
        the Polish Act of 4 April 2019 on the digital accessibility of public bodies' websites and mobile applications.
      </p>
      <h2>Compliance status</h2>
      <p>
        The website complies with WCAG 2.1 level AA. Every page type is checked before release with axe-core in Chromium
        and with the Nu Html Checker, and every link is checked to be reachable with the keyboard.
      </p>
      <h2>Using the site</h2>
      <ul>
        <li>No JavaScript is needed to read anything.</li>
        <li>The first link on every page skips straight to the content.</li>
        <li>Pages work on screens 320 pixels wide and with text enlarged to 200%.</li>
        <li>Events can be downloaded as calendar files (.ics); news can be read in an RSS or Atom reader.</li>
      </ul>
      <h2>Preparation of this statement</h2>
      <p>
        Prepared on <time datetime={PREPARED}>26 November 2026</time> from a self-assessment and automated tests.
      </p>
      <h2>Feedback and contact</h2>
      <p>
        Please report accessibility problems to the event organiser, the Fundacja Inicjatyw Społeczno-Ekonomicznych.
        Anyone may ask for a page or part of it to be made accessible, or for an alternative; we answer within 7 days.
      </p>
      <h2>Complaints</h2>
      <p>
        After that procedure, a complaint can be made to the Polish Ombudsman (
        <a href="https://bip.brpo.gov.pl/">bip.brpo.gov.pl</a>).
      </p>
    </article>
  );
