// Single-function subpaths: the `date-fns` barrel costs ~0.2 s to load in Node.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { z } from 'zod';
import {
  HashtagSchema,
  IdSchema,
  LocalDateSchema,
  MoneySchema,
  SlugSchema,
  textSchema,
  WebUrlSchema,
  whenValid,
} from './common.js';
import { jstNameGenitive } from './funding-statement.js';

/** How the grant was awarded (u.d.p.p.): open competition (art. 11 ust. 2, 13), small grant (art. 19a), other. */
export const GrantModeSchema = z.enum(['open_competition', 'small_grant', 'other']);
/**
 * Art. 11 ust. 1: `support` (wsparcie, co-financing: "współfinansowane") or `entrustment`
 * (powierzenie, full financing: "finansowane").
 */
export const GrantFormSchema = z.enum(['support', 'entrustment']);
export type GrantMode = z.infer<typeof GrantModeSchema>;
export type GrantForm = z.infer<typeof GrantFormSchema>;

/** A result planned in the offer: name, target value, how it is monitored. */
export const PlannedResultSchema = z.object({
  name: textSchema(500),
  target: z.number().int().min(0),
  unit: textSchema(50).optional(),
  monitoring: textSchema(500).optional(),
});
export type PlannedResult = z.infer<typeof PlannedResultSchema>;
/** A result achieved, for the report. */
export const AchievedResultSchema = z.object({
  name: textSchema(500),
  value: z.number().int().min(0),
  note: textSchema(2000).optional(),
});
export type AchievedResult = z.infer<typeof AchievedResultSchema>;

// Art. 19a u.d.p.p.: a small grant is at most 10 000 zł and at most 90 days.
export const SMALL_GRANT_MAX_GROSZE = 1_000_000;
export const SMALL_GRANT_MAX_DAYS = 90;

/**
 * A grant for a public task (zadanie publiczne). `funderName` is the party as named in the
 * agreement ("Województwo Mazowieckie": the JST, not its office or unit); `attributionText` is the
 * exact statement the agreement prescribes. The statement otherwise names the JST's budget in the
 * genitive: `funderNameGenitive` ("Województwa Mazowieckiego"), which is required when it cannot be
 * derived from `funderName` (a unit such as "Mazowieckie Centrum Polityki Społecznej", an office, a
 * form `jstNameGenitive` does not know) and there is no `attributionText`. Amounts are integer grosze.
 */
export const GrantSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    funderAuthorityId: IdSchema,
    funderUnitId: IdSchema.optional(),
    funderName: textSchema(200),
    funderNameGenitive: textSchema(200).optional(),
    programme: textSchema(300).optional(),
    taskTitle: textSchema(500),
    agreementNumber: textSchema(100).optional(),
    agreementDate: LocalDateSchema.optional(),
    mode: GrantModeSchema.default('open_competition'),
    form: GrantFormSchema,
    amount: MoneySchema,
    ownContribution: MoneySchema.optional(),
    period: z.object({ from: LocalDateSchema, to: LocalDateSchema }),
    beneficiaryId: IdSchema,
    attributionText: textSchema(500).optional(),
    attributionTextEn: textSchema(500).optional(),
    hashtags: z.array(HashtagSchema).max(30).default([]),
    logo: z.object({ url: WebUrlSchema, alt: textSchema(300) }).optional(),
    reportingDeadline: LocalDateSchema.optional(),
    /** The day the (final) report was handed to the funder: from then on no deadline is pending. */
    reportSubmittedOn: LocalDateSchema.optional(),
    publicBenefitSphere: textSchema(300).optional(),
    plannedResults: z.array(PlannedResultSchema).max(100).default([]),
    achievedResults: z.array(AchievedResultSchema).max(100).default([]),
  })
  // Without the agreement's text, the statement names the funder's budget in the genitive; a unit or an
  // office has no budget of its own (the JST's is meant), and a name the rules cannot decline would be
  // printed in the nominative: the genitive must be given.
  .refine(
    (g) =>
      g.attributionText !== undefined || g.funderNameGenitive !== undefined || jstNameGenitive(g.funderName) !== null,
    {
      path: ['funderNameGenitive'],
      params: { code: 'funderNameGenitiveRequired' },
      when: whenValid(['funderName'], ['funderNameGenitive'], ['attributionText']),
    },
  )
  // A grant (dotacja) transfers money: one of 0 zł records nothing to account for, and is a typo.
  .refine((g) => g.amount.amount > 0, {
    path: ['amount', 'amount'],
    params: { code: 'grantAmountZero' },
    when: whenValid(['amount']),
  })
  .refine((g) => g.period.from <= g.period.to, {
    path: ['period', 'to'],
    params: { code: 'periodOrder' },
    when: whenValid(['period']),
  })
  // The 10 000 zł limit is in złoty: a small grant in another currency cannot be checked against it,
  // and a JST grants in złoty. Such a grant is refused for its currency, and its amount is not compared.
  .refine((g) => g.mode !== 'small_grant' || g.amount.currency === 'PLN', {
    path: ['amount', 'currency'],
    params: { code: 'smallGrantCurrency' },
    when: whenValid(['mode'], ['amount']),
  })
  .refine((g) => g.mode !== 'small_grant' || g.amount.currency !== 'PLN' || g.amount.amount <= SMALL_GRANT_MAX_GROSZE, {
    path: ['amount', 'amount'],
    params: { code: 'smallGrantAmount' },
    when: whenValid(['mode'], ['amount']),
  })
  .refine(
    (g) =>
      g.mode !== 'small_grant' ||
      differenceInCalendarDays(parseISO(g.period.to), parseISO(g.period.from)) + 1 <= SMALL_GRANT_MAX_DAYS,
    // A reversed period is reported once, as periodOrder, whose issue sits under `period`.
    { path: ['period', 'to'], params: { code: 'smallGrantDays' }, when: whenValid(['mode'], ['period']) },
  )
  .refine((g) => !g.ownContribution || g.ownContribution.currency === g.amount.currency, {
    path: ['ownContribution', 'currency'],
    params: { code: 'currencyMismatch' },
    when: whenValid(['amount'], ['ownContribution']),
  })
  // Wsparcie co-finances a task (u.d.p.p. art. 11 ust. 1 pkt 1): the organisation adds its own
  // contribution, so one recorded as 0 is a mistake. Powierzenie may have none. A contribution not yet
  // recorded (absent) is left to the report.
  .refine((g) => g.form !== 'support' || !g.ownContribution || g.ownContribution.amount > 0, {
    path: ['ownContribution', 'amount'],
    params: { code: 'supportOwnContribution' },
    when: whenValid(['form'], ['ownContribution']),
  });
export type Grant = z.infer<typeof GrantSchema>;
export type GrantInput = z.input<typeof GrantSchema>;

/**
 * The day the report is due: the agreed deadline, or 30 days after the task ends (u.d.p.p. art. 18 ust. 1).
 *
 * @example
 * reportDueDate({ period: { from: '2026-09-01', to: '2026-12-15' } }) // '2027-01-14'
 */
export function reportDueDate(grant: Pick<Grant, 'period' | 'reportingDeadline'>): string {
  return grant.reportingDeadline ?? formatISO(addDays(parseISO(grant.period.to), 30), { representation: 'date' });
}

// Building an Intl.NumberFormat costs ~60 µs, formatting with one ~1 µs: one per language and currency
// (bounded by CURRENCY_CODES), made on first use.
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * Formats grosze as złoty for people: "12 500,00 zł" in Polish, "PLN 12,500.00" in English. An amount
 * that is not a whole number of grosze is a `RangeError`.
 *
 * @example
 * formatMoney({ amount: 1250000, currency: 'PLN' }, 'pl') // '12 500,00 zł' (both spaces are U+00A0, no-break)
 */
export function formatMoney(money: z.infer<typeof MoneySchema>, locale: 'pl' | 'en' = 'pl'): string {
  // Amounts are whole grosze (MoneySchema): 12.5 is a bug upstream, not "0,13 zł".
  if (!Number.isSafeInteger(money.amount))
    throw new RangeError(`formatMoney: amount must be a whole number of grosze, got ${String(money.amount)}.`);
  const key = `${locale} ${money.currency}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', {
      style: 'currency',
      currency: money.currency,
      useGrouping: true,
    });
    MONEY_FORMATS.set(key, format);
  }
  return format.format(money.amount / 100);
}
