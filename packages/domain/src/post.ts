import { z } from 'zod';
import {
  bodySchema,
  HashtagSchema,
  IdSchema,
  InstantSchema,
  LanguageSchema,
  SlugSchema,
  textSchema,
} from './common.js';

/** A news article (Markdown body), optionally about an event; funded posts carry their grants. */
export const PostSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  category: textSchema(100).default('Aktualności'),
  title: textSchema(300),
  lead: textSchema(1000).optional(),
  body: bodySchema(200_000).default(''),
  hashtags: z.array(HashtagSchema).max(50).default([]),
  eventId: IdSchema.optional(),
  grantIds: z.array(IdSchema).max(20).default([]),
  status: z.enum(['draft', 'published']).default('draft'),
  publishedAt: InstantSchema.optional(),
  language: LanguageSchema.default('pl'),
  author: textSchema(200).optional(),
});
export type Post = z.infer<typeof PostSchema>;
export type PostInput = z.input<typeof PostSchema>;
