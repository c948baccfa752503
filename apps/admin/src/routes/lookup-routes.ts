import { LEGAL_FORMS, OrganizationSchema, PersonSchema, slugify, validate } from '@org/domain';
import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { entityByRoute, type RefTarget } from '../forms/entities.js';
import { newId } from '../new-id.js';
import { textEntries } from './form-entries.js';

const TARGETS: readonly RefTarget[] = ['people', 'organizations', 'authorities', 'venues', 'grants', 'events'];

/**
 * JSON for relation pickers: search a kind by name, KRS, NIP or TERYT (the store's search), and
 * create a person or an organisation inline from a form.
 */
export function lookupRoutes(deps: AppDeps): RouteHandlers {
  return {
    'GET /lookup/:ref': async (c) => {
      const ref = c.req.param('ref') as RefTarget;
      const def = entityByRoute(ref);
      if (!def || !TARGETS.includes(ref)) return c.json({ error: 'unknown kind' }, 404);
      const q = (c.req.query('q') ?? '').slice(0, 100).trim();
      const page = await deps.store[ref].list({ ...(q ? { search: q } : {}), limit: 20 });
      return c.json({ items: page.items.map((r) => ({ id: r.id, label: def.display(r) || r.id })) });
    },
    'POST /quick/:ref': async (c) => {
      const ref = c.req.param('ref');
      const entries = Object.fromEntries(textEntries(c));
      const actor = { userId: c.get('user')?.id ?? null, note: 'inline' };
      const id = newId(deps.now);
      if (ref === 'people') {
        const input = {
          id,
          givenName: entries.givenName ?? '',
          familyName: entries.familyName ?? '',
          slug: slugify(`${entries.givenName ?? ''} ${entries.familyName ?? ''}`) || id.toLowerCase(),
        };
        const result = validate(PersonSchema, input, c.get('locale'));
        if (!result.ok) return c.json({ issues: result.issues }, 400);
        const saved = await deps.store.people.create(result.value, actor);
        return c.json({ id: saved.id, label: `${result.value.givenName} ${result.value.familyName}` }, 201);
      }
      if (ref === 'organizations') {
        const legalForm = (LEGAL_FORMS as readonly string[]).includes(entries.legalForm ?? '')
          ? entries.legalForm
          : 'inna';
        const input = {
          id,
          name: entries.name ?? '',
          legalForm,
          slug: slugify(entries.name ?? '') || id.toLowerCase(),
        };
        const result = validate(OrganizationSchema, input, c.get('locale'));
        if (!result.ok) return c.json({ issues: result.issues }, 400);
        const saved = await deps.store.organizations.create(result.value, actor);
        return c.json({ id: saved.id, label: result.value.name }, 201);
      }
      return c.json({ error: 'unknown kind' }, 404);
    },
  };
}
