import type { ErrorObject } from 'ajv';
import type { FormatIssue } from './issue.js';

/** Ajv's errors as format issues: the JSON pointer of the value and what the schema wanted there. */
export const ajvIssues = (errors: readonly ErrorObject[] | null | undefined): FormatIssue[] =>
  (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: `${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ` (${JSON.stringify(e.params)})` : ''}`,
  }));
