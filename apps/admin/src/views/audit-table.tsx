import { AUDIT_ACTION_LABELS, type AuditEntry, ENTITY_KIND_LABELS, FIELD_LABELS, type Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import { t } from '../i18n.js';
import { officeTime } from './office-time.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The top-level keys whose values differ between two versions of a record. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter(
    (k) => !['version', 'updatedAt', 'createdAt'].includes(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v, null, 1));

/** Audit entries as a table: who, when, what, and before/after of each changed field. */
export const AuditTable: FC<{ entries: AuditEntry[]; locale: Locale; names: Record<string, string> }> = ({
  entries,
  locale,
  names,
}) => (
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
        const keys = changedKeys(e.before, e.after);
        return (
          <tr>
            <td>
              <time datetime={e.at}>{officeTime(e.at, locale)}</time>
            </td>
            <td>{e.actorId ? (names[e.actorId] ?? e.actorId) : '—'}</td>
            <td>
              {`${AUDIT_ACTION_LABELS[e.action][locale]}: ${ENTITY_KIND_LABELS[e.entity][locale]}`}{' '}
              <code>{e.entityId}</code>
              {e.note ? <div class="note">{e.note}</div> : null}
            </td>
            <td>
              {keys.length === 0 ? null : (
                <dl class="diff">
                  {keys.map((k) => (
                    <>
                      <dt>{FIELD_LABELS[k]?.[locale] ?? k}</dt>
                      <dd>
                        <del>{show(isObject(e.before) ? e.before[k] : undefined)}</del>
                        <ins>{show(isObject(e.after) ? e.after[k] : undefined)}</ins>
                      </dd>
                    </>
                  ))}
                </dl>
              )}
            </td>
          </tr>
        );
      })}
    </tbody>
  </table>
);
