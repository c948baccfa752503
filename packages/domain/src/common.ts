import { z } from 'zod';
import { CURRENCY_CODES, CURRENCY_CODES_NOT_IN_HUNDREDTHS } from './currencies.js';
import { parsePolishIban } from './identifiers/iban.js';
import { parseKrs } from './identifiers/krs.js';
import { parseNip } from './identifiers/nip.js';
import { parsePostalCode } from './identifiers/postal-code.js';
import { parseRegon } from './identifiers/regon.js';
import type { IdentifierResult } from './identifiers/result.js';
import { parseTerc } from './identifiers/terc.js';

/**
 * The `when` of a refinement that compares fields: run it when the fields it reads have no issues of their
 * own, whatever is wrong elsewhere in the object. zod runs an object's refinements only when nothing else
 * failed, so a form with an empty title would say that its event ends before it starts only once the title
 * was fixed; staff should see every problem at once. A refinement never runs on a value that is not the
 * object (an issue at the object itself), nor on a field it reads that has an issue: comparing a value it
 * could not read adds a second, misleading issue ("ends before it starts" for an unreadable start). A
 * refinement given `whenValid` must read only the fields it names.
 *
 * @example
 * z.object({ from: LocalDateSchema, to: LocalDateSchema, title: z.string() })
 *   .refine((p) => p.from <= p.to, { path: ['to'], when: whenValid(['from'], ['to']) })
 *   .safeParse({ from: '2026-02-01', to: '2026-01-01' }) // issues: title (required) and to (order)
 */
export const whenValid =
  (...paths: readonly (readonly PropertyKey[])[]) =>
  (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((issue) => {
      const at = issue.path ?? [];
      // An issue on a field read (or inside it), or on a part of the record that holds a field read.
      return !paths.some((path) => {
        const shorter = Math.min(path.length, at.length);
        for (let i = 0; i < shorter; i++) if (at[i] !== path[i]) return false;
        return true;
      });
    });

/**
 * A string matching a pattern; a mismatch is an issue with our `code`, so messages can say what was expected.
 *
 * @example
 * patternSchema(/^[A-Z]{3}$/, 'currency').safeParse('zł').success // false
 */
export const patternSchema = (pattern: RegExp, code: string) =>
  z.string().refine((s) => pattern.test(s), { params: { code } });

/**
 * An opaque identifier (UUIDv7 in practice, see `uuidv7`), separate from the slug. Letters, digits,
 * `-` and `_`, at most 64 characters.
 */
export const IdSchema = patternSchema(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'id').describe(
  'An opaque, stable identifier of a record (a UUIDv7 in practice); unlike the slug, it never changes.',
);
export type Id = z.infer<typeof IdSchema>;

/** A URL slug: lower-case ASCII words joined by single hyphens (what `slugify` makes). */
export const SlugSchema = patternSchema(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug')
  .max(80)
  .describe('The record’s name in its page address: lower-case ASCII words joined by hyphens. Editors may change it.');
export type Slug = z.infer<typeof SlugSchema>;

/** An instant: ISO 8601 date-time with `Z` or an offset (`2026-11-26T10:00:00+01:00`). */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .describe('An instant: ISO 8601 date and time with Z or an offset, e.g. 2026-11-26T10:00:00+01:00.');
export type Instant = z.infer<typeof InstantSchema>;

/** A calendar day, `YYYY-MM-DD`. */
export const LocalDateSchema = z.iso.date().describe('A calendar day, YYYY-MM-DD.');
export type LocalDate = z.infer<typeof LocalDateSchema>;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time-zone name known to the runtime, e.g. `Europe/Warsaw`. */
export const TimeZoneSchema = z.string().refine(isTimeZone, { params: { code: 'timeZone' } });
export type TimeZone = z.infer<typeof TimeZoneSchema>;

// C0 control characters other than tab and line ends, and DEL: PostgreSQL cannot store NUL, and XML
// 1.0 (RSS, Atom, frab, iCalendar readers) forbids the rest, so they would break every output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Whether text is free of control characters (tab, line feed and carriage return are allowed).
 *
 * @example
 * hasNoControlCharacters('Panel\n1') // true
 * hasNoControlCharacters('Pa\u0000nel') // false
 */
export const hasNoControlCharacters = (text: string): boolean => !CONTROL_CHARACTERS.test(text);

/**
 * Text that is not blank once trimmed, at most `max` characters, without control characters
 * (`controlCharacters`; tab and line ends are allowed).
 *
 * @example
 * textSchema(10).parse('  Panel ') // 'Panel'
 */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(hasNoControlCharacters, { params: { code: 'controlCharacters' } });

/**
 * Markdown body text, possibly empty, at most `max` characters, without control characters.
 *
 * @example
 * bodySchema(100).parse('**Panel**') // '**Panel**'
 */
export const bodySchema = (max: number) =>
  z
    .string()
    .max(max)
    .refine(hasNoControlCharacters, { params: { code: 'controlCharacters' } });

// A scheme as typed before the address ("https:", "javascript:"). A name with a dot before the colon is a
// host with a port ("fundacja.org.pl:8080"), not a scheme, unless "//" follows.
const SCHEME = /^([a-z][a-z\d+.-]*):(\/\/)?/i;
// The host part of an address once it has its "https://": up to the path, query or fragment.
const AUTHORITY = /^([a-z][a-z\d+.-]*:\/\/)([^/?#]*)/i;

/**
 * What a website field holds once completed: the address as typed, trimmed, with `https://` put in front
 * when no scheme was typed ("www.fundacja.org.pl", "fundacja.org.pl/kontakt", "//fundacja.org.pl"), the
 * scheme and host in lower case (both are case-insensitive; the path is not), `http://` kept as typed
 * (the site may have no https). What cannot be a website's address is an issue naming what is wrong:
 * another scheme (`javascript:`, `ftp:`), an e-mail address, a space, a user name before the host, no
 * domain name. Both the admin's browser and its server run this, so they complete an address the same way.
 */
function completeWebUrl(value: string, ctx: z.RefinementCtx): unknown {
  // Typed `string` so the schema's input type stays a string; at run time any value reaches a preprocess, and
  // what is no string is left for z.url to refuse as one.
  if (typeof value !== 'string') return value;
  const typed = value.trim();
  const refuse = (code: string) => {
    ctx.addIssue({ code: 'custom', input: value, params: { code } });
    return value;
  };
  // An empty field is a missing value, said as one ("To pole jest wymagane.").
  if (typed === '') {
    ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: typed });
    return value;
  }
  if (/\s/.test(typed)) return refuse('webUrlSpace');
  const scheme = SCHEME.exec(typed);
  let candidate: string;
  if (scheme && (scheme[2] !== undefined || !(scheme[1] as string).includes('.'))) {
    const name = (scheme[1] as string).toLowerCase();
    if (name === 'mailto') return refuse('webUrlEmail');
    if (name !== 'https' && name !== 'http') return refuse('webUrlScheme');
    // "https:/fundacja.pl" and "https:fundacja.pl" are slips for "https://fundacja.pl".
    candidate = `${name}://${typed.slice((scheme[1] as string).length + 1).replace(/^\/+/, '')}`;
  } else {
    // "biuro@fundacja.pl" is an e-mail address; completed, it would pass as a URL with a user name.
    if (/^[^/?#]*@/.test(typed)) return refuse('webUrlEmail');
    candidate = `https://${typed.replace(/^\/\//, '')}`;
  }
  candidate = candidate.replace(AUTHORITY, (_, start: string, host: string) => start + host.toLowerCase());
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return refuse('webUrlInvalid');
  }
  if (url.username !== '' || url.password !== '') return refuse('webUrlUserinfo');
  // The host as the URL parser reads it: a Polish name ("łączy-nas.pl") in its ASCII form (punycode).
  if (!z.regexes.domain.test(url.hostname)) return refuse('webUrlDomain');
  return candidate;
}

/**
 * The address of a website or page, http(s) only. What is typed without a scheme is completed with
 * `https://` ("www.fundacja.org.pl" → "https://www.fundacja.org.pl"), scheme and host in lower case; an
 * e-mail address, another scheme (`javascript:`, `ftp:`), a space or an address without a domain name is
 * refused with an issue saying which (`webUrlEmail`, `webUrlScheme`, `webUrlSpace`, `webUrlDomain`,
 * `webUrlUserinfo`, `webUrlInvalid`). Its output (and its JSON Schema) is a URI.
 *
 * @example
 * WebUrlSchema.parse(' WWW.Fundacja.org.pl/Kontakt ') // 'https://www.fundacja.org.pl/Kontakt'
 * WebUrlSchema.parse('http://łączy-nas.pl') // 'http://łączy-nas.pl'
 * WebUrlSchema.safeParse('biuro@fundacja.pl').success // false (webUrlEmail)
 */
export const WebUrlSchema = z.preprocess(completeWebUrl, z.url({ protocol: /^https?$/, hostname: z.regexes.domain }));
export type WebUrl = z.infer<typeof WebUrlSchema>;

/** An e-mail address. */
export const EmailSchema = z.email();
export type Email = z.infer<typeof EmailSchema>;

/**
 * A hashtag without its `#`, as written (letters of any alphabet, digits, `_`). A leading `#` in
 * the input is dropped.
 */
export const HashtagSchema = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.trim().replace(/^#/, '') : v),
    patternSchema(/^[\p{L}\p{N}_]{1,100}$/u, 'hashtag'),
  )
  .describe('A hashtag without its #: letters, digits and _, at most 100.');
export type Hashtag = z.infer<typeof HashtagSchema>;

/**
 * Money as an integer number of hundredths (grosze for PLN, cents for EUR) and an ISO 4217 code in use
 * (`CURRENCY_CODES`) whose minor unit is a hundredth: a currency with none (JPY) or thousandths (KWD)
 * is refused (`currencyNotInHundredths`), since every writer shows two decimals. Never floats.
 */
export const MoneySchema = z.object({
  // `.int()` also bounds the number to safe integers.
  amount: z
    .number()
    .int()
    .min(0)
    .describe('Hundredths of the currency, as an integer: grosze for PLN, so 4000000 is 40 000,00 zł.'),
  currency: z
    .string()
    // No `abort: true` on the first: the two never both refuse one code (those not in hundredths are ISO codes), and
    // an aborting issue would keep zod from running any check of the record's other fields (`whenValid`).
    .refine((code) => CURRENCY_CODES.has(code), { params: { code: 'currency' } })
    .refine((code) => !CURRENCY_CODES_NOT_IN_HUNDREDTHS.has(code), { params: { code: 'currencyNotInHundredths' } })
    .describe('An ISO 4217 currency code, e.g. PLN.'),
});
export type Money = z.infer<typeof MoneySchema>;

/**
 * A schema for an identifier string: parses with `parse`, refuses with a coded issue naming the
 * reason, and outputs the canonical form (digits only, KRS padded to 10).
 *
 * @example
 * identifierSchema('nip', parseNip).parse('PL 525-208-72-27') // '5252087227'
 */
export const identifierSchema = (kind: string, parse: (input: string) => IdentifierResult) =>
  z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', input, params: { code: `${kind}.${result.reason}` } });
    return z.NEVER;
  });

export const NipSchema = identifierSchema('nip', parseNip).describe('NIP, the Polish tax number: 10 digits.');
export const RegonSchema = identifierSchema('regon', parseRegon).describe(
  'REGON, the Polish statistical number: 9 or 14 digits.',
);
export const KrsSchema = identifierSchema('krs', parseKrs).describe(
  'KRS, the National Court Register number: 10 digits.',
);
export const TercSchema = identifierSchema('terc', parseTerc).describe(
  'TERYT TERC code of a local authority: 2 digits (voivodeship), 4 (powiat) or 7 (gmina, the last digit its kind).',
);
export const PostalCodeSchema = identifierSchema('postalCode', parsePostalCode).describe(
  'A Polish postal code, NN-NNN.',
);
/**
 * A Polish bank account, IBAN or NRB, output as the compact IBAN; another country's IBAN is refused
 * (`iban.prefix`), valid or not. Its issue codes are `iban.…` (`iban.prefix`, `iban.checksum`), as before the rename.
 *
 * @example
 * PolishIbanSchema.parse('06 1600 1127 1843 9838 2000 0034') // 'PL06160011271843983820000034'
 */
export const PolishIbanSchema = identifierSchema('iban', parsePolishIban).describe(
  'A Polish bank account as a compact IBAN: PL and 26 digits.',
);
/** Identifiers in their canonical form (digits only, KRS padded to 10): strings, named for what they hold. */
export type Nip = z.infer<typeof NipSchema>;
export type Regon = z.infer<typeof RegonSchema>;
export type Krs = z.infer<typeof KrsSchema>;
export type Terc = z.infer<typeof TercSchema>;
export type PostalCode = z.infer<typeof PostalCodeSchema>;
export type PolishIban = z.infer<typeof PolishIbanSchema>;

/** A postal address. In Poland (`country: 'PL'`) the postal code, when known, is `NN-NNN`. */
export const PostalAddressSchema = z.object({
  street: textSchema(200),
  postalCode: PostalCodeSchema.optional(),
  city: textSchema(100),
  voivodeship: textSchema(60).optional(),
  country: patternSchema(/^[A-Z]{2}$/, 'country').default('PL'),
});
export type PostalAddress = z.infer<typeof PostalAddressSchema>;

/** WGS 84 coordinates. */
export const GeoSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type Geo = z.infer<typeof GeoSchema>;

/** Content language. Polish first; English second. */
export const LanguageSchema = z.enum(['pl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** A period of days, both ends included. `to` may be open. */
export const PeriodSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema.optional() })
  .refine((p) => !p.to || p.from <= p.to, {
    params: { code: 'periodOrder' },
    path: ['to'],
    when: whenValid(['from'], ['to']),
  });
export type Period = z.infer<typeof PeriodSchema>;
