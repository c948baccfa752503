import { tzOffset } from '@date-fns/tz';
import { formatClock } from '@org/domain';

const MINUTE = 60_000;
const HALF_DAY = 43_200_000;

/** The offset of a zone at an instant, in minutes east of UTC. */
const offsetAt = (ms: number, timeZone: string): number => tzOffset(timeZone, new Date(ms));

/**
 * Whether an instant's wall-clock time in a zone is also another instant's: the hour repeated when clocks
 * go back (02:00–03:00 on the last Sunday of October in Warsaw happens twice). Such a time alone does not
 * say which instant it is, so writers add the offset or write the instant in UTC. Zone transitions are
 * at least a day apart, so the offsets half a day either side are the only candidates.
 *
 * @example
 * isRepeatedWallClock('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // true
 * isRepeatedWallClock('2026-10-25T08:00:00Z', 'Europe/Warsaw') // false
 */
export function isRepeatedWallClock(instant: string, timeZone: string): boolean {
  const ms = Date.parse(instant);
  const offset = offsetAt(ms, timeZone);
  const wall = ms + offset * MINUTE;
  for (const other of [offsetAt(ms - HALF_DAY, timeZone), offsetAt(ms + HALF_DAY, timeZone)]) {
    if (other === offset) continue;
    const twin = wall - other * MINUTE;
    if (twin !== ms && offsetAt(twin, timeZone) === other) return true;
  }
  return false;
}

/**
 * The zone's offset at an instant as people read it: "UTC+02:00", "UTC−04:00" (a minus sign).
 *
 * @example
 * utcOffsetText('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // 'UTC+01:00'
 */
export function utcOffsetText(instant: string, timeZone: string): string {
  const offset = offsetAt(Date.parse(instant), timeZone);
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
