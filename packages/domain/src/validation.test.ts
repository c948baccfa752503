import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AgendaItemSchema } from './agenda.js';
import { EmailSchema, HashtagSchema, NipSchema, PostalAddressSchema, SlugSchema } from './common.js';
import { CooperationSchema } from './cooperation.js';
import { EventSchema } from './event.js';
import { GrantSchema } from './grant.js';
import { LocalAuthoritySchema } from './local-authority.js';
import { OrganizationSchema } from './organization.js';
import { PersonSchema } from './person.js';
import { PostSchema } from './post.js';
import { RULE_CODES, ruleMessage } from './rule-messages.js';
import { AuditEntrySchema, PasswordSchema, UserSchema } from './user.js';
import { afterColon, errorFor, fieldLabel, joinMessages, pathString, toFieldIssues, validate } from './validation.js';
import { VenueSchema } from './venue.js';

const org = {
  id: 'org-1',
  slug: 'urzad-marszalkowski',
  name: 'Urząd Marszałkowski Województwa Mazowieckiego',
  legalForm: 'instytucja_publiczna',
  nip: '525-208-72-27',
  regon: '013272636',
};

describe('validate', () => {
  it('returns the parsed value with canonical identifiers and defaults', () => {
    expect(validate(OrganizationSchema, org)).toEqual({
      ok: true,
      value: { ...org, nip: '5252087227', opp: false },
    });
  });

  it('names the field and says what was expected and got, in Polish by default (the JSDoc example)', () => {
    expect(validate(OrganizationSchema, { ...org, nip: '5252087228' })).toEqual({
      ok: false,
      issues: [
        {
          path: 'nip',
          field: 'NIP',
          code: 'nip.checksum',
          message: 'NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).',
        },
      ],
    });
  });

  it('speaks English on request', () => {
    const result = validate(OrganizationSchema, { ...org, nip: '1234560020', regon: 'PL013272636' }, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [
        'nip',
        'nip.checksum10',
        'NIP (tax ID): gives remainder 10 in its checksum — such numbers are never issued (got "1234560020").',
      ],
      [
        'regon',
        'regon.prefix',
        'REGON: has a country prefix, which is not allowed here — expected 9 or 14 digits (got "PL013272636").',
      ],
    ]);
  });

  it('says the expected form after a dash, so that what was got is the one bracket', () => {
    const result = validate(OrganizationSchema, { ...org, regon: '12345678' });
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      'REGON: ma złą liczbę cyfr — oczekiwano: 9 lub 14 cyfr (otrzymano: „12345678”).',
    ]);
  });

  it('gives its own messages for built-in checks, prefixed by the field', () => {
    const pl = validate(OrganizationSchema, { ...org, name: '' }, 'pl');
    const en = validate(OrganizationSchema, { ...org, name: '' }, 'en');
    expect(!pl.ok && pl.issues).toEqual([
      { path: 'name', field: 'Nazwa', code: 'too_small', message: 'Nazwa: to pole jest wymagane.' },
    ]);
    expect(!en.ok && en.issues[0]?.message).toBe('Name: this field is required.');
  });

  it('gives deep paths as people read them', () => {
    const result = validate(EventSchema, {
      id: 'e1',
      slug: 'e',
      title: 'Spotkanie',
      startsAt: '2026-11-26T10:00:00+01:00',
      endsAt: '2026-11-26T14:00:00+01:00',
      organizerId: 'o1',
      agenda: [
        { id: 'a', kind: 'break', startsAt: '2026-11-26T10:00:00+01:00', endsAt: '2026-11-26T10:15:00+01:00' },
        {
          id: 'b',
          kind: 'panel',
          title: 'Panel',
          startsAt: '2026-11-26T10:15:00+01:00',
          endsAt: '2026-11-26T11:15:00+01:00',
          panelists: [{ kind: 'person', personId: '' }],
        },
      ],
    });
    expect(!result.ok && result.issues.map((i) => [i.path, i.field])).toEqual([
      ['agenda[1].panelists[0].personId', 'Osoba'],
    ]);
  });

  it('labels every message of a custom rule in both languages', () => {
    const input = { ...org, opp: true };
    const pl = validate(OrganizationSchema, input, 'pl');
    const en = validate(OrganizationSchema, input, 'en');
    expect(!pl.ok && pl.issues).toEqual([
      {
        path: 'krs',
        field: 'KRS',
        code: 'oppNeedsKrs',
        message: 'KRS: jest wymagany, gdy organizacja ma status OPP (status wpisuje się do KRS).',
      },
    ]);
    expect(!en.ok && en.issues[0]?.message).toBe(
      'KRS number: is required when the organisation has public benefit status (it is entered in KRS).',
    );
  });

  it('shortens long input in messages; a text too long is described by its length instead', () => {
    const result = validate(z.object({ email: EmailSchema }), { email: 'x'.repeat(100) }, 'en');
    expect(!result.ok && result.issues[0]?.message).toContain(`(got "${'x'.repeat(40)}…")`);
    const long = validate(z.object({ slug: z.string().max(3) }), { slug: 'x'.repeat(100) }, 'en');
    expect(!long.ok && long.issues[0]?.message).toBe('Page address on the site: at most 3 characters (100 given).');
  });
});

const event = {
  id: 'e1',
  slug: 'spotkanie',
  title: 'Spotkanie',
  startsAt: '2026-11-26T10:00:00+01:00',
  endsAt: '2026-11-26T14:00:00+01:00',
  organizerId: 'o1',
};

/** The messages for one path after validating `input` with `schema`, in Polish and in English. */
function messagesAt(schema: z.ZodType, input: unknown, path: string): [pl: string[], en: string[]] {
  const at = (locale: 'pl' | 'en') => {
    const result = validate(schema, input, locale);
    return result.ok ? [] : result.issues.filter((i) => i.path === path).map((i) => i.message);
  };
  return [at('pl'), at('en')];
}

describe('messages for zod’s built-in checks, in Polish and English', () => {
  it.each([
    ['missing', { ...event, title: undefined }],
    ['null', { ...event, title: null }],
    ['blank', { ...event, title: '   ' }],
  ])('a required value that is %s', (_, input) => {
    expect(messagesAt(EventSchema, input, 'title')).toEqual([
      ['Tytuł: to pole jest wymagane.'],
      ['Title: this field is required.'],
    ]);
  });

  it('a choice left out is required, not answered with the list of every option', () => {
    const org = { id: 'o', slug: 'o', name: 'Koło Gospodyń Wiejskich w Stoczku' };
    expect(messagesAt(OrganizationSchema, org, 'legalForm')).toEqual([
      ['Forma prawna: to pole jest wymagane.'],
      ['Legal form: this field is required.'],
    ]);
    // A value that is there but not one of them still lists them.
    expect(messagesAt(OrganizationSchema, { ...org, legalForm: 'spolka' }, 'legalForm')[0]?.[0]).toMatch(
      /^Forma prawna: wybierz jedną z wartości: fundacja, /,
    );
  });

  it('a missing object is required too', () => {
    expect(messagesAt(VenueSchema, { id: 'v', slug: 'v', name: 'Sala' }, 'address')).toEqual([
      ['Adres: to pole jest wymagane.'],
      ['Address: this field is required.'],
    ]);
  });

  it('a wrong type says what was expected and what came', () => {
    expect(messagesAt(EventSchema, { ...event, capacity: 'dużo' }, 'capacity')).toEqual([
      ['Liczba miejsc: oczekiwano liczby (otrzymano: „dużo”).'],
      ['Capacity: expected a number (got "dużo").'],
    ]);
    expect(messagesAt(EventSchema, { ...event, capacity: 1.5 }, 'capacity')).toEqual([
      ['Liczba miejsc: oczekiwano liczby całkowitej (otrzymano: „1.5”).'],
      ['Capacity: expected a whole number (got "1.5").'],
    ]);
    expect(messagesAt(EventSchema, { ...event, title: 42 }, 'title')).toEqual([
      ['Tytuł: oczekiwano tekstu (otrzymano: „42”).'],
      ['Title: expected text (got "42").'],
    ]);
    expect(messagesAt(EventSchema, { ...event, isFree: ['tak'] }, 'isFree')).toEqual([
      ['Wstęp wolny: oczekiwano wartości tak/nie, otrzymano listę.'],
      ['Free admission: expected yes or no, got a list.'],
    ]);
    expect(messagesAt(EventSchema, { ...event, capacity: Number.NaN }, 'capacity')).toEqual([
      ['Liczba miejsc: oczekiwano liczby, otrzymano wartość, która nie jest liczbą (NaN).'],
      ['Capacity: expected a number, got not a number (NaN).'],
    ]);
  });

  it('a text too long or too short gives the limit and the length given', () => {
    expect(messagesAt(EventSchema, { ...event, title: 'x'.repeat(312) }, 'title')).toEqual([
      ['Tytuł: najwyżej 300 znaków (podano 312).'],
      ['Title: at most 300 characters (312 given).'],
    ]);
    expect(messagesAt(z.object({ name: z.string().min(3) }), { name: 'ab' }, 'name')).toEqual([
      ['Nazwa: co najmniej 3 znaki (podano 2).'],
      ['Name: at least 3 characters (2 given).'],
    ]);
    expect(messagesAt(z.object({ number: z.string().length(6) }), { number: 'żółć' }, 'number')).toEqual([
      ['Numer: dokładnie 6 znaków (podano 4).'],
      ['Number: exactly 6 characters (4 given).'],
    ]);
  });

  it.each([
    [1, '1 znak', '1 character'],
    [2, '2 znaki', '2 characters'],
    [4, '4 znaki', '4 characters'],
    [5, '5 znaków', '5 characters'],
    [12, '12 znaków', '12 characters'],
    [22, '22 znaki', '22 characters'],
    [112, '112 znaków', '112 characters'],
  ])('a limit of %i characters agrees with its number', (n, pl, en) => {
    const [plMessages, enMessages] = messagesAt(
      z.object({ name: z.string().max(n) }),
      { name: 'x'.repeat(n + 1) },
      'name',
    );
    expect(plMessages).toEqual([`Nazwa: najwyżej ${pl} (podano ${n + 1}).`]);
    expect(enMessages).toEqual([`Name: at most ${en} (${n + 1} given).`]);
  });

  it('a number out of range gives the bound, written as people write numbers', () => {
    expect(messagesAt(EventSchema, { ...event, capacity: 0 }, 'capacity')).toEqual([
      ['Liczba miejsc: najmniej 1 (otrzymano: „0”).'],
      ['Capacity: at least 1 (got "0").'],
    ]);
    expect(messagesAt(EventSchema, { ...event, capacity: 2_000_000 }, 'capacity')).toEqual([
      ['Liczba miejsc: najwięcej 1\u00a0000\u00a0000 (otrzymano: „2000000”).'],
      ['Capacity: at most 1,000,000 (got "2000000").'],
    ]);
    expect(messagesAt(z.object({ amount: z.number().positive() }), { amount: 0 }, 'amount')).toEqual([
      ['Kwota: więcej niż 0 (otrzymano: „0”).'],
      ['Amount: more than 0 (got "0").'],
    ]);
  });

  it.each([
    [0, 1, '1 element', '1 item'],
    [1, 2, '2 elementy', '2 items'],
    [2, 5, '5 elementów', '5 items'],
  ])('a list of %i item(s), at least %i needed', (given, needed, pl, en) => {
    const schema = z.object({ topics: z.array(z.string()).min(needed) });
    expect(messagesAt(schema, { topics: Array(given).fill('t') }, 'topics')).toEqual([
      [`Tematy: co najmniej ${pl} (podano ${given}).`],
      [`Topics: at least ${en} (${given} given).`],
    ]);
  });

  it('a list too long', () => {
    expect(messagesAt(EventSchema, { ...event, hashtags: Array(51).fill('a') }, 'hashtags')).toEqual([
      ['Hasztagi: najwyżej 50 elementów (podano 51).'],
      ['Hashtags: at most 50 items (51 given).'],
    ]);
  });

  it('a website of another scheme says which schemes it may have; one typed without https:// is completed', () => {
    expect(messagesAt(OrganizationSchema, { ...org, website: 'ftp://fundacja.pl' }, 'website')).toEqual([
      [
        'Strona internetowa: może zaczynać się tylko od https:// albo http:// (np. https://fundacja.org.pl); adresy innego rodzaju, np. javascript: czy ftp:, nie są przyjmowane (otrzymano: „ftp://fundacja.pl”).',
      ],
      [
        'Website: may only start with https:// or http:// (e.g. https://fundacja.org.pl); addresses of other kinds, such as javascript: or ftp:, are not accepted (got "ftp://fundacja.pl").',
      ],
    ]);
    expect(messagesAt(OrganizationSchema, { ...org, website: 'www.fundacja.pl' }, 'website')).toEqual([[], []]);
    const parsed = validate(OrganizationSchema, { ...org, website: 'www.fundacja.pl' });
    expect(parsed.ok && parsed.value.website).toBe('https://www.fundacja.pl');
  });

  it('a URL of a plain z.url(), and one without its https://', () => {
    const schema = z.object({ website: z.url() });
    expect(messagesAt(schema, { website: 'fundacja pl' }, 'website')).toEqual([
      [
        'Strona internetowa: nieprawidłowy adres URL: powinien zaczynać się od https:// (np. https://example.org) (otrzymano: „fundacja pl”).',
      ],
      ['Website: invalid URL: it should start with https:// (e.g. https://example.org) (got "fundacja pl").'],
    ]);
    expect(messagesAt(schema, { website: 'https://' }, 'website')).toEqual([
      ['Strona internetowa: nieprawidłowy adres URL (np. https://example.org) (otrzymano: „https://”).'],
      ['Website: invalid URL (e.g. https://example.org) (got "https://").'],
    ]);
  });

  it('an invalid date and time, and a day that does not exist', () => {
    expect(messagesAt(EventSchema, { ...event, startsAt: '2026-11-26 10:00' }, 'startsAt')).toEqual([
      ['Początek: nieprawidłowa data i godzina (np. 2026-11-26T10:00:00+01:00) (otrzymano: „2026-11-26 10:00”).'],
      ['Start: invalid date and time (e.g. 2026-11-26T10:00:00+01:00) (got "2026-11-26 10:00").'],
    ]);
    expect(messagesAt(EventSchema, { ...event, startsAt: '2027-02-30T10:00' }, 'startsAt')).toEqual([
      ['Początek: nieprawidłowa data: 30 lutego 2027 nie istnieje.'],
      ['Start: invalid date: 30 February 2027 does not exist.'],
    ]);
    expect(messagesAt(EventSchema, { ...event, endsAt: '2027-02-29T10:00:00+01:00' }, 'endsAt')).toEqual([
      ['Koniec: nieprawidłowa data: 29 lutego 2027 nie istnieje (2027 nie jest rokiem przestępnym).'],
      ['End: invalid date: 29 February 2027 does not exist (2027 is not a leap year).'],
    ]);
    const period = (from: string) => ({ period: { from, to: '2028-12-31' } });
    expect(messagesAt(CooperationSchema, period('2026-04-31'), 'period.from')).toEqual([
      ['Od: nieprawidłowa data: 31 kwietnia 2026 nie istnieje.'],
      ['From: invalid date: 31 April 2026 does not exist.'],
    ]);
    expect(messagesAt(CooperationSchema, period('2028-02-29'), 'period.from')).toEqual([[], []]);
    expect(messagesAt(CooperationSchema, period('2026-13-01'), 'period.from')).toEqual([
      ['Od: nieprawidłowa data (np. 2026-11-26) (otrzymano: „2026-13-01”).'],
      ['From: invalid date (e.g. 2026-11-26) (got "2026-13-01").'],
    ]);
  });

  it('an invalid e-mail address', () => {
    expect(messagesAt(OrganizationSchema, { ...org, email: 'biuro@' }, 'email')).toEqual([
      ['E-mail: nieprawidłowy adres e-mail (np. biuro@example.org) (otrzymano: „biuro@”).'],
      ['E-mail: invalid e-mail address (e.g. office@example.org) (got "biuro@").'],
    ]);
  });

  it('a value outside an enumeration lists the choices by their labels where the domain has them', () => {
    expect(messagesAt(EventSchema, { ...event, status: 'opublikowane' }, 'status')).toEqual([
      ['Status: wybierz jedną z wartości: szkic, opublikowane, odwołane, przełożone (otrzymano: „opublikowane”).'],
      ['Status: choose one of: draft, published, cancelled, postponed (got "opublikowane").'],
    ]);
    expect(messagesAt(UserSchema, { id: 'u', email: 'a@b.pl', name: 'A', role: 'admin' }, 'role')).toEqual([
      ['Funkcja: wybierz jedną z wartości: administrator, redaktor, recenzent (otrzymano: „admin”).'],
      ['Role: choose one of: administrator, editor, reviewer (got "admin").'],
    ]);
    const item = { id: 'a', kind: 'warsztat', startsAt: event.startsAt, endsAt: event.endsAt };
    expect(messagesAt(EventSchema, { ...event, agenda: [item] }, 'agenda[0].kind')).toEqual([
      [
        'Rodzaj: wybierz jedną z wartości: Wprowadzenie, Panel, Prezentacja, Dyskusja, Przerwa, Inne (otrzymano: „warsztat”).',
      ],
      ['Kind: choose one of: Introduction, Panel, Presentation, Discussion, Break, Other (got "warsztat").'],
    ]);
    // No label table for partner roles: the values themselves.
    expect(
      messagesAt(EventSchema, { ...event, partners: [{ organizationId: 'o', role: 'x' }] }, 'partners[0].role'),
    ).toEqual([
      ['Funkcja: wybierz jedną z wartości: partner, patron, host, media (otrzymano: „x”).'],
      ['Role: choose one of: partner, patron, host, media (got "x").'],
    ]);
  });

  it('afterColon lowers a sentence’s first letter, not an acronym’s', () => {
    expect(afterColon('To pole jest wymagane.')).toBe('to pole jest wymagane.');
    expect(afterColon('Źle wpisana data.')).toBe('źle wpisana data.');
    expect(afterColon('NIP ma błędną cyfrę kontrolną.')).toBe('NIP ma błędną cyfrę kontrolną.');
    expect(afterColon('')).toBe('');
  });

  it('after the label a message reads on in lower case, but an acronym keeps its capitals', () => {
    const taken = z.object({ nip: z.string().refine(() => false, { message: 'NIP jest już w bazie.' }) });
    expect(validate(taken, { nip: '1' }, 'pl')).toMatchObject({ issues: [{ message: 'NIP: NIP jest już w bazie.' }] });
    expect(validate(z.object({ title: z.string() }), {}, 'pl')).toMatchObject({
      issues: [{ message: 'Tytuł: to pole jest wymagane.' }],
    });
  });

  it('anything else gets a plain sentence', () => {
    expect(messagesAt(z.object({ title: z.string().refine(() => false) }), { title: 'x' }, 'title')).toEqual([
      ['Tytuł: nieprawidłowa wartość (otrzymano: „x”).'],
      ['Title: invalid value (got "x").'],
    ]);
    expect(messagesAt(z.strictObject({ title: z.string() }), { title: 'x', titel: 'y' }, '')).toEqual([
      ['Wartość: nieznane pole: titel.'],
      ['Value: unknown field: titel.'],
    ]);
    expect(messagesAt(z.object({ amount: z.number().multipleOf(5) }), { amount: 7 }, 'amount')).toEqual([
      ['Kwota: musi być wielokrotnością 5 (otrzymano: „7”).'],
      ['Amount: must be a multiple of 5 (got "7").'],
    ]);
  });

  it('ends the messages of the domain’s own rules with a full stop too, in lower case after the field', () => {
    expect(messagesAt(OrganizationSchema, { ...org, regon: '013272637' }, 'regon')).toEqual([
      ['REGON: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „013272637”).'],
      ['REGON: has a wrong check digit — check it for a typo (got "013272637").'],
    ]);
  });

  // A rule's message is a predicate of its field ("NIP: ma błędną cyfrę…"), so it starts in lower case; it
  // ends with one full stop, as the sentences for built-in checks do, whether or not it says what was got.
  it.each(['pl', 'en'] as const)(
    'every message of every rule code is a predicate ending with one full stop (%s)',
    (locale) => {
      expect(RULE_CODES.length).toBeGreaterThan(40);
      for (const code of RULE_CODES) {
        const schema = z.object({
          value: z.unknown().superRefine((input, ctx) => ctx.addIssue({ code: 'custom', input, params: { code } })),
        });
        for (const input of ['abc', { a: 1 }]) {
          const result = validate(schema, { value: input }, locale);
          const message = !result.ok && result.issues.length === 1 ? result.issues[0]?.message : undefined;
          const label = locale === 'pl' ? 'Wartość: ' : 'Value: ';
          expect(message, code).toMatch(new RegExp(`^${label}\\p{Ll}`, 'u'));
          expect(message, code).toMatch(/[^.]\.$/);
          expect(message, code).not.toMatch(/\.\.|\.;|\. \(/);
          // An unknown code would be shown as it is: every code here has words of its own.
          expect(message?.slice(label.length).split(/[ .]/)[0], code).not.toBe(code);
        }
      }
    },
  );

  // Staff at the foundation read these messages: the register's column names (RODZ), the code list's
  // name (TERC), standard numbers (ISO 4217) and programmers' words (slug, ASCII, NUL) mean nothing to them.
  it.each(['pl', 'en'] as const)('no rule message shows staff internal terms (%s)', (locale) => {
    for (const code of RULE_CODES)
      expect(ruleMessage(code, locale), code).not.toMatch(/\b(RODZ|TERC|ISO|slug|ASCII|NUL|enum)\b/i);
  });
});

describe('values in messages', () => {
  const messages = (result: ReturnType<typeof validate>) => (result.ok ? [] : result.issues.map((i) => i.message));

  it.each(['pl', 'en'] as const)('never repeats a password (%s), bare or in a form, nor its length', (locale) => {
    for (const input of ['krótkie', 'x'.repeat(300)]) {
      const bare = messages(validate(PasswordSchema, input, locale));
      const inForm = messages(validate(z.object({ pw: PasswordSchema.optional() }), { pw: input }, locale));
      expect(bare).toHaveLength(1);
      expect(inForm).toHaveLength(1);
      for (const m of [...bare, ...inForm]) {
        expect(m).not.toContain(input.slice(0, 7));
        expect(m).not.toMatch(/otrzymano|got|\b(7|300)\b/);
      }
    }
  });

  it('never repeats a password, whatever it is (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9 }), fc.constantFrom('pl', 'en'), (s, locale) => {
        const password = `ZZ${s}`;
        for (const m of messages(validate(PasswordSchema, password, locale))) expect(m).not.toContain('ZZ');
      }),
    );
  });

  it('never repeats a value under a key that names a secret, marked or not; hashtags are not secrets', () => {
    const form = z.object({
      newPassword: z.string().min(12),
      passwordHash: z.string().regex(/^\$scrypt\$/),
      resetToken: z.string().length(32),
      apiKey: z.string().length(32),
    });
    const input = { newPassword: 'sekret-1', passwordHash: 'plain-2', resetToken: 'tok-3', apiKey: 'key-4' };
    for (const locale of ['pl', 'en'] as const) {
      const all = messages(validate(form, input, locale)).join('\n');
      expect(all.split('\n')).toHaveLength(4);
      for (const value of Object.values(input)) expect(all).not.toContain(value);
    }
    expect(messages(validate(z.object({ hashtags: z.array(HashtagSchema) }), { hashtags: ['a b'] }, 'pl'))).toEqual([
      expect.stringContaining('(otrzymano: „a b”)'),
    ]);
  });

  it('a schema derived from a marked one keeps its checks secret', () => {
    const m = messages(validate(z.object({ x: PasswordSchema.max(100) }), { x: 'krótkie' }, 'en'));
    expect(m).toHaveLength(1);
    expect(m[0]).not.toContain('krótkie');
  });

  it('toFieldIssues never repeats the issues’ input, even with reportInput; errorFor can echo, never a secret', () => {
    const password = PasswordSchema.safeParse('krótkie', { error: errorFor('pl'), reportInput: true });
    expect(password.success).toBe(false);
    if (password.success) return;
    expect(toFieldIssues(password.error.issues, 'pl')[0]?.message).not.toContain('krótkie');
    const echoed = (schema: z.ZodType, input: unknown) => {
      const r = schema.safeParse(input, { error: errorFor('en', { echoInput: true }) });
      return r.success ? undefined : r.error.issues[0]?.message;
    };
    expect(echoed(NipSchema, '5252087228')).toBe('has a wrong check digit — check it for a typo (got "5252087228").');
    expect(echoed(PasswordSchema, 'krótkie')).not.toContain('krótkie');
  });

  it('repeats long or multi-line input on one line, cut at 40 characters', () => {
    const m = messages(validate(z.object({ slug: SlugSchema }), { slug: `zła\n\nwartość ${'x'.repeat(60)}` }, 'pl'));
    expect(m[0]).toContain(`(otrzymano: „zła wartość ${'x'.repeat(28)}…”)`);
  });
});

describe('fieldLabel and pathString', () => {
  it('labels known fields, shows unknown ones as they are, and names a value without a path', () => {
    expect(fieldLabel(['agenda', 0, 'startsAt'], 'pl')).toBe('Początek');
    expect(fieldLabel(['agenda', 0, 'startsAt'], 'en')).toBe('Start');
    expect(fieldLabel(['somethingNew'], 'pl')).toBe('somethingNew');
    expect(fieldLabel([], 'pl')).toBe('Wartość');
    expect(fieldLabel([3], 'en')).toBe('Value');
    expect(pathString(['agenda', 1, 'panelists', 0, 'personId'])).toBe('agenda[1].panelists[0].personId');
    expect(pathString([0, 'a'])).toBe('[0].a');
    expect(pathString([])).toBe('');
  });

  it('toFieldIssues works on the issues of a safeParse with errorFor', () => {
    const result = OrganizationSchema.safeParse({ ...org, krs: '12a45' }, { error: errorFor('en') });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toFieldIssues(result.error.issues, 'en')).toEqual([
      {
        path: 'krs',
        field: 'KRS number',
        code: 'krs.format',
        message: 'KRS number: is not in the right format — expected up to 10 digits, e.g. 0000030897.',
      },
    ]);
  });
});

// Every published schema: random input never throws and fails with structured issues in both languages.
const SCHEMAS = {
  EventSchema,
  AgendaItemSchema,
  OrganizationSchema,
  LocalAuthoritySchema,
  GrantSchema,
  PersonSchema,
  VenueSchema,
  PostSchema,
  CooperationSchema,
  UserSchema,
  AuditEntrySchema,
  PostalAddressSchema,
};

// Objects shaped like our entities, with random values: these reach the refinements, not only the type checks.
const entityLike = fc.dictionary(
  fc.constantFrom(
    'id',
    'slug',
    'name',
    'title',
    'kind',
    'terc',
    'nip',
    'krs',
    'opp',
    'startsAt',
    'endsAt',
    'period',
    'mode',
    'form',
    'amount',
    'agenda',
    'legalForm',
    'email',
    'role',
    'timeZone',
    'hashtags',
  ),
  fc.oneof(
    fc.anything(),
    fc.constantFrom('2026-11-26T10:00:00+01:00', '2026-01-01', 'x', '14', '5252087227', 'small_grant', 'panel'),
    fc.record({ from: fc.constantFrom('2026-01-01', 'x'), to: fc.constantFrom('2025-01-01', '2026-12-31') }),
    fc.record({ amount: fc.integer(), currency: fc.constantFrom('PLN', 'EUR', 'x') }),
  ),
);

const ZOD_WORDING =
  /\(y\/a\/e\)|Nieprawidłowe dane wejściowe|Invalid input|oczekiwano (string|number|int|boolean|array|object)|expected (string|number|int|boolean|array|object)|[<>]=?\d|received|otrzymano undefined/;

describe('schemas under random input', () => {
  it.each(Object.entries(SCHEMAS))('%s: validate never throws and every issue is structured', (_, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), entityLike), fc.constantFrom('pl', 'en'), (input, locale) => {
        const result = validate(schema as z.ZodType, input, locale);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe('string');
          expect(issue.code).toMatch(/^[a-zA-Z_.0-9]+$/);
          expect(issue.field.length).toBeGreaterThan(0);
          expect(issue.message.startsWith(`${issue.field}: `)).toBe(true);
          expect(issue.message).toMatch(/\.$/);
          // zod's own wording, for programmers, never reaches people.
          expect(issue.message.replace(/ \((otrzymano: „|got ")[\s\S]*$/, '')).not.toMatch(ZOD_WORDING);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('joinMessages', () => {
  it('lists sentences on one line without ".;": joined by "; ", each but the last without its final full stop', () => {
    expect(joinMessages(['Tytuł: to pole jest wymagane.', 'NIP: ma błędną cyfrę kontrolną (otrzymano: „1”).'])).toBe(
      'Tytuł: to pole jest wymagane; NIP: ma błędną cyfrę kontrolną (otrzymano: „1”).',
    );
    expect(joinMessages(['Czekaj...', 'bez kropki'])).toBe('Czekaj...; bez kropki');
    expect(joinMessages(['Jedno.'])).toBe('Jedno.');
    expect(joinMessages([])).toBe('');
  });
});
