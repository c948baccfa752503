/**
 * The foundation's facts an export needs from the website's SITE_CONFIG file (`--site-config` or SITE_CONFIG):
 * the publisher's name and 360Giving prefix, and the data's licence. The website and the admin read and check the
 * whole file (`loadSiteConfig` of @org/site); the exporter reads these fields only and leaves the rest to them.
 */
import { readFileSync } from 'node:fs';
import { THREE_SIXTY_GIVING_PREFIX } from '@org/formats';
import { z } from 'zod';
import { UsageError } from './args.js';
import type { Messages } from './messages.js';

const text = z.string().trim().min(1);

const ExporterSiteSchema = z.object({
  publisher: z.object({
    name: text,
    threeSixtyGivingPrefix: z
      .string()
      .regex(THREE_SIXTY_GIVING_PREFIX, 'must be 360G- then letters, digits or hyphens, such as 360G-fundacja-fise')
      .optional(),
  }),
  license: z.object({ name: text, url: z.url({ protocol: /^https$/, error: 'must be an https URL' }) }).optional(),
});

/** What an export takes from SITE_CONFIG, and the file it came from (for messages). */
export type ExporterSite = z.infer<typeof ExporterSiteSchema> & { path: string };

/**
 * The publisher and licence from the SITE_CONFIG file at `path`, or undefined without one. A file that cannot be
 * read, or whose publisher or licence is wrong, is a `UsageError` (exit 2) naming the file and every wrong field.
 */
export function readExporterSite(path: string | undefined, m: Messages): ExporterSite | undefined {
  if (!path) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(m.siteConfigUnreadable(path, (error as Error).message), { cause: error });
  }
  const parsed = ExporterSiteSchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      m.siteConfigInvalid(
        path,
        parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
      ),
      { cause: parsed.error },
    );
  return { ...parsed.data, path };
}
