import type { Locale } from '@org/domain';
import { cliLocale } from '@org/store';
import { z } from 'zod';

/**
 * The language of the CLI's own messages (help, errors, progress) when `--lang` does not name one
 * (`requestedLang` in `args.ts`). `cliLocale` is the rule every Mosty command follows (`@org/store`'s
 * commands too): the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; Polish when its language is
 * `pl` (`pl_PL.UTF-8`), English for anything else and when none is set. The output's language is
 * `--lang`'s alone (default `pl`): the locale never changes it.
 */
export type CliLocale = Locale;
export { cliLocale };

/** The environment the exporter reads, once, validated. Flags on the command line win over it. */
const EnvSchema = z.object({
  /** Empty means the store's default (data/mosty.db), as for the website and the admin (`resolveDatabaseUrl`). */
  DATABASE_URL: z.string().optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  NO_COLOR: z.string().optional(),
  /** The website's JSON file of the foundation's facts (`--site-config` wins). */
  SITE_CONFIG: z.string().optional(),
});

export type ExporterEnv = z.infer<typeof EnvSchema>;

/**
 * A variable of the environment has a value the exporter cannot use: a configuration error, said like the
 * option it stands in for and with the same exit code, 2 (`exitFor`), in the CLI's language from its fields.
 */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly code = 'ENV_INVALID';
  constructor(
    /** The variable's name (`SITE_URL`). */
    readonly variable: string,
    /** What it holds, as read. */
    readonly value: string,
    options?: ErrorOptions,
  ) {
    super(`Invalid environment variable ${variable}: "${value}".`, options);
  }
}

/**
 * Reads and checks the variables the exporter uses. One whose option is on the command line (`given`) is not
 * read at all, so a stale `SITE_URL` does not stop an export that names its `--site-url`. A bad value throws an
 * `EnvError` naming the variable and what it holds.
 */
export function readEnv(given: { siteUrl?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): ExporterEnv {
  const read = given.siteUrl ? { ...env, SITE_URL: undefined } : env;
  const parsed = EnvSchema.safeParse(read);
  if (!parsed.success) {
    const variable = String(parsed.error.issues[0]?.path[0]);
    throw new EnvError(variable, String(read[variable] ?? ''), { cause: parsed.error });
  }
  return parsed.data;
}
