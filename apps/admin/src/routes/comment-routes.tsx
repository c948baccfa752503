import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { ENTITIES } from '../forms/entities.js';
import { countText, numberText, tf } from '../i18n.js';
import { loadRecord, renderRecordRefusal } from './entity-routes.js';
import { formValue } from './form-entries.js';

const MAX_COMMENT = 5000;

/** Adding a comment to any record: every signed-in role may (`comment`), reviewers included. */
export function commentRoutes(deps: AppDeps): RouteHandlers {
  const handlers: RouteHandlers = {};
  for (const def of ENTITIES)
    handlers[`POST /${def.route}/:id/comments`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      const user = c.get('user');
      if (!user) return c.notFound();
      // Browsers send a line break as CRLF but count it (maxlength) as one character: so does this.
      const typed = formValue(c, 'body').replace(/\r\n?/g, '\n');
      const body = typed.trim();
      if (body.length === 0 || body.length > MAX_COMMENT) {
        const locale = c.get('locale');
        const message =
          body.length === 0
            ? tf(locale, 'commentEmpty', { max: numberText(locale, MAX_COMMENT) })
            : tf(locale, 'commentTooLong', {
                count: countText(locale, body.length, 'character'),
                max: numberText(locale, MAX_COMMENT),
              });
        return renderRecordRefusal(
          deps,
          def,
          c,
          record,
          { flash: { kind: 'error', text: message }, commentError: message, commentTyped: typed },
          400,
        );
      }
      await deps.store.comments.add({ entity: def.kind, entityId: record.id, authorId: user.id, body });
      const page = formValue(c, 'from') === 'history' ? '/history' : '';
      return c.redirect(`/${def.route}/${encodeURIComponent(record.id)}${page}?done=commented#comments`, 303);
    };
  return handlers;
}
