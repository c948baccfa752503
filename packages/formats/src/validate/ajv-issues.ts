import type { ErrorObject } from 'ajv';
import type { FormatIssue } from './issue.js';

/** Ajv's errors as format issues: the JSON pointer of the value and what the schema wanted there. */
export const ajvIssues = (errors: readonly ErrorObject[] | null | undefined): FormatIssue[] =>
  (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: `${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ` (${shortParams(e.params)})` : ''}`,
  }));

/** Ajv's parameters as JSON, lists cut to their first values: an enum of 180 currencies is one line, not 2 KB. */
function shortParams(params: Record<string, unknown>): string {
  const short = Object.fromEntries(
    Object.entries(params).map(([k, v]) =>
      Array.isArray(v) && v.length > 8 ? [k, [...v.slice(0, 8), `… (${v.length - 8} more)`]] : [k, v],
    ),
  );
  const json = JSON.stringify(short);
  return json.length > 300 ? `${json.slice(0, 300)}…` : json;
}
