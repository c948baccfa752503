/**
 * The grant report (sprawozdanie) to download from a grant's page, in the formats `@org/formats`
 * registers for it (`report-md`, `report-docx`), made as the exporter makes it: the grant, the world
 * around it, and its public events (drafts are not reported). To offer another format, add its
 * registry name to `REPORT_FORMATS` and a row to `route-table.ts`.
 */
import { type Event, finalReportProblems, type Grant, grantReportFigures, slugify } from '@org/domain';
import { FORMATS, indexWorld, type WorldInput } from '@org/formats';
import type { RouteHandlers } from '../app.js';
import type { AppContext, AppDeps } from '../app-env.js';
import { entityByKind } from '../forms/entities.js';
import { type AdminRepository, listFilter, type StoredRecord } from '../store-contract.js';
import { loadRecord, renderRecordRefusal } from './entity-routes.js';
import { finalReportRefusal, finalReportRefusedFlash } from './final-report-refusal.js';

export const REPORT_FORMATS = { md: 'report-md', docx: 'report-docx' } as const;
export type ReportExtension = keyof typeof REPORT_FORMATS;

/** A stored record as the domain value writers take: the store's bookkeeping left out. */
export const domainValue = <T>({ version: _v, createdAt: _c, updatedAt: _u, ...value }: StoredRecord): T => value as T;

/** Every live record of a repository (matching `filter`), as domain values, read 500 at a time. */
export async function all<T>(repo: AdminRepository, filter?: Record<string, unknown>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await repo.list({ limit: 500, offset, ...(filter ? { filter: listFilter(filter) } : {}) });
    out.push(...page.items.map((r) => domainValue<T>(r)));
    if (page.items.length < 500 || out.length >= page.total) return out;
  }
}

/** The file name of a grant's report: Polish slug form, e.g. `sprawozdanie-sprawny-urzad-sprawna-organizacja.docx`. */
export const reportFileName = (grant: Grant, extension: ReportExtension): string =>
  `sprawozdanie-${(slugify(grant.taskTitle) || grant.slug).slice(0, 80)}.${extension}`;

export function grantReportRoutes(deps: AppDeps): RouteHandlers {
  const def = entityByKind('grant');
  if (!def) throw new Error('The grant entity is missing from ENTITIES (forms/entities.ts)');
  const download = (extension: ReportExtension) => async (c: AppContext) => {
    const record = await loadRecord(deps, def, c);
    const grant = domainValue<Grant>(record);
    const { store } = deps;
    const [organizations, authorities, venues, people, grants, events] = await Promise.all([
      all(store.organizations),
      all(store.authorities),
      all(store.venues),
      all(store.people),
      all(store.grants),
      all<Event>(store.events, { grantId: grant.id, status: ['published', 'cancelled', 'postponed'] }),
    ]);
    const world = indexWorld({ organizations, authorities, venues, people, grants, events } as WorldInput);
    const format = FORMATS[REPORT_FORMATS[extension]];
    // Partial or final ticks its box; anything else leaves the line to fill in, as the writer does without it.
    const kind = c.req.query('kind');
    // As of the download: an event not over yet is planned, not realised, and the report says so.
    const asOf = (deps.now?.() ?? new Date()).toISOString();
    // A final report accounts for the whole task: before it is over the writer refuses one (a ValidationError in
    // English), so the same check comes first and the grant's page says why in the staff member's language, with
    // the kind still chosen. 409 as for other refusals of what the record's state does not allow yet.
    if (kind === 'final') {
      const problems = finalReportProblems(grant, grantReportFigures(grant, events, { asOf }));
      if (problems.length) {
        const locale = c.get('locale');
        const titles = Object.fromEntries(events.map((e) => [e.id, e.title]));
        return renderRecordRefusal(
          deps,
          def,
          c,
          record,
          {
            flash: { kind: 'error', text: finalReportRefusedFlash(locale) },
            report: { kind, error: finalReportRefusal(locale, grant.period.to, problems, titles) },
          },
          409,
        );
      }
    }
    const output = await format.write(
      { events, posts: [], grants: [grant], grant, world },
      {
        locale: 'pl',
        siteUrl: deps.env.siteUrl,
        asOf,
        ...(kind === 'partial' || kind === 'final' ? { reportKind: kind } : {}),
      },
    );
    const body = typeof output === 'string' ? new TextEncoder().encode(output) : output;
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': format.mediaType,
      'content-disposition': `attachment; filename="${reportFileName(grant, extension)}"`,
      'cache-control': 'no-store',
    });
  };
  return {
    'GET /grants/:id/report.md': download('md'),
    'GET /grants/:id/report.docx': download('docx'),
  };
}
