import type { z } from 'zod';
import { CooperationSchema } from './cooperation.js';
import { EventSchema } from './event.js';
import { GrantSchema } from './grant.js';
import { LocalAuthoritySchema } from './local-authority.js';
import { OrganizationSchema } from './organization.js';
import { PersonSchema } from './person.js';
import { PostSchema } from './post.js';
import type { EntityKind } from './user.js';
import { VenueSchema } from './venue.js';

/** The kinds of records a store keeps and a site shows: every `EntityKind` but staff accounts. */
export type RecordKind = Exclude<EntityKind, 'user'>;

/**
 * The schema of each kind of record, for code that checks records of any kind: a stored record read
 * back (`validate(ENTITY_SCHEMAS[kind], record, locale)`), an import, a generic form.
 *
 * @example
 * validate(ENTITY_SCHEMAS.venue, { id: 'v1', slug: 'sala', name: '', address }, 'pl').ok // false: name is empty
 */
export const ENTITY_SCHEMAS = {
  event: EventSchema,
  organization: OrganizationSchema,
  authority: LocalAuthoritySchema,
  venue: VenueSchema,
  person: PersonSchema,
  grant: GrantSchema,
  post: PostSchema,
  cooperation: CooperationSchema,
} as const satisfies Record<RecordKind, z.ZodType>;
