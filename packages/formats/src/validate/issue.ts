/** One problem a validator found: where in the document (a JSON path like `subEvent[2].performer[0]`) and what. */
export interface FormatIssue {
  path: string;
  message: string;
}

/** The outcome of a validator: ok, or every issue found. */
export type FormatValidation = { ok: true } | { ok: false; issues: FormatIssue[] };

/**
 * Makes a validation result from a list of issues.
 *
 * @example
 * toValidation([]) // { ok: true }
 * toValidation([{ path: 'startDate', message: 'is required' }]) // { ok: false, issues: [{ path: 'startDate', message: 'is required' }] }
 */
export const toValidation = (issues: FormatIssue[]): FormatValidation =>
  issues.length ? { ok: false, issues } : { ok: true };
