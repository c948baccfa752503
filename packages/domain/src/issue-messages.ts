/**
 * The domain's own Polish and English messages for zod's built-in issues (a missing value, a wrong type,
 * a length or a number out of range, a malformed URL, e-mail or date, a value outside an enumeration).
 * zod's locales speak to programmers ("oczekiwano string, otrzymano undefined", "Nieprawidłow(y/a/e)
 * URL"); these are shown to foundation staff beside form fields. Internal: `validate` and `errorFor` use
 * them. To cover a new issue code or format, add a case and a test in validation.test.ts for both
 * languages.
 */
import type { z } from 'zod';
import {
  AGENDA_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  AUTHORITY_KIND_LABELS,
  COOPERATION_FORM_LABELS,
  ENTITY_KIND_LABELS,
  EVENT_STATUS_LABELS,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  type Label,
  LEGAL_FORM_LABELS,
  USER_ROLE_LABELS,
} from './labels.js';
import { monthName } from './month-name.js';
import { type PolishPluralForms, pluralPl } from './plural.js';

type Locale = 'pl' | 'en';

/**
 * A message as a sentence, and what of the input it may repeat: `got` when present (the issue's input
 * unless the message says better, e.g. the discriminator of an object), nothing for a missing value or
 * where the message already says what was got (a length, a day that does not exist).
 */
export interface BuiltInMessage {
  text: string;
  got?: unknown;
}

const NUMBER_FORMATS = { pl: new Intl.NumberFormat('pl-PL'), en: new Intl.NumberFormat('en-GB') };
const num = (n: number | bigint, locale: Locale) => NUMBER_FORMATS[locale].format(n);

const UNITS: Record<string, { pl: PolishPluralForms; en: readonly [string, string] }> = {
  string: { pl: ['znak', 'znaki', 'znaków'], en: ['character', 'characters'] },
  array: { pl: ['element', 'elementy', 'elementów'], en: ['item', 'items'] },
  set: { pl: ['element', 'elementy', 'elementów'], en: ['item', 'items'] },
  map: { pl: ['element', 'elementy', 'elementów'], en: ['item', 'items'] },
  file: { pl: ['bajt', 'bajty', 'bajtów'], en: ['byte', 'bytes'] },
};

function countOf(n: number, unit: (typeof UNITS)[string], locale: Locale): string {
  return `${num(n, locale)} ${locale === 'pl' ? pluralPl(n, unit.pl) : n === 1 ? unit.en[0] : unit.en[1]}`;
}

// Types as a sentence names them: Polish needs the genitive after "oczekiwano" and the accusative after
// "otrzymano".
const TYPES: Record<string, { pl: [expected: string, got: string]; en: string }> = {
  string: { pl: ['tekstu', 'tekst'], en: 'text' },
  number: { pl: ['liczby', 'liczbę'], en: 'a number' },
  int: { pl: ['liczby całkowitej', 'liczbę całkowitą'], en: 'a whole number' },
  bigint: { pl: ['liczby całkowitej', 'liczbę całkowitą'], en: 'a whole number' },
  boolean: { pl: ['wartości tak/nie', 'wartość tak/nie'], en: 'yes or no' },
  array: { pl: ['listy', 'listę'], en: 'a list' },
  object: { pl: ['obiektu', 'obiekt'], en: 'an object' },
  date: { pl: ['daty', 'datę'], en: 'a date' },
  null: { pl: ['wartości pustej', 'wartość pustą'], en: 'null' },
  nan: { pl: ['liczby', 'wartość, która nie jest liczbą (NaN)'], en: 'not a number (NaN)' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

const REQUIRED = { pl: 'To pole jest wymagane.', en: 'This field is required.' };
const INVALID = { pl: 'Nieprawidłowa wartość.', en: 'Invalid value.' };

// Every table of value labels: an enumeration whose values are all keys of one of them is listed by its
// labels ("szkic, opublikowane"), the smallest such table first; others by their values.
const VALUE_LABELS: readonly Record<string, Label>[] = [
  LEGAL_FORM_LABELS,
  AUTHORITY_KIND_LABELS,
  EVENT_STATUS_LABELS,
  AGENDA_KIND_LABELS,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  COOPERATION_FORM_LABELS,
  ENTITY_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  USER_ROLE_LABELS,
].sort((a, b) => Object.keys(a).length - Object.keys(b).length);

function choices(values: readonly unknown[], locale: Locale): string {
  const table = VALUE_LABELS.find((t) => values.every((v) => typeof v === 'string' && Object.hasOwn(t, v)));
  return values.map((v) => (table ? (table[v as string] as Label)[locale] : String(v))).join(', ');
}

function oneOf(values: readonly unknown[], locale: Locale): string {
  if (values.length === 1) {
    const only = String(values[0]);
    return locale === 'pl' ? `Oczekiwano wartości „${only}”.` : `Expected "${only}".`;
  }
  return locale === 'pl'
    ? `Wybierz jedną z wartości: ${choices(values, locale)}.`
    : `Choose one of: ${choices(values, locale)}.`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * For a date written right (`YYYY-MM-DD`, a real month, day 1–31) whose day does not exist in its month,
 * the sentence that says so: "30 lutego 2027 nie istnieje".
 */
function missingDay(input: unknown, locale: Locale): string | undefined {
  const m = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(input) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const leap = isLeapYear(year);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day <= days) return undefined;
  const date = `${day} ${monthName(month - 1, locale)} ${year}`;
  const leapNote =
    month === 2 && day === 29
      ? locale === 'pl'
        ? ` (${year} nie jest rokiem przestępnym)`
        : ` (${year} is not a leap year)`
      : '';
  return locale === 'pl'
    ? `Nieprawidłowa data: ${date} nie istnieje${leapNote}.`
    : `Invalid date: ${date} does not exist${leapNote}.`;
}

function invalidType(issue: z.core.$ZodRawIssue & { code: 'invalid_type' }, locale: Locale): BuiltInMessage {
  const received = (issue as { received?: string }).received === 'NaN' ? 'nan' : typeOf(issue.input);
  if ((received === 'undefined' || received === 'null') && issue.expected !== 'null') return { text: REQUIRED[locale] };
  const expected = TYPES[issue.expected];
  if (!expected) return { text: INVALID[locale], got: issue.input };
  const want = locale === 'pl' ? `Oczekiwano ${expected.pl[0]}` : `Expected ${expected.en}`;
  // A string or a number is repeated as it is ("(otrzymano: „abc”)"); anything else is named by its type.
  if (received === 'string' || received === 'number') return { text: `${want}.`, got: issue.input };
  const got = TYPES[received];
  if (!got) return { text: `${want}.` };
  return { text: locale === 'pl' ? `${want}, otrzymano ${got.pl[1]}.` : `${want}, got ${got.en}.` };
}

function size(
  issue: z.core.$ZodRawIssue & { code: 'too_small' | 'too_big' },
  locale: Locale,
  secret: boolean,
): BuiltInMessage | undefined {
  const unit = UNITS[issue.origin ?? ''];
  if (!unit) return undefined;
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const limit = issue.inclusive ? bound : small ? bound + 1 : bound - 1;
  const input = issue.input;
  const length =
    typeof input === 'string'
      ? [...input].length
      : Array.isArray(input)
        ? input.length
        : input instanceof Set || input instanceof Map
          ? input.size
          : undefined;
  if (small && issue.origin === 'string' && length === 0) return { text: REQUIRED[locale] };
  const amount = countOf(limit, unit, locale);
  const exact = (issue as { exact?: boolean }).exact === true;
  const text =
    locale === 'pl'
      ? exact
        ? `Dokładnie ${amount}`
        : small
          ? `Co najmniej ${amount}`
          : `Najwyżej ${amount}`
      : exact
        ? `Exactly ${amount}`
        : small
          ? `At least ${amount}`
          : `At most ${amount}`;
  // The count given says more than the first 40 characters of a long text would; a secret's length is
  // not said either.
  if (secret || length === undefined) return { text: `${text}.` };
  return {
    text: locale === 'pl' ? `${text} (podano ${num(length, locale)}).` : `${text} (${num(length, locale)} given).`,
  };
}

function range(issue: z.core.$ZodRawIssue & { code: 'too_small' | 'too_big' }, locale: Locale): BuiltInMessage {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const shown =
    typeof bound === 'number' || typeof bound === 'bigint' ? num(bound, locale) : new Date(bound).toISOString();
  const words = {
    pl: small ? (issue.inclusive ? 'Najmniej' : 'Więcej niż') : issue.inclusive ? 'Najwięcej' : 'Mniej niż',
    en: small ? (issue.inclusive ? 'At least' : 'More than') : issue.inclusive ? 'At most' : 'Less than',
  };
  if (issue.origin === 'date') {
    const when = {
      pl: small ? (issue.inclusive ? 'Najwcześniej' : 'Później niż') : issue.inclusive ? 'Najpóźniej' : 'Wcześniej niż',
      en: small ? (issue.inclusive ? 'Not before' : 'After') : issue.inclusive ? 'Not after' : 'Before',
    };
    return { text: `${when[locale]} ${shown}.` };
  }
  return { text: `${words[locale]} ${shown}.`, got: issue.input };
}

function format(issue: z.core.$ZodRawIssue & { code: 'invalid_format' }, locale: Locale): BuiltInMessage {
  const input = issue.input;
  const pl = locale === 'pl';
  switch (issue.format) {
    case 'email':
      return {
        text: pl
          ? 'Nieprawidłowy adres e-mail (np. biuro@example.org).'
          : 'Invalid e-mail address (e.g. office@example.org).',
        got: input,
      };
    case 'url': {
      // The usual slip: "www.fundacja.pl", without the scheme the address needs to be a link.
      const noScheme = typeof input === 'string' && !/^[a-z][a-z\d+.-]*:/i.test(input);
      return {
        text: noScheme
          ? pl
            ? 'Nieprawidłowy adres URL: powinien zaczynać się od https:// (np. https://example.org).'
            : 'Invalid URL: it should start with https:// (e.g. https://example.org).'
          : pl
            ? 'Nieprawidłowy adres URL (np. https://example.org).'
            : 'Invalid URL (e.g. https://example.org).',
        got: input,
      };
    }
    case 'datetime':
    case 'date': {
      const missing = missingDay(input, locale);
      if (missing) return { text: missing };
      if (issue.format === 'date')
        return { text: pl ? 'Nieprawidłowa data (np. 2026-11-26).' : 'Invalid date (e.g. 2026-11-26).', got: input };
      return {
        text: pl
          ? 'Nieprawidłowa data i godzina (np. 2026-11-26T10:00:00+01:00).'
          : 'Invalid date and time (e.g. 2026-11-26T10:00:00+01:00).',
        got: input,
      };
    }
    case 'time':
      return { text: pl ? 'Nieprawidłowa godzina (np. 10:00).' : 'Invalid time (e.g. 10:00).', got: input };
    case 'starts_with': {
      const prefix = (issue as { prefix?: string }).prefix;
      return { text: pl ? `Musi zaczynać się od „${prefix}”.` : `Must start with "${prefix}".`, got: input };
    }
    case 'ends_with': {
      const suffix = (issue as { suffix?: string }).suffix;
      return { text: pl ? `Musi kończyć się na „${suffix}”.` : `Must end with "${suffix}".`, got: input };
    }
    case 'includes': {
      const part = (issue as { includes?: string }).includes;
      return { text: pl ? `Musi zawierać „${part}”.` : `Must contain "${part}".`, got: input };
    }
    default:
      return { text: pl ? 'Nieprawidłowy format.' : 'Invalid format.', got: input };
  }
}

/**
 * The message for one of zod's built-in issues, as a sentence in Polish or English. `secret` says the
 * input is a secret, so not even its length is told.
 */
export function builtInMessage(issue: z.core.$ZodRawIssue, locale: Locale, secret: boolean): BuiltInMessage {
  const pl = locale === 'pl';
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue, locale);
    case 'too_small':
    case 'too_big':
      return size(issue, locale, secret) ?? range(issue, locale);
    case 'invalid_format':
      return format(issue, locale);
    case 'invalid_value':
      // A choice left out (a form's select at "—", a field missing from JSON) is a required field, not a wrong value:
      // listing every option (13 legal forms) says nothing about what went wrong.
      if (issue.input === undefined) return { text: REQUIRED[locale] };
      return { text: oneOf(issue.values, locale), got: issue.input };
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator && options?.length) {
        const input = issue.input as Record<string, unknown> | undefined;
        return { text: oneOf(options, locale), got: input?.[discriminator] };
      }
      return { text: INVALID[locale], got: issue.input };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      if (issue.keys.length === 1) return { text: pl ? `Nieznane pole: ${keys}.` : `Unknown field: ${keys}.` };
      return { text: pl ? `Nieznane pola: ${keys}.` : `Unknown fields: ${keys}.` };
    }
    case 'not_multiple_of':
      return {
        text: pl
          ? `Musi być wielokrotnością ${num(issue.divisor, locale)}.`
          : `Must be a multiple of ${num(issue.divisor, locale)}.`,
        got: issue.input,
      };
    default:
      return { text: INVALID[locale], got: issue.input };
  }
}
