import { formatClock, isRepeatedWallClock, zoneOffsetMinutes } from '@org/domain';

// Whether a wall-clock time is in the hour repeated when clocks go back is @org/domain's rule, the same
// one its event times follow; this module says how writers of formats mark such a time.
export { isRepeatedWallClock };

/**
 * The zone's offset at an instant as people read it: "UTC+02:00", "UTC−04:00" (a minus sign).
 *
 * @example
 * utcOffsetText('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // 'UTC+01:00'
 */
export function utcOffsetText(instant: string, timeZone: string): string {
  const offset = zoneOffsetMinutes(Date.parse(instant), timeZone);
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset < 0 ? '−' : '+'}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
}

/**
 * What follows a wall-clock time in the repeated hour so that it says which instant it is: " (UTC+01:00)";
 * nothing for any other time.
 *
 * @example
 * offsetMark('2026-10-25T02:30:00+02:00', 'Europe/Warsaw') // ' (UTC+02:00)'
 */
export const offsetMark = (instant: string, timeZone: string): string =>
  isRepeatedWallClock(instant, timeZone) ? ` (${utcOffsetText(instant, timeZone)})` : '';

/**
 * The wall-clock time of an instant in a zone ("10:00"), with the offset when the time is in the repeated
 * hour and would not say which instant it is: "02:30 (UTC+02:00)", then "02:30 (UTC+01:00)" an hour later.
 *
 * @example
 * clockText('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // '02:30 (UTC+01:00)'
 */
export function clockText(instant: string, timeZone: string): string {
  return `${formatClock(instant, timeZone)}${offsetMark(instant, timeZone)}`;
}
