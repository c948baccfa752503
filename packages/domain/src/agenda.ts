import { z } from 'zod';
import { IdSchema, InstantSchema, textSchema, whenValid } from './common.js';

/**
 * Someone on the agenda. Either a named person speaking in a role ("wiceprezes zarządu") for an
 * organisation or authority, or in their own name (`independent`: an independent expert, a resident,
 * a private person), or — when a source names no one — the representatives of an organisation or an
 * authority, described as written ("samorządowcy oraz urzędnicy powiatu wołomińskiego"). Names are
 * never invented to fill the gap. A person in their own name speaks for no organisation or authority:
 * naming one beside `independent` is refused (`speakerIndependentParty`). Representatives whose source does not
 * say whom they represent have `partyUnnamed` (the seed's cooperative), so nobody is asked again to name it;
 * naming one beside it is refused (`representativesPartyNamed`).
 */
export const SpeakerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      personId: IdSchema,
      role: textSchema(200).optional(),
      organizationId: IdSchema.optional(),
      authorityId: IdSchema.optional(),
      independent: z
        .boolean()
        .optional()
        .describe(
          'True when the person speaks in their own name (an independent expert, a resident), for no organisation or authority.',
        ),
    })
    .refine((s) => !s.independent || (s.organizationId === undefined && s.authorityId === undefined), {
      path: ['independent'],
      params: { code: 'speakerIndependentParty' },
      when: whenValid(['independent'], ['organizationId'], ['authorityId']),
    }),
  z
    .object({
      kind: z.literal('representatives'),
      organizationId: IdSchema.optional(),
      authorityId: IdSchema.optional(),
      description: textSchema(300),
      partyUnnamed: z
        .boolean()
        .optional()
        .describe(
          'True when the source describes the representatives without saying whom they represent: the description is all that is known.',
        ),
    })
    .refine((s) => !s.partyUnnamed || (s.organizationId === undefined && s.authorityId === undefined), {
      path: ['partyUnnamed'],
      params: { code: 'representativesPartyNamed' },
      when: whenValid(['partyUnnamed'], ['organizationId'], ['authorityId']),
    }),
]);
export type Speaker = z.infer<typeof SpeakerSchema>;

const itemBase = {
  id: IdSchema,
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  room: textSchema(100).optional(),
  description: textSchema(20_000).optional(),
};
const speakers = z.array(SpeakerSchema).max(50).default([]);

/**
 * One item of an event's agenda. Extend by adding a variant here, its label in `labels.ts` and
 * its people in `itemPeople` (agenda-rules.ts).
 */
export const AgendaItemSchema = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('introduction'), title: textSchema(300).optional(), speakers }),
  z.object({
    ...itemBase,
    kind: z.literal('panel'),
    title: textSchema(300),
    moderator: SpeakerSchema.optional(),
    panelists: speakers,
    questions: z.array(textSchema(1000)).max(50).default([]),
  }),
  z.object({ ...itemBase, kind: z.literal('presentation'), title: textSchema(300), speakers }),
  z.object({
    ...itemBase,
    kind: z.literal('discussion'),
    title: textSchema(300).optional(),
    // Not stated unless a source says so: "plenary" as a default put words in the seed post's mouth, which
    // describes group discussion ("grupowa dyskusja"). Readers must treat `undefined` as "not stated".
    format: z.enum(['groups', 'plenary']).optional(),
    topics: z.array(textSchema(500)).max(50).default([]),
    facilitators: speakers,
  }),
  z.object({ ...itemBase, kind: z.literal('break'), title: textSchema(300).optional() }),
  z.object({ ...itemBase, kind: z.literal('other'), title: textSchema(300), speakers }),
]);
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type AgendaItemKind = AgendaItem['kind'];
export type Panel = Extract<AgendaItem, { kind: 'panel' }>;
/**
 * A discussion item. Its `format` is `'groups'`, `'plenary'` or `undefined` when no source states it.
 *
 * @example
 * const d: Discussion = AgendaItemSchema.parse({ id: 'd', kind: 'discussion', startsAt, endsAt }) as Discussion;
 * d.format // undefined (not stated: no default)
 */
export type Discussion = Extract<AgendaItem, { kind: 'discussion' }>;
export const AGENDA_ITEM_KINDS = ['introduction', 'panel', 'presentation', 'discussion', 'break', 'other'] as const;
