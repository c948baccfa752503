import { isIP } from 'node:net';
import { TRUSTED_PROXIES_SCHEMA } from '@org/site';
import { z } from 'zod';

/** `DEBUG` set to anything (`1`, `*`, as the `debug` package takes it): a failure to start prints its stack as well. */
const DebugSchema = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== '');

// A DNS name (RFC 1123 labels), for `HOST=localhost` or a name of this machine's.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * The admin's environment, validated once. The only file that reads `process.env`.
 * `COOKIE_SECURE` defaults to true when `ADMIN_URL` is https (behind TLS), false otherwise.
 * `LOGIN_*`: sign-in attempts allowed per account from one client address and per client address in
 * `LOGIN_WINDOW_MINUTES`, and per account from every address in `LOGIN_ACCOUNT_CEILING_MINUTES`
 * (`security/login-rate-limit.ts` says why three).
 * `SITE_CONFIG`: the website's JSON file of the foundation's facts (`SiteConfig` of @org/site), so previews and
 * the check before publishing name the publisher the website names; empty or unset, the demo's.
 * `DEMO_DATA`: `on` (default) loads the demo records when the store has no events yet, as the website
 * does; `off` loads nothing, for a foundation's own database that starts empty.
 * `TRUSTED_PROXIES`: the reverse proxies in front of the admin, comma-separated IP addresses or CIDR blocks;
 * only a request whose socket peer is one of them has its client address read from `X-Forwarded-For`
 * (@org/site's `clientAddress`). Empty (default): nobody is trusted, the socket's address counts.
 * `HOST`: the address the admin listens on; unset or empty (default), every interface, IPv6 and IPv4, as
 * before there was a setting. Behind a reverse proxy on the same machine set `127.0.0.1`, so that nobody
 * reaches the admin past the proxy (and past `TRUSTED_PROXIES`).
 * `DEBUG`: see `debugEnabled`.
 */
const EnvSchema = z
  .object({
    ADMIN_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    HOST: z
      .string()
      .optional()
      .transform((text) => text?.trim() || undefined)
      .refine((host) => host === undefined || isIP(host) !== 0 || HOST_NAME.test(host), {
        error: (issue) =>
          `expected an IP address to listen on (127.0.0.1, ::1, 0.0.0.0) or a host name (localhost), got "${String(issue.input)}"`,
      }),
    DATABASE_URL: z.string().min(1).optional(),
    SITE_URL: z.url().default('http://localhost:3000'),
    SITE_CONFIG: z.string().optional(),
    DEMO_DATA: z.enum(['on', 'off']).default('on'),
    ADMIN_URL: z.url().optional(),
    COOKIE_SECURE: z.enum(['true', 'false', '1', '0']).optional(),
    LOGIN_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000_000).default(5),
    // Every attempt from an address counts, successful ones too (the store's counters only go up), so
    // this leaves room for an office of staff behind one NAT address signing in each morning.
    LOGIN_MAX_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(50),
    LOGIN_ACCOUNT_CEILING: z.coerce.number().int().min(1).max(1_000_000).default(20),
    LOGIN_ACCOUNT_CEILING_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(5),
    TRUSTED_PROXIES: TRUSTED_PROXIES_SCHEMA,
  })
  .transform((e) => {
    const adminUrl = e.ADMIN_URL ?? `http://localhost:${e.ADMIN_PORT}`;
    const cookieSecure =
      e.COOKIE_SECURE === undefined
        ? adminUrl.startsWith('https:')
        : e.COOKIE_SECURE === 'true' || e.COOKIE_SECURE === '1';
    return {
      port: e.ADMIN_PORT,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      siteUrl: e.SITE_URL.replace(/\/$/, ''),
      siteConfigPath: e.SITE_CONFIG || undefined,
      demoData: e.DEMO_DATA === 'on',
      adminUrl: adminUrl.replace(/\/$/, ''),
      cookieSecure,
      loginLimits: {
        windowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
        maxPerAccount: e.LOGIN_MAX_PER_ACCOUNT,
        maxPerAddress: e.LOGIN_MAX_PER_ADDRESS,
        // Per IPv6 /48 (login-rate-limit.ts): four subscribers' worth, not a setting of its own.
        maxPerNetwork: e.LOGIN_MAX_PER_ADDRESS * 4,
        accountWindowMs: e.LOGIN_ACCOUNT_CEILING_MINUTES * 60_000,
        maxPerAccountAnywhere: e.LOGIN_ACCOUNT_CEILING,
      },
      trustedProxies: e.TRUSTED_PROXIES,
    };
  });

/** The settings the admin runs with; tests build their own with `parseAdminEnv`. */
export type AdminEnv = z.output<typeof EnvSchema>;

/** Parses an environment (by default the process's) into admin settings; throws with every problem. */
export function parseAdminEnv(source: Record<string, string | undefined> = process.env): AdminEnv {
  const result = EnvSchema.safeParse(source);
  if (!result.success)
    throw new Error(`Invalid admin environment: ${z.prettifyError(result.error)}`, { cause: result.error });
  return result.data;
}

/**
 * Whether `DEBUG` asks for stacks: read apart from `parseAdminEnv`, so that a failure of `parseAdminEnv`
 * itself is reported as DEBUG asks.
 *
 * @example
 * debugEnabled({ DEBUG: '1' }) // true
 */
export function debugEnabled(source: Record<string, string | undefined> = process.env): boolean {
  return DebugSchema.parse(source.DEBUG);
}

/**
 * The locale variables the commands' language falls back on when `--lang` names none (`cliLocale` of
 * @org/store decides from them); read here, as every variable the admin reads is.
 */
export function localeEnv(
  source: Record<string, string | undefined> = process.env,
): Record<'LC_ALL' | 'LC_MESSAGES' | 'LANG', string | undefined> {
  return { LC_ALL: source.LC_ALL, LC_MESSAGES: source.LC_MESSAGES, LANG: source.LANG };
}
