import { localDayOf } from '@org/domain';
import type { RouteHandlers } from '../app.js';
import { type AppDeps, viewContext } from '../app-env.js';
import { ENTITIES } from '../forms/entities.js';
import { t } from '../i18n.js';
import type { StoredRecord } from '../store-contract.js';
import { AuditTable } from '../views/audit-table.js';
import {
  DashboardLists,
  reportDeadlines,
  SCHEDULED_LIMIT,
  type ScheduledItem,
  UPCOMING_LIMIT,
} from '../views/dashboard.js';
import { Layout } from '../views/layout.js';
import { OFFICE_ZONE } from '../views/office-time.js';
import { auditEntries } from './entity-routes.js';
import { allowed } from './permissions.js';
import { auditNames } from './record-names.js';

const PAGE = 50;

/** The first publications waiting for their time, with the titles of what they publish. */
async function scheduledItems(deps: AppDeps): Promise<ScheduledItem[]> {
  const jobs = (await deps.store.scheduled.list()).slice(0, SCHEDULED_LIMIT);
  return Promise.all(
    jobs.map(async (job) => {
      const record = await deps.store[job.entity === 'event' ? 'events' : 'posts'].get(job.entityId);
      const title = typeof record?.title === 'string' ? record.title : '';
      return { entity: job.entity, entityId: job.entityId, title, at: job.at };
    }),
  );
}

/** Every grant, a page of the store's largest at a time (a foundation has tens or hundreds of them). */
async function allGrants(deps: AppDeps): Promise<StoredRecord[]> {
  const grants: StoredRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await deps.store.grants.list({ limit: 500, offset });
    grants.push(...page.items);
    if (page.items.length < 500) return grants;
  }
}

/** The dashboard (counts of every entity; the next events, report deadlines and scheduled publications) and the audit log. */
export function auditRoutes(deps: AppDeps): RouteHandlers {
  return {
    'GET /': async (c) => {
      const ctx = viewContext(c, deps);
      const now = (deps.now?.() ?? new Date()).toISOString();
      const [counts, upcoming, grants, scheduled] = await Promise.all([
        Promise.all(ENTITIES.map(async (e) => (await deps.store[e.route].list({ limit: 1 })).total)),
        // Events not ended yet, drafts too: the ones staff are preparing.
        deps.store.events.list({ filter: { from: now }, sort: { field: 'startsAt' }, limit: UPCOMING_LIMIT }),
        allGrants(deps),
        scheduledItems(deps),
      ]);
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'dashboard')}>
          <ul class="cards">
            {ENTITIES.map((e, i) => (
              <li>
                <a href={`/${e.route}`}>{e.title[ctx.locale]}</a> <span>{String(counts[i] ?? 0)}</span>
              </li>
            ))}
          </ul>
          <DashboardLists
            locale={ctx.locale}
            events={upcoming.items}
            deadlines={reportDeadlines(grants, localDayOf(now, OFFICE_ZONE))}
            scheduled={scheduled}
          />
        </Layout>,
      );
    },
    'GET /audit': async (c) => {
      const ctx = viewContext(c, deps);
      const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
      const entries = await auditEntries(deps, { limit: PAGE, offset: (page - 1) * PAGE });
      const { names, live } = await auditNames(deps.store, entries, c.get('locale'));
      return c.html(
        <Layout ctx={ctx} title={t(ctx.locale, 'audit')}>
          <AuditTable
            entries={entries}
            locale={ctx.locale}
            names={names}
            live={live}
            accountsHidden={!allowed(ctx.user?.role ?? null, 'manageUsers')}
            label={t(ctx.locale, 'audit')}
          />
          <nav class="pager" aria-label={t(ctx.locale, 'page')}>
            {page > 1 ? <a href={`/audit?page=${page - 1}`}>{t(ctx.locale, 'previous')}</a> : null}
            <span>{`${t(ctx.locale, 'page')} ${page}`}</span>
            {entries.length === PAGE ? <a href={`/audit?page=${page + 1}`}>{t(ctx.locale, 'next')}</a> : null}
          </nav>
        </Layout>,
      );
    },
  };
}
