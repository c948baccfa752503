import { z } from 'zod';
import { IdSchema, LocalDateSchema, SlugSchema, textSchema, WebUrlSchema, whenValid } from './common.js';

/**
 * Who a person speaks for: an organisation or an authority, with the role title exactly as written
 * ("wiceprezes zarządu", "współzałożycielka", "skarbniczka": the form given is kept, gender included),
 * valid between two days when known.
 */
export const AffiliationSchema = z
  .object({
    organizationId: IdSchema.optional(),
    authorityId: IdSchema.optional(),
    role: textSchema(200).optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .refine((a) => a.organizationId !== undefined || a.authorityId !== undefined, {
    path: ['organizationId'],
    params: { code: 'affiliationParty' },
    when: whenValid(['organizationId'], ['authorityId']),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, {
    path: ['to'],
    params: { code: 'periodOrder' },
    when: whenValid(['from'], ['to']),
  });
export type Affiliation = z.infer<typeof AffiliationSchema>;

/** A person who speaks, moderates or presents. Contact details are not public data and are not kept here. */
export const PersonSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  givenName: textSchema(100),
  familyName: textSchema(100),
  honorificPrefix: textSchema(50).optional(),
  bio: textSchema(5000).optional(),
  website: WebUrlSchema.optional(),
  affiliations: z.array(AffiliationSchema).max(50).default([]),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;

/**
 * A person's full name as shown: "dr Weronika Chodacz".
 *
 * @example
 * personName({ givenName: 'Khedi', familyName: 'Alieva' }) // 'Khedi Alieva'
 */
export const personName = (p: Pick<Person, 'givenName' | 'familyName' | 'honorificPrefix'>): string =>
  [p.honorificPrefix, p.givenName, p.familyName].filter(Boolean).join(' ');

/**
 * The affiliations of a person valid on a day (open ends count as valid).
 *
 * @example
 * affiliationsOn(person, '2026-11-26') // [{ organizationId: '…', role: 'skarbniczka' }]
 */
export function affiliationsOn(person: Pick<Person, 'affiliations'>, day: string): Affiliation[] {
  return person.affiliations.filter((a) => (!a.from || a.from <= day) && (!a.to || day <= a.to));
}
