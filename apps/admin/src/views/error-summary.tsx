import type { Locale } from '@org/domain';
import type { FC } from 'hono/jsx';
import { t } from '../i18n.js';

/** One problem of a form: what to fix, and the id of the control it is about (no link without one). */
export interface SummaryIssue {
  message: string;
  target?: string | undefined;
}

/** The problems of a form, each a link to its control where it has one. */
export const IssueList: FC<{ issues: readonly SummaryIssue[] }> = ({ issues }) => (
  <ul>
    {issues.map(({ message, target }) => (
      <li>{target ? <a href={`#${target}`}>{message}</a> : message}</li>
    ))}
  </ul>
);

/**
 * The summary above a form whose post was refused: read out on arrival (role=alert) and focused by the browser
 * bundle (`#error-summary`, `browser/main.ts`), each line leading to its field. Every form that refuses a post with
 * errors on its fields shows it, the entity forms and the account forms alike.
 *
 * @example
 * <ErrorSummary locale="pl" issues={[{ message: 'Ten adres e-mail ma już konto.', target: 'email' }]} />
 * // <section class="error-summary" id="error-summary" role="alert" …><h2 …>Formularz zawiera błędy…</h2><ul><li><a href="#email">…
 */
export const ErrorSummary: FC<{ locale: Locale; issues: readonly SummaryIssue[] }> = ({ locale, issues }) => (
  <section class="error-summary" id="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-h">
    <h2 id="error-summary-h">{t(locale, 'fixErrors')}</h2>
    <IssueList issues={issues} />
  </section>
);
