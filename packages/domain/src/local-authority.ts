import { z } from 'zod';
import {
  IdSchema,
  NipSchema,
  PostalAddressSchema,
  RegonSchema,
  SlugSchema,
  TercSchema,
  textSchema,
  WebUrlSchema,
  whenValid,
} from './common.js';
import { tercParts } from './identifiers/terc.js';

/** Kinds of JST (jednostka samorządu terytorialnego). */
export const AUTHORITY_KINDS = [
  'gmina_miejska',
  'gmina_wiejska',
  'gmina_miejsko_wiejska',
  'miasto_na_prawach_powiatu',
  'powiat',
  'wojewodztwo',
] as const;
export const AuthorityKindSchema = z.enum(AUTHORITY_KINDS);
export type AuthorityKind = z.infer<typeof AuthorityKindSchema>;

const GMINA_RODZ: Record<string, AuthorityKind> = {
  '1': 'gmina_miejska',
  '2': 'gmina_wiejska',
  '3': 'gmina_miejsko_wiejska',
};

/**
 * The kind of JST a TERC code denotes, or null when the code is not a JST (a dzielnica, a
 * delegatura, a statistical part of a gmina) or not a TERC code at all.
 *
 * @example
 * authorityKindOfTerc('1434')    // 'powiat'
 * authorityKindOfTerc('1465')    // 'miasto_na_prawach_powiatu'
 * authorityKindOfTerc('1418044') // null (the town part of a gmina miejsko-wiejska)
 */
export function authorityKindOfTerc(terc: string): AuthorityKind | null {
  const parts = tercParts(terc);
  if (!parts) return null;
  if (parts.level === 'wojewodztwo') return 'wojewodztwo';
  if (parts.level === 'powiat') return parts.cityWithPowiatRights ? 'miasto_na_prawach_powiatu' : 'powiat';
  return GMINA_RODZ[parts.rodz] ?? null;
}

/**
 * The TERC code of the authority one level up: powiat → województwo, gmina → powiat.
 *
 * @example
 * parentTerc('1434011') // '1434'
 * parentTerc('14')      // null
 */
export function parentTerc(terc: string): string | null {
  if (terc.length === 7) return terc.slice(0, 4);
  if (terc.length === 4) return terc.slice(0, 2);
  return null;
}

/**
 * A local authority (JST). `terc` must denote the same kind (a powiat's code is 4 digits with 01–38 last,
 * a city with powiat rights' 61–79; a gmina's is 7 digits ending in its RODZ: 1 urban, 2 rural, 3 urban-rural). `nameGenitive` is the form used in funding statements
 * ("Województwa Mazowieckiego"); when absent it is derived by `genitiveOf`.
 */
export const LocalAuthoritySchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    name: textSchema(200),
    nameGenitive: textSchema(200).optional(),
    kind: AuthorityKindSchema,
    terc: TercSchema,
    parentId: IdSchema.optional(),
    officeName: textSchema(200).optional(),
    nip: NipSchema.optional(),
    regon: RegonSchema.optional(),
    address: PostalAddressSchema.optional(),
    website: WebUrlSchema.optional(),
    description: textSchema(5000).optional(),
  })
  .refine((a) => authorityKindOfTerc(a.terc) === a.kind, {
    path: ['terc'],
    params: { code: 'tercKind' },
    when: whenValid(['terc'], ['kind']),
  });
export type LocalAuthority = z.infer<typeof LocalAuthoritySchema>;
export type LocalAuthorityInput = z.input<typeof LocalAuthoritySchema>;

/** What can be wrong between an authority and the one recorded as its parent. */
export type AuthorityProblem =
  | { code: 'parentMissing'; authorityId: string }
  | { code: 'parentUnexpected'; authorityId: string }
  | { code: 'parentMismatch'; authorityId: string; expectedTerc: string; actualTerc: string };

/**
 * Checks the parent link of an authority against TERC: a gmina sits in its powiat (or city with
 * powiat rights), a powiat in its województwo, a województwo has none.
 *
 * @example
 * authorityParentProblems(wolominski, mazowieckie) // []
 */
export function authorityParentProblems(
  authority: LocalAuthority,
  parent: LocalAuthority | undefined,
): AuthorityProblem[] {
  const expected = parentTerc(authority.terc);
  if (expected === null) return parent ? [{ code: 'parentUnexpected', authorityId: authority.id }] : [];
  if (!parent) return [{ code: 'parentMissing', authorityId: authority.id }];
  return parent.terc === expected
    ? []
    : [{ code: 'parentMismatch', authorityId: authority.id, expectedTerc: expected, actualTerc: parent.terc }];
}
