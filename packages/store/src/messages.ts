/**
 * Every text the store writes into its own errors and reports (a refused TERC row), in Polish and English, in the shape of
 * `@org/domain`'s message tables: one `{ pl, en }` per text, so neither language can be left out.
 * Issues that come from a domain schema are worded by the domain's `validate(schema, input, locale)`.
 * Extend by adding an entry here and a test of both texts in `messages.test.ts`.
 * Values someone gave are quoted „…” in Polish and "…" in English, as the domain quotes them.
 * Every message is a sentence ending with a full stop, as the domain's are, so that the two read alike side by side;
 * a message that ends with another's text ends it with `sentence`, which never doubles one. Fragments that
 * other messages are built of (`EXPECTED`, `notJson`, the password's label) and the audit notes of scheduled
 * publications (stored, and shown among the admin's notes, which have none) have no full stop; `messages.test.ts`
 * walks every table and checks this.
 */
import {
  ENTITY_KIND_GENITIVE_PL,
  ENTITY_KIND_LABELS,
  type EntityKind,
  formatInstant,
  joinMessages,
  type Locale,
  pluralPl,
  zoneIfRepeated,
} from '@org/domain';

/** One text in both languages; a function when it has parts filled in. */
export type Texts<T = string> = Record<Locale, T>;

/**
 * A value as a message shows it: what `String` gives (so Polish messages read as they always did),
 * and JSON where `String` throws (an object whose `toString` is not a function), so that building the
 * message about bad input never fails itself.
 *
 * @example
 * shown(0) // '0'
 * shown({ toString: 1 }) // '{"toString":1}'
 */
export function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    try {
      return JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

/**
 * `text` as a sentence: with a final full stop, unless it already ends one (with a full stop, a question
 * or exclamation mark, or an ellipsis), as a message of the domain's does. For a message that ends with
 * text it did not write: a domain message, another program's words, a list of issues.
 *
 * @example
 * sentence('limit: must be an integer from 1 to 500 (got "0")') // 'limit: must be an integer from 1 to 500 (got "0").'
 * sentence('Title: this field is required.') // 'Title: this field is required.'
 */
export function sentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

const JSON_KINDS_PL = {
  array: 'tablica',
  null: 'null',
  string: 'tekst',
  number: 'liczba',
  boolean: 'wartość logiczna',
};
const JSON_KINDS_EN = { array: 'an array', null: 'null', string: 'a string', number: 'a number', boolean: 'a boolean' };
/** The kind of a parsed JSON value that is not an object, as a language names it. */
const jsonKind = (value: unknown, names: Record<keyof typeof JSON_KINDS_EN, string>): string => {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return kind in names ? names[kind as keyof typeof names] : kind;
};

/** The kind of a record in the Polish genitive ("brak organizacji"), its code when unknown. */
const kindGenitivePl = (kind: EntityKind): string => ENTITY_KIND_GENITIVE_PL[kind] ?? kind;

/**
 * When a scheduled publication is due, as staff entered it: Warsaw's wall clock ("28 lutego 2027, 10:00"),
 * the zone named in the hour that happens twice. An audit note is written once, so not in UTC.
 */
const publicationTime = (at: string, locale: Locale): string =>
  `${formatInstant(at, 'Europe/Warsaw', locale)}${zoneIfRepeated(at, 'Europe/Warsaw', locale)}`;

/** A record as a message about references names it. */
export interface ReferenceShown {
  entity: EntityKind;
  name: string;
  slug: string;
  /** The fields it points from (for a record that points at another). */
  paths?: string[];
}
const kindLabel = (kind: EntityKind, locale: Locale): string => ENTITY_KIND_LABELS[kind]?.[locale] ?? kind;
const referrerShown = (r: ReferenceShown, locale: Locale): string =>
  locale === 'pl'
    ? `${kindLabel(r.entity, locale)} „${r.name}” (${(r.paths ?? []).join(', ')})`
    : `${kindLabel(r.entity, locale)} "${r.name}" (${(r.paths ?? []).join(', ')})`;

/** What an argument of a list or of a counter must be; `queryError` says it after the path. */
export const EXPECTED = {
  pageLimit: { pl: 'od 1 do 500', en: 'an integer from 1 to 500' },
  pageOffset: { pl: 'liczbą całkowitą ≥ 0', en: 'an integer ≥ 0' },
  sortField: {
    pl: (fields: string) => `jednym z pól: ${fields}`,
    en: (fields: string) => `one of the fields ${fields}`,
  },
  sortDirection: { pl: 'asc albo desc', en: 'asc or desc' },
  instant: {
    pl: 'datą i godziną ISO 8601, np. 2026-11-26T10:00:00+01:00',
    en: 'an ISO 8601 date and time, e.g. 2026-11-26T10:00:00+01:00',
  },
  instantBefore10000: {
    pl: 'chwilą przed rokiem 10000 (UTC)',
    en: 'an instant before the year 10000 (UTC)',
  },
  rateLimitKey: { pl: 'tekstem od 1 do 500 znaków', en: 'a text of 1 to 500 characters' },
  rateLimitWindow: { pl: 'liczbą całkowitą milisekund ≥ 1', en: 'a whole number of milliseconds ≥ 1' },
  rateLimitLimit: { pl: 'liczbą całkowitą ≥ 1', en: 'an integer ≥ 1' },
} satisfies Record<string, Texts<string | ((fields: string) => string)>>;

// What a refused value was, as the store's code names it (an entity kind, 'password', 'scheduled publication'…),
// in Polish; English says the code's own words.
const WHAT_PL: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ENTITY_KIND_LABELS).map(([kind, label]) => [kind, label.pl])),
  password: 'hasło',
  session: 'sesja',
  'audit entry': 'wpis dziennika zmian',
  'scheduled publication': 'zaplanowana publikacja',
  'rate limit': 'licznik prób',
  comment: 'komentarz',
};

/** The messages of the store's own field issues and errors, by what they are about. */
export const MESSAGES = {
  /**
   * The message of a `ValidationError`: what was refused (`what` as code names it), then every issue's message,
   * on one line as `joinMessages` lists them. The English head is what it always was (`Invalid organization: …`),
   * which the exporter reads.
   */
  invalid: {
    pl: (what: string, issues: readonly string[]) =>
      `Nieprawidłowe dane (${Object.hasOwn(WHAT_PL, what) ? WHAT_PL[what] : what}): ${sentence(joinMessages(issues))}`,
    en: (what: string, issues: readonly string[]) => `Invalid ${what}: ${sentence(joinMessages(issues))}`,
  },
  /** `openStore` got a language it does not speak: said in both, since neither was chosen. */
  locale: {
    pl: (got: string) => `@org/store: options.locale musi być „pl” albo „en” (otrzymano: „${got}”).`,
    en: (got: string) => `@org/store: options.locale must be "pl" or "en" (got "${got}").`,
  },
  /** A database address of a scheme the store does not open (`mysql://…`). */
  databaseUrl: {
    pl: (got: string) =>
      `nieobsługiwany adres bazy danych „${got}”: podaj ścieżkę do pliku SQLite, adres file: albo sqlite:, albo postgres://.`,
    en: (got: string) =>
      `unsupported database address "${got}": give a SQLite file path, a file: or sqlite: URL, or postgres://.`,
  },
  localeIssue: {
    pl: (got: string) => `locale: oczekiwano „pl” albo „en” (otrzymano: „${got}”).`,
    en: (got: string) => `locale: expected "pl" or "en" (got "${got}").`,
  },
  /** `path` of a list query or a counter is not what it must be. */
  query: {
    pl: (path: string, expected: string, got: string) => `${path}: musi być ${expected} (otrzymano: „${got}”).`,
    en: (path: string, expected: string, got: string) => `${path}: must be ${expected} (got "${got}").`,
  },
  /** A record to write is not an object (an array, null, a string…). */
  notObject: {
    pl: (what: string, got: unknown) => `${what}: oczekiwano obiektu (otrzymano: ${jsonKind(got, JSON_KINDS_PL)}).`,
    en: (what: string, got: unknown) => `${what}: expected an object (got ${jsonKind(got, JSON_KINDS_EN)}).`,
  },
  /** An update names another record's id than the one it updates. */
  idMismatch: {
    pl: (id: string, got: string) => `id: nie można zmienić identyfikatora (rekord ${id}, otrzymano: „${got}”).`,
    en: (id: string, got: string) => `id: the identifier cannot be changed (record ${id}, got "${got}").`,
  },
  /** PostgreSQL refused text (SQLSTATE 22P05) and no argument holds a NUL to blame. */
  untranslatableText: {
    pl: (what: string, sqlstate: string) =>
      `${what}: tekst zawiera znak, którego baza danych nie może przechować (SQLSTATE ${sqlstate}).`,
    en: (what: string, sqlstate: string) =>
      `${what}: the text holds a character the database cannot store (SQLSTATE ${sqlstate}).`,
  },
  /** PostgreSQL refused text, and `where` (a field path or the record kind) holds U+0000. */
  nulCharacter: {
    pl: (where: string, sqlstate: string) =>
      `${where}: tekst zawiera znak U+0000 (NUL), którego baza danych nie przechowuje (SQLSTATE ${sqlstate}).`,
    en: (where: string, sqlstate: string) =>
      `${where}: the text holds the character U+0000 (NUL), which the database does not store (SQLSTATE ${sqlstate}).`,
  },
  /** The name of the password field, which the domain's schema checks as a bare value. */
  password: { pl: 'Hasło', en: 'Password' },
  scheduledEntity: {
    pl: (got: string) => `entity: oczekiwano „event” albo „post” (otrzymano: „${got}”).`,
    en: (got: string) => `entity: expected "event" or "post" (got "${got}").`,
  },
  scheduledId: {
    pl: (got: string) => `id: niepoprawny identyfikator „${got}”.`,
    en: (got: string) => `id: not a valid identifier "${got}".`,
  },
  scheduledAt: {
    pl: (got: string) => `at: oczekiwano daty i godziny ISO 8601 (otrzymano: „${got}”).`,
    en: (got: string) => `at: expected an ISO 8601 date and time (got "${got}").`,
  },
  /** The note of the audit entry of a scheduled publication (`at`: when it is to be published). */
  scheduledFor: {
    pl: (at: string) => `zaplanowano publikację na ${publicationTime(at, 'pl')}`,
    en: (at: string) => `publication scheduled for ${publicationTime(at, 'en')}`,
  },
  /** The note of the audit entry of a cancelled scheduled publication (`at`: when it was to be published). */
  scheduledCancelled: {
    pl: (at: string) => `anulowano zaplanowaną publikację (${publicationTime(at, 'pl')})`,
    en: (at: string) => `scheduled publication cancelled (${publicationTime(at, 'en')})`,
  },
  /** The note of the audit entry of a scheduled publication cancelled because its record was deleted. */
  scheduledCancelledOnDelete: {
    pl: (at: string) => `anulowano zaplanowaną publikację (${publicationTime(at, 'pl')}), bo rekord usunięto`,
    en: (at: string) => `scheduled publication cancelled (${publicationTime(at, 'en')}) because the record was deleted`,
  },
  /** A stored record whose document cannot be read: which record, where it is kept, and why. */
  corruptRecord: {
    pl: (kind: string, id: string, slug: string, column: string, problem: string) =>
      `uszkodzony rekord w bazie danych: ${kind} ${id} („${slug}”), kolumna ${column}: ${sentence(problem)}`,
    en: (kind: string, id: string, slug: string, column: string, problem: string) =>
      `corrupt record in the database: ${kind} ${id} ("${slug}"), column ${column}: ${sentence(problem)}`,
  },
  /** Why: the document does not parse (`detail` is the parser's own words). */
  notJson: {
    pl: (detail: string) => `to nie jest poprawny JSON (${detail})`,
    en: (detail: string) => `not valid JSON (${detail})`,
  },
  /** Why: the document parses, but to something other than an object. */
  notJsonObject: {
    pl: (got: unknown) => `oczekiwano obiektu JSON (jest: ${jsonKind(got, JSON_KINDS_PL)})`,
    en: (got: unknown) => `expected a JSON object (got ${jsonKind(got, JSON_KINDS_EN)})`,
  },
  /** A file of the TERC register whose first line is not its header. */
  tercHeader: {
    pl: (expected: string, got: string | undefined) =>
      `nagłówek musi mieć postać ${expected}, a jest: ${got === undefined ? '(pusty)' : got}.`,
    en: (expected: string, got: string | undefined) => `header must be ${expected}, got ${got ?? '(empty)'}.`,
  },
  tercFieldCount: {
    pl: (expected: number, got: number) => `oczekiwano ${expected} pól rozdzielonych „;”, jest ich ${got}.`,
    en: (expected: number, got: number) => `expected ${expected} fields separated by ";", got ${got}.`,
  },
  tercOtherEdition: {
    pl: (rowStanNa: string, stanNa: string) => `STAN_NA ${rowStanNa} to nie jest importowane wydanie (${stanNa}).`,
    en: (rowStanNa: string, stanNa: string) => `STAN_NA ${rowStanNa} is not the edition being imported (${stanNa}).`,
  },
  tercNotACode: {
    pl: (parts: string) => `WOJ;POW;GMI;RODZ „${parts}” to nie jest kod TERC.`,
    en: (parts: string) => `WOJ;POW;GMI;RODZ "${parts}" is not a TERC code.`,
  },
  tercNoName: {
    pl: (terc: string) => `NAZWA jest pusta dla ${terc}.`,
    en: (terc: string) => `NAZWA is empty for ${terc}.`,
  },
  tercNotJst: {
    pl: (terc: string) => `${terc} nie jest poprawnym kodem TERC województwa, powiatu ani gminy.`,
    en: (terc: string) => `${terc} is not a valid TERC code of a województwo, powiat or gmina.`,
  },
  tercTwice: {
    pl: (terc: string) => `kod TERC ${terc} występuje w pliku dwa razy.`,
    en: (terc: string) => `TERC code ${terc} appears twice in the file.`,
  },
  tercNoParent: {
    pl: (parent: string, terc: string) => `jednostki nadrzędnej ${parent} (dla ${terc}) nie ma w rejestrze.`,
    en: (parent: string, terc: string) => `parent unit ${parent} of ${terc} is not in the register.`,
  },
  /** Opening a database failed (`DATABASE_OPEN`); the driver's error is the cause. */
  sqliteOpen: {
    pl: (path: string) => `nie można otworzyć bazy danych SQLite ${path}.`,
    en: (path: string) => `Cannot open the SQLite database at ${path}.`,
  },
  sqliteChangeFeed: {
    pl: (file: string) => `nie można otworzyć połączenia, które wykrywa zmiany, do ${file}.`,
    en: (file: string) => `Cannot open a change-detector connection to ${file}.`,
  },
  /** `reason` is the driver's, in English: it is what tells a missing database from a wrong password. */
  postgresConnect: {
    pl: (url: string, reason: string) => `nie można połączyć się z PostgreSQL pod adresem ${url}: ${reason}.`,
    en: (url: string, reason: string) => `Cannot connect to PostgreSQL at ${url}: ${reason}.`,
  },
  /** A postgres:// address WHATWG URL cannot parse; `got` is it with its password hidden (`redactedUrl`). */
  postgresUrl: {
    pl: (got: string, from = 'DATABASE_URL') =>
      `${from} „${got}” nie jest poprawnym adresem URL: oczekiwano postgres://użytkownik:hasło@host:port/baza, z portem od 1 do 65535 i znakami specjalnymi hasła zakodowanymi jako %XX.`,
    en: (got: string, from = 'DATABASE_URL') =>
      `${from} "${got}" is not a valid URL: expected postgres://user:password@host:port/database, with a port from 1 to 65535 and the password's special characters percent-encoded.`,
  },
  postgresPoolMax: {
    pl: (got: string, from = 'DATABASE_URL') =>
      `pool_max w ${from} musi być liczbą połączeń od 1 do 1000 (otrzymano: „${got}”).`,
    en: (got: string, from = 'DATABASE_URL') =>
      `pool_max in ${from} must be a number of connections from 1 to 1000 (got "${got}").`,
  },
  postgresPrepare: {
    pl: (got: string, from = 'DATABASE_URL') =>
      `prepare w ${from} może mieć wartość „on” (nazwane polecenia, domyślnie) albo „off” (otrzymano: „${got}”).`,
    en: (got: string, from = 'DATABASE_URL') =>
      `prepare in ${from} must be "on" (named statements, the default) or "off" (got "${got}").`,
  },
  postgresSchemaName: {
    pl: (schema: string, pattern: string) => `nazwa schematu PostgreSQL „${schema}” musi pasować do ${pattern}.`,
    en: (schema: string, pattern: string) => `PostgreSQL schema name "${schema}" must match ${pattern}.`,
  },
  postgresSchema: {
    pl: (schema: string, url: string, reason: string) =>
      `nie można przygotować schematu ${schema} w PostgreSQL pod adresem ${url}: ${reason}.`,
    en: (schema: string, url: string, reason: string) =>
      `Cannot prepare schema ${schema} on PostgreSQL at ${url}: ${reason}.`,
  },
  postgresListen: {
    pl: (url: string, reason: string) =>
      `nie można nasłuchiwać zmian (LISTEN) w PostgreSQL pod adresem ${url}: ${reason}.`,
    en: (url: string, reason: string) => `Cannot LISTEN for changes on PostgreSQL at ${url}: ${reason}.`,
  },
  /** A tool that only reads was pointed at a database without Mosty's tables (`DATABASE_NOT_MIGRATED`). */
  notMostyDatabase: {
    pl: (db: string, from = 'DATABASE_URL') =>
      `baza danych ${db} nie ma tabel Mosty; niczego w niej nie zmieniono. Sprawdź ${from} albo przygotuj bazę poleceniem mosty-migrate.`,
    en: (db: string, from = 'DATABASE_URL') =>
      `The database ${db} has no Mosty tables; nothing in it was changed. Check ${from}, or set the database up with mosty-migrate.`,
  },
  /** A tool that only reads was pointed at a SQLite file that does not exist (`DATABASE_NOT_MIGRATED`). */
  noDatabaseFile: {
    pl: (db: string, from = 'DATABASE_URL') =>
      `baza danych ${db} nie istnieje; niczego nie utworzono. Sprawdź ${from} albo przygotuj bazę poleceniem mosty-migrate.`,
    en: (db: string, from = 'DATABASE_URL') =>
      `The database ${db} does not exist; nothing was created. Check ${from}, or set the database up with mosty-migrate.`,
  },
  migrationsMissing: {
    pl: (db: string, names: string[]) =>
      `baza danych ${db} nie ma migracji ${names.join(', ')}; niczego w niej nie zmieniono. Uruchom mosty-migrate (albo raz stronę lub panel) i spróbuj ponownie.`,
    en: (db: string, names: string[]) =>
      `The database ${db} lacks the migrations ${names.join(', ')}; nothing in it was changed. Run mosty-migrate (or start the website or the admin once), then try again.`,
  },
  /** A migration failed (`MIGRATION_FAILED`) and its transaction rolled back. */
  migrationFailed: {
    pl: (name: string, dialect: string) =>
      `migracja ${name} nie powiodła się (${dialect}); baza danych jest taka, jaka była przed nią.`,
    en: (name: string, dialect: string) =>
      `Migration ${name} failed on ${dialect}; the database is left as it was before it.`,
  },
  backupNeedsSqlite: {
    pl: (dialect: string) => `backupSqlite kopiuje tylko bazę SQLite, a ta jest ${dialect} (użyj dumpStore).`,
    en: (dialect: string) => `backupSqlite needs a SQLite store; this one is ${dialect} (use dumpStore).`,
  },
  backupTargetExists: {
    pl: (path: string) => `plik kopii ${path} już istnieje; wybierz nowy plik.`,
    en: (path: string) => `Backup target ${path} already exists; choose a new file.`,
  },
  backupFailed: {
    pl: (path: string) => `kopia bazy SQLite do ${path} nie powiodła się.`,
    en: (path: string) => `SQLite backup to ${path} failed.`,
  },
  /**
   * A delete refused because other records point at the record (`REFERENCED`): which record, how many
   * point at it, the first few of them with the fields they point from, and how many more there are.
   */
  referenced: {
    pl: (target: ReferenceShown, total: number, shownRefs: ReferenceShown[]) => {
      const more = total - shownRefs.length;
      return `nie można usunąć ${kindGenitivePl(target.entity)} „${target.name}” (${target.slug}): ${pluralPl(total, ['wskazuje', 'wskazują', 'wskazuje'])} na ten rekord ${total} ${pluralPl(total, ['inny rekord', 'inne rekordy', 'innych rekordów'])}: ${shownRefs.map((r) => referrerShown(r, 'pl')).join('; ')}${more > 0 ? ` i ${more} ${pluralPl(more, ['kolejny', 'kolejne', 'kolejnych'])}` : ''}. Usuń albo zmień najpierw te odwołania.`;
    },
    en: (target: ReferenceShown, total: number, shownRefs: ReferenceShown[]) => {
      const more = total - shownRefs.length;
      return `cannot delete ${kindLabel(target.entity, 'en')} "${target.name}" (${target.slug}): ${total} ${total === 1 ? 'record points' : 'records point'} at it: ${shownRefs.map((r) => referrerShown(r, 'en')).join('; ')}${more > 0 ? ` and ${more} more` : ''}. Remove or change those references first.`;
    },
  },
  /**
   * A record to write points at an id that names no live record (`MISSING_REFERENCE`): the field (its label),
   * the path it is at, the id, and the kind of record the field names (any record when it names none).
   */
  missingReference: {
    pl: (field: string, path: string, id: string, kind: EntityKind | undefined) =>
      `${field}: brak ${kind ? kindGenitivePl(kind) : 'rekordu'} o identyfikatorze „${id}” (takiego rekordu nie ma albo go usunięto), pole ${path}.`,
    en: (field: string, path: string, id: string, kind: EntityKind | undefined) =>
      `${field}: no ${kind ? kindLabel(kind, 'en') : 'record'} with the id "${id}" (it does not exist or was deleted), field ${path}.`,
  },
  /** An account change that would leave no active administrator (`LAST_ADMINISTRATOR`): whose, and which change. */
  lastAdministrator: {
    pl: (email: string, change: 'role' | 'disabled') =>
      `${change === 'role' ? 'nie można odebrać roli administratora kontu' : 'nie można zablokować konta'} ${email}: to jedyny aktywny administrator. Najpierw nadaj tę rolę komuś innemu.`,
    en: (email: string, change: 'role' | 'disabled') =>
      `cannot ${change === 'role' ? 'take the administrator role from' : 'disable'} ${email}: it is the only active administrator. Give the role to someone else first.`,
  },
  /** `users.erase` of an account that is not blocked. */
  accountActive: {
    pl: (email: string) =>
      `nie można usunąć danych osobowych konta ${email}: konto jest aktywne. Najpierw je zablokuj, żeby nikt nie stracił dostępu przez pomyłkę.`,
    en: (email: string) =>
      `cannot erase the personal data of ${email}: the account is active. Block it first, so that nobody loses access by mistake.`,
  },
  /** `users.update` or `users.setPassword` of an erased account. */
  accountErased: {
    pl: (id: string) =>
      `konta ${id} nie można zmienić: jego dane osobowe usunięto, zostało tylko po to, by dziennik zmian mógł je wskazać. Dla tej osoby utwórz nowe konto.`,
    en: (id: string) =>
      `account ${id} cannot be changed: its personal data was erased and it is kept only so the audit log can name it. Create a new account for this person.`,
  },
  /** `restoreStore` got something that is not a dump: the first issues, each `path: message`. */
  dumpInvalid: {
    pl: (issues: readonly string[]) => `to nie jest zrzut Mosty: ${sentence(joinMessages(issues))}`,
    en: (issues: readonly string[]) => `Not a Mosty dump: ${sentence(joinMessages(issues))}`,
  },
  restoreNotEmpty: {
    pl: (table: string, rows: string) =>
      `przywracać można tylko do pustej bazy, a tabela ${table} ma wierszy: ${rows}.`,
    en: (table: string, rows: string) => `Restore needs an empty store, but table ${table} has ${rows} rows.`,
  },
} satisfies Record<string, Texts<string | ((...parts: never[]) => string)>>;
