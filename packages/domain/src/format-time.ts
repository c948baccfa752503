import { tzOffset } from '@date-fns/tz';
import type { Event } from './event.js';
import { monthName } from './month-name.js';

/**
 * `compute(key, timeZone)` kept per zone and key, so asking again costs a map lookup: the same instants are
 * formatted many times over (an agenda item's start is its time, the day its speakers' affiliations are
 * read for, a calendar line). Each zone keeps at most `bound` keys and is emptied when full, which keeps
 * the memory in check. A value is only ever the one `compute` gives, so a kept one is always right;
 * `compute` throwing keeps nothing.
 */
function perZoneMemo<K, V>(bound: number, compute: (key: K, timeZone: string) => V): (key: K, timeZone: string) => V {
  const zones = new Map<string, Map<K, V>>();
  return (key, timeZone) => {
    let zone = zones.get(timeZone);
    if (zone === undefined) {
      zone = new Map();
      zones.set(timeZone, zone);
    }
    let value = zone.get(key);
    if (value === undefined) {
      value = compute(key, timeZone);
      if (zone.size >= bound) zone.clear();
      zone.set(key, value);
    }
    return value;
  };
}

// A page with an agenda formats dozens of instants, each needing its zone's offset (and a few more to
// tell a repeated hour): an Intl call each, unless kept.
const offsetMemo = perZoneMemo(50_000, (ms: number, timeZone) => tzOffset(timeZone, new Date(ms)));

/**
 * A zone's offset from UTC at an instant (epoch milliseconds), in minutes east of UTC: 60 for Warsaw in
 * winter, 120 in summer; NaN for a zone the runtime does not know. Kept per zone and instant, so
 * asking again costs a map lookup instead of an Intl call.
 *
 * @example
 * zoneOffsetMinutes(Date.parse('2026-11-26T09:00:00Z'), 'Europe/Warsaw') // 60
 */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  return offsetMemo(ms, timeZone);
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}
/** The wall-clock fields of an instant in a zone (month 0–11), read off the instant shifted by the zone's offset. */
const wallClock = perZoneMemo(20_000, (instant: string, timeZone): WallClock => {
  const ms = Date.parse(instant);
  const offset = zoneOffsetMinutes(ms, timeZone);
  // A bug in the caller (schemas let neither through), so a throw rather than "NaN undefined NaN".
  if (Number.isNaN(ms))
    throw new RangeError(`Not an ISO 8601 instant: "${instant}" (expected one such as "2026-11-26T09:00:00Z").`);
  if (Number.isNaN(offset))
    throw new RangeError(`Unknown IANA time zone: "${timeZone}" (expected one such as "Europe/Warsaw").`);
  const local = new Date(ms + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
});

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant shown in a time zone: "26 listopada 2026, 10:00" (pl) or "26 November 2026, 10:00" (en).
 * Like every formatter here, it throws a `RangeError` for a string that is no instant or a zone the
 * runtime does not know.
 *
 * @example
 * formatInstant('2026-11-26T09:00:00Z', 'Europe/Warsaw', 'pl') // '26 listopada 2026, 10:00'
 */
export function formatInstant(instant: string, timeZone: string, locale: 'pl' | 'en' = 'pl'): string {
  const t = wallClock(instant, timeZone);
  return `${t.day} ${monthName(t.month, locale)} ${t.year}, ${two(t.hour)}:${two(t.minute)}`;
}

/**
 * The wall-clock time of an instant in a zone: "10:00".
 *
 * @example
 * formatClock('2026-11-26T09:00:00Z', 'Europe/Warsaw') // '10:00'
 */
export function formatClock(instant: string, timeZone: string): string {
  const t = wallClock(instant, timeZone);
  return `${two(t.hour)}:${two(t.minute)}`;
}

/**
 * The day of an instant in a zone: "26 listopada 2026".
 *
 * @example
 * formatDay('2026-11-26T09:00:00Z', 'Europe/Warsaw', 'en') // '26 November 2026'
 */
export function formatDay(instant: string, timeZone: string, locale: 'pl' | 'en' = 'pl'): string {
  const t = wallClock(instant, timeZone);
  return `${t.day} ${monthName(t.month, locale)} ${t.year}`;
}

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in a zone, e.g. to pick affiliations valid that day.
 *
 * @example
 * localDayOf('2026-11-26T23:30:00Z', 'Europe/Warsaw') // '2026-11-27'
 */
export function localDayOf(instant: string, timeZone: string): string {
  const t = wallClock(instant, timeZone);
  return `${String(t.year).padStart(4, '0')}-${two(t.month + 1)}-${two(t.day)}`;
}

/**
 * True when the wall-clock time of an instant happens twice in its zone: the hour repeated when the
 * clocks go back (02:00–02:59 on the last Sunday of October in Warsaw). Such a time alone does not say
 * which instant it is, so writers add the offset or the zone's name. The wall clock is repeated when
 * the zone's other offset of that day also gives an instant with that offset.
 *
 * @example
 * isRepeatedWallClock('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // true
 * isRepeatedWallClock('2026-10-25T08:00:00Z', 'Europe/Warsaw') // false
 */
export function isRepeatedWallClock(instant: string, timeZone: string): boolean {
  // Asked for every time an agenda or calendar writes: kept per zone and instant, as the wall clock is.
  return repeatedMemo(instant, timeZone);
}

const repeatedMemo = perZoneMemo(20_000, (instant: string, timeZone) => wallClockRepeats(instant, timeZone));

function wallClockRepeats(instant: string, timeZone: string): boolean {
  const ms = Date.parse(instant);
  const wall = ms + zoneOffsetMinutes(ms, timeZone) * 60_000;
  const before = zoneOffsetMinutes(wall - 43_200_000, timeZone);
  const after = zoneOffsetMinutes(wall + 43_200_000, timeZone);
  if (before === after || !Number.isFinite(before) || !Number.isFinite(after)) return false;
  const own = zoneOffsetMinutes(ms, timeZone);
  const other = own === before ? after : before;
  return zoneOffsetMinutes(wall - other * 60_000, timeZone) === other;
}

// Only the repeated hour needs a zone name, so these are made on first use, one per zone and language.
const ZONE_NAMES = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant as the language writes it: "CEST", "CET" (both in Polish), "GMT-4". */
function zoneName(instant: string, timeZone: string, locale: 'pl' | 'en'): string {
  const key = `${locale} ${timeZone}`;
  let format = ZONE_NAMES.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { timeZone, timeZoneName: 'short' });
    ZONE_NAMES.set(key, format);
  }
  return format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/**
 * What follows a time in the hour the October change repeats, which alone does not say which of the
 * two it is: a space and the zone's name as the language writes it (" CEST", then " CET" an hour
 * later); nothing for any other time. Agendas and event times write "02:30 CEST–02:30 CET".
 *
 * @example
 * zoneIfRepeated('2026-10-25T02:30:00+01:00', 'Europe/Warsaw') // ' CET'
 * zoneIfRepeated('2026-11-26T09:00:00Z', 'Europe/Warsaw') // ''
 */
export const zoneIfRepeated = (instant: string, timeZone: string, locale: 'pl' | 'en' = 'pl'): string =>
  isRepeatedWallClock(instant, timeZone) ? ` ${zoneName(instant, timeZone, locale)}` : '';

/**
 * When an event happens, in its own time zone: "26 listopada 2026, 10:00–14:00", or both full ends
 * when it spans days ("25 października 2026, 22:00 – 26 października 2026, 02:00"). Instants are
 * converted with the zone's rules for that day, so DST changes (last Sunday of March and October)
 * show the right wall-clock time. A time in the hour the October change repeats is followed by the
 * zone's abbreviation, as both languages write it ("02:30 CEST–02:30 CET"); no other time is.
 *
 * @example
 * formatEventTime({ startsAt: '2026-11-26T09:00:00Z', endsAt: '2026-11-26T13:00:00Z', timeZone: 'Europe/Warsaw' }, 'pl')
 * // '26 listopada 2026, 10:00–14:00'
 * formatEventTime({ startsAt: '2026-10-25T02:30:00+02:00', endsAt: '2026-10-25T02:30:00+01:00', timeZone: 'Europe/Warsaw' }, 'pl')
 * // '25 października 2026, 02:30 CEST–02:30 CET'
 */
export function formatEventTime(
  event: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>,
  locale: 'pl' | 'en' = 'pl',
): string {
  const zone = event.timeZone;
  const start = `${formatInstant(event.startsAt, zone, locale)}${zoneIfRepeated(event.startsAt, zone, locale)}`;
  const endZone = zoneIfRepeated(event.endsAt, zone, locale);
  if (localDayOf(event.startsAt, zone) === localDayOf(event.endsAt, zone))
    return `${start}–${formatClock(event.endsAt, zone)}${endZone}`;
  return `${start} – ${formatInstant(event.endsAt, zone, locale)}${endZone}`;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * A wall-clock time in a zone (`YYYY-MM-DDTHH:mm`, what `<input type="datetime-local">` gives) as
 * an instant written with the zone's offset at that instant; null when the text is no such time or
 * the zone is unknown. A time the clocks skip (the March change) moves forward by the gap and is
 * written as the time it moves to; a repeated one (October) is its first occurrence, the summer
 * offset: both as browsers read a local time.
 *
 * @example
 * localToInstant('2026-11-26T10:00', 'Europe/Warsaw') // '2026-11-26T10:00:00+01:00'
 * localToInstant('2026-03-29T02:30', 'Europe/Warsaw') // '2026-03-29T03:30:00+02:00' (02:30 never happened)
 * localToInstant('2026-10-25T02:30', 'Europe/Warsaw') // '2026-10-25T02:30:00+02:00' (the first 02:30)
 */
export function localToInstant(local: string, timeZone: string): string | null {
  const m = LOCAL_TIME.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).getUTCDate() !== d) return null;
  // The zone's offsets half a day either side; a wall clock fits an offset when that offset is the
  // zone's own at the instant it gives. Both fit in the repeated hour (the earlier instant wins),
  // neither in the skipped one (the offset before the change applies, moving it forward).
  const before = zoneOffsetMinutes(wall - 43_200_000, timeZone);
  if (!Number.isFinite(before)) return null;
  const after = zoneOffsetMinutes(wall + 43_200_000, timeZone);
  const fits = (o: number) => zoneOffsetMinutes(wall - o * 60_000, timeZone) === o;
  const guess = fits(before) && fits(after) ? Math.max(before, after) : fits(after) ? after : before;
  // The instant is then written with the offset valid at it: in the skipped hour that is the offset
  // after the change, so the text shows a wall clock that existed (02:30+01:00 is written 03:30+02:00).
  const ms = wall - guess * 60_000;
  const offset = zoneOffsetMinutes(ms, timeZone);
  const t = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${String(t.getUTCFullYear()).padStart(4, '0')}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`;
  const time = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:00`;
  return `${date}T${time}${sign}${two(Math.trunc(abs / 60))}:${two(abs % 60)}`;
}

/**
 * An instant as the wall-clock time of a zone (`YYYY-MM-DDTHH:mm`, for a datetime-local field);
 * '' when the instant cannot be read or the zone is unknown.
 *
 * @example
 * instantToLocal('2026-11-26T09:00:00Z', 'Europe/Warsaw') // '2026-11-26T10:00'
 */
export function instantToLocal(instant: string | undefined, timeZone: string): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  if (!Number.isFinite(zoneOffsetMinutes(Date.parse(instant), timeZone))) return '';
  const t = wallClock(instant, timeZone);
  return `${String(t.year).padStart(4, '0')}-${two(t.month + 1)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}`;
}
