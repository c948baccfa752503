import { type Post, PostSchema } from '@org/domain';
import type { FormatOptions } from './options.js';

// The category a post gets when staff give none: the domain's Polish default ("Aktualności"), read from
// the schema so that it is not copied here.
const DEFAULT_CATEGORY: string = PostSchema.shape.category.parse(undefined);

/**
 * A post's category for readers of `locale`: the default one in their language ("News" in English, as the
 * website's pages show it), any other as the editors wrote it.
 *
 * @example
 * postCategory({ category: 'Aktualności' }, 'en') // 'News'
 * postCategory({ category: 'Relacje' }, 'en') // 'Relacje'
 */
export const postCategory = (post: Pick<Post, 'category'>, locale: FormatOptions['locale']): string =>
  post.category === DEFAULT_CATEGORY && locale === 'en' ? 'News' : post.category;

/**
 * Whether a post's category is shown as the editors wrote it, in the post's language, rather than translated to
 * the readers' (only the default category is).
 *
 * @example
 * categoryAsWritten({ category: 'Relacje' }) // true
 * categoryAsWritten({ category: 'Aktualności' }) // false
 */
export const categoryAsWritten = (post: Pick<Post, 'category'>): boolean => post.category !== DEFAULT_CATEGORY;
