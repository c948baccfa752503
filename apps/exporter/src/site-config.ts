/**
 * The foundation's facts an export needs from the website's SITE_CONFIG file (`--site-config` or SITE_CONFIG):
 * the publisher's name and 360Giving prefix, and the data's licence. The file is read and checked whole by
 * `loadSiteConfig` of @org/site, as the website and the admin read it, so a file they refuse is refused here too
 * (it is one file, and an export signed with facts the site would not show is wrong); the exporter only says the
 * failure in the CLI's language, as a usage error.
 */
import { type Locale, loadSiteConfig, type SiteConfig, SiteConfigError } from '@org/site';
import { UsageError } from './args.js';
import type { Messages } from './messages.js';

/** What SITE_CONFIG says, and the file it came from (for messages). */
export type ExporterSite = SiteConfig & { path: string };

/** Where the file's name came from: the command line or the environment. */
export type SiteConfigSource = '--site-config' | 'SITE_CONFIG';

/** Why the SITE_CONFIG file cannot be read: not there, a folder, no permission, or no JSON (the parser's words). */
export type SiteConfigProblem =
  | { kind: 'missing' }
  | { kind: 'folder' }
  | { kind: 'unreadable' }
  | { kind: 'json'; detail: string };

/** What the reader's error says, as the CLI says it: a system error by its code, anything else in its own words. */
function siteConfigProblem(cause: unknown): SiteConfigProblem {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EISDIR') return { kind: 'folder' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable' };
  return { kind: 'json', detail: cause instanceof Error ? cause.message : String(cause) };
}

/**
 * The SITE_CONFIG file at `path`, or undefined without one. A file that cannot be read, or that does not match
 * `SiteConfigSchema`, is a `UsageError` (exit 2) naming the file, where its name came from (`source`), and why or
 * every wrong field.
 */
export function readExporterSite(
  path: string | undefined,
  m: Messages,
  source: SiteConfigSource = '--site-config',
  locale: Locale = 'en',
): ExporterSite | undefined {
  // Not `loadSiteConfig`'s demo placeholders: an export must never be signed, or 360Giving ids prefixed, with them.
  if (!path) return undefined;
  try {
    return { ...loadSiteConfig(path, locale).config, path };
  } catch (error) {
    // A file that does not match: every wrong field, in the CLI's language (`loadSiteConfig` says them in it). A
    // file that cannot be read: said from the reader's error, its cause.
    if (error instanceof SiteConfigError)
      throw new UsageError(m.siteConfigInvalid(path, error.problems), { cause: error });
    const cause = error instanceof Error ? error.cause : undefined;
    throw new UsageError(m.siteConfigUnreadable(path, source, siteConfigProblem(cause ?? error)), { cause: error });
  }
}
