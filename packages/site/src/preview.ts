import { EventSchema, PostSchema, type RecordMeta } from '@org/domain';
import { type PageInput, renderRoute } from './render-pages.js';
import type { LinkContext } from './routes.js';
import type { SiteConfig } from './site-config.js';
import type { ReadRepository, SiteStore } from './site-store.js';

/**
 * The page a record will be once it is published, rendered by the site's own renderer: the record
 * (a draft, or an edited published one) stands in for the stored one, shown as published; everything
 * it refers to comes from the store as the public would see it. Give `ctx.notice` to say it is a
 * preview (the page is then not indexed). `site`: the foundation's facts the website is configured with
 * (`loadSiteConfig`), so the preview names the same publisher; the demo's without it. Null when the record
 * is not a valid event or post yet.
 *
 * @example
 * const page = await renderPreview(store, 'event', draft, { ...linkContext(siteUrl, 'pl'), notice: { text: 'Podgląd' } }, Date.now());
 */
export async function renderPreview(
  store: SiteStore,
  kind: 'event' | 'post',
  record: unknown,
  ctx: LinkContext,
  now: number,
  site?: SiteConfig,
): Promise<PageInput | null> {
  const meta = record as Partial<RecordMeta>;
  if (kind === 'event') {
    const parsed = EventSchema.safeParse(record);
    if (!parsed.success) return null;
    const event = {
      ...meta,
      ...parsed.data,
      status: parsed.data.status === 'draft' ? 'published' : parsed.data.status,
    };
    const view = { ...store, events: standIn(store.events, event as never) };
    return renderRoute({ store: view, ctx, now, ...(site ? { site } : {}) }, { kind: 'event', slug: event.slug });
  }
  const parsed = PostSchema.safeParse(record);
  if (!parsed.success) return null;
  const post = {
    ...meta,
    ...parsed.data,
    status: 'published' as const,
    publishedAt: parsed.data.publishedAt ?? new Date(now).toISOString(),
  };
  const view = { ...store, posts: standIn(store.posts, post as never) };
  return renderRoute({ store: view, ctx, now, ...(site ? { site } : {}) }, { kind: 'post', slug: post.slug });
}

/** A repository where one record, looked up by id or slug, is the given value instead of the stored one. */
function standIn<T extends { id: string; slug: string }, F>(
  repo: ReadRepository<T, F>,
  value: Awaited<ReturnType<ReadRepository<T, F>['get']>> & { id: string; slug: string },
): ReadRepository<T, F> {
  return {
    get: (id) => (id === value.id ? Promise.resolve(value) : repo.get(id)),
    getMany: async (ids) => {
      const found = new Map((await repo.getMany(ids.filter((id) => id !== value.id))).map((r) => [r.id, r]));
      return [...new Set(ids)].flatMap((id) => {
        const record = id === value.id ? value : found.get(id);
        return record ? [record] : [];
      });
    },
    getBySlug: (slug) => (slug === value.slug ? Promise.resolve(value) : repo.getBySlug(slug)),
    getByFormerSlug: (slug) => repo.getByFormerSlug(slug),
    formerSlugs: () => repo.formerSlugs(),
    list: (query) => repo.list(query),
  };
}
