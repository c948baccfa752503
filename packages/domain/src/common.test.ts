import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  bodySchema,
  HashtagSchema,
  hasNoControlCharacters,
  IdSchema,
  InstantSchema,
  KrsSchema,
  MoneySchema,
  NipSchema,
  PeriodSchema,
  PolishIbanSchema,
  PostalAddressSchema,
  PostalCodeSchema,
  RegonSchema,
  SlugSchema,
  TercSchema,
  TimeZoneSchema,
  textSchema,
  WebUrlSchema,
  whenValid,
} from './common.js';
import { CURRENCY_CODES, CURRENCY_CODES_NOT_IN_HUNDREDTHS } from './currencies.js';
import { validate } from './validation.js';

const ok = (schema: Parameters<typeof validate>[0], input: unknown) => validate(schema, input).ok;

describe('identifier schemas', () => {
  it('output the canonical form', () => {
    expect(NipSchema.parse('PL 525-208-72-27')).toBe('5252087227');
    expect(RegonSchema.parse('013 272 636')).toBe('013272636');
    expect(KrsSchema.parse('30897')).toBe('0000030897');
    expect(TercSchema.parse('14 34')).toBe('1434');
    expect(PostalCodeSchema.parse('03719')).toBe('03-719');
    expect(PolishIbanSchema.parse('06 1600 1127 1843 9838 2000 0034')).toBe('PL06160011271843983820000034');
  });

  it('refuse with a code that names the identifier and the reason', () => {
    const codes = (schema: Parameters<typeof validate>[0], input: unknown) => {
      const r = validate(schema, input, 'en');
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(codes(NipSchema, '0000000000')).toEqual(['nip.allZeros']);
    expect(codes(RegonSchema, '0132726360000')).toEqual(['regon.length']);
    expect(codes(TercSchema, '1418046')).toEqual(['terc.format']);
    expect(codes(PostalCodeSchema, 'x03-719y')).toEqual(['postalCode.format']);
    expect(codes(PolishIbanSchema, 'DE06160011271843983820000034')).toEqual(['iban.prefix']);
    expect(codes(NipSchema, 5252087227)).toEqual(['invalid_type']);
  });
});

describe('PolishIbanSchema', () => {
  it('says of a foreign IBAN that only Polish accounts are accepted, in Polish and in English', () => {
    const messages = (locale: 'pl' | 'en') => {
      const r = validate(z.object({ iban: PolishIbanSchema }), { iban: 'DE89370400440532013000' }, locale);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.message]);
    };
    expect(messages('pl')).toEqual([
      [
        'iban.prefix',
        'Numer rachunku: nie jest polskim rachunkiem — przyjmowane są tylko polskie rachunki: PL i 26 cyfr (IBAN) albo 26 cyfr (NRB) (otrzymano: „DE89370400440532013000”).',
      ],
    ]);
    expect(messages('en')).toEqual([
      [
        'iban.prefix',
        'Bank account: is not a Polish account — only Polish accounts are accepted: PL and 26 digits (IBAN) or 26 digits (NRB) (got "DE89370400440532013000").',
      ],
    ]);
  });
});

describe('simple schemas', () => {
  it('IdSchema: letters, digits, - and _, 1–64 characters, not starting with a separator', () => {
    expect(ok(IdSchema, '0190f5a3-b2c1-7000-8000-000000000000')).toBe(true);
    expect(ok(IdSchema, 'a'.repeat(64))).toBe(true);
    expect(ok(IdSchema, 'a'.repeat(65))).toBe(false);
    expect(ok(IdSchema, '-a')).toBe(false);
    expect(ok(IdSchema, '')).toBe(false);
    expect(ok(IdSchema, 'a b')).toBe(false);
  });

  it('SlugSchema: lower-case ASCII words and single hyphens, at most 80', () => {
    expect(ok(SlugSchema, 'sprawny-urzad-2026')).toBe(true);
    for (const bad of ['Sprawny', 'sprawny--urzad', '-a', 'a-', 'urząd', '', 'a'.repeat(81)])
      expect(ok(SlugSchema, bad)).toBe(false);
  });

  it('InstantSchema: ISO 8601 with Z or an offset, never a local time', () => {
    expect(ok(InstantSchema, '2026-11-26T10:00:00+01:00')).toBe(true);
    expect(ok(InstantSchema, '2026-11-26T09:00:00Z')).toBe(true);
    expect(ok(InstantSchema, '2026-11-26T09:00:00.123Z')).toBe(true);
    expect(ok(InstantSchema, '2026-11-26T10:00:00')).toBe(false);
    expect(ok(InstantSchema, '26.11.2026 10:00')).toBe(false);
  });

  it('TimeZoneSchema: IANA names the runtime knows', () => {
    expect(ok(TimeZoneSchema, 'Europe/Warsaw')).toBe(true);
    expect(ok(TimeZoneSchema, 'UTC')).toBe(true);
    expect(ok(TimeZoneSchema, 'Europe/Nowhere')).toBe(false);
    const r = validate(TimeZoneSchema, 'Mars/Olympus', 'pl');
    expect(!r.ok && r.issues[0]?.message).toBe(
      'Wartość: nie jest znaną strefą czasową (np. Europe/Warsaw) (otrzymano: „Mars/Olympus”).',
    );
  });

  it('WebUrlSchema: http(s) with a domain', () => {
    expect(ok(WebUrlSchema, 'https://mcps.com.pl/')).toBe(true);
    expect(ok(WebUrlSchema, 'http://example.org/a?b=c')).toBe(true);
    expect(ok(WebUrlSchema, 'ftp://example.org')).toBe(false);
    expect(ok(WebUrlSchema, 'javascript:alert(1)')).toBe(false);
  });
  it('HashtagSchema: drops a leading # and keeps Polish letters', () => {
    expect(HashtagSchema.parse('#solidarnośćmazowiecka')).toBe('solidarnośćmazowiecka');
    expect(HashtagSchema.parse(' EkonomiaSpołeczna ')).toBe('EkonomiaSpołeczna');
    expect(ok(HashtagSchema, 'dwa słowa')).toBe(false);
    expect(ok(HashtagSchema, '#')).toBe(false);
    expect(ok(HashtagSchema, 42)).toBe(false);
  });

  it('MoneySchema: integer minor units and an ISO 4217 code; never floats', () => {
    expect(ok(MoneySchema, { amount: 4_000_000, currency: 'PLN' })).toBe(true);
    expect(ok(MoneySchema, { amount: 0, currency: 'EUR' })).toBe(true);
    expect(ok(MoneySchema, { amount: 12.5, currency: 'PLN' })).toBe(false);
    expect(ok(MoneySchema, { amount: -1, currency: 'PLN' })).toBe(false);
    expect(ok(MoneySchema, { amount: 1, currency: 'zł' })).toBe(false);
  });

  it('PeriodSchema: from ≤ to; to may be open', () => {
    expect(ok(PeriodSchema, { from: '2026-09-01', to: '2026-09-01' })).toBe(true);
    expect(ok(PeriodSchema, { from: '2026-09-01' })).toBe(true);
    // A malformed day is reported once, not also as out of order.
    const bad = validate(PeriodSchema, { from: 'wczoraj', to: '2026-08-31' }, 'en');
    expect(!bad.ok && bad.issues.map((i) => [i.path, i.code])).toEqual([['from', 'invalid_format']]);
    const r = validate(PeriodSchema, { from: '2026-09-01', to: '2026-08-31' }, 'pl');
    expect(!r.ok && r.issues).toEqual([
      { path: 'to', field: 'Do', code: 'periodOrder', message: 'Do: nie może być wcześniej niż data początkowa.' },
    ]);
  });

  it('PostalAddressSchema: country defaults to PL and the postal code is normalised', () => {
    expect(PostalAddressSchema.parse({ street: 'ul. Jagiellońska 26', postalCode: '03719', city: 'Warszawa' })).toEqual(
      { street: 'ul. Jagiellońska 26', postalCode: '03-719', city: 'Warszawa', country: 'PL' },
    );
    expect(ok(PostalAddressSchema, { street: ' ', city: 'Warszawa' })).toBe(false);
    expect(ok(PostalAddressSchema, { street: 'a', city: 'Warszawa', country: 'pl' })).toBe(false);
  });
});

describe('whenValid', () => {
  const Range = z
    .object({ low: z.number().int(), high: z.number().int(), note: z.string().max(3).optional() })
    .refine((r) => r.low <= r.high, { path: ['high'], params: { code: 'order' }, when: whenValid(['low'], ['high']) });
  const codes = (input: unknown) => {
    const r = Range.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => (i.code === 'custom' ? i.params?.code : i.code));
  };

  it('runs the refinement when the fields it reads are valid, even if another field is not', () => {
    expect(codes({ low: 2, high: 1 })).toEqual(['order']);
    expect(codes({ low: 2, high: 1, note: 'too long' })).toEqual(['too_big', 'order']);
  });

  // A form with an empty title and an end before its start says both at once, not the second after the first is fixed.
  it('runs it beside a missing or mistyped field it does not read, which zod alone would not', () => {
    expect(codes({ low: 2, high: 1, note: 5 })).toEqual(['invalid_type', 'order']);
    const Period = z
      .object({ title: z.string(), period: z.object({ from: z.string(), to: z.string() }) })
      .refine((g) => g.period.from <= g.period.to, { path: ['period', 'to'], when: whenValid(['period']) });
    const r = Period.safeParse({ period: { from: '2026-02-01', to: '2026-01-01' } });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'title invalid_type',
      'period.to custom',
    ]);
    // Not when the part that holds a field it reads is itself missing.
    const missing = Period.safeParse({ title: 'x' });
    expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join('.'))).toEqual(['period']);
  });

  it('skips it when a field it reads has an issue, or when the parse was aborted', () => {
    expect(codes({ low: 1.5, high: 1 })).toEqual(['invalid_type']);
    expect(codes({ low: 2 })).toEqual(['invalid_type']);
    expect(codes(null)).toEqual(['invalid_type']);
  });
});

describe('control characters', () => {
  const controls = [...Array(32).keys()].filter((c) => c !== 9 && c !== 10 && c !== 13).concat(127);

  it('are refused in text and bodies, with a message that names them in Polish and English', () => {
    for (const code of controls) {
      const text = `Panel${String.fromCharCode(code)}1`;
      expect(hasNoControlCharacters(text), `U+${code.toString(16)}`).toBe(false);
      expect(ok(textSchema(50), text), `U+${code.toString(16)}`).toBe(false);
      expect(ok(bodySchema(50), text), `U+${code.toString(16)}`).toBe(false);
    }
    const pl = validate(z.object({ title: textSchema(50) }), { title: 'a\u0000b' });
    expect(pl.ok ? [] : pl.issues).toEqual([
      expect.objectContaining({
        path: 'title',
        code: 'controlCharacters',
        message: expect.stringMatching(/znaki sterujące/),
      }),
    ]);
    const en = validate(z.object({ title: textSchema(50) }), { title: 'a\u0000b' }, 'en');
    expect(en.ok ? '' : en.issues[0]?.message).toMatch(/control characters/);
  });

  it('leave tab, line ends and every other character alone', () => {
    for (const text of ['Zażółć\tgęślą\njaźń\r\n„cytat” — 😀', '\u0080\u00a0\u2028 Ω']) {
      expect(hasNoControlCharacters(text)).toBe(true);
      expect(ok(bodySchema(100), text)).toBe(true);
      expect(ok(textSchema(100), text)).toBe(true);
    }
  });
});

describe('MoneySchema currency', () => {
  it('refuses a currency whose minor unit is not a hundredth, once, with the reason', () => {
    for (const currency of ['JPY', 'KRW', 'ISK', 'KWD', 'BHD', 'CLF'])
      expect(ok(MoneySchema, { amount: 100, currency }), currency).toBe(false);
    const jpy = validate(MoneySchema, { amount: 100, currency: 'JPY' }, 'pl');
    expect(!jpy.ok && jpy.issues.map((i) => i.message)).toEqual([
      'Waluta: kwoty zapisujemy w setnych częściach waluty (jak grosze), a ta waluta ich nie ma (np. JPY) albo dzieli się na tysięczne (np. KWD); podaj kwotę w PLN lub EUR (otrzymano: „JPY”).',
    ]);
    // Every code left is one Intl writes with two decimals, or one CLDR shows rounded (HUF, IDR) though ISO 4217 counts hundredths.
    const CLDR_ROUNDED = new Set([
      'AFN',
      'ALL',
      'COP',
      'HUF',
      'IDR',
      'IRR',
      'KPW',
      'LAK',
      'LBP',
      'MGA',
      'MMK',
      'PKR',
      'RSD',
      'SLL',
      'SOS',
      'SYP',
      'YER',
    ]);
    for (const currency of CURRENCY_CODES) {
      if (CURRENCY_CODES_NOT_IN_HUNDREDTHS.has(currency) || CLDR_ROUNDED.has(currency)) continue;
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
      expect(digits, currency).toBe(2);
    }
  });

  it('reports an amount beyond safe integers once', () => {
    const big = validate(MoneySchema, { amount: 1e20, currency: 'PLN' }, 'pl');
    expect(!big.ok && big.issues).toHaveLength(1);
  });

  it('takes ISO 4217 codes in use and refuses other three-letter codes, naming the rule', () => {
    for (const currency of ['PLN', 'EUR', 'GBP', 'USD', 'CHF'])
      expect(ok(MoneySchema, { amount: 1, currency })).toBe(true);
    for (const currency of ['ZZZ', 'XYZ', 'pln', 'PL', 'ZŁ'])
      expect(ok(MoneySchema, { amount: 1, currency })).toBe(false);
    const refused = validate(MoneySchema, { amount: 1, currency: 'ZZZ' });
    expect(refused.ok ? '' : refused.issues[0]?.message).toMatch(/trzyliterowym kodem istniejącej waluty/);
  });
});

describe('WebUrlSchema completes an address typed without https://', () => {
  const parsed = (input: string) => {
    const r = validate(WebUrlSchema, input, 'en');
    return r.ok ? r.value : r.issues.map((i) => i.code).join();
  };

  it('puts https:// before an address typed without a scheme', () => {
    expect(parsed('www.fundacja.org.pl')).toBe('https://www.fundacja.org.pl');
    expect(parsed('fundacja.org.pl/kontakt')).toBe('https://fundacja.org.pl/kontakt');
    expect(parsed('mcps.com.pl')).toBe('https://mcps.com.pl');
    expect(parsed('//fundacja.org.pl')).toBe('https://fundacja.org.pl');
    expect(parsed('fundacja.org.pl:8080/a?b=c#d')).toBe('https://fundacja.org.pl:8080/a?b=c#d');
  });

  it('keeps http:// as typed, and mends a slash left out after the scheme', () => {
    expect(parsed('http://fundacja.org.pl')).toBe('http://fundacja.org.pl');
    expect(parsed('https:/fundacja.org.pl')).toBe('https://fundacja.org.pl');
    expect(parsed('http:fundacja.org.pl')).toBe('http://fundacja.org.pl');
  });

  it('trims spaces around it, and writes the scheme and host in lower case, the path as typed', () => {
    expect(parsed('  www.fundacja.org.pl \t')).toBe('https://www.fundacja.org.pl');
    expect(parsed('WWW.FUNDACJA.ORG.PL/Kontakt')).toBe('https://www.fundacja.org.pl/Kontakt');
    expect(parsed('HTTP://Fundacja.org.pl/O-Nas')).toBe('http://fundacja.org.pl/O-Nas');
  });

  it('takes Polish (IDN) domain names, as typed', () => {
    expect(parsed('łączy-nas.pl')).toBe('https://łączy-nas.pl');
    expect(parsed('ŁĄCZY-NAS.PL/o-nas')).toBe('https://łączy-nas.pl/o-nas');
    expect(parsed('https://gmina-łącko.pl')).toBe('https://gmina-łącko.pl');
  });

  it('refuses an e-mail address, another scheme, a space, no domain name, a user name', () => {
    expect(parsed('biuro@fundacja.pl')).toBe('webUrlEmail');
    expect(parsed('mailto:biuro@fundacja.pl')).toBe('webUrlEmail');
    expect(parsed('javascript:alert(1)')).toBe('webUrlScheme');
    expect(parsed('JavaScript://%0Aalert(1)')).toBe('webUrlScheme');
    expect(parsed('ftp://fundacja.pl')).toBe('webUrlScheme');
    expect(parsed('data:text/html,<b>x</b>')).toBe('webUrlScheme');
    expect(parsed('fundacja org pl')).toBe('webUrlSpace');
    expect(parsed('fundacja')).toBe('webUrlDomain');
    expect(parsed('https://localhost:3000')).toBe('webUrlDomain');
    expect(parsed('192.168.0.1')).toBe('webUrlDomain');
    expect(parsed('https://biuro@fundacja.pl')).toBe('webUrlUserinfo');
    expect(parsed('https://')).toBe('webUrlInvalid');
    expect(parsed('   ')).toBe('too_small');
  });

  it('says what is wrong, in Polish and English, repeating what was typed', () => {
    const message = (input: string, locale: 'pl' | 'en') => {
      const r = validate(WebUrlSchema, input, locale);
      return r.ok ? '' : r.issues[0]?.message;
    };
    expect(message('biuro@fundacja.pl', 'pl')).toBe(
      'Wartość: jest adresem e-mail, a nie adresem strony internetowej (np. https://fundacja.org.pl) (otrzymano: „biuro@fundacja.pl”).',
    );
    expect(message('biuro@fundacja.pl', 'en')).toBe(
      'Value: is an e-mail address, not the address of a website (e.g. https://fundacja.org.pl) (got "biuro@fundacja.pl").',
    );
    expect(message('fundacja', 'pl')).toBe(
      'Wartość: musi zawierać nazwę domeny z kropką, np. fundacja.org.pl (otrzymano: „fundacja”).',
    );
    expect(message('   ', 'pl')).toBe('Wartość: to pole jest wymagane.');
  });

  it('takes and gives a string: forms and input types see a string, and anything else is refused as one', () => {
    expectTypeOf<z.input<typeof WebUrlSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof WebUrlSchema>>().toEqualTypeOf<string>();
    const r = validate(WebUrlSchema, 42, 'pl');
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual(['Wartość: oczekiwano tekstu (otrzymano: „42”).']);
  });

  it('outputs what it accepts unchanged (a completed address is complete)', () => {
    // "--" in the third and fourth places marks an encoded label ("xn--"), which is not typed by hand.
    const label = fc
      .stringMatching(/^[a-ząćęłńóśźż0-9]([a-ząćęłńóśźż0-9-]{0,10}[a-ząćęłńóśźż0-9])?$/)
      .filter((l) => l.slice(2, 4) !== '--');
    const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('pl', 'org', 'eu', 'com'));
    const path = fc.stringMatching(/^(\/[A-Za-z0-9_-]{0,8}){0,3}$/);
    fc.assert(
      fc.property(host, path, fc.boolean(), fc.constantFrom('', 'https://', 'http://'), ([labels, tld], p, caps, s) => {
        const name = [...labels, tld].join('.');
        const typed = `${s}${caps ? name.toUpperCase() : name}${p}`;
        const out = WebUrlSchema.parse(` ${typed} `);
        expect(out).toBe(`${s || 'https://'}${name}${p}`);
        expect(WebUrlSchema.parse(out)).toBe(out);
        expect(['https:', 'http:']).toContain(new URL(out).protocol);
      }),
    );
  });

  it('never accepts an address whose scheme is not http(s), nor an e-mail address', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9+-]{0,9}$/).filter((s) => s !== 'http' && s !== 'https'),
        fc.stringMatching(/^[!-~]{0,20}$/),
        (scheme, rest) => {
          expect(WebUrlSchema.safeParse(`${scheme}:${rest}`).success).toBe(false);
          expect(WebUrlSchema.safeParse(`${scheme.toUpperCase()}:${rest}`).success).toBe(false);
        },
      ),
    );
    // An address with "/", "?" or "#" before its "@" reads as a site with a path ("medium.com/@fundacja" is a
    // website): RFC 5322 lets a mailbox have them, and people's do not.
    const email = fc.emailAddress().filter((e) => !/[/?#]/.test(e.slice(0, e.lastIndexOf('@'))));
    fc.assert(
      fc.property(email, (address) => {
        expect(WebUrlSchema.safeParse(address).success).toBe(false);
        expect(WebUrlSchema.safeParse(address.toUpperCase()).success).toBe(false);
      }),
    );
    expect(WebUrlSchema.parse('medium.com/@fundacja')).toBe('https://medium.com/@fundacja');
  });
});
