/**
 * The hour the clocks go back (the last Sunday of October, 02:00–02:59 in Warsaw) happens twice, so a
 * wall-clock time in it, which is all a datetime-local field gives, names two instants. The form asks
 * which one with a select beside the field (`offsetFieldName`), shown only for such a time; these are
 * its options and words. Shared by the server and the browser bundle: pure, no I/O.
 */
import { type Locale, localToInstant, zoneIfRepeated, zoneOffsetMinutes } from '@org/domain';

/** One of the instants a repeated wall-clock time names, as the form offers it. */
export interface RepeatedChoice {
  /** The instant, written with its offset: `2026-10-25T02:30:00+01:00`. */
  instant: string;
  /** The offset, the option's value: `+01:00`. */
  offset: string;
  /** "czas letni (CEST, UTC+2)", "czas zimowy (CET, UTC+1)"; English for English admins. */
  label: string;
}

/** The name of the select that says which of the two instants a field's repeated time is. */
export const offsetFieldName = (name: string): string => `${name}Offset`;

const two = (n: number) => String(n).padStart(2, '0');
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${two(Math.trunc(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`;
const utcText = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '−' : '+'}${Math.trunc(abs / 60)}${abs % 60 ? `:${two(abs % 60)}` : ''}`;
};

/**
 * The two instants a wall-clock time (`YYYY-MM-DDTHH:mm`) names in a zone when the clocks go back
 * over it, earlier first (the summer offset, then the winter one); an empty list for any other time,
 * including one the clocks skip and text that is no time at all.
 *
 * @example
 * repeatedChoices('2026-10-25T02:30', 'Europe/Warsaw', 'pl').map((c) => c.instant)
 * // ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']
 */
export function repeatedChoices(local: string, zone: string, locale: Locale): RepeatedChoice[] {
  const first = localToInstant(local, zone);
  if (!first || zoneIfRepeated(first, zone) === '') return [];
  const wall = Date.parse(`${local.slice(0, 16)}:00Z`);
  // The zone's offsets half a day either side of the change; a wall clock in the repeated hour fits both.
  const offsets = [...new Set([zoneOffsetMinutes(wall - 43_200_000, zone), zoneOffsetMinutes(wall + 43_200_000, zone)])]
    .filter((o) => zoneOffsetMinutes(wall - o * 60_000, zone) === o)
    .sort((a, b) => b - a);
  if (offsets.length !== 2) return [];
  return offsets.map((o, i) => {
    const instant = `${local.slice(0, 16)}:00${offsetText(o)}`;
    const season = i === 0 ? SEASON.summer[locale] : SEASON.winter[locale];
    return {
      instant,
      offset: offsetText(o),
      label: `${season} (${zoneIfRepeated(instant, zone, locale).trim()}, ${utcText(o)})`,
    };
  });
}

const SEASON = {
  summer: { pl: 'czas letni', en: 'summer time' },
  winter: { pl: 'czas zimowy', en: 'winter time' },
} as const;

/**
 * What staff are told when they typed a time the clocks go back over without saying which one: what
 * (the time and the field), why (the clock change), and what to do (choose in the select).
 */
export function repeatedTimeMessage(label: string, local: string, choices: readonly RepeatedChoice[], locale: Locale) {
  const time = local.slice(11, 16);
  const [a, b] = [choices[0]?.label ?? '', choices[1]?.label ?? ''];
  return locale === 'pl'
    ? `${label}: ${time} jest tego dnia dwa razy (zmiana czasu: zegary cofa się o godzinę). Wybierz w polu „Która ${time}?”, o którą chodzi: pierwszą — ${a}, czy drugą — ${b}. Nic nie zostało zapisane.`
    : `${label}: ${time} happens twice on that day (clock change: clocks go back an hour). Choose which one you mean in "Which ${time}?": the first — ${a}, or the second — ${b}. Nothing was saved.`;
}

/** The label of the select: "Która 02:30?". */
export const repeatedChoiceLabel = (local: string, locale: Locale): string =>
  locale === 'pl' ? `Która ${local.slice(11, 16)}?` : `Which ${local.slice(11, 16)}?`;
