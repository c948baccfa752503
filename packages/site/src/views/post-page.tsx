import { type Event, formatDay, type Post, type RequiredAttribution } from '@org/domain';
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

/** A news post: its Markdown body rendered safely, the event it is about, and its funding statement. */
export const PostPage: FC<PostPageProps> = ({ ctx, post, event, attributions, related }) => {
  const t = strings(ctx.locale);
  const lang = langIfOther(post.language, ctx.locale);
  return (
    <article>
      <p class="meta">
        {t.category}: <span lang={lang}>{post.category}</span>
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
