import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, pl } from 'date-fns/locale';
import type { Event } from './event.js';

const LOCALES = { pl, en: enGB } as const;

/**
 * An instant shown in a time zone: "26 listopada 2026, 10:00" (pl) or "26 November 2026, 10:00" (en).
 *
 * @example
 * formatInstant('2026-11-26T09:00:00Z', 'Europe/Warsaw', 'pl') // '26 listopada 2026, 10:00'
 */
export function formatInstant(instant: string, timeZone: string, locale: 'pl' | 'en' = 'pl'): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'd MMMM yyyy, HH:mm', { locale: LOCALES[locale] });
}

/**
 * The wall-clock time of an instant in a zone: "10:00".
 *
 * @example
 * formatClock('2026-11-26T09:00:00Z', 'Europe/Warsaw') // '10:00'
 */
export function formatClock(instant: string, timeZone: string): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'HH:mm');
}

/**
 * The day of an instant in a zone: "26 listopada 2026".
 *
 * @example
 * formatDay('2026-11-26T09:00:00Z', 'Europe/Warsaw', 'en') // '26 November 2026'
 */
export function formatDay(instant: string, timeZone: string, locale: 'pl' | 'en' = 'pl'): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'd MMMM yyyy', { locale: LOCALES[locale] });
}

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in a zone, e.g. to pick affiliations valid that day.
 *
 * @example
 * localDayOf('2026-11-26T23:30:00Z', 'Europe/Warsaw') // '2026-11-27'
 */
export function localDayOf(instant: string, timeZone: string): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'yyyy-MM-dd');
}

/**
 * When an event happens, in its own time zone: "26 listopada 2026, 10:00–14:00", or both full ends
 * when it spans days ("25 października 2026, 22:00 – 26 października 2026, 02:00"). Instants are
 * converted with the zone's rules for that day, so DST changes (last Sunday of March and October)
 * show the right wall-clock time.
 *
 * @example
 * formatEventTime({ startsAt: '2026-11-26T09:00:00Z', endsAt: '2026-11-26T13:00:00Z', timeZone: 'Europe/Warsaw' }, 'pl')
 * // '26 listopada 2026, 10:00–14:00'
 */
export function formatEventTime(
  event: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>,
  locale: 'pl' | 'en' = 'pl',
): string {
  const zone = event.timeZone;
  if (localDayOf(event.startsAt, zone) === localDayOf(event.endsAt, zone))
    return `${formatInstant(event.startsAt, zone, locale)}–${formatClock(event.endsAt, zone)}`;
  return `${formatInstant(event.startsAt, zone, locale)} – ${formatInstant(event.endsAt, zone, locale)}`;
}
