import { type Locale, MostyError, ValidationError } from '@org/domain';
import { databaseTarget, redactedUrl } from './database-target.js';
import { MESSAGES, shown } from './messages.js';

/** What `checkDatabaseUrl` is told besides the address: the same two settings `openStore` takes. */
export interface CheckDatabaseUrlOptions {
  /** The language of the refusal's message: `'pl'` (default) or `'en'`, as `openStore`'s `locale`. */
  locale?: Locale;
  /** PostgreSQL only: the schema `openStore` would be given, which wins over the URL's `schema` parameter. */
  schema?: string;
  /**
   * Where the address came from, as a message that asks to check it names it: `'DATABASE_URL'` (default), or
   * a program's option such as `'--db'`, so that nobody looks for a mistake in a variable that is not set.
   */
  source?: string;
}

/**
 * A database address as `openStore` would take it: the kind of database it opens, or the error it would
 * be refused with before touching anything (the same class, code and message).
 */
export type DatabaseUrlCheck = { ok: true; kind: 'postgres' | 'sqlite' | 'memory' } | { ok: false; error: MostyError };

/** What opening needs of an address that passed: for PostgreSQL, the URL without the store's own parameters. */
export type DatabaseSettings =
  | {
      kind: 'postgres';
      connectionString: string;
      schema: string | undefined;
      poolMax: number;
      /** Whether queries are sent as named (prepared) statements: `prepare=on` (default) or `off`. */
      prepare: boolean;
    }
  | { kind: 'sqlite' }
  | { kind: 'memory' };

type Read = { ok: true; locale: Locale; settings: DatabaseSettings } | { ok: false; error: MostyError };

const LOCALES: readonly unknown[] = ['pl', 'en'] satisfies Locale[];
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const POOL_MAX_DEFAULT = 10;

/**
 * Reads an address and the options as `openStore` does, touching neither a database nor a file: the one
 * reading both `openStore` and `checkDatabaseUrl` use, so that the two never disagree. A blank address is the
 * default SQLite file, resolved by the opener (finding it reads the file system).
 */
export function readDatabaseUrl(url: string | undefined, options: CheckDatabaseUrlOptions = {}): Read {
  const locale = options.locale ?? 'pl';
  if (!LOCALES.includes(locale)) {
    // No language was chosen that the message could be in: Polish first, then English.
    const got = shown(locale);
    const issue = `${MESSAGES.localeIssue.pl(got)} / ${MESSAGES.localeIssue.en(got)}`;
    return {
      ok: false,
      error: new ValidationError(`${MESSAGES.locale.pl(got)} / ${MESSAGES.locale.en(got)}`, [
        { path: 'locale', field: 'locale', code: 'enum', message: issue },
      ]),
    };
  }
  const target = url?.trim();
  if (!target) return { ok: true, locale, settings: { kind: 'sqlite' } };
  const kind = databaseTarget(target).kind;
  if (kind === 'unsupported') {
    const message = MESSAGES.databaseUrl[locale](redactedUrl(target));
    return {
      ok: false,
      error: new ValidationError(message, [{ path: 'url', field: 'DATABASE_URL', code: 'url', message }]),
    };
  }
  if (kind !== 'postgres') return { ok: true, locale, settings: { kind } };
  // A port out of range or a password with an unencoded special character: WHATWG URL refuses it.
  if (!URL.canParse(target))
    return {
      ok: false,
      error: new MostyError('DATABASE_OPEN', MESSAGES.postgresUrl[locale](redactedUrl(target), options.source)),
    };
  const parsed = new URL(target);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const poolMax = parsed.searchParams.get('pool_max');
  parsed.searchParams.delete('pool_max');
  const size = poolMax === null ? POOL_MAX_DEFAULT : Number(poolMax);
  if (poolMax !== null && (!/^\d+$/.test(poolMax) || size < 1 || size > 1000))
    return {
      ok: false,
      error: new MostyError('DATABASE_OPEN', MESSAGES.postgresPoolMax[locale](poolMax, options.source)),
    };
  const prepare = parsed.searchParams.get('prepare');
  parsed.searchParams.delete('prepare');
  if (prepare !== null && prepare !== 'on' && prepare !== 'off')
    return {
      ok: false,
      error: new MostyError('DATABASE_OPEN', MESSAGES.postgresPrepare[locale](prepare, options.source)),
    };
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    return {
      ok: false,
      error: new MostyError('DATABASE_OPEN', MESSAGES.postgresSchemaName[locale](schema, String(SCHEMA_NAME))),
    };
  return {
    ok: true,
    locale,
    settings: {
      kind: 'postgres',
      connectionString: parsed.toString(),
      schema,
      poolMax: size,
      prepare: prepare !== 'off',
    },
  };
}

/**
 * Checks a `DATABASE_URL` (or a SQLite path) as `openStore(url, options)` would before it opens anything:
 * its scheme, and for PostgreSQL the URL itself, `pool_max` (1–1000), `prepare` (`on`/`off`) and the schema name. It refuses what
 * opening refuses, with the same error (class, `code`, message in `locale`), and connects to nothing and
 * creates no file; what only opening can tell (a server down, a folder that cannot be made) is left to it.
 *
 * @example
 * checkDatabaseUrl('postgres://db/mosty?pool_max=20') // { ok: true, kind: 'postgres' }
 * checkDatabaseUrl('data/mosty.db') // { ok: true, kind: 'sqlite' }
 * const check = checkDatabaseUrl('postgres://db/mosty?pool_max=0', { locale: 'en' });
 * if (!check.ok) throw check.error;
 * // MostyError DATABASE_OPEN: pool_max in DATABASE_URL must be a number of connections from 1 to 1000 (got "0").
 */
export function checkDatabaseUrl(url: string | undefined, options: CheckDatabaseUrlOptions = {}): DatabaseUrlCheck {
  const read = readDatabaseUrl(url, options);
  return read.ok ? { ok: true, kind: read.settings.kind } : read;
}
