import { type FieldIssue, ValidationError } from '@org/domain';

/** A `ValidationError` whose message names what was refused and lists every issue (Polish, for people). */
export function validationError(what: string, issues: FieldIssue[], options?: { cause?: unknown }): ValidationError {
  return new ValidationError(`Invalid ${what}: ${issues.map((i) => i.message).join('; ')}`, issues, options);
}
