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

/**
 * Checks writer options once, so a bad `siteUrl` fails with a message instead of producing broken links.
 *
 * @example
 * checkOptions({ locale: 'pl', siteUrl: 'https://mosty.example/' }) // { locale: 'pl', siteUrl: 'https://mosty.example' }
 */
export function checkOptions<T extends FormatOptions>(options: T): T {
  let url: URL;
  try {
    url = new URL(options.siteUrl);
  } catch (cause) {
    throw new ValidationError(
      `@org/formats: options.siteUrl must be an absolute http(s) URL, got "${options.siteUrl}"`,
      [issue('siteUrl', 'url', 'not an absolute URL')],
      { cause },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ValidationError(`@org/formats: options.siteUrl must use http or https, got "${options.siteUrl}"`, [
      issue('siteUrl', 'url', 'not http(s)'),
    ]);
  if (options.locale !== 'pl' && options.locale !== 'en')
    throw new ValidationError(`@org/formats: options.locale must be "pl" or "en", got "${String(options.locale)}"`, [
      issue('locale', 'enum', 'not pl or en'),
    ]);
  return { ...options, siteUrl: options.siteUrl.replace(/\/+$/, '') };
}
