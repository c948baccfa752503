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

/** Registers other than KRS: ewidencja stowarzyszeń zwykłych (starosta), KGW register (ARiMR). */
export const OtherRegisterSchema = z.object({
  register: z.enum(['ewidencja_starosty', 'krkgw', 'inny']),
  number: textSchema(60),
  keptBy: textSchema(200).optional(),
});

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
  // OPP is a status entered in KRS (u.d.p.p. art. 20–22): without a KRS number it cannot be checked.
  .refine((o) => !o.opp || o.krs !== undefined, { path: ['krs'], params: { code: 'oppNeedsKrs' } });
export type Organization = z.infer<typeof OrganizationSchema>;
export type OrganizationInput = z.input<typeof OrganizationSchema>;
