import { z } from 'zod';
import {
  EmailSchema,
  IdSchema,
  KrsSchema,
  NipSchema,
  PostalAddressSchema,
  RegonSchema,
  SlugSchema,
  textSchema,
  WebUrlSchema,
  whenValid,
} from './common.js';

/**
 * Legal forms of the organisations that take part: NGOs and social-economy entities (u.d.p.p.
 * art. 3 ust. 2–3), plus the public units and businesses that appear beside them.
 * Extend by adding a value here and its labels in `labels.ts`.
 */
export const LEGAL_FORMS = [
  'fundacja',
  'stowarzyszenie',
  'stowarzyszenie_zwykle',
  'spoldzielnia_socjalna',
  'kolo_gospodyn_wiejskich',
  'spolka_non_profit',
  'koscielna_osoba_prawna',
  'stowarzyszenie_jst',
  'jednostka_samorzadowa',
  'instytucja_publiczna',
  'przedsiebiorstwo',
  'inna',
] as const;
export const LegalFormSchema = z.enum(LEGAL_FORMS);
export type LegalForm = z.infer<typeof LegalFormSchema>;

/**
 * Legal forms registered outside KRS: a stowarzyszenie zwykłe in the ewidencja kept by the starosta
 * (Prawo o stowarzyszeniach art. 40a), a koło gospodyń wiejskich in the Krajowy Rejestr Kół Gospodyń
 * Wiejskich kept by ARiMR (ustawa z 9 listopada 2018 r. o kołach gospodyń wiejskich). Neither has a
 * KRS number. (A KGW founded as a registered stowarzyszenie is a `stowarzyszenie`.)
 */
const LEGAL_FORMS_OUTSIDE_KRS = ['stowarzyszenie_zwykle', 'kolo_gospodyn_wiejskich'] as const;
const isOutsideKrs = (form: LegalForm): boolean => (LEGAL_FORMS_OUTSIDE_KRS as readonly string[]).includes(form);

/** Registers other than KRS: ewidencja stowarzyszeń zwykłych (starosta), KGW register (ARiMR). */
export const OtherRegisterSchema = z.object({
  register: z.enum(['ewidencja_starosty', 'krkgw', 'inny']),
  number: textSchema(60),
  keptBy: textSchema(200).optional(),
});
export type OtherRegister = z.infer<typeof OtherRegisterSchema>;

/**
 * An organisation: an NGO, a social-economy entity, a public unit (a JST's unit such as a regional
 * centre for social policy, linked by `parentAuthorityId`) or a business.
 * Identifiers are stored canonical (digits only, KRS padded to 10); unknown ones stay empty.
 */
export const OrganizationSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    name: textSchema(300),
    shortName: textSchema(80).optional(),
    legalForm: LegalFormSchema,
    krs: KrsSchema.optional(),
    nip: NipSchema.optional(),
    regon: RegonSchema.optional(),
    otherRegister: OtherRegisterSchema.optional(),
    opp: z.boolean().default(false),
    address: PostalAddressSchema.optional(),
    website: WebUrlSchema.optional(),
    email: EmailSchema.optional(),
    description: textSchema(5000).optional(),
    parentAuthorityId: IdSchema.optional(),
  })
  // Forms kept outside KRS carry their register in `otherRegister`; a KRS number on them is a mistake.
  .refine((o) => o.krs === undefined || o.legalForm !== 'stowarzyszenie_zwykle', {
    path: ['krs'],
    params: { code: 'krsOrdinaryAssociation' },
    when: whenValid(['krs'], ['legalForm']),
  })
  .refine((o) => o.krs === undefined || o.legalForm !== 'kolo_gospodyn_wiejskich', {
    path: ['krs'],
    params: { code: 'krsRuralWomensCircle' },
    when: whenValid(['krs'], ['legalForm']),
  })
  // OPP is a status entered in KRS (u.d.p.p. art. 20–22): without a KRS number it cannot be checked,
  // and a form kept outside KRS cannot have it.
  .refine((o) => !o.opp || !isOutsideKrs(o.legalForm), {
    path: ['opp'],
    params: { code: 'oppOutsideKrs' },
    when: whenValid(['opp'], ['legalForm']),
  })
  .refine((o) => !o.opp || isOutsideKrs(o.legalForm) || o.krs !== undefined, {
    path: ['krs'],
    params: { code: 'oppNeedsKrs' },
    when: whenValid(['opp'], ['legalForm'], ['krs']),
  });
export type Organization = z.infer<typeof OrganizationSchema>;
export type OrganizationInput = z.input<typeof OrganizationSchema>;
