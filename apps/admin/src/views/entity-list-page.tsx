import { formatInstant, type Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import type { EntityDef, FieldDef } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { t } from '../i18n.js';
import type { RefOptions } from './field-control.js';
import { getPath } from './get-path.js';
import { type Flash, Layout } from './layout.js';
import { OFFICE_ZONE } from './office-time.js';
import { TableScroll } from './table-scroll.js';
import type { ViewContext } from './view-context.js';

export interface ListState {
  q: string;
  filters: Record<string, string>;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface EntityListProps {
  ctx: ViewContext;
  def: EntityDef;
  items: Record<string, unknown>[];
  total: number;
  state: ListState;
  canEdit: boolean;
  flash?: Flash | undefined;
  /** Options of the relation filters, by target. */
  filterOptions: RefOptions;
  /** Names of the records the items' `namesFrom` fields point at (see `displayNames`). */
  names?: Readonly<Record<string, string>>;
}

/** An instant of a list: Polish (or English) wall-clock time, the exact instant in `datetime`. */
const When: FC<{ instant: string; zone: string; locale: Locale }> = ({ instant, zone, locale }) =>
  Number.isNaN(Date.parse(instant)) ? (
    <span>{instant}</span>
  ) : (
    <time datetime={instant}>{formatInstant(instant, zone, locale)}</time>
  );

const Cell: FC<{ def: EntityDef; name: string; record: Record<string, unknown>; locale: Locale }> = ({
  def,
  name,
  record,
  locale,
}) => {
  const field = def.columns.find((c) => c.name === name);
  const v = getPath(record, name);
  if (typeof v !== 'string') return <>{v === undefined ? '' : String(v)}</>;
  if (field?.options) return <>{field.options[v]?.[locale] ?? v}</>;
  // An event's times in its own zone, as its page shows them.
  if (field?.type === 'datetime')
    return (
      <When instant={v} zone={typeof record.timeZone === 'string' ? record.timeZone : OFFICE_ZONE} locale={locale} />
    );
  return <>{v}</>;
};

/** A filter's choices as [value, label]; a chosen record beyond the first options is kept, by its id. */
function filterChoices(
  f: FieldDef,
  refs: RefOptions,
  chosen: string | undefined,
  locale: 'pl' | 'en',
): [string, string][] {
  if (!f.ref) return Object.entries(f.options ?? {}).map(([k, l]) => [k, l[locale]]);
  const options = (refs[f.ref] ?? []).map((o): [string, string] => [o.id, o.label]);
  return chosen && !options.some(([id]) => id === chosen) ? [[chosen, chosen], ...options] : options;
}

/** The list of an entity: search, filters, sort and pages as a GET form, so links and JS-less use work. */
export const EntityListPage: FC<EntityListProps> = ({
  ctx,
  def,
  items,
  total,
  state,
  canEdit,
  flash,
  filterOptions,
  names,
}) => {
  const { locale } = ctx;
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  const link = (page: number) => {
    const p = new URLSearchParams({ q: state.q, sort: state.sort, dir: state.dir, page: String(page) });
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    return `/${def.route}?${p}`;
  };
  return (
    <Layout ctx={ctx} title={def.title[locale]} flash={flash}>
      {canEdit ? (
        <p>
          <a class="button" href={`/${def.route}/new`}>
            {t(locale, 'newRecord')}
          </a>
        </p>
      ) : null}
      <form method="get" action={`/${def.route}`} class="list-tools">
        <div class="field">
          <label for="q">{t(locale, 'search')}</label>
          <input id="q" name="q" type="search" value={state.q} />
        </div>
        {def.filters.map((f) => (
          <div class="field">
            <label for={`filter-${f.name}`}>{labelOf(f.name, locale)}</label>
            <select id={`filter-${f.name}`} name={f.name}>
              <option value="">—</option>
              {filterChoices(f, filterOptions, state.filters[f.name], locale).map(([k, label]) => (
                <option value={k} selected={state.filters[f.name] === k}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div class="field">
          <label for="sort">{t(locale, 'sortBy')}</label>
          <select id="sort" name="sort">
            {def.sorts.map((s) => (
              <option value={s} selected={state.sort === s}>
                {def.sortLabels?.[s]?.[locale] ?? (s === 'updatedAt' ? t(locale, 'updatedAt') : labelOf(s, locale))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="dir">{t(locale, 'sortOrder')}</label>
          <select id="dir" name="dir">
            <option value="asc" selected={state.dir === 'asc'}>
              {t(locale, 'ascending')}
            </option>
            <option value="desc" selected={state.dir === 'desc'}>
              {t(locale, 'descending')}
            </option>
          </select>
        </div>
        <button type="submit">{t(locale, 'apply')}</button>
      </form>
      <p role="status">{`${t(locale, 'results')}: ${total}`}</p>
      {items.length === 0 ? (
        <p>{t(locale, 'noResults')}</p>
      ) : (
        <TableScroll label={def.title[locale]} locale={locale}>
          <table>
            <thead>
              <tr>
                <th scope="col">{def.singular[locale]}</th>
                {def.columns.map((c) => (
                  <th scope="col">{labelOf(c.name, locale)}</th>
                ))}
                <th scope="col">{t(locale, 'updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/${def.route}/${encodeURIComponent(String(r.id))}`}>
                      {def.display(r, names) || String(r.id)}
                    </a>
                  </th>
                  {def.columns.map((c) => (
                    <td>
                      <Cell def={def} name={c.name} record={r} locale={locale} />
                    </td>
                  ))}
                  <td>
                    {typeof r.updatedAt === 'string' ? (
                      <When instant={r.updatedAt} zone={OFFICE_ZONE} locale={locale} />
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <nav class="pager" aria-label={t(locale, 'page')}>
        {state.page > 1 ? <a href={link(state.page - 1)}>{t(locale, 'previous')}</a> : null}
        <span>{`${t(locale, 'page')} ${state.page} ${t(locale, 'of')} ${pages}`}</span>
        {state.page < pages ? <a href={link(state.page + 1)}>{t(locale, 'next')}</a> : null}
      </nav>
    </Layout>
  );
};
