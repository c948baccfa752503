import { TRUSTED_PROXIES_SCHEMA } from '@org/site';
import { z } from 'zod';

/**
 * The website's settings, read once from the environment. `DATABASE_URL` left empty means the
 * store's default (data/mosty.db under the workspace root). `CACHE=off` renders every request
 * (for the uncached benchmark and for debugging).
 */
/** `DEBUG` set to anything (`1`, `*`, as the `debug` package takes it): a failure prints its stack as well. */
const DebugSchema = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== '');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  /** Absolute links; without it, the server's own address on this machine (`http://localhost:<PORT>`). */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  CACHE: z.enum(['on', 'off']).default('on'),
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(50_000),
  /** Megabytes of rendered pages kept in memory per process (bodies; compressed copies included). */
  CACHE_MAX_MB: z.coerce.number().int().min(1).max(1_000_000).default(256),
  /** A JSON file with the foundation's facts for the site (publisher, accessibility statement): `SiteConfig`. */
  SITE_CONFIG: z.string().optional(),
  /**
   * `on`: an empty store gets the demo data (the seed event and its world) at start, so a first run shows
   * something. `off`: nothing is loaded, for a foundation's own database that starts empty.
   */
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
  /** Server processes sharing the port (node:cluster); one per core serves the most. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DEBUG: DebugSchema,
  /**
   * Requests per minute one client may make of what the page cache cannot answer: the JSON API, and a calendar
   * rendered for its filters (`rate-limit.ts`). `0` or `off`: no limit (a proxy in front limits instead).
   */
  API_RATE_LIMIT: z
    .string()
    .default('600')
    .transform((text) => text.trim())
    .refine((text) => text === 'off' || (/^[0-9]{1,7}$/.test(text) && Number(text) <= 1_000_000), {
      error: (issue) =>
        `expected requests per minute per client, a whole number up to 1000000 (600 by default), or 0 or off for no limit, got "${String(issue.input)}"`,
    })
    .transform((text) => (text === 'off' ? 0 : Number(text))),
  /**
   * The reverse proxies in front of the website, comma-separated IP addresses or CIDR blocks: only a request whose
   * socket peer is one of them has its client read from `X-Forwarded-For` (@org/site's `clientAddress`), for the rate
   * limit. Empty (default): nobody is trusted, the socket's address is the client. The admin reads its own with the
   * same schema (`TRUSTED_PROXIES_SCHEMA`).
   */
  TRUSTED_PROXIES: TRUSTED_PROXIES_SCHEMA,
  /**
   * The folder a `pnpm` command was typed in (pnpm runs a package's script in the package's folder and
   * says where it was called from here): the export reads a relative `--out` or `--site-config` from it.
   */
  INIT_CWD: z.string().optional(),
});
export type WebsiteEnv = z.infer<typeof EnvSchema> & { SITE_URL: string };

/** Parses an environment (by default `process.env`); a bad value fails with the variable's name. */
export function readEnv(source: Record<string, string | undefined> = process.env): WebsiteEnv {
  const result = EnvSchema.safeParse(source);
  if (!result.success)
    throw new Error(
      `Invalid website environment: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      { cause: result.error },
    );
  const env = result.data;
  // Links must reach this server: `PORT=3918` without SITE_URL links to :3918, not to the default 3000.
  // An ephemeral port (0) is known only after listening; its links say 3000 unless SITE_URL is given.
  return { ...env, SITE_URL: env.SITE_URL ?? `http://localhost:${env.PORT || 3000}` };
}

/**
 * Whether `DEBUG` asks for stacks: read apart from `readEnv`, so that a failure of `readEnv` itself
 * can be reported as DEBUG asks.
 */
export function debugEnabled(source: Record<string, string | undefined> = process.env): boolean {
  return DebugSchema.parse(source.DEBUG);
}
