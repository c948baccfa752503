import { InstantSchema } from '@org/domain';
import { type EventFilter, FILTER_PARAMS_BY_LOCALE, hasSearchWords, type Locale, visibleText } from '@org/site';

/**
 * The paging parameters of the JSON API's lists, read strictly: decimal digits only (no `0x10`, `1e3`,
 * `+5`, spaces or fractions, which `Number()` would take), each given at most once (`limit=1&limit=2`
 * names no one page), within the documented bounds. Each failure is one sentence in the request's
 * language naming the parameter, what it takes and what it got.
 */
export const PAGE_PARAMS = {
  limit: { minimum: 1, maximum: 500, default: 50 },
  offset: { minimum: 0, maximum: 10_000_000, default: 0 },
} as const;
export type PageParams = { -readonly [K in keyof typeof PAGE_PARAMS]: number };

const DIGITS = /^[0-9]+$/;
// A value is repeated in a message only this far: a megabyte of digits is not worth echoing. An invisible
// character in it is written out (`\u200B`), so the quote shows what was wrong.
const shown = (value: string) => visibleText(value);

const MESSAGES = {
  en: {
    repeated: (name: string, n: number) => `Query parameter ${name} is given ${n} times: give it once.`,
    notDigits: (name: string, value: string) =>
      `Query parameter ${name} must be a whole number written in decimal digits (0–9), got "${shown(value)}".`,
    range: (name: string, min: number, max: number, value: string) =>
      `Query parameter ${name} must be between ${min} and ${max}, got ${shown(value)}.`,
    unknown: (name: string, known: readonly string[]) =>
      `Query parameter ${shown(name)} is not one this list takes; it takes ${known.join(', ')}.`,
    notInstant: (name: string, value: string) =>
      `Query parameter ${name} must be a date and time in ISO 8601 with Z or an offset from UTC, such as 2026-11-27T00:00:00Z, got "${shown(value)}".`,
    tooLate: (name: string, value: string) =>
      `Query parameter ${name} must be an instant before the year 10000 (UTC), got "${shown(value)}".`,
    searchTooLong: (name: string, max: number, length: number) =>
      `Query parameter ${name} must be at most ${max} characters, got ${length}.`,
    searchNoWords: (name: string, value: string) =>
      `Query parameter ${name} must hold a letter or a digit to look for, got "${shown(value)}".`,
  },
  pl: {
    repeated: (name: string, n: number) => `Parametr zapytania ${name} podano ${n} razy: należy podać go raz.`,
    notDigits: (name: string, value: string) =>
      `Parametr zapytania ${name} musi być liczbą całkowitą zapisaną cyframi dziesiętnymi (0–9), podano „${shown(value)}”.`,
    range: (name: string, min: number, max: number, value: string) =>
      `Parametr zapytania ${name} musi mieścić się między ${min} a ${max}, podano ${shown(value)}.`,
    unknown: (name: string, known: readonly string[]) =>
      `Ta lista nie przyjmuje parametru zapytania ${shown(name)}; przyjmuje: ${known.join(', ')}.`,
    notInstant: (name: string, value: string) =>
      `Parametr zapytania ${name} musi być datą z godziną w formacie ISO 8601, z Z lub przesunięciem względem UTC, np. 2026-11-27T00:00:00Z, podano „${shown(value)}”.`,
    tooLate: (name: string, value: string) =>
      `Parametr zapytania ${name} musi być chwilą przed rokiem 10000 (UTC), podano „${shown(value)}”.`,
    searchTooLong: (name: string, max: number, length: number) =>
      `Parametr zapytania ${name} może mieć najwyżej ${max} znaków, podano ${length}.`,
    searchNoWords: (name: string, value: string) =>
      `Parametr zapytania ${name} musi zawierać literę lub cyfrę do wyszukania, podano „${shown(value)}”.`,
  },
} as const satisfies Record<Locale, unknown>;

/**
 * The page a list request asks for, or the reasons it asks for none (one sentence each).
 *
 * @example
 * readPageParams(new URLSearchParams('limit=10'), 'en') // { ok: true, value: { limit: 10, offset: 0 } }
 * readPageParams(new URLSearchParams('limit=0x10'), 'en')
 * // { ok: false, messages: ['Query parameter limit must be a whole number written in decimal digits (0–9), got "0x10".'] }
 */
export function readPageParams(
  query: URLSearchParams,
  locale: Locale,
): { ok: true; value: PageParams } | { ok: false; messages: string[] } {
  const t = MESSAGES[locale];
  const value = {} as PageParams;
  const messages: string[] = [];
  for (const name of Object.keys(PAGE_PARAMS) as (keyof PageParams)[]) {
    const { minimum, maximum } = PAGE_PARAMS[name];
    const given = query.getAll(name);
    const text = given[0];
    if (given.length > 1) messages.push(t.repeated(name, given.length));
    else if (text === undefined) value[name] = PAGE_PARAMS[name].default;
    else if (!DIGITS.test(text)) messages.push(t.notDigits(name, text));
    else {
      // Compared as big integers: 99999999999999999999999 is out of range, not a rounded float.
      const n = BigInt(text);
      if (n < BigInt(minimum) || n > BigInt(maximum)) messages.push(t.range(name, minimum, maximum, text));
      else value[name] = Number(n);
    }
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, value };
}

/**
 * The language of the API's messages: Polish when the request's Accept-Language prefers Polish to
 * English, English otherwise (the API's paths have no language of their own).
 *
 * @example
 * apiLocale('pl-PL,pl;q=0.9,en;q=0.8') // 'pl'
 * apiLocale(undefined) // 'en'
 */
export function apiLocale(acceptLanguage: string | undefined): Locale {
  let best: { locale: Locale; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const locale = tag === 'pl' || tag.startsWith('pl-') ? 'pl' : tag === 'en' || tag.startsWith('en-') ? 'en' : null;
    if (!locale) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'en';
}

/**
 * The event list's filters as the API takes them: the English names of the website's English list
 * (`hashtag`, `month`, `organisation`, `authority`), or its Polish ones (`hasztag`, `miesiac`,
 * `organizacja`, `samorzad`), as either language's pages take both; then other spellings: the API's paths
 * and fields say `organization` (`/organizations`, `organizationId`), so that is read as `organisation`.
 */
export const EVENT_FILTER_PARAMS: Readonly<Record<keyof EventFilter, readonly [string, string, ...string[]]>> = {
  hashtag: [FILTER_PARAMS_BY_LOCALE.en.hashtag, FILTER_PARAMS_BY_LOCALE.pl.hashtag],
  month: [FILTER_PARAMS_BY_LOCALE.en.month, FILTER_PARAMS_BY_LOCALE.pl.month],
  organization: [FILTER_PARAMS_BY_LOCALE.en.organization, FILTER_PARAMS_BY_LOCALE.pl.organization, 'organization'],
  authority: [FILTER_PARAMS_BY_LOCALE.en.authority, FILTER_PARAMS_BY_LOCALE.pl.authority],
};

/**
 * The filters of an event list request, or why it names no one list: each filter given at most once
 * (under either of its names), and no parameter the list does not take (`status=draft` or `sort=title`
 * would otherwise be ignored without a word, and the answer taken for what was asked). Whether a value
 * names something (an organisation's slug) is the caller's to check.
 *
 * @example
 * readListQuery(new URLSearchParams('hashtag=Współpraca&limit=5'), 'en', true)
 * // { ok: true, filter: { hashtag: 'Współpraca' } }
 * readListQuery(new URLSearchParams('status=draft'), 'en', false)
 * // { ok: false, messages: ['Query parameter status is not one this list takes; it takes limit, offset, updatedSince.'] }
 */
export function readListQuery(
  query: URLSearchParams,
  locale: Locale,
  events: boolean,
  searches = false,
): { ok: true; filter: EventFilter } | { ok: false; messages: string[] } {
  const t = MESSAGES[locale];
  const known: string[] = [...Object.keys(PAGE_PARAMS), UPDATED_SINCE, ...(searches ? [SEARCH] : [])];
  if (events) for (const [en] of Object.values(EVENT_FILTER_PARAMS)) known.push(en);
  const messages: string[] = [];
  const filter: EventFilter = {};
  if (events)
    for (const [key, names] of Object.entries(EVENT_FILTER_PARAMS) as [keyof EventFilter, readonly string[]][]) {
      const given = names.flatMap((name) => query.getAll(name));
      if (given.length > 1) messages.push(t.repeated(names.join('/'), given.length));
      else if (given[0]) filter[key] = given[0];
    }
  const accepted = new Set([...known, ...(events ? Object.values(EVENT_FILTER_PARAMS).flat() : [])]);
  for (const name of new Set(query.keys())) if (!accepted.has(name)) messages.push(t.unknown(name, known));
  return messages.length > 0 ? { ok: false, messages } : { ok: true, filter };
}

/** The parameter of the lists that search: the store's word-prefix search, as the website's search boxes do. */
export const SEARCH = 'search';
/** The longest search the API takes, in characters (the website's boxes take 100). */
export const SEARCH_MAX_API = 200;

/**
 * The words a list request searches for (`search`), or why it names none to look for: given at most once, at most
 * `SEARCH_MAX_API` characters, and holding a letter or a digit (the store finds nothing by punctuation alone, and
 * would otherwise answer the whole list). An empty one asks for nothing.
 *
 * @example
 * readSearchParam(new URLSearchParams('search=otwarte+drzwi'), 'en') // { ok: true, value: 'otwarte drzwi' }
 * readSearchParam(new URLSearchParams('search=!!!'), 'en')
 * // { ok: false, messages: ['Query parameter search must hold a letter or a digit to look for, got "!!!".'] }
 */
export function readSearchParam(
  query: URLSearchParams,
  locale: Locale,
): { ok: true; value: string | undefined } | { ok: false; messages: string[] } {
  const t = MESSAGES[locale];
  const given = query.getAll(SEARCH);
  if (given.length > 1) return { ok: false, messages: [t.repeated(SEARCH, given.length)] };
  const text = given[0]?.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: true, value: undefined };
  const length = [...text].length;
  if (length > SEARCH_MAX_API) return { ok: false, messages: [t.searchTooLong(SEARCH, SEARCH_MAX_API, length)] };
  if (!hasSearchWords(text)) return { ok: false, messages: [t.searchNoWords(SEARCH, text)] };
  return { ok: true, value: text };
}

/** The parameter every list takes for incremental sync: the records changed at or after an instant. */
export const UPDATED_SINCE = 'updatedSince';
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * The instant `updatedSince` names, in milliseconds since the epoch (`undefined` when not given), or why it
 * names none: given at most once, an ISO 8601 date and time with `Z` or an offset (`InstantSchema`, the form of
 * the records' own `updatedAt`), a real calendar day, before the year 10000 in UTC. A date alone is refused: which midnight it means depends on
 * a zone the API would have to guess.
 *
 * @example
 * readUpdatedSince(new URLSearchParams('updatedSince=2026-11-27T00:00:00Z'), 'en') // { ok: true, value: 1795737600000 }
 * readUpdatedSince(new URLSearchParams('updatedSince=2026-11-27'), 'en')
 * // { ok: false, messages: ['Query parameter updatedSince must be a date and time in ISO 8601 with Z or an offset from UTC, such as 2026-11-27T00:00:00Z, got "2026-11-27".'] }
 */
export function readUpdatedSince(
  query: URLSearchParams,
  locale: Locale,
): { ok: true; value: number | undefined } | { ok: false; messages: string[] } {
  const t = MESSAGES[locale];
  const given = query.getAll(UPDATED_SINCE);
  const text = given[0];
  if (given.length > 1) return { ok: false, messages: [t.repeated(UPDATED_SINCE, given.length)] };
  if (text === undefined) return { ok: true, value: undefined };
  const instant = InstantSchema.safeParse(text).success ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(instant)) return { ok: false, messages: [t.notInstant(UPDATED_SINCE, text)] };
  // 9999-12-31T23:00:00-05:00 is in the year 10000 in UTC, where the store keeps and compares updatedAt as text
  // of four-digit years: it refuses such an instant, and so does the API, as bad input rather than a 500.
  if (instant > LAST_INSTANT) return { ok: false, messages: [t.tooLate(UPDATED_SINCE, text)] };
  return { ok: true, value: instant };
}
