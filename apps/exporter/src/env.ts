import type { Locale } from '@org/domain';
import { cliLocale } from '@org/store';
import { z } from 'zod';
import type { Messages } from './messages.js';

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
  DATABASE_URL: z.string().min(1).optional(),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  NO_COLOR: z.string().optional(),
  /** The website's JSON file of the foundation's facts (`--site-config` wins). */
  SITE_CONFIG: z.string().optional(),
});

export type ExporterEnv = z.infer<typeof EnvSchema>;

/** A variable of the environment has a value the exporter cannot use. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

export function readEnv(m: Messages, env: NodeJS.ProcessEnv = process.env): ExporterEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(m.badEnv(String(issue?.path[0]), String(env[String(issue?.path[0])] ?? '')));
  }
  return parsed.data;
}
