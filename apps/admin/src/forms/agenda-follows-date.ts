import { instantToLocal, localDayOf, localToInstant } from '@org/domain';

/** What a save did to the agenda: how many calendar days its items moved (negative: earlier) and how many moved. */
export interface AgendaMove {
  readonly days: number;
  readonly moved: number;
}

type Tree = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** Whole calendar days from one `YYYY-MM-DD` to another: both read as UTC dates, which have no DST. */
function calendarDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * An instant moved by whole calendar days in a zone, keeping its wall-clock time there: 10:00 stays 10:00 across
 * a DST change. A time the target day skips (02:30 on the March change) moves forward by the gap, and one it repeats
 * (02:30 on the October change) is its first occurrence, as `localToInstant` reads a typed time.
 */
function moveByDays(instant: string, days: number, zone: string): string | null {
  const local = instantToLocal(instant, zone);
  if (!local) return null;
  const date = new Date(Date.parse(`${local.slice(0, 10)}T00:00:00Z`));
  date.setUTCDate(date.getUTCDate() + days);
  return localToInstant(`${date.toISOString().slice(0, 10)}${local.slice(10)}`, zone);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const sameInstant = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);

/**
 * When an event saved over its stored version starts on another calendar day of its zone, its agenda follows:
 * every item that lay within the stored event and that this submission left as stored moves by the same number of
 * days, keeping its time of day in the zone. A change of the start's time of day alone moves nothing, nor does a
 * change of the zone itself (the times are being redefined); an item the submission changed, a new one and one that
 * already lay outside the stored event are kept as sent. Returns the agenda to save and what moved, or null when
 * nothing moves. Used by the server before saving and by the browser for the agenda problems it lists.
 *
 * @example
 * agendaFollowsDate(stored, { ...stored, startsAt: '2026-11-29T09:00:00Z', endsAt: '2026-11-29T13:00:00Z' })
 * // { agenda: [...items three days later...], move: { days: 3, moved: 4 } } for a stored start on 26 November
 */
export function agendaFollowsDate(stored: Tree, submitted: Tree): { agenda: Tree[]; move: AgendaMove } | null {
  const zone = str(stored.timeZone) ?? 'Europe/Warsaw';
  const storedStart = str(stored.startsAt);
  const storedEnd = str(stored.endsAt);
  const start = str(submitted.startsAt);
  if ((str(submitted.timeZone) ?? 'Europe/Warsaw') !== zone || !storedStart || !storedEnd || !start) return null;
  if (Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(storedStart))) return null;
  const days = calendarDays(localDayOf(storedStart, zone), localDayOf(start, zone));
  if (days === 0 || !Array.isArray(submitted.agenda) || !Array.isArray(stored.agenda)) return null;
  const before = new Map<string, Tree>();
  for (const item of stored.agenda as Tree[]) if (typeof item?.id === 'string') before.set(item.id, item);
  const from = Date.parse(storedStart);
  const to = Date.parse(storedEnd);
  let moved = 0;
  const agenda = (submitted.agenda as Tree[]).map((item) => {
    const old = typeof item?.id === 'string' ? before.get(item.id) : undefined;
    if (!old || !sameInstant(item.startsAt, old.startsAt) || !sameInstant(item.endsAt, old.endsAt)) return item;
    const s = Date.parse(old.startsAt as string);
    const e = Date.parse(old.endsAt as string);
    if (s < from || e > to) return item;
    const startsAt = moveByDays(old.startsAt as string, days, zone);
    let endsAt = moveByDays(old.endsAt as string, days, zone);
    if (!startsAt || !endsAt) return item;
    // A start the new day skips moved forward past its end (02:30–03:00 onto the March change): the item keeps
    // its length from where it now starts, rather than ending before it starts.
    if (Date.parse(endsAt) <= Date.parse(startsAt))
      endsAt =
        localToInstant(instantToLocal(new Date(Date.parse(startsAt) + e - s).toISOString(), zone), zone) ?? endsAt;
    moved++;
    return { ...item, startsAt, endsAt };
  });
  return moved > 0 ? { agenda, move: { days, moved } } : null;
}
