import { IdSchema } from '@org/domain';
import type { AdminStore } from '../store-contract.js';

/**
 * A grant's funder named as its authority is: "Dotujący" left empty takes the chosen authority's name, and with it
 * (when "Dotujący w dopełniaczu" is empty too) the authority's genitive, so staff do not retype what the authority's
 * record already holds, letter for letter as the funding statement needs it. A name staff typed is kept as typed,
 * and its genitive is theirs to give: the authority's may not fit it. Does nothing without an authority chosen.
 *
 * @example
 * await fillFunderName(store, { funderAuthorityId: mazowsze.id })
 * // { funderAuthorityId: …, funderName: 'Województwo Mazowieckie', funderNameGenitive: 'Województwa Mazowieckiego' }
 */
export async function fillFunderName(
  store: Pick<AdminStore, 'authorities'>,
  input: Record<string, unknown>,
): Promise<void> {
  const id = input.funderAuthorityId;
  const typed = typeof input.funderName === 'string' && input.funderName.trim() !== '';
  // An id no record can have (a hand-made post) is left to the schema, which names the field.
  if (typeof id !== 'string' || !IdSchema.safeParse(id).success || typed) return;
  const authority = await store.authorities.get(id);
  if (typeof authority?.name !== 'string') return;
  input.funderName = authority.name;
  const genitiveTyped = typeof input.funderNameGenitive === 'string' && input.funderNameGenitive.trim() !== '';
  if (!genitiveTyped && typeof authority.nameGenitive === 'string') input.funderNameGenitive = authority.nameGenitive;
}
