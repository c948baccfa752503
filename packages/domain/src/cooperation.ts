import { z } from 'zod';
import { IdSchema, PeriodSchema, SlugSchema, textSchema, whenValid } from './common.js';
import { LegalFormSchema } from './organization.js';

/**
 * Forms of cooperation between a JST and NGOs, u.d.p.p. art. 5 ust. 2 (stan prawny: Dz.U. 2024
 * poz. 1491, https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001491). Points 1–5 are checked
 * against the act's text (t.j. Dz.U. 2022 poz. 1327, as
 * https://lexlege.pl/ustawa-o-dzialalnosci-pozytku-publicznego-i-o-wolontariacie/art-5/ gives it). The last
 * three are from research notes written from memory, unchecked: the act may number them 6 and 7, point 7
 * joining umowy partnerskie (ustawa z 6 grudnia 2006 r. o zasadach prowadzenia polityki rozwoju) and
 * porozumienia albo umowy o partnerstwie (the cohesion-policy act). Their codes name the legal instrument,
 * not its number, so they hold either way; check the act before relying on the numbers.
 * The list is not closed ("w szczególności"): `inna` for any other form.
 */
export const COOPERATION_FORMS = [
  'zlecanie_zadan', // pkt 1: zlecanie realizacji zadań publicznych
  'wzajemne_informowanie', // pkt 2
  'konsultowanie_aktow', // pkt 3: z organizacjami pozarządowymi
  'konsultowanie_z_radami', // pkt 4: z radami działalności pożytku publicznego
  'wspolne_zespoly', // pkt 5: zespoły o charakterze doradczym i inicjatywnym
  'inicjatywa_lokalna', // pkt 6 (unchecked): umowy o wykonanie inicjatywy lokalnej
  'umowa_partnerska', // pkt 7 (unchecked): umowy partnerskie, ustawa o zasadach prowadzenia polityki rozwoju
  'porozumienie_o_partnerstwie', // pkt 7 or 8 (unchecked): porozumienia albo umowy o partnerstwie
  'inna',
] as const;
export const CooperationFormSchema = z.enum(COOPERATION_FORMS);
export type CooperationForm = z.infer<typeof CooperationFormSchema>;

/**
 * A record of cooperation between an authority and an organisation. When a source does not name the
 * organisation, `organizationDescription` (and its legal form, if known) says what it states.
 */
export const CooperationSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    authorityId: IdSchema,
    organizationId: IdSchema.optional(),
    organizationDescription: textSchema(300).optional(),
    organizationLegalForm: LegalFormSchema.optional(),
    form: CooperationFormSchema,
    period: PeriodSchema.optional(),
    description: textSchema(5000).optional(),
    grantIds: z.array(IdSchema).max(50).default([]),
    eventIds: z.array(IdSchema).max(200).default([]),
  })
  .refine((c) => c.organizationId !== undefined || c.organizationDescription !== undefined, {
    path: ['organizationId'],
    params: { code: 'affiliationParty' },
    when: whenValid(['organizationId'], ['organizationDescription']),
  });
export type Cooperation = z.infer<typeof CooperationSchema>;
export type CooperationInput = z.input<typeof CooperationSchema>;
