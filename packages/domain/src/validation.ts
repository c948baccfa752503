import type { z } from 'zod';
import { builtInMessage } from './issue-messages.js';
import { FIELD_LABELS } from './labels.js';
import { isSecretIssue } from './secret.js';

/** A language of messages. */
export type Locale = 'pl' | 'en';

/**
 * One problem with one field: where (`path`, e.g. `agenda[1].panelists[0].personId`), which field
 * as people call it, a stable `code`, and a message that names the field, says what was expected and
 * what was got.
 */
export interface FieldIssue {
  path: string;
  field: string;
  code: string;
  message: string;
}

/** The outcome of `validate`: the parsed value, or every issue found. */
export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const IDENTIFIER_FORMS: Record<string, { pl: string; en: string }> = {
  nip: { pl: '10 cyfr, np. 525-208-72-27', en: '10 digits, e.g. 525-208-72-27' },
  regon: { pl: '9 lub 14 cyfr', en: '9 or 14 digits' },
  krs: { pl: 'do 10 cyfr, np. 0000030897', en: 'up to 10 digits, e.g. 0000030897' },
  terc: { pl: '2, 4 lub 7 cyfr kodu TERYT (TERC), np. 1434', en: 'a 2, 4 or 7 digit TERYT (TERC) code, e.g. 1434' },
  postalCode: { pl: 'NN-NNN, np. 03-719', en: 'NN-NNN, e.g. 03-719' },
  iban: { pl: 'PL i 26 cyfr', en: 'PL and 26 digits' },
};

const REASONS: Record<string, { pl: string; en: string }> = {
  format: { pl: 'ma niewłaściwy format', en: 'is not in the right format' },
  length: { pl: 'ma złą liczbę cyfr', en: 'has the wrong number of digits' },
  checksum: {
    pl: 'ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki',
    en: 'has a wrong check digit — check it for a typo',
  },
  checksum10: {
    pl: 'daje resztę 10 przy liczeniu sumy kontrolnej — takie numery nie są nadawane',
    en: 'gives remainder 10 in its checksum — such numbers are never issued',
  },
  allZeros: { pl: 'nie może składać się z samych zer', en: 'cannot be all zeros' },
  prefix: { pl: 'ma niedozwolony prefiks kraju', en: 'has a country prefix, which is not allowed here' },
  registry: { pl: 'nie występuje w rejestrze', en: 'is not in the register' },
};

const FORM_REASONS = new Set(['format', 'length', 'prefix']);

const MESSAGES: Record<string, { pl: string; en: string }> = {
  id: { pl: 'musi być identyfikatorem (litery, cyfry, - i _)', en: 'must be an identifier (letters, digits, - and _)' },
  slug: {
    pl: 'może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze myślniki',
    en: 'may contain only lower-case ASCII letters, digits and single hyphens',
  },
  timeZone: {
    pl: 'nie jest znaną strefą czasową (np. Europe/Warsaw)',
    en: 'is not a known time zone (e.g. Europe/Warsaw)',
  },
  hashtag: { pl: 'może zawierać tylko litery, cyfry i _', en: 'may contain only letters, digits and _' },
  currency: { pl: 'musi być kodem waluty ISO 4217 (np. PLN)', en: 'must be an ISO 4217 currency code (e.g. PLN)' },
  currencyNotInHundredths: {
    pl: 'kwoty zapisujemy w setnych częściach waluty (jak grosze), a ta waluta ich nie ma (np. JPY) albo dzieli się na tysięczne (np. KWD); podaj kwotę w PLN lub EUR',
    en: 'amounts are kept in hundredths of a currency (like cents), and this currency has none (e.g. JPY) or thousandths (e.g. KWD); give the amount in PLN or EUR',
  },
  country: { pl: 'musi być dwuliterowym kodem kraju (np. PL)', en: 'must be a two-letter country code (e.g. PL)' },
  periodOrder: { pl: 'nie może być wcześniej niż data początkowa', en: 'cannot be before the start date' },
  endsBeforeStart: { pl: 'musi być później niż początek', en: 'must be after the start' },
  duplicateId: { pl: 'zawiera powtórzone identyfikatory', en: 'contains repeated identifiers' },
  oppNeedsKrs: {
    pl: 'jest wymagany, gdy organizacja ma status OPP (status wpisuje się do KRS)',
    en: 'is required when the organisation has public benefit status (it is entered in KRS)',
  },
  krsOrdinaryAssociation: {
    pl: 'stowarzyszenie zwykłe nie ma numeru KRS: wpisuje się je do ewidencji stowarzyszeń zwykłych prowadzonej przez starostę (podaj jej numer w polu „Inny rejestr”)',
    en: 'an ordinary association has no KRS number: it is entered in the register kept by the starosta (give that number under "Other register")',
  },
  krsRuralWomensCircle: {
    pl: 'koło gospodyń wiejskich nie ma numeru KRS: wpisuje się je do Krajowego Rejestru Kół Gospodyń Wiejskich prowadzonego przez ARiMR (podaj jego numer w polu „Inny rejestr”)',
    en: 'a rural women\'s circle has no KRS number: it is entered in the national register of rural women\'s circles kept by ARiMR (give that number under "Other register")',
  },
  oppOutsideKrs: {
    pl: 'status OPP wpisuje się do KRS, a stowarzyszenie zwykłe i koło gospodyń wiejskich nie są wpisywane do KRS',
    en: "public benefit status is entered in KRS, and ordinary associations and rural women's circles are not in KRS",
  },
  tercKind: {
    pl: 'nie odpowiada rodzajowi samorządu (np. powiat ma 4 cyfry poniżej 61, gmina 7 cyfr z RODZ 1–3)',
    en: 'does not match the kind of authority (a powiat has 4 digits below 61, a gmina 7 with RODZ 1–3)',
  },
  affiliationParty: { pl: 'wskaż organizację albo samorząd', en: 'name an organisation or an authority' },
  smallGrantAmount: {
    pl: 'mały grant (art. 19a) nie może przekroczyć 10 000 zł',
    en: 'a small grant (art. 19a) cannot exceed 10,000 PLN',
  },
  smallGrantDays: {
    pl: 'mały grant (art. 19a) trwa najwyżej 90 dni',
    en: 'a small grant (art. 19a) lasts at most 90 days',
  },
  funderNameGenitiveRequired: {
    pl: 'jest wymagany: z nazwy dotującego nie da się utworzyć dopełniacza nazwy samorządu, a oświadczenie o finansowaniu wymienia budżet samorządu (np. „Województwa Mazowieckiego”), nie jego jednostki ani urzędu; podaj go albo treść oświadczenia z umowy',
    en: "is required: the genitive of the local authority's name cannot be derived from the funder's name, and the funding statement names the authority's budget (e.g. \"Województwa Mazowieckiego\"), not a unit's or an office's; give it, or the agreement's statement",
  },
  smallGrantCurrency: {
    pl: 'mały grant (art. 19a) udziela się w złotych (PLN), a jego limit to 10 000 zł',
    en: 'a small grant (art. 19a) is awarded in złoty (PLN), up to 10,000 PLN',
  },
  grantAmountZero: {
    pl: 'musi być większa od zera: dotacja przekazuje środki na zadanie',
    en: 'must be above zero: a grant transfers money for the task',
  },
  supportOwnContribution: {
    pl: 'przy wsparciu zadania (dofinansowaniu) wkład własny musi być większy od zera; przy powierzeniu może wynosić 0',
    en: 'must be above zero when the task is supported (co-financed); only an entrusted task may have none',
  },
  currencyMismatch: { pl: 'musi być tą samą walutą co kwota dotacji', en: 'must be the currency of the grant amount' },
  controlCharacters: {
    pl: 'zawiera niedozwolone znaki sterujące (np. znak NUL); dozwolone są tabulator i końce wierszy',
    en: 'contains control characters that are not allowed (such as NUL); tab and line ends are allowed',
  },
};

// What a message repeats of the input: strings and numbers only, on one line, cut at 40 characters: a
// message names the value, it does not carry it (a Markdown body, a whole paragraph).
const ECHO_MAX = 40;
const show = (input: unknown): string | undefined => {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const s = String(input).replace(/\s+/g, ' ');
  return s.length > ECHO_MAX ? `${s.slice(0, ECHO_MAX)}…` : s;
};

const gotText = (got: string, locale: Locale) => (locale === 'pl' ? ` (otrzymano: „${got}”)` : ` (got "${got}")`);

function customMessage(code: string, locale: Locale): string {
  const [kind = '', reason] = code.split('.');
  if (reason) {
    // The expected form helps with a wrong form or length; a wrong check digit or an unknown code has
    // the form already, and telling its author "10 digits" would point away from the typo.
    const form = FORM_REASONS.has(reason) ? IDENTIFIER_FORMS[kind]?.[locale] : undefined;
    const why = REASONS[reason]?.[locale] ?? reason;
    if (!form) return why;
    return locale === 'pl' ? `${why} (oczekiwano: ${form})` : `${why} (expected ${form})`;
  }
  return MESSAGES[code]?.[locale] ?? code;
}

/**
 * The message for an issue, with what was got when `echoInput` asks for it and the issue is not about a
 * secret: after our rules' messages ("ma błędną cyfrę kontrolną (…) (otrzymano: „…”)"), before the full
 * stop of the sentences for zod's built-in checks ("Nieprawidłowy adres URL (…) (otrzymano: „…”).").
 */
function message(issue: z.core.$ZodRawIssue, locale: Locale, echoInput: boolean): string {
  const secret = isSecretIssue(issue);
  const code = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  if (typeof code === 'string') {
    const got = echoInput && !secret ? show(issue.input) : undefined;
    return `${customMessage(code, locale)}${got === undefined ? '' : gotText(got, locale)}`;
  }
  const built = builtInMessage(issue, locale, secret);
  const got = echoInput && !secret && 'got' in built ? show(built.got) : undefined;
  if (got === undefined) return built.text;
  return built.text.endsWith('.')
    ? `${built.text.slice(0, -1)}${gotText(got, locale)}.`
    : `${built.text}${gotText(got, locale)}`;
}

const errorMap =
  (locale: Locale, echoInput: boolean): z.core.$ZodErrorMap =>
  (issue) =>
    message(issue, locale, echoInput);

/**
 * Renders a path as people and forms name it.
 *
 * @example
 * pathString(['agenda', 1, 'panelists', 0, 'personId']) // 'agenda[1].panelists[0].personId'
 */
export function pathString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/**
 * The label of the last named segment of a path; unknown fields show their key.
 *
 * @example
 * fieldLabel(['agenda', 0, 'startsAt'], 'pl') // 'Początek'
 */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const last = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (last === undefined) return locale === 'pl' ? 'Wartość' : 'Value';
  return FIELD_LABELS[last]?.[locale] ?? last;
}

/**
 * Turns zod issues into field issues whose messages name the field, in Polish or English.
 * Issues must come from a parse with `errorFor(locale)` for their messages to be in that language;
 * what was got is in a message only if the error map put it there (`echoInput`), never from the
 * issues' `input`, so `reportInput` cannot bring a secret back.
 *
 * @example
 * const r = NipSchema.safeParse('5252087228', { error: errorFor('en') });
 * toFieldIssues(r.error.issues, 'en')[0].code // 'nip.checksum'
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.map((issue) => {
    const field = fieldLabel(issue.path, locale);
    const custom = issue.code === 'custom' ? issue.params?.code : undefined;
    const code = typeof custom === 'string' ? custom : issue.code;
    return { path: pathString(issue.path), field, code, message: `${field}: ${issue.message}` };
  });
}

/**
 * The zod error map that gives our messages in a language; pass it as `{ error }` to `safeParse`.
 * With `echoInput` a message also says what was got (cut at 40 characters), except for secrets: a
 * schema marked with `secretSchema`, or a field whose key names one (`password`, `token`…).
 *
 * @example
 * EventSchema.safeParse(input, { error: errorFor('pl') })
 * NipSchema.safeParse('5252087228', { error: errorFor('en', { echoInput: true }) }).error.issues[0].message
 * // 'has a wrong check digit — check it for a typo (got "5252087228")'
 */
export const errorFor = (locale: Locale, options: { echoInput?: boolean } = {}): z.core.$ZodErrorMap =>
  errorMap(locale, options.echoInput === true);

/**
 * Validates input with a schema and returns the parsed value, or every issue with a message that
 * names the field in Polish (default) or English and says what was got, except for secrets (see
 * `errorFor`). The issues never carry the input itself. Never throws for bad input.
 *
 * @example
 * validate(OrganizationSchema, { ...org, nip: '5252087228' }, 'pl')
 * // { ok: false, issues: [{ path: 'nip', field: 'NIP', code: 'nip.checksum',
 * //   message: 'NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”)' }] }
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = 'pl',
): Validation<z.output<S>> {
  const result = schema.safeParse(input, { error: errorMap(locale, true) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toFieldIssues(result.error.issues, locale) };
}
