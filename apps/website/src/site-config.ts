import { readFileSync } from 'node:fs';
import { DEMO_SITE_CONFIG, type SiteConfig } from '@org/site';
import { z } from 'zod';

const text = z.string().trim().min(1);
const day = z.iso.date();
const inBothLanguages = <T extends z.ZodType>(value: T) => z.object({ pl: value, en: value });

/** `SiteConfig` (from @org/site) as a schema: the file SITE_CONFIG names must match it. */
export const SiteConfigSchema = z
  .object({
    publisher: z.object({
      name: text,
      organizationSlug: text.optional(),
      email: z.email(),
      phone: text,
      address: text,
    }),
    accessibility: z.object({
      contactPerson: text,
      email: z.email(),
      phone: text,
      published: day,
      updated: day,
      prepared: day,
      reviewed: day.optional(),
      status: z.enum(['full', 'partial', 'none']),
      nonCompliant: inBothLanguages(z.array(text)).optional(),
      architecture: inBothLanguages(text),
    }),
  })
  .superRefine((config, ctx) => {
    const a = config.accessibility;
    if (a.status !== 'full' && !(a.nonCompliant && a.nonCompliant.pl.length > 0 && a.nonCompliant.en.length > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['accessibility', 'nonCompliant'],
        message: 'a statement that is not fully compliant must list what does not comply, in pl and en',
      });
    if (a.updated < a.published)
      ctx.addIssue({ code: 'custom', path: ['accessibility', 'updated'], message: 'is before the publication date' });
  }) satisfies z.ZodType<SiteConfig>;

/**
 * The foundation's own facts for the site (publisher, accessibility statement) from the JSON file
 * SITE_CONFIG names; without one, the demo's placeholders (`demo: true`, so the caller can say so).
 * A file that cannot be read or does not match fails with its path and every wrong field.
 */
export function loadSiteConfig(path: string | undefined): { config: SiteConfig; demo: boolean } {
  if (!path) return { config: DEMO_SITE_CONFIG, demo: true };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`SITE_CONFIG ${path}: cannot read it as JSON (${(error as Error).message})`, { cause: error });
  }
  const result = SiteConfigSchema.safeParse(raw);
  if (!result.success)
    throw new Error(
      `SITE_CONFIG ${path}: ${result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
      { cause: result.error },
    );
  return { config: result.data as SiteConfig, demo: false };
}

/** Said once at start when the demo's placeholders stand in for the foundation's facts. */
export const DEMO_CONFIG_WARNING =
  'SITE_CONFIG is not set: the accessibility statement and the publisher show the demo placeholders (see apps/website/README.md)';
