import { type Event, formatDay, type Post, PostSchema, type RequiredAttribution } from '@org/domain';
import { markdownToHtml } from '@org/formats';
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { Funding, Hashtags, langIfOther } from './bits.js';

export interface PostPageProps {
  ctx: LinkContext;
  post: Post;
  event?: Event;
  attributions: readonly RequiredAttribution[];
  related: Related;
}

// The category a post gets when staff give none: the domain's Polish default ("Aktualności"), read from
// the schema so it is not copied here. Pages show it as the site's own word for news in their language;
// any other category is the editors' own text, marked like the post's other text (its title, its lead).
const DEFAULT_CATEGORY: string = PostSchema.shape.category.parse(undefined);

/** A news post: its Markdown body rendered safely, the event it is about, and its funding statement. */
export const PostPage: FC<PostPageProps> = ({ ctx, post, event, attributions, related }) => {
  const t = strings(ctx.locale);
  const lang = langIfOther(post.language, ctx.locale);
  return (
    <article>
      <p class="meta">
        {t.category}: {post.category === DEFAULT_CATEGORY ? t.news : <span lang={lang}>{post.category}</span>}
        {post.publishedAt ? (
          <>
            {' · '}
            {t.publishedOn}{' '}
            <time datetime={post.publishedAt}>{formatDay(post.publishedAt, 'Europe/Warsaw', ctx.locale)}</time>
          </>
        ) : null}
        {post.author ? ` · ${post.author}` : ''}
      </p>
      <h1 lang={lang}>{post.title}</h1>
      {post.lead ? (
        <p class="lead" lang={lang}>
          {post.lead}
        </p>
      ) : null}
      {event ? (
        <p>
          {t.about}:{' '}
          <a href={href(ctx, { kind: 'event', slug: event.slug })} lang={langIfOther(event.language, ctx.locale)}>
            {event.title}
          </a>
        </p>
      ) : null}
      <div class="body" lang={lang}>
        {raw(markdownToHtml(post.body))}
      </div>
      <Hashtags ctx={ctx} tags={post.hashtags} />
      <Funding ctx={ctx} attributions={attributions} grants={related.grants} />
    </article>
  );
};
