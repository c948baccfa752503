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
  };
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
  },
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
