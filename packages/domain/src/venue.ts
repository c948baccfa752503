import { z } from 'zod';
import { GeoSchema, IdSchema, PostalAddressSchema, SlugSchema, textSchema, WebUrlSchema } from './common.js';

/** A place where events happen, with a postal address and what a visitor with a disability needs to know. */
export const VenueSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: textSchema(200),
  address: PostalAddressSchema,
  geo: GeoSchema.optional(),
  accessibility: textSchema(2000).optional(),
  website: WebUrlSchema.optional(),
  rooms: z.array(textSchema(100)).max(50).default([]),
});
export type Venue = z.infer<typeof VenueSchema>;
export type VenueInput = z.input<typeof VenueSchema>;
