import { formatDay, localToInstant } from '@org/domain';
import type { Locale } from './locale.js';

/**
 * Calendar dates and months as the site shows them. Instants are formatted by `@org/domain`
 * (`formatEventTime`, `formatDay`); this adds what a date without a time and a month need.
 */

/** A month as the site's paths and filters write it: `2026-11`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months the site can list, from January 1000 to December 9998 (its instants have four-digit years). */
export const MONTH_RANGE = { first: '1000-01', last: '9998-12' } as const;

/**
 * Whether text is a month the site can list: written `YYYY-MM` and within `MONTH_RANGE`. (`Date.UTC`
 * reads years 0–99 as 1900–1999, and December 9999 would end in the year 10000.)
 *
 * @example
 * isMonth('2026-11') // true
 * isMonth('9999-12') // false
 */
export const isMonth = (text: string): boolean =>
  MONTH_PATTERN.test(text) && text >= MONTH_RANGE.first && text <= MONTH_RANGE.last;

// Nominative month names: a month named on its own ("listopad 2026") takes the nominative, while a
// date takes the genitive ("26 listopada 2026", from @org/domain). Polish writes them in lower case.
const MONTH_NAMES: Record<Locale, readonly string[]> = {
  pl: [
    'styczeń',
    'luty',
    'marzec',
    'kwiecień',
    'maj',
    'czerwiec',
    'lipiec',
    'sierpień',
    'wrzesień',
    'październik',
    'listopad',
    'grudzień',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A month (`YYYY-MM`) in words.
 *
 * @example
 * formatMonth('2026-11', 'pl') // 'listopad 2026'
 * formatMonth('2026-11', 'en') // 'November 2026'
 */
export function formatMonth(month: string, locale: Locale): string {
  return `${MONTH_NAMES[locale][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * A calendar date (`YYYY-MM-DD`, as grant and cooperation periods hold them) in words. Noon UTC names
 * the same day in UTC, which is the zone it is formatted in.
 *
 * @example
 * formatDate('2026-09-01', 'pl') // '1 września 2026'
 * formatDate('2026-09-01', 'en') // '1 September 2026'
 */
export function formatDate(date: string, locale: Locale): string {
  return formatDay(`${date}T12:00:00Z`, 'UTC', locale);
}

// The site's months are those of Warsaw, where the foundation and its events are.
const SITE_ZONE = 'Europe/Warsaw';

/** The instant a local midnight on the first of a month happens in the site's zone. */
function monthStart(year: number, monthIndex: number): number {
  const first = new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
  return Date.parse(localToInstant(`${first}T00:00`, SITE_ZONE) as string);
}

const bounds = new Map<string, { from: string; to: string }>();

/**
 * The first and the last millisecond of a month (`YYYY-MM`) in Warsaw time, as ISO instants: the
 * bounds the store's event filter takes (`from` against the end, `to` against the start), so an
 * event is in a month when any part of it is.
 *
 * @example
 * monthBounds('2026-11') // { from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T22:59:59.999Z' }
 */
export function monthBounds(month: string): { from: string; to: string } {
  let found = bounds.get(month);
  if (found) return found;
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  found = {
    from: new Date(monthStart(year, index)).toISOString(),
    to: new Date(monthStart(year, index + 1) - 1).toISOString(),
  };
  if (bounds.size >= 1000) bounds.clear();
  bounds.set(month, found);
  return found;
}

// The year and month of an instant in the site's zone, e.g. "2026-12" (en-CA writes ISO order).
const LOCAL_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_ZONE, year: 'numeric', month: '2-digit' });

/**
 * The months the event filter offers around a day: twelve back, twelve ahead, counted from the month
 * it is in Warsaw (at 00:30 on 1 December in Warsaw it is still November in UTC, but December here).
 *
 * @example
 * monthsAround(Date.parse('2026-11-01T12:00:00Z'))[12] // '2026-11'
 * monthsAround(Date.parse('2026-11-30T23:30:00Z'))[12] // '2026-12'
 */
export function monthsAround(now: number): string[] {
  const [year, month] = LOCAL_MONTH.format(now).split('-').map(Number) as [number, number];
  return Array.from({ length: 25 }, (_, i) =>
    new Date(Date.UTC(year, month - 1 - 12 + i, 1)).toISOString().slice(0, 7),
  );
}
