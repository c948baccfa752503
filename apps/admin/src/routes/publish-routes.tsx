import { localToInstant } from '@org/domain';
import { linkContext, renderPreview } from '@org/site';
import type { RouteHandlers } from '../app.js';
import { type AppContext, type AppDeps, viewContext } from '../app-env.js';
import { ENTITIES } from '../forms/entities.js';
import { t } from '../i18n.js';
import { type ComplianceLine, checkRecord } from '../publish/compliance.js';
import { publishRecord } from '../publish/publish-record.js';
import type { StoredRecord } from '../store-contract.js';
import { Csrf, Layout } from '../views/layout.js';
import { flashFromQuery, loadRecord } from './entity-routes.js';
import { formValue } from './form-entries.js';
import { allowed } from './permissions.js';

export function publishRoutes(deps: AppDeps): RouteHandlers {
  const handlers: RouteHandlers = {};
  const now = deps.now ?? (() => new Date());
  for (const def of ENTITIES.filter((e) => e.publishable)) {
    const kind = def.kind as 'event' | 'post';
    const base = (id: string) => `/${def.route}/${encodeURIComponent(id)}`;

    const checkPage = async (
      c: AppContext,
      record: StoredRecord,
      lines: ComplianceLine[],
      status = 200,
      refused = false,
    ) => {
      const ctx = viewContext(c, deps);
      const canPublish = allowed(ctx.user?.role ?? null, 'publish');
      const zone = typeof record.timeZone === 'string' ? record.timeZone : 'Europe/Warsaw';
      c.status(status as 200);
      return c.html(
        <Layout
          ctx={ctx}
          title={`${t(ctx.locale, 'compliance')}: ${def.display(record) || record.id}`}
          flash={refused ? { kind: 'error', text: t(ctx.locale, 'needOverride') } : flashFromQuery(c)}
        >
          <p>
            {t(ctx.locale, 'status')}: <strong>{String(record.status ?? 'draft')}</strong> ·{' '}
            <a href={base(record.id)}>{t(ctx.locale, 'edit')}</a> ·{' '}
            <a href={`${base(record.id)}/preview`}>{t(ctx.locale, 'preview')}</a>
          </p>
          {lines.length === 0 ? (
            <p class="ok">{t(ctx.locale, 'noProblems')}</p>
          ) : (
            <ul class="problems">
              {lines.map((l) => (
                <li data-code={l.code}>{l.message}</li>
              ))}
            </ul>
          )}
          {canPublish ? (
            <>
              <form method="post" action={`${base(record.id)}/publish`}>
                <Csrf ctx={ctx} />
                {lines.length > 0 ? (
                  <>
                    <div class="field field-checkbox">
                      <label for="override">{t(ctx.locale, 'override')}</label>
                      <input id="override" type="checkbox" name="override" value="true" />
                    </div>
                    <div class="field">
                      <label for="overrideNote">{t(ctx.locale, 'overrideNote')}</label>
                      <textarea id="overrideNote" name="note" rows={2} />
                    </div>
                  </>
                ) : null}
                <button type="submit">{t(ctx.locale, 'publish')}</button>
              </form>
              {(record.status ?? 'draft') !== 'draft' ? (
                <form method="post" action={`${base(record.id)}/unpublish`}>
                  <Csrf ctx={ctx} />
                  <button type="submit">{t(ctx.locale, 'unpublish')}</button>
                </form>
              ) : null}
              <form method="post" action={`${base(record.id)}/schedule`}>
                <Csrf ctx={ctx} />
                <div class="field">
                  <label for="at">{`${t(ctx.locale, 'scheduleAt')} (${zone})`}</label>
                  <input id="at" name="at" type="datetime-local" required />
                </div>
                <button type="submit">{t(ctx.locale, 'schedule')}</button>
              </form>
            </>
          ) : null}
        </Layout>,
      );
    };

    handlers[`GET /${def.route}/:id/publish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      if (!record) return c.notFound();
      return checkPage(c, record, await checkRecord(deps, kind, record, c.get('locale')));
    };
    handlers[`POST /${def.route}/:id/publish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      if (!record) return c.notFound();
      const lines = await checkRecord(deps, kind, record, c.get('locale'));
      const override = formValue(c, 'override') === 'true';
      if (lines.length > 0 && !override) return checkPage(c, record, lines, 400, true);
      await publishRecord(
        deps,
        def,
        record,
        c.get('user')?.id ?? null,
        now(),
        lines.length > 0 ? { problems: lines, note: formValue(c, 'note').trim() } : undefined,
      );
      return c.redirect(`${base(record.id)}/publish?done=published`, 303);
    };
    handlers[`POST /${def.route}/:id/unpublish`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      if (!record) return c.notFound();
      const { version, createdAt: _c, updatedAt: _u, publishedAt: _p, ...value } = record;
      const actorId = c.get('user')?.id ?? null;
      await deps.store[def.route].update(record.id, version, { ...value, status: 'draft' }, { userId: actorId });
      await deps.store.audit.record({
        actorId,
        action: 'unpublish',
        entity: def.kind,
        entityId: record.id,
        before: { status: record.status ?? null },
        after: { status: 'draft' },
      });
      return c.redirect(`${base(record.id)}/publish?done=unpublished`, 303);
    };
    handlers[`POST /${def.route}/:id/schedule`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      if (!record) return c.notFound();
      const zone = typeof record.timeZone === 'string' ? record.timeZone : 'Europe/Warsaw';
      const at = localToInstant(formValue(c, 'at').trim(), zone);
      if (!at) return checkPage(c, record, await checkRecord(deps, kind, record, c.get('locale')), 400);
      await deps.store.scheduled.schedule(kind, record.id, new Date(at).toISOString(), {
        userId: c.get('user')?.id ?? null,
      });
      return c.redirect(`${base(record.id)}/publish?done=scheduled`, 303);
    };
    // The website's own renderer shows the record as the public will see it once published, with a
    // notice that it is a preview and a way back; links in it point where they will on the website.
    handlers[`GET /${def.route}/:id/preview`] = async (c) => {
      const record = await loadRecord(deps, def, c);
      if (!record) return c.notFound();
      const locale = c.get('locale');
      const ctx = {
        ...linkContext(deps.env.siteUrl, locale),
        linkOrigin: new URL(deps.env.siteUrl).origin,
        notice: {
          text: t(locale, 'previewNotice'),
          link: { href: `${base(record.id)}/publish`, label: t(locale, 'backToPublish') },
        },
      };
      const page = await renderPreview(deps.store, kind, record, ctx, Date.now());
      if (!page) return c.redirect(`${base(record.id)}/publish`, 303);
      return c.html(String(page.body));
    };
  }
  return handlers;
}
