import { type FieldIssue, type Locale, ValidationError } from '@org/domain';

// Re-exported so a caller of @org/formats can name the options' language; it is the domain's own type.
export type { Locale } from '@org/domain';

const issue = (path: string, code: string, message: string): FieldIssue => ({ path, field: path, code, message });

/** What every writer needs to know beyond the records: the language of labels and where the site lives. */
export interface FormatOptions {
  /** Language of labels and statements. */
  locale: Locale;
  /** The public site's origin (and optional base path) without a trailing slash, e.g. `https://mosty.org.pl`. */
  siteUrl: string;
  /**
   * Page URLs end in `/`: for a static copy of the site, where each page is a folder's `index.html` and
   * a URL without the slash is a redirect. JSON-LD `@id`s never change with it: they are identifiers.
   */
  trailingSlash?: boolean;
}

// Site URLs already checked, and what checking gave (the URL without trailing slashes): writers and URL
// helpers run per record and per link, so each distinct URL is parsed once. A handful exist per process.
const sites = new Map<string, string>();

const siteFailure = (message: string, reason: string, cause?: unknown) =>
  new ValidationError(
    `@org/formats: options.siteUrl ${message}`,
    [issue('siteUrl', 'url', reason)],
    cause ? { cause } : undefined,
  );

/**
 * A site URL as links are built on it (no trailing slash), or a `ValidationError`: it must be an absolute
 * http(s) URL of an origin and optional base path, without a query, a fragment, credentials or
 * surrounding spaces, each of which would end up inside every link.
 *
 * @example
 * checkedSiteUrl('https://mosty.example/') // 'https://mosty.example'
 * checkedSiteUrl('https://mosty.example/?a=1')
 * // throws ValidationError: '@org/formats: options.siteUrl must be an origin and path without a query or fragment, got "https://mosty.example/?a=1"'
 */
export function checkedSiteUrl(site: unknown): string {
  const known = typeof site === 'string' ? sites.get(site) : undefined;
  if (known !== undefined) return known;
  if (typeof site !== 'string') throw siteFailure(`must be an absolute http(s) URL, got ${String(site)}`, 'not a URL');
  if (site !== site.trim()) throw siteFailure(`must not start or end with spaces, got "${site}"`, 'surrounding spaces');
  let url: URL;
  try {
    url = new URL(site);
  } catch (cause) {
    throw siteFailure(`must be an absolute http(s) URL, got "${site}"`, 'not an absolute URL', cause);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw siteFailure(`must use http or https, got "${site}"`, 'not http(s)');
  if (url.search || url.hash || site.includes('?') || site.includes('#'))
    throw siteFailure(
      `must be an origin and path without a query or fragment, got "${site}"`,
      'has a query or fragment',
    );
  if (url.username || url.password) throw siteFailure('must not carry a user name or password', 'has credentials');
  const trimmed = site.replace(/\/+$/, '');
  if (sites.size >= 100) sites.clear();
  sites.set(site, trimmed);
  return trimmed;
}

/**
 * The language of options, or a `ValidationError`.
 *
 * @example
 * checkedLocale('en') // 'en'
 * checkedLocale('de') // throws ValidationError: '@org/formats: options.locale must be "pl" or "en", got "de"'
 */
export function checkedLocale(locale: unknown): Locale {
  if (locale === 'pl' || locale === 'en') return locale;
  throw new ValidationError(`@org/formats: options.locale must be "pl" or "en", got "${String(locale)}"`, [
    issue('locale', 'enum', 'not pl or en'),
  ]);
}

/**
 * Checks writer options, so a bad `siteUrl` or `locale` fails with a `ValidationError` instead of producing
 * broken links (see `checkedSiteUrl` for what a site URL may be). Trailing slashes are dropped.
 *
 * @example
 * checkOptions({ locale: 'pl', siteUrl: 'https://mosty.example/' }) // { locale: 'pl', siteUrl: 'https://mosty.example' }
 */
export function checkOptions<T extends FormatOptions>(options: T): T {
  const siteUrl = checkedSiteUrl(options.siteUrl);
  checkedLocale(options.locale);
  return siteUrl === options.siteUrl ? options : { ...options, siteUrl };
}
