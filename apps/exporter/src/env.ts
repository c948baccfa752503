import { z } from 'zod';
import { MESSAGES, type Messages } from './messages.js';

/** The language of the CLI's own messages (help, errors, progress); `--lang` is the language of the output. */
export type CliLocale = 'pl' | 'en';

// POSIX gives LC_ALL precedence over LC_MESSAGES over LANG, and an empty variable counts as unset.
const localeVar = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));
const LocaleEnvSchema = z.object({ LC_ALL: localeVar, LC_MESSAGES: localeVar, LANG: localeVar });

/**
 * The CLI's language: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; a value starting with `en` is English,
 * anything else (unset, `C`, `C.UTF-8`, `pl_PL.UTF-8`) Polish, the house's first language. Never fails.
 *
 * @example
 * cliLocale({ LANG: 'en_GB.UTF-8' }) // 'en'
 * cliLocale({ LC_ALL: 'C.UTF-8', LANG: 'en_US.UTF-8' }) // 'pl'
 */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): CliLocale {
  const parsed = LocaleEnvSchema.safeParse(env);
  const vars: Partial<z.infer<typeof LocaleEnvSchema>> = parsed.success ? parsed.data : {};
  const value = vars.LC_ALL ?? vars.LC_MESSAGES ?? vars.LANG ?? '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'pl';
}

/** The environment the exporter reads, once, validated. Flags on the command line win over it. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  NO_COLOR: z.string().optional(),
});

export type ExporterEnv = z.infer<typeof EnvSchema>;

/** A variable of the environment has a value the exporter cannot use. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

export function readEnv(m: Messages = MESSAGES.pl, env: NodeJS.ProcessEnv = process.env): ExporterEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(m.badEnv(String(issue?.path[0]), String(env[String(issue?.path[0])] ?? '')));
  }
  return parsed.data;
}
