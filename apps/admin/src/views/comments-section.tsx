import type { FC } from 'hono/jsx';
import type { EntityDef } from '../forms/entities.js';
import { t } from '../i18n.js';
import type { StoredComment } from '../store-contract.js';
import { Csrf } from './layout.js';
import { officeTime } from './office-time.js';
import { TextareaField } from './textarea-field.js';
import type { ViewContext } from './view-context.js';

/**
 * A record's comments, oldest first, with author and time, and the form to add one. Every signed-in
 * role may comment (reviewers included), so the form is shown to everyone who sees the page.
 * `from` says which page the form came from, so the post returns there.
 */
export const CommentsSection: FC<{
  ctx: ViewContext;
  def: EntityDef;
  id: string;
  comments: StoredComment[];
  names: Record<string, string>;
  from: 'edit' | 'history';
  /** Why the comment just posted was refused. */
  error?: string | undefined;
  /** What was typed in it, given back in the field. */
  typed?: string | undefined;
}> = ({ ctx, def, id, comments, names, from, error, typed }) => {
  const { locale } = ctx;
  return (
    <section class="comments" id="comments" aria-labelledby="comments-h">
      <h2 id="comments-h">{t(locale, 'comments')}</h2>
      {comments.length === 0 ? (
        <p>{t(locale, 'noComments')}</p>
      ) : (
        <ol class="comment-list">
          {comments.map((c) => (
            <li data-comment={c.id}>
              <p class="comment-meta">
                <span class="comment-author">{names[c.authorId] ?? c.authorId}</span>,{' '}
                <time datetime={c.at}>{officeTime(c.at, locale)}</time>
              </p>
              <p class="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form method="post" action={`/${def.route}/${encodeURIComponent(id)}/comments`} class="comment-form">
        <Csrf ctx={ctx} />
        <input type="hidden" name="from" value={from} />
        <TextareaField
          id="comment-body"
          name="body"
          label={t(locale, 'addComment')}
          rows={3}
          maxlength={5000}
          error={error}
          typed={typed}
        />
        <button type="submit">{t(locale, 'addComment')}</button>
      </form>
    </section>
  );
};
