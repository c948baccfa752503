import { formatInstant, type Locale } from '@org/domain';

/**
 * The foundation works in Warsaw: times that belong to no event (a record's last change, an audit
 * entry) are shown in its wall-clock time, whatever zone the server runs in.
 */
export const OFFICE_ZONE = 'Europe/Warsaw';

/**
 * An instant as the office reads it: "27 listopada 2026, 09:16" (pl) or "27 November 2026, 09:16" (en).
 *
 * @example
 * officeTime('2026-11-27T08:16:00Z', 'pl') // '27 listopada 2026, 09:16'
 */
export const officeTime = (instant: string, locale: Locale): string => formatInstant(instant, OFFICE_ZONE, locale);
