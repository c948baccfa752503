import type { Child, FC } from 'hono/jsx';
import type { Locale } from '../locale.js';
import { type LinkContext, sitePath } from '../routes.js';

// An https link to a calendar file only downloads it: a browser saves it, and Apple Calendar or Outlook
// desktop then import a one-off copy that never updates. A subscription needs the same address under
// webcal:// (which those programs and Thunderbird open as a subscription) or Google Calendar's add-by-URL
// link. The https link stays: Outlook.com and anyone copying the address need it.

/** The ways to one calendar: its link on the site, its absolute URL, its webcal:// URL and Google's add-by-URL. */
export interface CalendarSubscription {
  https: string;
  url: string;
  webcal: string;
  google: string;
}

/**
 * The links that subscribe to the calendar at `path` (a site path with its query, e.g. `/kalendarz.ics?hasztag=Zima`).
 * webcal:// is the absolute URL from SITE_URL with its scheme replaced, so a static export served from any
 * host names the site's own address. Google's `render?cid=` is undocumented but the form in wide use; it
 * takes the webcal URL, percent-encoded (an unencoded or https `cid` is refused as "not an account").
 *
 * @example
 * calendarSubscription(linkContext('https://mosty.example.org', 'pl'), '/kalendarz.ics')
 * // { https: '/kalendarz.ics', url: 'https://mosty.example.org/kalendarz.ics', webcal: 'webcal://mosty.example.org/kalendarz.ics',
 * //   google: 'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fmosty.example.org%2Fkalendarz.ics' }
 */
export function calendarSubscription(ctx: LinkContext, path: string): CalendarSubscription {
  const url = `${ctx.siteUrl}${path}`;
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  return {
    https: sitePath(ctx, path),
    url,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  };
}

const TEXT = {
  pl: {
    webcal: 'Subskrybuj w Kalendarzu Apple, Outlooku lub Thunderbirdzie',
    webcalNote: ' (otwiera program kalendarza na tym urządzeniu)',
    google: 'Subskrybuj w Kalendarzu Google',
    googleNote: ' (po zalogowaniu się na konto Google)',
    https: 'Adres kalendarza (.ics)',
    httpsNote:
      ': skopiuj go i wklej w programie lub serwisie, który dodaje kalendarz z adresu internetowego (np. Outlook.com). Kliknięty pobiera tylko jednorazową kopię, która się nie aktualizuje.',
  },
  en: {
    webcal: 'Subscribe in Apple Calendar, Outlook or Thunderbird',
    webcalNote: ' (opens the calendar app on this device)',
    google: 'Subscribe in Google Calendar',
    googleNote: ' (once signed in to a Google account)',
    https: 'The calendar’s address (.ics)',
    httpsNote:
      ': copy it into an app or service that adds a calendar from a web address (such as Outlook.com). Clicked, it only downloads a one-off copy that does not update.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * A lead line and the three ways to a calendar: subscribe by webcal://, subscribe in Google Calendar, or
 * copy its https address. `showUrl` makes the https link's text the absolute URL, to copy as shown.
 */
export const SubscribeLinks: FC<{
  ctx: LinkContext;
  path: string;
  lead: Child;
  showUrl?: boolean;
  hreflang?: Locale | undefined;
}> = ({ ctx, path, lead, showUrl, hreflang }) => {
  const t = TEXT[ctx.locale];
  const links = calendarSubscription(ctx, path);
  return (
    <div class="subscribe">
      <p>{lead}</p>
      <ul>
        <li>
          <a href={links.webcal} hreflang={hreflang}>
            {t.webcal}
          </a>
          {t.webcalNote}
        </li>
        <li>
          <a href={links.google}>{t.google}</a>
          {t.googleNote}
        </li>
        <li>
          <a href={links.https} hreflang={hreflang}>
            {showUrl ? <code>{links.url}</code> : t.https}
          </a>
          {t.httpsNote}
        </li>
      </ul>
    </div>
  );
};
