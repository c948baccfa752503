import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { ENTITIES } from '../forms/entities.js';
import { t } from '../i18n.js';
import { loadRecord, renderEntityForm } from './entity-routes.js';
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
      const body = formValue(c, 'body').trim();
      if (body.length === 0 || body.length > MAX_COMMENT)
        return renderEntityForm(
          deps,
          def,
          c,
          {
            id: record.id,
            version: record.version,
            values: record,
            errors: {},
            flash: { kind: 'error', text: t(c.get('locale'), 'commentInvalid') },
          },
          400,
        );
      await deps.store.comments.add({ entity: def.kind, entityId: record.id, authorId: user.id, body });
      const page = formValue(c, 'from') === 'history' ? '/history' : '';
      return c.redirect(`/${def.route}/${encodeURIComponent(record.id)}${page}?done=commented#comments`, 303);
    };
  return handlers;
}
