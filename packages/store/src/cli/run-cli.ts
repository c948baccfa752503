import { existsSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { joinMessages, type Locale, MostyError } from '@org/domain';
import { databaseTarget } from '../database-target.js';
import { redact } from '../dialect/postgres.js';
import { cliLocale, loadStoreEnv, requestedLang } from '../env.js';
import { openStore } from '../open-store.js';
import { defaultDatabaseUrl, resolveDatabaseUrl } from '../resolve-database-url.js';
import type { Store } from '../types.js';
import { CLI_MESSAGES, COMMAND_LINE_MESSAGES, type CommandName, HELP } from './cli-messages.js';
import { parseArgsProblem } from './parse-args-problem.js';

/** A command line that cannot run: exit code 2 with this one-line reason, before any database is opened. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What the command line said, as `node:util`'s `parseArgs` gives it. */
export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * One of the store's commands. Extend by adding a file beside `migrate.ts` that calls `runCli` with its
 * command, its `HELP` entry in `cli-messages.ts`, its entry in `tsup.config.ts` and its `bin`.
 */
export interface Command<P> {
  name: CommandName;
  /** Its options besides `-h`/`--help` and `--lang`, which every command takes. */
  options?: Options;
  /** At most how many positional arguments it takes (default none). */
  positionals?: number;
  /**
   * Checks the command line and reads what the command needs (a file) before any database is opened:
   * a refused command line is a `UsageError`; anything else thrown is a failure (exit code 1).
   */
  prepare?(parsed: ParsedCommandLine, locale: Locale): P;
  /**
   * Refuse a SQLite file that does not exist, and a database without every migration (exit code 1,
   * nothing created or changed), for a command that only reads: one that checks a database has nothing
   * to check in a new, empty one, and one named by mistake must not get Mosty's tables.
   */
  existingDatabase?: boolean;
  /**
   * Does the work in the open store and says what it did, in `locale`; `null` when it has printed all it
   * had to say (machine-readable output, which a closing line would spoil).
   */
  run(store: Store, prepared: P, locale: Locale): Promise<string | null>;
}

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  lang: { type: 'string' },
} as const satisfies Options;

const isLocale = (value: unknown): value is Locale => value === 'pl' || value === 'en';

/** Parses the command line strictly; `null` when it asks for help. */
function parseCommandLine(
  command: Command<unknown>,
  argv: readonly string[],
  locale: Locale,
): ParsedCommandLine | null {
  let parsed: ParsedCommandLine;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, ...COMMON_OPTIONS },
      strict: true,
      allowPositionals: true,
    });
  } catch (cause) {
    throw new UsageError(parseArgsProblem(cause, locale), { cause });
  }
  // Before --help: a command line that names no language is wrong, help or not, as an unknown option is.
  const lang = parsed.values.lang;
  if (lang !== undefined && !isLocale(lang)) throw new UsageError(COMMAND_LINE_MESSAGES.badLang[locale](String(lang)));
  if (parsed.values.help === true) return null;
  const extra = parsed.positionals[command.positionals ?? 0];
  if (extra !== undefined) throw new UsageError(CLI_MESSAGES.unexpectedArgument[locale](extra));
  return parsed;
}

/**
 * Runs a store command and returns its exit code: `--help` prints the usage and returns 0 without
 * opening anything; a refused command line or environment prints one line naming what was wrong, with
 * a hint, and returns 2, also without opening anything; otherwise it opens (and migrates) the database
 * `DATABASE_URL` names, or the default file, runs the command, closes, and returns 0, or 1 with the
 * failure on stderr. Messages and help are in the language `--lang pl|en` names, else the locale's
 * (`cliLocale`: Polish for a `pl` locale, English otherwise); a `--lang` naming neither is refused (2).
 *
 * @example
 * process.exitCode = await runCli({ name: 'mosty-migrate', run: async () => 'migrated' });
 */
export async function runCli<P>(
  command: Command<P>,
  argv: readonly string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const locale = requestedLang(argv, { ...command.options, ...COMMON_OPTIONS }) ?? cliLocale(env);
  const m = CLI_MESSAGES;
  let url: string;
  let prepared: P;
  try {
    const parsed = parseCommandLine(command as Command<unknown>, argv, locale);
    if (parsed === null) {
      process.stdout.write(`${HELP[command.name][locale](defaultDatabaseUrl())}\n`);
      return 0;
    }
    let storeEnv: ReturnType<typeof loadStoreEnv>;
    try {
      storeEnv = loadStoreEnv(env);
    } catch (cause) {
      throw new UsageError(m.badEnv[locale]('DATABASE_URL'), { cause });
    }
    url = resolveDatabaseUrl(storeEnv);
    prepared = command.prepare ? command.prepare(parsed, locale) : (undefined as P);
  } catch (error) {
    if (!(error instanceof UsageError)) return fail(command.name, error, locale);
    process.stderr.write(`${command.name}: ${joinMessages([error.message, m.hint[locale](command.name)])}\n`);
    return 2;
  }
  let store: Store | undefined;
  try {
    const target = databaseTarget(url);
    if (command.existingDatabase && target.kind === 'sqlite' && !existsSync(target.path))
      throw new MostyError('DATABASE_MISSING', m.noDatabase[locale](target.path));
    store = await openStore(url, { locale, ...(command.existingDatabase ? { migrate: 'verify' as const } : {}) });
    const what = await command.run(store, prepared, locale);
    if (what !== null) process.stdout.write(`${command.name}: ${m.done[locale](what, store.dialect, redact(url))}\n`);
    return 0;
  } catch (error) {
    return fail(command.name, error, locale);
  } finally {
    await store?.close();
  }
}

function fail(name: string, error: unknown, locale: Locale): 1 {
  const code = error instanceof MostyError ? error.code : 'UNEXPECTED';
  const cause =
    error instanceof Error && error.cause instanceof Error ? CLI_MESSAGES.cause[locale](error.cause.message) : '';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${name}: ${CLI_MESSAGES.failed[locale](code, message)}${cause}\n`);
  return 1;
}
