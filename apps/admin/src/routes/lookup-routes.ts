import { LEGAL_FORMS, slugify, UniqueViolationError, ValidationError, validate } from '@org/domain';
import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { entityByRoute, type RefTarget } from '../forms/entities.js';
import { t } from '../i18n.js';
import { newId } from '../new-id.js';
import { duplicateConfirmed, duplicateWords, sameNameRecord, uniqueFieldMessage, without } from './create-record.js';
import { textEntries } from './form-entries.js';
import { distinguishLabels, scopedRecords } from './ref-options.js';

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
      // A narrowed select (a grant's funder unit) searches only what it offers.
      const scoped = ref === 'organizations' && c.req.query('scope') === 'funderUnits';
      const items = scoped
        ? await scopedRecords(deps.store, 'funderUnits', { ...(q ? { search: q } : {}), limit: 20 })
        : (await deps.store[ref].list({ ...(q ? { search: q } : {}), limit: 20 })).items;
      const labels = await distinguishLabels(
        deps.store,
        ref,
        items,
        items.map((r) => def.display(r) || r.id),
        c.get('locale'),
      );
      return c.json({ items: items.map((r, i) => ({ id: r.id, label: labels[i] ?? r.id })) });
    },
    'POST /quick/:ref': async (c) => {
      const ref = c.req.param('ref');
      const locale = c.get('locale');
      const posted = textEntries(c);
      const entries = Object.fromEntries(posted);
      const actor = { userId: c.get('user')?.id ?? null, note: t(locale, 'noteQuickCreate') };
      const id = newId(deps.now);
      const def = ref === 'people' || ref === 'organizations' ? entityByRoute(ref) : undefined;
      if (!def || (ref !== 'people' && ref !== 'organizations')) return c.json({ error: 'unknown kind' }, 404);
      const input =
        ref === 'people'
          ? { id, givenName: entries.givenName ?? '', familyName: entries.familyName ?? '' }
          : {
              id,
              name: entries.name ?? '',
              legalForm: (LEGAL_FORMS as readonly string[]).includes(entries.legalForm ?? '')
                ? entries.legalForm
                : 'inna',
            };
      // The slug is left to the store, which picks a free one (two people may share a name); only a
      // name with nothing to make a slug of gets one from the id.
      const slug = slugify(def.slugSource(input));
      const result = validate(def.schema, { ...input, slug: slug || id.toLowerCase() }, locale);
      if (!result.ok) return c.json({ issues: result.issues }, 400);
      const value = result.value as Record<string, unknown>;
      // Asked, not refused, as on the create page: answered 409 with the record of that name and the question;
      // the picker posts again with the box's confirmDuplicate=1 when staff say it is another one.
      if (!duplicateConfirmed(posted)) {
        const same = await sameNameRecord(deps.store, def, value);
        if (same) {
          const label = def.display(same) || same.id;
          const message = `${t(locale, duplicateWords(def))} ${label}. ${t(locale, 'duplicateQuestion')}`;
          const field = ref === 'people' ? 'familyName' : 'name';
          return c.json(
            {
              issues: [{ path: field, field, code: 'duplicate', message }],
              duplicate: {
                id: same.id,
                label,
                href: `/${def.route}/${encodeURIComponent(same.id)}`,
                words: t(locale, duplicateWords(def)),
                question: t(locale, 'duplicateQuestion'),
                confirm: t(locale, 'duplicateConfirm'),
              },
            },
            409,
          );
        }
      }
      try {
        const saved = await deps.store[ref].create(slug ? without(value, 'slug') : value, actor);
        return c.json({ id: saved.id, label: def.display(saved) || saved.id }, 201);
      } catch (err) {
        if (err instanceof ValidationError) return c.json({ issues: err.issues }, 400);
        if (err instanceof UniqueViolationError) {
          const [field, message] = await uniqueFieldMessage(deps.store, def, err, locale);
          return c.json({ issues: [{ path: field, field, code: 'unique', message }] }, 409);
        }
        throw err;
      }
    },
  };
}
