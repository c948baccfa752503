import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AgendaItemSchema } from './agenda.js';
import { HashtagSchema, NipSchema, PostalAddressSchema, SlugSchema } from './common.js';
import { CooperationSchema } from './cooperation.js';
import { EventSchema } from './event.js';
import { GrantSchema } from './grant.js';
import { LocalAuthoritySchema } from './local-authority.js';
import { OrganizationSchema } from './organization.js';
import { PersonSchema } from './person.js';
import { PostSchema } from './post.js';
import { AuditEntrySchema, PasswordSchema, UserSchema } from './user.js';
import { errorFor, fieldLabel, pathString, toFieldIssues, validate } from './validation.js';
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
          message: 'NIP: ma błędną cyfrę kontrolną (oczekiwano: 10 cyfr, np. 525-208-72-27) (otrzymano: „5252087228”)',
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
        'NIP (tax ID): gives remainder 10 in its checksum — such numbers are never issued (expected 10 digits, e.g. 525-208-72-27) (got "1234560020")',
      ],
      [
        'regon',
        'regon.prefix',
        'REGON: has a country prefix it does not allow (expected 9 or 14 digits) (got "PL013272636")',
      ],
    ]);
  });

  it('uses zod’s own Polish and English messages for built-in checks, prefixed by the field', () => {
    const pl = validate(OrganizationSchema, { ...org, name: '' }, 'pl');
    const en = validate(OrganizationSchema, { ...org, name: '' }, 'en');
    expect(!pl.ok && pl.issues[0]?.message).toMatch(/^Nazwa: .*(za mał|zbyt krót|co najmniej)/i);
    expect(!en.ok && en.issues[0]?.message).toMatch(/^Name: Too small/);
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
        message: 'KRS: jest wymagany, gdy organizacja ma status OPP (status wpisuje się do KRS)',
      },
    ]);
    expect(!en.ok && en.issues[0]?.message).toBe(
      'KRS number: is required when the organisation has public benefit status (it is entered in KRS)',
    );
  });

  it('shortens long input in messages', () => {
    const result = validate(z.object({ slug: z.string().max(3) }), { slug: 'x'.repeat(100) }, 'en');
    expect(!result.ok && result.issues[0]?.message).toContain(`(got "${'x'.repeat(40)}…")`);
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
    expect(echoed(NipSchema, '5252087228')).toBe(
      'has a wrong check digit (expected 10 digits, e.g. 525-208-72-27) (got "5252087228")',
    );
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
        message: 'KRS number: is not in the right format (expected up to 10 digits, e.g. 0000030897)',
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
        }
      }),
      { numRuns: 200 },
    );
  });
});
