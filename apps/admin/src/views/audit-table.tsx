import { AUDIT_ACTION_LABELS, type AuditEntry, ENTITY_KIND_LABELS, type Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import { entityByKind } from '../forms/entities.js';
import { t } from '../i18n.js';
import { officeTime } from './office-time.js';
import { type Readable, readableChanges, zoneOf } from './readable-values.js';
import { TableScroll } from './table-scroll.js';

export { changedKeys } from './readable-values.js';

/** One readable value: a line, or a list when it has several parts (grants, hashtags, agenda items). */
export const ReadableValue: FC<{ value: Readable }> = ({ value }) =>
  Array.isArray(value) ? (
    <ul>
      {value.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: a component's bare string would not be escaped; a child is
    <>{value}</>
  );

/** Where an entry's record opens in the admin, or null when it cannot (deleted, or a kind without a page). */
const recordHref = (e: AuditEntry, live: ReadonlySet<string>): string | null => {
  if (!live.has(e.entityId)) return null;
  if (e.entity === 'user') return `/users/${encodeURIComponent(e.entityId)}`;
  const def = entityByKind(e.entity);
  return def ? `/${def.route}/${encodeURIComponent(e.entityId)}` : null;
};

/**
 * Audit entries as a table: who, when, what (the record by name, linked while it exists), and the
 * before and after of each changed field in words. The entry as stored stays one click away, escaped.
 */
export const AuditTable: FC<{
  entries: AuditEntry[];
  locale: Locale;
  /** Staff and record names by id, and which records exist (see `routes/record-names.ts`). */
  names: Record<string, string>;
  live?: ReadonlySet<string>;
  /**
   * Whether entries about staff accounts (created, changed, signed in and out) are shown as their action and
   * time only: who, which account and what changed are for those who manage users (`manageUsers`), as the
   * users' pages are. They stay in the table, so its pages still count every entry.
   */
  accountsHidden?: boolean;
  /** What the table's scrolling region is named: the page's heading ("Dziennik zmian", "Historia"). */
  label: string;
}> = ({ entries, locale, names, live = new Set(), accountsHidden = false, label }) => (
  <TableScroll label={label} locale={locale}>
    <table class="audit">
      <thead>
        <tr>
          <th scope="col">{t(locale, 'when')}</th>
          <th scope="col">{t(locale, 'who')}</th>
          <th scope="col">{t(locale, 'what')}</th>
          <th scope="col">
            {t(locale, 'before')} → {t(locale, 'after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          if (accountsHidden && e.entity === 'user')
            return (
              <tr class="audit-hidden">
                <td>
                  <time datetime={e.at}>{officeTime(e.at, locale)}</time>
                </td>
                <td>—</td>
                <td>{`${AUDIT_ACTION_LABELS[e.action][locale]}: ${ENTITY_KIND_LABELS[e.entity][locale]}`}</td>
                <td>{t(locale, 'accountEntryHidden')}</td>
              </tr>
            );
          const env = { locale, zone: zoneOf(e.after, e.before), names };
          const changes = readableChanges(e.entity, e.before, e.after, env);
          const href = recordHref(e, live);
          const name = names[e.entityId];
          return (
            <tr>
              <td>
                <time datetime={e.at}>{officeTime(e.at, locale)}</time>
              </td>
              <td>{e.actorId ? (names[e.actorId] ?? `${t(locale, 'unknownUser')} (${e.actorId})`) : '—'}</td>
              <td>
                {`${AUDIT_ACTION_LABELS[e.action][locale]}: ${ENTITY_KIND_LABELS[e.entity][locale]} `}
                {name ? (
                  href ? (
                    <a href={href}>{name}</a>
                  ) : (
                    `„${name}” (${t(locale, 'recordDeleted')})`
                  )
                ) : (
                  `${t(locale, 'unknownRecord')} (${e.entityId})`
                )}
                {e.note ? <div class="note">{e.note}</div> : null}
              </td>
              <td>
                {changes.length === 0 ? null : (
                  <dl class="diff">
                    {changes.map((change) => (
                      <>
                        <dt>{change.label}</dt>
                        <dd>
                          <del>
                            <ReadableValue value={change.before} />
                          </del>
                          <ins>
                            <ReadableValue value={change.after} />
                          </ins>
                        </dd>
                      </>
                    ))}
                  </dl>
                )}
                {e.before !== null || e.after !== null ? (
                  <details class="raw">
                    <summary>{t(locale, 'rawData')}</summary>
                    <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                  </details>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </TableScroll>
);
