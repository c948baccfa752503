import type { RouteHandlers } from '../app.js';
import { type AppDeps, viewContext } from '../app-env.js';
import { t, tf } from '../i18n.js';
import { sizeOverLimitText, TERC_FILE_MAX_BYTES } from '../security/request-body.js';
import { Csrf, Layout } from '../views/layout.js';
import { TableScroll } from '../views/table-scroll.js';

/** Upload of the TERC register through the store's importer, with its report. */
export function importRoutes(deps: AppDeps): RouteHandlers {
  return {
    'GET /import/terc': (c) => {
      const ctx = viewContext(c, deps);
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'importTerc')}>
          <form method="post" action="/import/terc" enctype="multipart/form-data">
            <Csrf ctx={ctx} />
            <div class="field">
              <label for="file">{t(ctx.locale, 'upload')}</label>
              <input id="file" name="file" type="file" accept=".csv,text/csv" required />
            </div>
            <button type="submit">{t(ctx.locale, 'runImport')}</button>
          </form>
        </Layout>,
      );
    },
    'POST /import/terc': async (c) => {
      const ctx = viewContext(c, deps);
      const l = ctx.locale;
      const file = (c.get('form') ?? []).find(([k]) => k === 'file')?.[1];
      const problem = !(file instanceof File)
        ? t(l, 'importNoFile')
        : file.size === 0
          ? tf(l, 'importEmptyFile', { name: file.name.slice(0, 200) })
          : file.size > TERC_FILE_MAX_BYTES
            ? (([size, max]) => tf(l, 'importFileTooLarge', { name: file.name.slice(0, 200), size, max }))(
                sizeOverLimitText(l, file.size, TERC_FILE_MAX_BYTES),
              )
            : null;
      if (problem !== null || !(file instanceof File)) {
        c.status(400);
        return c.html(
          <Layout ctx={ctx} title={t(l, 'importTerc')} failed flash={{ kind: 'error', text: problem ?? '' }}>
            <p>
              <a href="/import/terc">{t(l, 'importTerc')}</a>
            </p>
          </Layout>,
        );
      }
      // The store's importer writes the audit entry, naming who imported.
      const report = await deps.importTerc(
        await file.text(),
        { userId: c.get('user')?.id ?? null, note: file.name.slice(0, 200) },
        ctx.locale,
      );
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'importTerc')}>
          <dl class="report">
            <dt>{t(ctx.locale, 'added')}</dt>
            <dd>{String(report.added)}</dd>
            <dt>{t(ctx.locale, 'updated')}</dt>
            <dd>{String(report.updated)}</dd>
            <dt>{t(ctx.locale, 'unchanged')}</dt>
            <dd>{String(report.unchanged)}</dd>
            <dt>{t(ctx.locale, 'importSkipped')}</dt>
            <dd>{String(report.skipped ?? 0)}</dd>
            <dt>{t(ctx.locale, 'refused')}</dt>
            <dd>{String(report.refused.length)}</dd>
          </dl>
          {(report.skipped ?? 0) > 0 ? <p class="hint">{t(ctx.locale, 'importSkippedWhy')}</p> : null}
          {report.refused.length > 0 ? (
            <TableScroll label={t(ctx.locale, 'refused')} locale={ctx.locale}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t(ctx.locale, 'line')}</th>
                    <th scope="col">{t(ctx.locale, 'reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.refused.slice(0, 500).map((r) => (
                    <tr>
                      <td>{String(r.line)}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </Layout>,
      );
    },
  };
}
