/**
 * Wall-clock times in an event's zone (what `<input type="datetime-local">` shows) and instants with
 * an offset (what the domain stores). Intl only, so the browser bundle uses the same code.
 */

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

function offsetMinutes(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A local wall-clock time in a zone as an instant with that zone's offset, or null when the input is
 * not `YYYY-MM-DDTHH:mm` or the zone is unknown.
 *
 * @example
 * localToInstant('2026-11-26T10:00', 'Europe/Warsaw') // '2026-11-26T10:00:00+01:00'
 */
export function localToInstant(local: string, zone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  try {
    let offset = offsetMinutes(wall, zone);
    offset = offsetMinutes(wall - offset * 60_000, zone);
    const sign = offset < 0 ? '-' : '+';
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  } catch {
    return null;
  }
}

/**
 * An instant as the wall-clock time of a zone, for a datetime-local field; '' when unparsable.
 *
 * @example
 * instantToLocal('2026-11-26T09:00:00Z', 'Europe/Warsaw') // '2026-11-26T10:00'
 */
export function instantToLocal(instant: string | undefined, zone: string): string {
  if (!instant) return '';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  try {
    const local = new Date(ms + offsetMinutes(ms, zone) * 60_000);
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  } catch {
    return '';
  }
}
