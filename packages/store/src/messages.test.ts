import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FieldIssue, type Locale, MostyError, ValidationError } from '@org/domain';
import { testEnv } from '@org/testkit';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite } from './backup-sqlite.js';
import { CLI_MESSAGES, COMMAND_LINE_MESSAGES } from './cli/cli-messages.js';
import { restoreStore } from './dump.js';
import { loadWorld } from './load-world.js';
import { MESSAGES, sentence, shown, type Texts } from './messages.js';
import { runMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { contextOf, openStore, seamOf } from './open-store.js';
import { DIALECTS, postgresCase, sqliteCase, type TestStore } from './test/dialects.js';
import { orgInput, steppingClock } from './test/fixtures.js';
import { refusedTextError } from './text-guard.js';
import type { Store } from './types.js';

const NUL = '\u0000';
// The organisations' sort fields, as a refused sort names them.
const ORG_SORT_FIELDS = 'name, createdAt, updatedAt';

/** The `ValidationError` a call is refused with (the test fails when it is not refused so). */
async function refusal(call: () => Promise<unknown>): Promise<ValidationError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe('shown', () => {
  it('shows a value as String does, and an object String cannot convert as JSON instead of throwing', () => {
    expect(shown(0)).toBe('0');
    expect(shown('a b')).toBe('a b');
    expect(shown(undefined)).toBe('undefined');
    expect(shown(null)).toBe('null');
    expect(shown(Symbol('s'))).toBe('Symbol(s)');
    expect(() => String({ toString: 1 })).toThrow(TypeError);
    expect(shown({ toString: 1 })).toBe('{"toString":1}');
    const cyclic: Record<string, unknown> = { toString: 1 };
    cyclic.self = cyclic;
    expect(shown(cyclic)).toBe('[object Object]');
  });
});

describe('sentence', () => {
  it('ends a text with one full stop, never a second one', () => {
    expect(sentence('limit: must be an integer from 1 to 500 (got "0")')).toBe(
      'limit: must be an integer from 1 to 500 (got "0").',
    );
    expect(sentence('Title: this field is required.')).toBe('Title: this field is required.');
    expect(sentence('Is it?')).toBe('Is it?');
    expect(sentence('')).toBe('.');
  });
});

type Say = (...parts: never[]) => string;
type Table = Record<string, Texts<string | Say>>;
/** For each message of a table that has parts, the parts to say it with: one list of arguments per case. */
type Samples<T extends Table> = {
  [K in keyof T as T[K]['en'] extends Say ? K : never]?: T[K]['en'] extends (...parts: infer P) => string ? P[] : never;
};

/**
 * Every message of every table of the store's, said in both languages with some parts, must end with one
 * full stop, as the domain's do: a message added without one, or one that doubles the full stop of a
 * domain message it ends with, fails here. A message with parts needs its samples below, or its place
 * among the texts that are no sentences, with the reason.
 */
function walk<T extends Table>(
  table: T,
  samples: Samples<T>,
  notSentences: Partial<Record<keyof T, string>>,
): [name: string, locale: Locale, text: string][] {
  const said: [string, Locale, string][] = [];
  for (const [name, texts] of Object.entries(table)) {
    if (name in notSentences) continue;
    for (const locale of ['pl', 'en'] as const) {
      const say = texts[locale];
      if (typeof say === 'string') {
        said.push([name, locale, say]);
        continue;
      }
      const cases = (samples as Record<string, unknown[][] | undefined>)[name];
      if (!cases?.length) throw new Error(`${name}: give it samples in messages.test.ts, or say why it is no sentence`);
      for (const parts of cases) said.push([name, locale, (say as (...p: unknown[]) => string)(...parts)]);
    }
  }
  return said;
}

const DOMAIN_ISSUES = ['NIP: ma błędną cyfrę kontrolną (otrzymano: „1”).', 'KRS: ma niewłaściwy format.'];

const STORE_SAMPLES: Samples<typeof MESSAGES> = {
  invalid: [
    ['organization', DOMAIN_ISSUES],
    ['user', ['a foreign message without one']],
  ],
  locale: [['de']],
  databaseUrl: [['mysql://x']],
  localeIssue: [['de']],
  query: [['limit', 'od 1 do 500', '0']],
  notObject: [
    ['venue', 'Sala'],
    ['venue', null],
  ],
  idMismatch: [['o1', 'inny']],
  untranslatableText: [['organization', '22P05']],
  nulCharacter: [['name', '22021']],
  scheduledEntity: [['page']],
  scheduledId: [['a b']],
  scheduledAt: [['jutro']],
  corruptRecord: [['event', 'e1', 'a', 'events.doc', 'not valid JSON (Unexpected end of JSON input)']],
  tercHeader: [
    ['WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA', 'A;B'],
    ['WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA', undefined],
  ],
  tercFieldCount: [[7, 2]],
  tercOtherEdition: [['2023-01-01', '2024-01-01']],
  tercNotACode: [['14;;;']],
  tercNoName: [['14']],
  tercNotJst: [['1401']],
  tercTwice: [['14']],
  tercNoParent: [['14', '1401']],
  sqliteOpen: [['/x/mosty.db']],
  sqliteChangeFeed: [['/x/mosty.db']],
  postgresConnect: [['postgres://db/test', 'database "test" does not exist']],
  postgresUrl: [['postgres://mosty:***@db:99999/test']],
  postgresPoolMax: [['dużo'], ['dużo', '--db']],
  postgresPrepare: [['tak']],
  postgresSchemaName: [['Zły', '/^[a-z_]+$/']],
  postgresSchema: [['mosty', 'postgres://db/test', 'permission denied for database test']],
  postgresListen: [['postgres://db/test', 'Connection terminated unexpectedly']],
  notMostyDatabase: [['postgres://db/test'], ['/srv/mosty/inna.db', '--db']],
  noDatabaseFile: [['/srv/mosty/dane.db'], ['/srv/mosty/dane.db', '--db']],
  migrationsMissing: [['postgres://db/test', ['0008-former-slugs']]],
  migrationFailed: [['0001-initial', 'sqlite']],
  backupNeedsSqlite: [['postgres']],
  backupTargetExists: [['/x/kopia.db']],
  backupFailed: [['/x/kopia.db']],
  referenced: [
    [
      { entity: 'organization', name: 'Fundacja', slug: 'fundacja' },
      1,
      [{ entity: 'event', name: 'Spotkanie', slug: 's', paths: ['organizerId'] }],
    ],
    [
      { entity: 'venue', name: 'Sala', slug: 'sala' },
      7,
      [{ entity: 'event', name: 'Spotkanie', slug: 's', paths: ['venueId'] }],
    ],
  ],
  missingReference: [
    ['Organizator', 'organizerId', '0193', 'organization'],
    ['id', 'related[0]', '0193', undefined],
  ],
  lastAdministrator: [
    ['ala@example.org', 'role'],
    ['ala@example.org', 'disabled'],
  ],
  accountActive: [['ala@example.org']],
  accountErased: [['019b780f-a7e9-7000-8000-000000000001']],
  dumpInvalid: [[DOMAIN_ISSUES]],
  restoreNotEmpty: [['users', '1']],
};
const STORE_NOT_SENTENCES: Partial<Record<keyof typeof MESSAGES, string>> = {
  password: "a field's label",
  notJson: 'the why of corruptRecord, which ends it',
  notJsonObject: 'the why of corruptRecord, which ends it',
  scheduledFor: "an audit note, stored and listed among the admin's notes, which have none; the actor's note follows",
  scheduledCancelled: 'an audit note, as scheduledFor',
  scheduledCancelledOnDelete: 'an audit note, as scheduledFor',
};

const CLI_SAMPLES: Samples<typeof CLI_MESSAGES> = {
  hint: [['mosty-migrate']],
  unexpectedArgument: [['b.csv']],
  badEnv: [['DATABASE_URL']],
  badDay: [['--stan-na', '2024-13-01']],
  unreadableFile: [['brak.csv']],
  failed: [
    ['DATABASE_OPEN', 'Cannot open the SQLite database at /x/mosty.db.'],
    ['UNEXPECTED', 'boom'],
  ],
  done: [['the database is at the latest migration', 'sqlite', 'mosty.db']],
  refusedRow: [[3, 'expected 7 fields separated by ";", got 2.']],
  noDatabase: [['/x/mosty.db']],
  badField: [
    ['title', 'Tytuł: to pole jest wymagane.'],
    ['', 'corrupt record in the database: event e1 ("a"), column events.doc: not valid JSON (x).'],
  ],
  checkFailed: [
    [1, 1],
    [2, 12],
  ],
};
const CLI_NOT_SENTENCES: Partial<Record<keyof typeof CLI_MESSAGES, string>> = {
  cause: "another program's words, as it wrote them, on a line of their own",
  migrated: 'what a command did: done says it',
  seeded: 'what a command did: done says it',
  imported: 'what a command did: done says it',
  importNote: "an audit note, stored and listed among the admin's notes, which have none; the edition comes before it",
  checked: 'what a command did: done says it',
  badRecord: 'a heading, ending with a colon, over the lines of its issues',
};

const COMMAND_LINE_SAMPLES: Samples<typeof COMMAND_LINE_MESSAGES> = {
  unknownOption: [['--evnt'], ['--evnt', ['--event', '--grant']]],
  missingValue: [['--db']],
  noValueAllowed: [['--help']],
  badLang: [['de']],
  badArguments: [["Unexpected argument 'x'. This command does not take positional arguments"], ['Done.']],
};

describe("the store's messages are sentences", () => {
  const said = [
    ...walk(MESSAGES, STORE_SAMPLES, STORE_NOT_SENTENCES),
    ...walk(CLI_MESSAGES, CLI_SAMPLES, CLI_NOT_SENTENCES),
    ...walk(COMMAND_LINE_MESSAGES, COMMAND_LINE_SAMPLES, {}),
  ];

  it.each(said)('%s (%s) ends with one full stop, never ".;"', (_name, _locale, text) => {
    expect(text).toMatch(/[^.]\.$/);
    expect(text).not.toContain('.;');
  });

  it('leaves out only texts that are no sentences, each with its reason', () => {
    expect(Object.keys(STORE_NOT_SENTENCES).filter((k) => !(k in MESSAGES))).toEqual([]);
    expect(Object.keys(CLI_NOT_SENTENCES).filter((k) => !(k in CLI_MESSAGES))).toEqual([]);
    // Every other message was said in both languages.
    const names = new Set(said.map(([name]) => name));
    for (const [table, skip] of [
      [MESSAGES, STORE_NOT_SENTENCES],
      [CLI_MESSAGES, CLI_NOT_SENTENCES],
      [COMMAND_LINE_MESSAGES, {}],
    ] as const)
      for (const name of Object.keys(table)) expect(names.has(name) || name in skip, name).toBe(true);
  });

  it("keeps a domain message's full stop and adds one where the text it ends with has none", () => {
    expect(MESSAGES.invalid.pl('organization', DOMAIN_ISSUES)).toBe(
      'Nieprawidłowe dane (organizacja): NIP: ma błędną cyfrę kontrolną (otrzymano: „1”); KRS: ma niewłaściwy format.',
    );
    expect(MESSAGES.invalid.en('user', ['E-mail: no full stop'])).toBe('Invalid user: E-mail: no full stop.');
    expect(CLI_MESSAGES.failed.en('UNEXPECTED', 'boom')).toBe('failed [UNEXPECTED]: boom.');
    expect(CLI_MESSAGES.failed.pl('RECORDS_INVALID', CLI_MESSAGES.checkFailed.pl(1, 3))).toBe(
      'nie powiodło się [RECORDS_INVALID]: 1 z 3 rekordów łamie reguły domeny (wyżej).',
    );
    expect(CLI_MESSAGES.refusedRow.en(3, MESSAGES.tercFieldCount.en(7, 2))).toBe(
      '  line 3: expected 7 fields separated by ";", got 2.',
    );
  });
});

/**
 * The head of a `ValidationError`'s message, then its issues: in Polish it names what was refused in
 * Polish ('Invalid user:' was English in a Polish store); in English the code's words, as always.
 */
const INVALID_HEAD: Record<string, Record<Locale, string>> = {
  venue: { pl: 'Nieprawidłowe dane (miejsce)', en: 'Invalid venue' },
  organization: { pl: 'Nieprawidłowe dane (organizacja)', en: 'Invalid organization' },
  user: { pl: 'Nieprawidłowe dane (użytkownik)', en: 'Invalid user' },
  password: { pl: 'Nieprawidłowe dane (hasło)', en: 'Invalid password' },
  'audit entry': { pl: 'Nieprawidłowe dane (wpis dziennika zmian)', en: 'Invalid audit entry' },
  comment: { pl: 'Nieprawidłowe dane (komentarz)', en: 'Invalid comment' },
  'scheduled publication': { pl: 'Nieprawidłowe dane (zaplanowana publikacja)', en: 'Invalid scheduled publication' },
  'rate limit': { pl: 'Nieprawidłowe dane (licznik prób)', en: 'Invalid rate limit' },
};
const invalid = (what: string, locale: Locale, issues: string): string => {
  const head = INVALID_HEAD[what]?.[locale];
  if (!head) throw new Error(`no expected head for ${what}`);
  return `${head}: ${issues}`;
};

describe('openStore locale', () => {
  it('refuses a language it does not speak before opening anything', async () => {
    const refused = await refusal(() => openStore(':memory:', { locale: 'de' as Locale }));
    // No language was chosen: Polish first, then English.
    expect(refused.message).toBe(
      '@org/store: options.locale musi być „pl” albo „en” (otrzymano: „de”). / @org/store: options.locale must be "pl" or "en" (got "de").',
    );
    expect(refused.issues).toEqual([
      {
        path: 'locale',
        field: 'locale',
        code: 'enum',
        message: 'locale: oczekiwano „pl” albo „en” (otrzymano: „de”). / locale: expected "pl" or "en" (got "de").',
      },
    ]);
  });
});

describe.each(DIALECTS)("the store's messages in Polish and English on $name", (dialect) => {
  let t: TestStore;
  let stores: Record<Locale, Store>;
  beforeEach(async (context) => {
    if (dialect.unavailable) context.skip(`skipped: ${dialect.unavailable}`);
    t = await dialect.open({ now: steppingClock() });
    // Two stores on one database: the default (Polish) and one opened with locale 'en'.
    stores = { pl: t.store, en: await t.reopen({ locale: 'en' }) };
  });
  afterEach(async () => {
    await t?.dispose();
  });

  /**
   * Runs `call` on the Polish and the English store and checks that both refuse it with the same
   * issue (path, field, code) in their own words, and the error's own message.
   */
  async function inBoth(
    call: (store: Store) => Promise<unknown>,
    expected: { path: string; field?: string; code: string; pl: string; en: string; what?: string },
  ): Promise<void> {
    for (const locale of ['pl', 'en'] as const) {
      const refused = await refusal(() => call(stores[locale]));
      const issue: FieldIssue = {
        path: expected.path,
        field: expected.field ?? expected.path,
        code: expected.code,
        message: expected[locale],
      };
      expect(refused.issues, locale).toEqual([issue]);
      expect(refused.message, locale).toBe(
        expected.what === undefined ? expected[locale] : invalid(expected.what, locale, expected[locale]),
      );
    }
  }

  it('says a refused page, sort or filter of a list in either language', async () => {
    await inBoth((s) => s.events.list({ limit: 0 }), {
      path: 'limit',
      code: 'query',
      pl: 'limit: musi być od 1 do 500 (otrzymano: „0”).',
      en: 'limit: must be an integer from 1 to 500 (got "0").',
    });
    await inBoth((s) => s.users.list({ offset: -1 }), {
      path: 'offset',
      code: 'query',
      pl: 'offset: musi być liczbą całkowitą ≥ 0 (otrzymano: „-1”).',
      en: 'offset: must be an integer ≥ 0 (got "-1").',
    });
    await inBoth((s) => s.audit.list({ limit: 2.5 }), {
      path: 'limit',
      code: 'query',
      pl: 'limit: musi być od 1 do 500 (otrzymano: „2.5”).',
      en: 'limit: must be an integer from 1 to 500 (got "2.5").',
    });
    // @ts-expect-error not a sort field of organisations (a compile error), refused at run time too.
    await inBoth((s) => s.organizations.list({ sort: { field: 'nazwa' } }), {
      path: 'sort.field',
      code: 'query',
      pl: `sort.field: musi być jednym z pól: ${ORG_SORT_FIELDS} (otrzymano: „nazwa”).`,
      en: `sort.field: must be one of the fields ${ORG_SORT_FIELDS} (got "nazwa").`,
    });
    // A name every object inherits is no sort field either (it used to reach the SQL as a function).
    await inBoth((s) => s.organizations.list({ sort: { field: 'toString' as 'name' } }), {
      path: 'sort.field',
      code: 'query',
      pl: `sort.field: musi być jednym z pól: ${ORG_SORT_FIELDS} (otrzymano: „toString”).`,
      en: `sort.field: must be one of the fields ${ORG_SORT_FIELDS} (got "toString").`,
    });
    await inBoth((s) => s.organizations.list({ sort: { field: 'name', direction: 'up' as 'asc' } }), {
      path: 'sort.direction',
      code: 'query',
      pl: 'sort.direction: musi być asc albo desc (otrzymano: „up”).',
      en: 'sort.direction: must be asc or desc (got "up").',
    });
    await inBoth((s) => s.events.list({ filter: { from: 'wczoraj' } }), {
      path: 'filter.from',
      code: 'query',
      pl: 'filter.from: musi być datą i godziną ISO 8601, np. 2026-11-26T10:00:00+01:00 (otrzymano: „wczoraj”).',
      en: 'filter.from: must be an ISO 8601 date and time, e.g. 2026-11-26T10:00:00+01:00 (got "wczoraj").',
    });
    await inBoth((s) => s.events.list({ filter: { to: '2026-13-45' } }), {
      path: 'filter.to',
      code: 'query',
      pl: 'filter.to: musi być datą i godziną ISO 8601, np. 2026-11-26T10:00:00+01:00 (otrzymano: „2026-13-45”).',
      en: 'filter.to: must be an ISO 8601 date and time, e.g. 2026-11-26T10:00:00+01:00 (got "2026-13-45").',
    });
  });

  it('a transaction speaks the language of its store', async () => {
    const refused = await refusal(() => stores.en.transaction((tx) => tx.events.list({ limit: 501 })));
    expect(refused.message).toBe('limit: must be an integer from 1 to 500 (got "501").');
  });

  it("says a refused rate limit's key, window and limit in either language", async () => {
    const key = { pl: 'tekstem od 1 do 500 znaków', en: 'a text of 1 to 500 characters' };
    await inBoth((s) => s.rateLimits.hit('', 60_000, 5), {
      path: 'key',
      code: 'query',
      pl: `key: musi być ${key.pl} (otrzymano: „”).`,
      en: `key: must be ${key.en} (got "").`,
    });
    await inBoth((s) => s.rateLimits.hit('k', 0, 5), {
      path: 'windowMs',
      code: 'query',
      pl: 'windowMs: musi być liczbą całkowitą milisekund ≥ 1 (otrzymano: „0”).',
      en: 'windowMs: must be a whole number of milliseconds ≥ 1 (got "0").',
    });
    await inBoth((s) => s.rateLimits.hit('k', 60_000, 1.5), {
      path: 'limit',
      code: 'query',
      pl: 'limit: musi być liczbą całkowitą ≥ 1 (otrzymano: „1.5”).',
      en: 'limit: must be an integer ≥ 1 (got "1.5").',
    });
    for (const call of [(s: Store) => s.rateLimits.reset(''), (s: Store) => s.rateLimits.forgive('')])
      await inBoth(call, {
        path: 'key',
        code: 'query',
        pl: `key: musi być ${key.pl} (otrzymano: „”).`,
        en: `key: must be ${key.en} (got "").`,
      });
  });

  it('says that a record must be an object, and that an update cannot change its id', async () => {
    await inBoth((s) => s.venues.create('Sala'), {
      path: '',
      field: 'venue',
      code: 'invalid_type',
      what: 'venue',
      pl: 'venue: oczekiwano obiektu (otrzymano: tekst).',
      en: 'venue: expected an object (got a string).',
    });
    // Each language says which kind of non-object it was.
    await inBoth((s) => s.venues.update('v', 1, ['Sala']), {
      path: '',
      field: 'venue',
      code: 'invalid_type',
      what: 'venue',
      pl: 'venue: oczekiwano obiektu (otrzymano: tablica).',
      en: 'venue: expected an object (got an array).',
    });
    const org = await stores.pl.organizations.create(orgInput('Fundacja Fala'));
    await inBoth((s) => s.organizations.update(org.id, 1, { ...org, id: 'inny' }), {
      path: 'id',
      code: 'idMismatch',
      what: 'organization',
      pl: `id: nie można zmienić identyfikatora (rekord ${org.id}, otrzymano: „inny”).`,
      en: `id: the identifier cannot be changed (record ${org.id}, got "inny").`,
    });
    // A value String() cannot convert is still refused with a message, not a TypeError.
    await inBoth((s) => s.organizations.update(org.id, 1, { ...org, id: { toString: 1 } }), {
      path: 'id',
      code: 'idMismatch',
      what: 'organization',
      pl: `id: nie można zmienić identyfikatora (rekord ${org.id}, otrzymano: „{"toString":1}”).`,
      en: `id: the identifier cannot be changed (record ${org.id}, got "{"toString":1}").`,
    });
  });

  it("words a record's domain issues in the store's language, on create, update and load", async () => {
    const nip = {
      path: 'nip',
      code: 'nip.checksum',
      pl: 'NIP: ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki (otrzymano: „5252087228”).',
      en: 'NIP (tax ID): has a wrong check digit — check it for a typo (got "5252087228").',
    };
    const byLocale = { pl: { ...nip, field: 'NIP' }, en: { ...nip, field: 'NIP (tax ID)' } };
    const org = await stores.pl.organizations.create(orgInput('Fundacja Fala'));
    const calls = [
      (s: Store) => s.organizations.create(orgInput('Fundacja Fala', { nip: '5252087228' })),
      (s: Store) => s.organizations.update(org.id, 1, { ...org, nip: '5252087228' }),
      (s: Store) =>
        loadWorld(s, {
          organizations: [{ ...org, id: 'org-zla', slug: 'zla', nip: '5252087228' }],
          authorities: [],
          venues: [],
          people: [],
          grants: [],
          events: [],
          posts: [],
          cooperations: [],
        } as never),
    ];
    for (const call of calls)
      for (const locale of ['pl', 'en'] as const) {
        const refused = await refusal(() => call(stores[locale]));
        const { pl: _pl, en: _en, ...issue } = byLocale[locale];
        expect(refused.issues, locale).toEqual([{ ...issue, message: byLocale[locale][locale] }]);
        expect(refused.message, locale).toBe(invalid('organization', locale, byLocale[locale][locale]));
      }
  });

  it('says refused users, passwords, audit entries and comments in either language', async () => {
    const user = { email: 'ala@example.org', name: 'Ala', role: 'editor' as const, password: 'x'.repeat(12) };
    // Never the password itself (see users.ts).
    const password = {
      pl: 'Hasło: co najmniej 12 znaków.',
      en: 'Password: at least 12 characters.',
    };
    for (const locale of ['pl', 'en'] as const) {
      const refused = await refusal(() => stores[locale].users.create({ ...user, password: 'krótkie' }));
      expect(refused.issues).toEqual([
        {
          path: 'password',
          field: { pl: 'Hasło', en: 'Password' }[locale],
          code: 'too_small',
          message: password[locale],
        },
      ]);
      expect(refused.message).toBe(invalid('password', locale, password[locale]));
    }
    const created = await stores.pl.users.create(user);
    // Issues from the domain's schemas: the domain words them, and names each field, in the store's language.
    const domainIssues = [
      {
        call: (s: Store) => s.users.update(created.id, 1, { email: 'nie-e-mail' }),
        what: 'user',
        issue: { path: 'email', code: 'invalid_format' },
        field: { pl: 'E-mail', en: 'E-mail' },
        // Not what was typed, which may be a password typed into the wrong field.
        pl: 'E-mail: nieprawidłowy adres e-mail (np. biuro@example.org).',
        en: 'E-mail: invalid e-mail address (e.g. office@example.org).',
      },
      {
        call: (s: Store) =>
          s.audit.record({
            actorId: null,
            action: 'rename' as 'create',
            entity: 'organization',
            entityId: 'o',
            before: null,
            after: null,
          }),
        what: 'audit entry',
        issue: { path: 'action', code: 'invalid_value' },
        field: { pl: 'Czynność', en: 'Action' },
        pl:
          'Czynność: wybierz jedną z wartości: utworzenie, zmiana, usunięcie, publikacja, wycofanie publikacji, ' +
          'import, logowanie, wylogowanie, publikacja mimo braków, komentarz, publikacja wstrzymana, ' +
          'zaplanowanie publikacji, odwołanie zaplanowanej publikacji, usunięcie danych osobowych (otrzymano: „rename”).',
        en:
          'Action: choose one of: created, updated, deleted, published, unpublished, imported, signed in, ' +
          'signed out, published despite problems, comment, publication withheld, publication scheduled, ' +
          'scheduled publication cancelled, personal data erased (got "rename").',
      },
      {
        call: (s: Store) => s.comments.add({ entity: 'organization', entityId: 'o', authorId: created.id, body: '  ' }),
        what: 'comment',
        issue: { path: 'body', code: 'too_small' },
        field: { pl: 'Treść', en: 'Body' },
        pl: 'Treść: to pole jest wymagane.',
        en: 'Body: this field is required.',
      },
    ];
    for (const locale of ['pl', 'en'] as const) {
      const refused = await refusal(() => stores[locale].users.setPassword(created.id, 'krótkie'));
      expect(refused.issues.map((i) => i.message)).toEqual([password[locale]]);
      for (const c of domainIssues) {
        const error = await refusal(() => c.call(stores[locale]));
        expect(error.issues, `${c.what} ${locale}`).toEqual([
          { ...c.issue, field: c.field[locale], message: c[locale] },
        ]);
        expect(error.message).toBe(invalid(c.what, locale, c[locale]));
      }
    }
  });

  it('says a refused scheduled publication in either language, every issue at once', async () => {
    for (const locale of ['pl', 'en'] as const) {
      const refused = await refusal(() => stores[locale].scheduled.schedule('page' as 'post', 'a b', 'jutro'));
      const messages = {
        pl: [
          'entity: oczekiwano „event” albo „post” (otrzymano: „page”).',
          'id: niepoprawny identyfikator „a b”.',
          'at: oczekiwano daty i godziny ISO 8601 (otrzymano: „jutro”).',
        ],
        en: [
          'entity: expected "event" or "post" (got "page").',
          'id: not a valid identifier "a b".',
          'at: expected an ISO 8601 date and time (got "jutro").',
        ],
      }[locale];
      expect(refused.issues).toEqual([
        { path: 'entity', field: 'entity', code: 'enum', message: messages[0] },
        { path: 'id', field: 'id', code: 'id', message: messages[1] },
        { path: 'at', field: 'at', code: 'instant', message: messages[2] },
      ]);
      // One line, as joinMessages lists them: no full stop before a semicolon, one at the end.
      expect(refused.message).toBe(
        invalid(
          'scheduled publication',
          locale,
          `${messages[0]?.slice(0, -1)}; ${messages[1]?.slice(0, -1)}; ${messages[2]}`,
        ),
      );
    }
  });

  it('says which field holds a NUL the database refused, in either language', async () => {
    if (dialect.name === 'sqlite') {
      // SQLite stores any text: only PostgreSQL refuses it, and only there is there a message to say.
      await expect(stores.en.rateLimits.hit(`a${NUL}b`, 60_000, 3)).resolves.toMatchObject({ allowed: true });
      return;
    }
    await inBoth((s) => s.rateLimits.hit(`a${NUL}b`, 60_000, 3), {
      path: 'key',
      code: 'nulCharacter',
      what: 'rate limit',
      pl: 'key: tekst zawiera znak U+0000 (NUL), którego baza danych nie przechowuje (SQLSTATE 22021).',
      en: 'key: the text holds the character U+0000 (NUL), which the database does not store (SQLSTATE 22021).',
    });
  });

  it('says text the database cannot convert (SQLSTATE 22P05) without a field to blame, in either language', async () => {
    // JSON's \u0000 escape is refused by PostgreSQL as untranslatable; SQLite has no such refusal.
    const error = await sql`select ${'"\\u0000"'}::jsonb as j`
      .execute(contextOf(stores.pl).db)
      .then(() => null)
      .catch((e: unknown) => e);
    if (dialect.name === 'sqlite') {
      expect(error).not.toBeNull();
      expect(refusedTextError(seamOf(stores.pl), error, 'organization', [])).toBe(error);
      return;
    }
    expect((error as { code?: string }).code).toBe('22P05');
    const texts = {
      pl: 'organization: tekst zawiera znak, którego baza danych nie może przechować (SQLSTATE 22P05).',
      en: 'organization: the text holds a character the database cannot store (SQLSTATE 22P05).',
    };
    for (const locale of ['pl', 'en'] as const) {
      const mapped = refusedTextError(seamOf(stores.pl), error, 'organization', ['ok'], ['name'], locale);
      expect(mapped).toBeInstanceOf(ValidationError);
      expect((mapped as ValidationError).issues).toEqual([
        { path: '', field: 'organization', code: 'untranslatableText', message: texts[locale] },
      ]);
      expect((mapped as ValidationError).message).toBe(invalid('organization', locale, texts[locale]));
      expect((mapped as ValidationError).cause).toBe(error);
    }
  });
});

describe('the default language', () => {
  it('is Polish when no locale is given', async () => {
    const t = await sqliteCase.open();
    try {
      const refused = await refusal(() => t.store.events.list({ limit: 0 }));
      expect(refused.message).toBe('limit: musi być od 1 do 500 (otrzymano: „0”).');
    } finally {
      await t.dispose();
    }
  });
});

/** The `MostyError` a call fails with (the test fails when it does not fail so). */
async function failure(call: () => Promise<unknown>): Promise<MostyError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MostyError);
  return error as MostyError;
}

describe('opening, migrating, backing up and restoring, in either language', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-messages-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const open = async (options: { locale: Locale }) => {
    const t = await sqliteCase.open({ ...options, now: steppingClock() });
    cleanup.push(() => t.dispose());
    return t;
  };

  it('says a SQLite file that cannot be opened and a PostgreSQL server that cannot be reached', async () => {
    // A folder where the file should be: SQLite cannot open it.
    const folder = tempDir();
    // Port 1: nothing listens there, so the connection is refused at once.
    const nowhere = 'postgres://postgres@127.0.0.1:1/test';
    const texts = {
      pl: {
        sqlite: `nie można otworzyć bazy danych SQLite ${folder}.`,
        connect:
          'nie można połączyć się z PostgreSQL pod adresem postgres://postgres@127.0.0.1:1/test: connect ECONNREFUSED 127.0.0.1:1.',
        schema: 'nazwa schematu PostgreSQL „Zły-schemat” musi pasować do /^[a-z_][a-z0-9_]{0,62}$/.',
      },
      en: {
        sqlite: `Cannot open the SQLite database at ${folder}.`,
        connect:
          'Cannot connect to PostgreSQL at postgres://postgres@127.0.0.1:1/test: connect ECONNREFUSED 127.0.0.1:1.',
        schema: 'PostgreSQL schema name "Zły-schemat" must match /^[a-z_][a-z0-9_]{0,62}$/.',
      },
    };
    for (const locale of ['pl', 'en'] as const) {
      const sqlite = await failure(() => openStore(folder, { locale }));
      expect([sqlite.code, sqlite.message]).toEqual(['DATABASE_OPEN', texts[locale].sqlite]);
      expect(sqlite.cause).toBeInstanceOf(Error);
      // A file where a folder of the path should be: its folder cannot be made.
      const underFile = join(folder, 'plik', 'mosty.db');
      writeFileSync(join(folder, 'plik'), '');
      const noFolder = await failure(() => openStore(underFile, { locale }));
      expect([noFolder.code, noFolder.message]).toEqual([
        'DATABASE_OPEN',
        texts[locale].sqlite.replace(folder, underFile),
      ]);
      expect(noFolder.cause).toMatchObject({ code: 'EEXIST' });
      const connect = await failure(() => openStore(nowhere, { locale }));
      expect([connect.code, connect.message]).toEqual(['DATABASE_OPEN', texts[locale].connect]);
      const schema = await failure(() => openStore(testEnv.PG_URL, { locale, schema: 'Zły-schemat' }));
      expect([schema.code, schema.message]).toEqual(['DATABASE_OPEN', texts[locale].schema]);
    }
  });

  it('says a migration that failed', async () => {
    const failing = {
      name: '9999-fails',
      async up() {
        throw new Error('boom');
      },
    };
    const texts = {
      pl: 'migracja 9999-fails nie powiodła się (sqlite); baza danych jest taka, jaka była przed nią.',
      en: 'Migration 9999-fails failed on sqlite; the database is left as it was before it.',
    };
    for (const locale of ['pl', 'en'] as const) {
      const t = await open({ locale });
      const error = await failure(() =>
        runMigrations(seamOf(t.store), [...MIGRATIONS, failing], undefined, contextOf(t.store).locale),
      );
      expect([error.code, error.message, (error.cause as Error).message]).toEqual([
        'MIGRATION_FAILED',
        texts[locale],
        'boom',
      ]);
    }
  });

  it('says a backup that cannot be made', async () => {
    const dir = tempDir();
    const taken = join(dir, 'zajęty.db');
    const missing = join(dir, 'brak', 'kopia.db');
    const texts = {
      pl: {
        taken: `plik kopii ${taken} już istnieje; wybierz nowy plik.`,
        failed: `kopia bazy SQLite do ${missing} nie powiodła się.`,
      },
      en: {
        taken: `Backup target ${taken} already exists; choose a new file.`,
        failed: `SQLite backup to ${missing} failed.`,
      },
    };
    for (const locale of ['pl', 'en'] as const) {
      const t = await open({ locale });
      if (locale === 'pl') await backupSqlite(t.store, taken);
      const exists = await failure(() => backupSqlite(t.store, taken));
      expect([exists.code, exists.message]).toEqual(['BACKUP_FAILED', texts[locale].taken]);
      // VACUUM INTO does not create folders.
      const failed = await failure(() => backupSqlite(t.store, missing));
      expect([failed.code, failed.message]).toEqual(['BACKUP_FAILED', texts[locale].failed]);
      expect(failed.cause).toBeInstanceOf(Error);
    }
  });

  it.skipIf(postgresCase.unavailable)(
    `says that backupSqlite needs SQLite${postgresCase.unavailable ? ` (skipped: ${postgresCase.unavailable})` : ''}`,
    async () => {
      const t = await postgresCase.open();
      cleanup.push(() => t.dispose());
      const texts = {
        pl: 'backupSqlite kopiuje tylko bazę SQLite, a ta jest postgres (użyj dumpStore).',
        en: 'backupSqlite needs a SQLite store; this one is postgres (use dumpStore).',
      };
      for (const locale of ['pl', 'en'] as const) {
        const store = await t.reopen({ locale, migrate: false });
        const error = await failure(() => backupSqlite(store, join(tmpdir(), 'never.db')));
        expect([error.code, error.message]).toEqual(['UNSUPPORTED', texts[locale]]);
      }
    },
  );

  it('says a dump that is not one and a store that is not empty', async () => {
    // What is wrong with each field is the domain's wording (errorFor), in the same language.
    const texts = {
      pl: {
        // The domain's messages, listed without a full stop before each ';' and ending with one.
        invalid: /^to nie jest zrzut Mosty: format: [^;]+[^.]; formatVersion: [^;]+[^.]; createdAt: [^;]+[^.]\.$/,
        notEmpty: 'przywracać można tylko do pustej bazy, a tabela users ma wierszy: 1.',
      },
      en: {
        invalid: /^Not a Mosty dump: format: [^;]+[^.]; formatVersion: [^;]+[^.]; createdAt: [^;]+[^.]\.$/,
        notEmpty: 'Restore needs an empty store, but table users has 1 rows.',
      },
    };
    for (const locale of ['pl', 'en'] as const) {
      const t = await open({ locale });
      const invalid = await failure(() => restoreStore(t.store, {}));
      expect(invalid.code).toBe('DUMP_INVALID');
      expect(invalid.message).toMatch(texts[locale].invalid);
      const other = locale === 'pl' ? 'en' : 'pl';
      const { message: otherLanguage } = await failure(async () => {
        const s = await t.reopen({ locale: other, migrate: false });
        await restoreStore(s, {});
      });
      // The same refusal in the other language: the issues are worded apart, not only the head.
      expect(otherLanguage.split(': ').slice(1)).not.toEqual(invalid.message.split(': ').slice(1));
      await t.store.users.create({ email: 'ala@example.org', name: 'Ala', role: 'editor', password: 'x'.repeat(12) });
      const dump = {
        format: 'mosty-dump',
        formatVersion: 1,
        createdAt: '2026-11-26T09:00:00.000Z',
        entities: {},
        authorityRegisterNames: {},
        users: [],
        audit: [],
        scheduled: [],
      };
      const notEmpty = await failure(() => restoreStore(t.store, dump));
      expect([notEmpty.code, notEmpty.message]).toEqual(['RESTORE_NOT_EMPTY', texts[locale].notEmpty]);
    }
  });
});
