import { readFileSync } from 'node:fs';
import { afterColon, errorFor } from '@org/domain';
import { THREE_SIXTY_GIVING_PREFIX } from '@org/formats';
import { z } from 'zod';
import type { Locale } from './locale.js';

/**
 * What the site says about who runs it: the publisher (in every page's JSON-LD) and the facts of the
 * accessibility statement. These are the foundation's own data, not the store's, so the website
 * passes them in (`RenderEnv.site`); `DEMO_SITE_CONFIG` holds placeholders to replace.
 */
export interface SiteConfig {
  publisher: {
    name: string;
    /** The publisher's organisation page on the site, when it has one: its JSON-LD node is linked by `@id`. */
    organizationSlug?: string;
    email: string;
    /** As dialled from abroad, e.g. `+48 22 100 20 30`. */
    phone: string;
    /** The seat's postal address on one line. */
    address: string;
    /**
     * The publisher's own 360Giving prefix (`360G-` and letters, digits or hyphens), as 360Giving registered it
     * for this publisher alone: every grant and organisation identifier of a 360Giving export starts with it.
     * Without it there is no 360Giving export (apps/exporter refuses one).
     */
    threeSixtyGivingPrefix?: string;
  };
  /**
   * The licence the site's data (pages, feeds, exports) is published under: its short name as people cite it
   * ("CC BY 4.0") and its canonical https URL, shown in every page's footer, JSON-LD, feeds and 360Giving.
   */
  license: SiteLicense;
  /**
   * The accessibility statement (deklaracja dostępności) as the ministry's template asks for it under
   * the Act of 4 April 2019 on digital accessibility (Dz.U. 2019 poz. 848): dates are `YYYY-MM-DD`.
   */
  accessibility: {
    /** Whom to contact about accessibility (osoba kontaktowa). */
    contactPerson: string;
    email: string;
    phone: string;
    /** When the website was first published (data publikacji strony internetowej). */
    published: string;
    /** Its last significant update (data ostatniej istotnej aktualizacji). */
    updated: string;
    /** When the statement was prepared (data sporządzenia deklaracji). */
    prepared: string;
    /** When it was last reviewed (the Act asks for a review every year by 31 March). */
    reviewed?: string;
    /** Compliance with the Act (WCAG 2.1 AA): zgodna, częściowo zgodna, niezgodna. */
    status: 'full' | 'partial' | 'none';
    /** What does not comply yet and why (when the status is not `full`). */
    nonCompliant?: Record<Locale, readonly string[]>;
    /** How the seat can be reached (dostępność architektoniczna), in both languages. */
    architecture: Record<Locale, string>;
  };
}

/** A licence: the name people cite it by and its canonical https URL. */
export interface SiteLicense {
  name: string;
  url: string;
}

/**
 * Placeholders for the demo and the tests. A real site replaces every contact detail and date: the
 * statement names a person who answers requests within 7 days.
 */
export const DEMO_SITE_CONFIG: SiteConfig = {
  publisher: {
    name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
    organizationSlug: 'fundacja-inicjatyw-spoleczno-ekonomicznych',
    email: 'kontakt@mosty.example.org',
    phone: '+48 22 100 20 30',
    address: 'ul. Przykładowa 1, 00-001 Warszawa',
    // Placeholder: a real publisher asks 360Giving for its own prefix.
    threeSixtyGivingPrefix: '360G-mosty-demo',
  },
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  accessibility: {
    contactPerson: 'Anna Nowak',
    email: 'dostepnosc@mosty.example.org',
    phone: '+48 22 100 20 31',
    published: '2026-11-01',
    updated: '2026-11-26',
    prepared: '2026-11-26',
    status: 'full',
    architecture: {
      pl: 'Biuro fundacji (ul. Przykładowa 1, 00-001 Warszawa) mieści się na parterze, wejście jest bez progów i schodów. Do biura można wejść z psem asystującym. Na miejscu nie ma pętli indukcyjnej ani tłumacza polskiego języka migowego; tłumacza zapewniamy na spotkanie umówione co najmniej 3 dni robocze wcześniej. Dostępność miejsc wydarzeń opisujemy na stronie każdego z nich.',
      en: 'The foundation’s office (ul. Przykładowa 1, 00-001 Warszawa) is on the ground floor, with a step-free entrance. Assistance dogs are welcome. There is no induction loop and no Polish Sign Language interpreter on site; we provide an interpreter for a meeting arranged at least 3 working days ahead. The accessibility of each event’s venue is described on the event’s page.',
    },
  },
};

// The schema's own messages, in both languages. The schema carries the English one (it is what anybody who
// parses with `SiteConfigSchema` alone reads); `checkSiteConfig` says it in the language asked for.
const RULES = {
  httpsUrl: {
    en: 'must be an https URL, such as https://creativecommons.org/licenses/by/4.0/',
    pl: 'musi być adresem https, np. https://creativecommons.org/licenses/by/4.0/',
  },
  prefix: {
    en: 'must be the prefix 360Giving registered for this publisher: 360G- then letters, digits or hyphens, such as 360G-fundacja-fise',
    pl: 'musi być prefiksem, który 360Giving nadało temu wydawcy: 360G-, a po nim litery, cyfry lub myślniki, np. 360G-fundacja-fise',
  },
  licenseRequired: {
    en: 'is required: the licence the data is published under, such as {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}',
    pl: 'jest wymagane: licencja, na której publikowane są dane, np. {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}',
  },
  nonCompliant: {
    en: 'a statement that is not fully compliant must list what does not comply, in pl and en',
    pl: 'deklaracja, która nie jest w pełni zgodna, musi wymieniać, co nie jest zgodne, po polsku (pl) i po angielsku (en)',
  },
  updatedBeforePublished: { en: 'is before the publication date', pl: 'jest wcześniejsza niż data publikacji' },
} as const satisfies Record<string, Record<Locale, string>>;
const RULE_BY_ENGLISH: ReadonlyMap<string, Record<Locale, string>> = new Map(
  Object.values(RULES).map((m) => [m.en, m]),
);

const text = z.string().trim().min(1);
const day = z.iso.date();
const httpsUrl = z.url({ protocol: /^https$/, error: RULES.httpsUrl.en });
const inBothLanguages = <T extends z.ZodType>(value: T) => z.object({ pl: value, en: value });

/**
 * `SiteConfig` as a schema: the file SITE_CONFIG names must match it. The website (pages, export) and the
 * admin (previews, publish checks) read the same file with `loadSiteConfig`.
 */
export const SiteConfigSchema = z
  .object({
    publisher: z.object({
      name: text,
      organizationSlug: text.optional(),
      email: z.email(),
      phone: text,
      address: text,
      threeSixtyGivingPrefix: z.string().regex(THREE_SIXTY_GIVING_PREFIX, RULES.prefix.en).optional(),
    }),
    license: z.object(
      { name: text, url: httpsUrl },
      {
        error: (issue) => (issue.input === undefined ? RULES.licenseRequired.en : undefined),
      },
    ),
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
        message: RULES.nonCompliant.en,
      });
    if (a.updated < a.published)
      ctx.addIssue({ code: 'custom', path: ['accessibility', 'updated'], message: RULES.updatedBeforePublished.en });
  }) satisfies z.ZodType<SiteConfig>;

/**
 * The foundation's own facts for the site (publisher, accessibility statement) from the JSON file
 * SITE_CONFIG names; without one, the demo's placeholders (`demo: true`, so the caller can say so).
 * A file that cannot be read or does not match fails with its path and every wrong field.
 */
export function loadSiteConfig(path: string | undefined, locale: Locale = 'en'): { config: SiteConfig; demo: boolean } {
  if (!path) return { config: DEMO_SITE_CONFIG, demo: true };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`SITE_CONFIG ${path}: cannot read it as JSON (${(error as Error).message})`, { cause: error });
  }
  const checked = checkSiteConfig(raw, locale);
  if (!checked.ok) throw new SiteConfigError(path, checked.problems);
  return { config: checked.config, demo: false };
}

/**
 * A SITE_CONFIG file that does not match `SiteConfigSchema`: its path and every wrong field, each as
 * "path.to.field: what is wrong" in the language `loadSiteConfig` was asked for.
 */
export class SiteConfigError extends Error {
  override readonly name = 'SiteConfigError';
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`SITE_CONFIG ${path}: ${problems.join('; ')}`);
  }
}

/**
 * Checks a parsed SITE_CONFIG file against `SiteConfigSchema`: the config, or every wrong field as
 * "path.to.field: what is wrong", in Polish or English (the schema's own rules and zod's built-in checks alike,
 * in `@org/domain`'s words), with what was got where it helps.
 *
 * @example
 * checkSiteConfig({ ...DEMO_SITE_CONFIG, license: { name: 'CC BY 4.0', url: 'http://x.org' } }, 'pl')
 * // { ok: false, problems: ['license.url: musi być adresem https, np. https://creativecommons.org/licenses/by/4.0/'] }
 */
export function checkSiteConfig(
  raw: unknown,
  locale: Locale,
): { ok: true; config: SiteConfig } | { ok: false; problems: string[] } {
  const result = SiteConfigSchema.safeParse(raw, { error: errorFor(locale, { echoInput: true }) });
  if (result.success) return { ok: true, config: result.data as SiteConfig };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const where = issue.path.join('.') || (locale === 'pl' ? '(plik)' : '(file)');
      const rule = RULE_BY_ENGLISH.get(issue.message);
      // After the path's colon a message reads on in lower case and without its full stop, as the rules' do, so
      // that a list of them joins with "; ".
      const said = rule ? rule[locale] : afterColon(issue.message);
      return `${where}: ${said.replace(/(?<!\.)\.$/, '')}`;
    }),
  };
}

/** Said once at start when the demo's placeholders stand in for the foundation's facts. */
export const DEMO_CONFIG_WARNING =
  'SITE_CONFIG is not set: the accessibility statement, the publisher and the data licence (CC BY 4.0) show the demo placeholders (see the README of apps/website or apps/admin)';
