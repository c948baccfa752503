import type { FieldIssue } from '@org/domain';
import type { FC } from 'hono/jsx';
import type { EntityDef } from '../forms/entities.js';
import { labelOf } from '../forms/field-label.js';
import { countedSentence, numberText, t } from '../i18n.js';
import { Layout } from './layout.js';
import type { ViewContext } from './view-context.js';

/** One stored record that breaks a rule, as the page lists it. */
export interface DataProblem {
  def: EntityDef;
  id: string;
  slug: string;
  /** Its display name, when it can be read; else its slug stands in. */
  name: string;
  issues: readonly FieldIssue[];
}

/** The field an issue is on, in the page's language; its path too where a label alone is ambiguous. */
function IssueField({ issue, ctx }: { issue: FieldIssue; ctx: ViewContext }) {
  if (issue.path === '') return <strong>{t(ctx.locale, 'wholeRecord')}</strong>;
  const label = labelOf(issue.path.replace(/\[\d+\]$/, ''), ctx.locale);
  return (
    <>
      <strong>{label}</strong>
      {/[.[]/.test(issue.path) ? (
        <>
          {' '}
          (<code>{issue.path}</code>)
        </>
      ) : null}
    </>
  );
}

/** The reason, without the store's own "Label: " in front (the page names the field in its language). */
const reason = (issue: FieldIssue): string =>
  issue.field && issue.message.startsWith(`${issue.field}: `)
    ? issue.message.slice(issue.field.length + 2)
    : issue.message;

/**
 * The data check: every stored record that breaks today's rules, with its kind, a link to its edit page
 * and each issue (field and reason), or a sentence saying all of them are fine. Record text is staff's
 * data: hono/jsx escapes every value here.
 */
export const DataCheckPage: FC<{
  ctx: ViewContext;
  total: number;
  problems: readonly DataProblem[];
  /** How many records with problems there are in all; the page lists the first ones. */
  problemCount: number;
  more: string | null;
}> = ({ ctx, total, problems, problemCount, more }) => {
  const { locale } = ctx;
  return (
    <Layout ctx={ctx} title={t(locale, 'dataCheck')}>
      <p>{t(locale, 'dataCheckIntro')}</p>
      {problemCount === 0 ? (
        <p class="flash flash-info" role="status">
          {total === 0
            ? t(locale, 'dataCheckEmpty')
            : countedSentence(locale, total, ['dataCheckFineOne', 'dataCheckFineFew', 'dataCheckFineMany'])}
        </p>
      ) : (
        <section aria-labelledby="data-problems-h">
          <h2 id="data-problems-h">
            {countedSentence(locale, problemCount, ['dataCheckFoundOne', 'dataCheckFoundFew', 'dataCheckFoundMany'], {
              total: numberText(locale, total),
            })}
          </h2>
          <ul class="data-problems">
            {problems.map((p) => (
              <li>
                {`${p.def.singular[locale]}: `}
                <a href={`/${p.def.route}/${encodeURIComponent(p.id)}`}>{p.name}</a>
                {p.name !== p.slug ? (
                  <>
                    {' '}
                    (<code>{p.slug}</code>)
                  </>
                ) : null}
                <ul>
                  {p.issues.map((issue) => (
                    <li>
                      <IssueField issue={issue} ctx={ctx} />
                      {': '}
                      <span>{reason(issue)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {more ? <p>{more}</p> : null}
        </section>
      )}
    </Layout>
  );
};
