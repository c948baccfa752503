import { describe, expect, it } from 'vitest';
import { formatMoney, type GrantInput, GrantSchema, reportDueDate, SMALL_GRANT_MAX_DAYS } from './grant.js';
import { GRANT_FORM_LABELS, GRANT_MODE_LABELS, label } from './labels.js';
import { validate } from './validation.js';

const grant: GrantInput = {
  id: 'g1',
  slug: 'wspolpraca-2026',
  funderAuthorityId: 'maz',
  funderName: 'Województwo Mazowieckie',
  taskTitle: 'Współpraca JST i NGO',
  form: 'entrustment',
  amount: { amount: 4_000_000, currency: 'PLN' },
  period: { from: '2026-09-01', to: '2026-12-15' },
  beneficiaryId: 'fise',
};
const codes = (input: unknown) => {
  const r = validate(GrantSchema, input, 'en');
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};

describe('GrantSchema', () => {
  it('fills defaults: open competition, no hashtags, no results', () => {
    expect(GrantSchema.parse(grant)).toMatchObject({
      mode: 'open_competition',
      hashtags: [],
      plannedResults: [],
      achievedResults: [],
    });
  });

  it('the period must not end before it starts', () => {
    expect(codes({ ...grant, period: { from: '2026-09-01', to: '2026-08-31' } })).toEqual([
      ['period.to', 'periodOrder'],
    ]);
    expect(codes({ ...grant, period: { from: '2026-09-01', to: '2026-09-01' } })).toEqual([]);
    // Beside a currency code that is none, too.
    expect(
      codes({ ...grant, amount: { amount: 100, currency: 'zł' }, period: { from: '2026-09-01', to: '2026-08-31' } }),
    ).toEqual([
      ['amount.currency', 'currency'],
      ['period.to', 'periodOrder'],
    ]);
    // Said beside a missing field, not only once it is filled (the form shows every problem at once).
    const { taskTitle: _t, ...untitled } = grant;
    expect(codes({ ...untitled, period: { from: '2026-09-01', to: '2026-08-31' } })).toEqual([
      ['taskTitle', 'invalid_type'],
      ['period.to', 'periodOrder'],
    ]);
  });

  it('a small grant (art. 19a) is at most 10 000 zł …', () => {
    const small = { ...grant, mode: 'small_grant', period: { from: '2026-09-01', to: '2026-10-30' } };
    expect(codes({ ...small, amount: { amount: 1_000_000, currency: 'PLN' } })).toEqual([]);
    expect(codes({ ...small, amount: { amount: 1_000_001, currency: 'PLN' } })).toEqual([
      ['amount.amount', 'smallGrantAmount'],
    ]);
    // The same amount is fine in an open competition.
    expect(codes({ ...grant, amount: { amount: 1_000_001, currency: 'PLN' } })).toEqual([]);
  });

  it('… in złoty: another currency is refused, not compared with 10 000 zł in its own minor units', () => {
    const small = { ...grant, mode: 'small_grant', period: { from: '2026-09-01', to: '2026-10-30' } };
    expect(codes({ ...small, amount: { amount: 1_000_000, currency: 'EUR' } })).toEqual([
      ['amount.currency', 'smallGrantCurrency'],
    ]);
    expect(codes({ ...small, amount: { amount: 5_000_000, currency: 'EUR' } })).toEqual([
      ['amount.currency', 'smallGrantCurrency'],
    ]);
    expect(codes({ ...grant, amount: { amount: 1_000_000, currency: 'EUR' } })).toEqual([]);
    const pl = validate(GrantSchema, { ...small, amount: { amount: 100, currency: 'EUR' } }, 'pl');
    expect(!pl.ok && pl.issues[0]?.message).toBe(
      'Waluta: mały grant (art. 19a) udziela się w złotych (PLN), a jego limit to 10 000 zł.',
    );
  });

  it('a grant of 0 is refused, with a message in both languages; its own contribution may be 0', () => {
    expect(codes({ ...grant, amount: { amount: 0, currency: 'PLN' } })).toEqual([['amount.amount', 'grantAmountZero']]);
    expect(codes({ ...grant, amount: { amount: 1, currency: 'PLN' } })).toEqual([]);
    const pl = validate(GrantSchema, { ...grant, amount: { amount: 0, currency: 'PLN' } }, 'pl');
    expect(!pl.ok && pl.issues[0]?.message).toBe(
      'Kwota: musi być większa od zera: dotacja przekazuje środki na zadanie.',
    );
    const en = validate(GrantSchema, { ...grant, amount: { amount: 0, currency: 'PLN' } }, 'en');
    expect(!en.ok && en.issues[0]?.message).toBe('Amount: must be above zero: a grant transfers money for the task.');
  });

  it('support (wsparcie) co-finances: a recorded own contribution must be above 0; entrustment may have none', () => {
    const zero = { amount: 0, currency: 'PLN' };
    expect(codes({ ...grant, form: 'support', ownContribution: zero })).toEqual([
      ['ownContribution.amount', 'supportOwnContribution'],
    ]);
    expect(codes({ ...grant, form: 'support', ownContribution: { amount: 1, currency: 'PLN' } })).toEqual([]);
    expect(codes({ ...grant, form: 'entrustment', ownContribution: zero })).toEqual([]);
    // Not recorded yet: nothing to check.
    expect(codes({ ...grant, form: 'support' })).toEqual([]);
    const pl = validate(GrantSchema, { ...grant, form: 'support', ownContribution: zero }, 'pl');
    expect(!pl.ok && pl.issues[0]?.message).toMatch(
      /^Kwota: przy wsparciu zadania .* wkład własny musi być większy od zera/,
    );
    const en = validate(GrantSchema, { ...grant, form: 'support', ownContribution: zero }, 'en');
    expect(!en.ok && en.issues[0]?.message).toMatch(/^Amount: must be above zero when the task is supported/);
  });

  it('… and at most 90 days, both ends counted', () => {
    const small = { ...grant, mode: 'small_grant', amount: { amount: 950_000, currency: 'PLN' } };
    expect(SMALL_GRANT_MAX_DAYS).toBe(90);
    expect(codes({ ...small, period: { from: '2026-09-01', to: '2026-11-29' } })).toEqual([]); // 90 days
    expect(codes({ ...small, period: { from: '2026-09-01', to: '2026-11-30' } })).toEqual([
      ['period.to', 'smallGrantDays'],
    ]);
    // Across the October DST change the count is in calendar days, not 24-hour blocks.
    expect(codes({ ...small, period: { from: '2026-10-01', to: '2026-12-29' } })).toEqual([]);
  });

  it('reports only the order problem for a reversed small-grant period', () => {
    const small = { ...grant, mode: 'small_grant', amount: { amount: 1, currency: 'PLN' } };
    expect(codes({ ...small, period: { from: '2026-12-01', to: '2026-01-01' } })).toEqual([
      ['period.to', 'periodOrder'],
    ]);
  });

  it('adds no rule issue on top of a field it could not read', () => {
    expect(codes({ ...grant, period: { from: 'x', to: '2026-01-01' } })).toEqual([['period.from', 'invalid_format']]);
    expect(
      codes({
        ...grant,
        mode: 'small_grant',
        amount: { amount: 1, currency: 'PLN' },
        period: { from: '2026-01-01', to: '2026-13-45' },
      }),
    ).toEqual([['period.to', 'invalid_format']]);
    expect(
      codes({ ...grant, amount: { amount: 1, currency: 'pln' }, ownContribution: { amount: 1, currency: 'PLN' } }),
    ).toEqual([['amount.currency', 'currency']]);
  });

  it('own contribution is in the currency of the grant', () => {
    expect(codes({ ...grant, ownContribution: { amount: 100, currency: 'PLN' } })).toEqual([]);
    expect(codes({ ...grant, ownContribution: { amount: 100, currency: 'EUR' } })).toEqual([
      ['ownContribution.currency', 'currencyMismatch'],
    ]);
  });

  it('messages of the rules are in both languages and name the field', () => {
    const input = { ...grant, mode: 'small_grant', amount: { amount: 2_000_000, currency: 'PLN' } };
    const pl = validate(GrantSchema, input, 'pl');
    const en = validate(GrantSchema, input, 'en');
    expect(!pl.ok && pl.issues[0]?.message).toBe('Kwota: mały grant (art. 19a) nie może przekroczyć 10 000 zł.');
    expect(!en.ok && en.issues[0]?.message).toBe('Amount: a small grant (art. 19a) cannot exceed 10,000 PLN.');
  });

  it('keeps the day the report was handed in, and refuses one that is no day, naming the field', () => {
    expect(GrantSchema.parse({ ...grant, reportSubmittedOn: '2027-01-08' }).reportSubmittedOn).toBe('2027-01-08');
    expect(codes({ ...grant, reportSubmittedOn: '8.01.2027' })).toEqual([['reportSubmittedOn', 'invalid_format']]);
    const pl = validate(GrantSchema, { ...grant, reportSubmittedOn: 'wczoraj' }, 'pl');
    expect(!pl.ok && pl.issues[0]?.message).toMatch(/^Sprawozdanie złożono: /);
  });

  it('amounts are integer grosze', () => {
    expect(codes({ ...grant, amount: { amount: 40_000.5, currency: 'PLN' } })).toEqual([
      ['amount.amount', 'invalid_type'],
    ]);
  });
});

describe('reportDueDate', () => {
  it('is 30 days after the task ends (u.d.p.p. art. 18 ust. 1), unless the agreement says otherwise', () => {
    expect(reportDueDate({ period: { from: '2026-09-01', to: '2026-12-15' } })).toBe('2027-01-14');
    expect(reportDueDate({ period: { from: '2026-01-01', to: '2026-03-01' } })).toBe('2026-03-31');
    expect(reportDueDate({ period: { from: '2026-09-01', to: '2026-12-15' }, reportingDeadline: '2027-01-10' })).toBe(
      '2027-01-10',
    );
  });
});

describe('formatMoney', () => {
  const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it('shows grosze as złoty in Polish and English', () => {
    expect(spaces(formatMoney({ amount: 1_250_000, currency: 'PLN' }, 'pl'))).toBe('12 500,00 zł');
    expect(spaces(formatMoney({ amount: 1_250_000, currency: 'PLN' }, 'en'))).toBe('PLN 12,500.00');
    expect(spaces(formatMoney({ amount: 5, currency: 'PLN' }))).toBe('0,05 zł');
  });
  it('refuses an amount that is not a whole number of grosze instead of rounding it', () => {
    expect(() => formatMoney({ amount: 12.5, currency: 'PLN' })).toThrow(
      new RangeError('formatMoney: amount must be a whole number of grosze, got 12.5.'),
    );
    expect(() => formatMoney({ amount: Number.NaN, currency: 'PLN' })).toThrow(RangeError);
  });
  it('keeps each language and currency apart when their formats are reused', () => {
    const amounts = [
      [{ amount: 100, currency: 'EUR' }, 'pl', '1,00 €'],
      [{ amount: 100, currency: 'PLN' }, 'pl', '1,00 zł'],
      [{ amount: 100, currency: 'EUR' }, 'en', '€1.00'],
      [{ amount: 100, currency: 'PLN' }, 'en', 'PLN 1.00'],
    ] as const;
    for (let round = 0; round < 2; round++)
      for (const [money, locale, text] of amounts) expect(spaces(formatMoney(money, locale))).toBe(text);
  });
});

describe('grant labels', () => {
  it('name each form and mode', () => {
    expect(label(GRANT_FORM_LABELS, 'entrustment')).toBe('powierzenie realizacji zadania');
    expect(label(GRANT_MODE_LABELS, 'small_grant', 'en')).toBe('small grant (art. 19a)');
  });
});
