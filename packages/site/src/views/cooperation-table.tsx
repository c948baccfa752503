import { COOPERATION_FORM_LABELS, type Cooperation, type Event } from '@org/domain';
import type { FC } from 'hono/jsx';
import { strings } from '../locale.js';
import type { Related } from '../related.js';
import { href, type LinkContext } from '../routes.js';
import { DateRange, langIfOther, Polish, polishData } from './bits.js';

/**
 * Who worked with whom, in which form, funded by what: one row per cooperation record. `side` says
 * whose profile this is, so the "with" column names the other party. A wide table scrolls inside a
 * focusable region named by the heading `labelledBy` (keyboard users can scroll it; the table keeps
 * its semantics, which `display:block` on the table itself would strip in some screen readers).
 */
export const CooperationTable: FC<{
  ctx: LinkContext;
  labelledBy: string;
  side: 'organization' | 'authority';
  cooperations: readonly Cooperation[];
  events: ReadonlyMap<string, Event>;
  related: Related;
}> = ({ ctx, labelledBy, side, cooperations, events, related }) => {
  const t = strings(ctx.locale);
  // Cooperation records are written in Polish: on English pages their text is marked so (WCAG 3.1.2).
  const dataLang = polishData(ctx);
  if (cooperations.length === 0) return <p>{t.noCooperation}</p>;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling frame, not a section of the document (the WAI pattern for scrollable tables); the heading it is named by stands above it
    <div class="table-scroll" role="region" aria-labelledby={labelledBy} tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.cooperationWith}</th>
            <th scope="col">{t.cooperationForm}</th>
            <th scope="col">{t.cooperationPeriod}</th>
            <th scope="col">{t.cooperationFunding}</th>
            <th scope="col">{t.events}</th>
          </tr>
        </thead>
        <tbody>
          {cooperations.map((c) => {
            const authority = related.authorities.get(c.authorityId);
            const org = c.organizationId ? related.organizations.get(c.organizationId) : undefined;
            let other: unknown;
            if (side === 'organization')
              other = authority ? (
                <a href={href(ctx, { kind: 'authority', slug: authority.slug })} lang={dataLang}>
                  {authority.name}
                </a>
              ) : (
                t.none
              );
            else
              other = org ? (
                <a href={href(ctx, { kind: 'organization', slug: org.slug })} lang={dataLang}>
                  {org.name}
                </a>
              ) : c.organizationDescription ? (
                <span lang={dataLang}>{c.organizationDescription}</span>
              ) : (
                t.none
              );
            return (
              <tr>
                <td>{other}</td>
                <td>
                  {COOPERATION_FORM_LABELS[c.form][ctx.locale]}
                  {c.description ? (
                    <p class="meta" lang={dataLang}>
                      {c.description}
                    </p>
                  ) : null}
                </td>
                <td>{c.period ? <DateRange locale={ctx.locale} from={c.period.from} to={c.period.to} /> : t.none}</td>
                <td>
                  {c.grantIds.length === 0
                    ? t.none
                    : c.grantIds.map((id) => {
                        const g = related.grants.get(id);
                        return g ? (
                          <p>
                            <a href={href(ctx, { kind: 'grant', slug: g.slug })} lang={dataLang}>
                              {g.taskTitle}
                            </a>{' '}
                            (<Polish ctx={ctx}>{g.funderName}</Polish>)
                          </p>
                        ) : null;
                      })}
                </td>
                <td>
                  {c.eventIds.length === 0
                    ? t.none
                    : c.eventIds.map((id) => {
                        const e = events.get(id);
                        return e ? (
                          <p>
                            <a
                              href={href(ctx, { kind: 'event', slug: e.slug })}
                              lang={langIfOther(e.language, ctx.locale)}
                            >
                              {e.title}
                            </a>
                          </p>
                        ) : null;
                      })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
