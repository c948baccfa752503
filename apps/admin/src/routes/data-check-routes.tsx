/**
 * The data check (`GET /data-check`, editors and administrators: those who can fix what it finds):
 * `checkStore` of `@org/store` reads every live record and checks it against today's rules and
 * references; the page lists the records that break one, each linked to its edit page.
 */
import { CorruptRecordError } from '@org/store';
import type { RouteHandlers } from '../app.js';
import { type AppDeps, viewContext } from '../app-env.js';
import { entityByKind } from '../forms/entities.js';
import { DataCheckPage, type DataProblem } from '../views/data-check-page.js';
import { moreReferences } from './entity-routes.js';
import { displayNames } from './ref-options.js';

/** Records listed at most; the rest are counted ("And 3 more records not listed here."). */
const SHOWN = 200;

export function dataCheckRoutes(deps: AppDeps): RouteHandlers {
  return {
    'GET /data-check': async (c) => {
      const ctx = viewContext(c, deps);
      const { total, problems } = await deps.checkStore(ctx.locale);
      const shown: DataProblem[] = [];
      for (const problem of problems.slice(0, SHOWN)) {
        const def = entityByKind(problem.entity);
        if (!def) throw new Error(`checkStore named a kind the admin has no form for: ${problem.entity}`);
        shown.push({
          def,
          id: problem.id,
          slug: problem.slug,
          name: await nameOf(deps, def, problem.id, problem.slug),
          issues: problem.issues,
        });
      }
      return c.html(
        <DataCheckPage
          ctx={ctx}
          total={total}
          problems={shown}
          problemCount={problems.length}
          more={problems.length > SHOWN ? moreReferences(ctx.locale, problems.length - SHOWN) : null}
        />,
      );
    },
  };
}

/**
 * A record's display name as its list shows it; its slug when it has none, or when the record cannot be
 * read at all (a damaged document is one of the problems this page lists, and must not stop it).
 */
async function nameOf(deps: AppDeps, def: DataProblem['def'], id: string, slug: string): Promise<string> {
  try {
    const record = await deps.store[def.route].get(id);
    if (!record) return slug;
    return def.display(record, await displayNames(deps.store, def, [record])) || slug;
  } catch (error) {
    if (error instanceof CorruptRecordError) return slug;
    throw error;
  }
}
