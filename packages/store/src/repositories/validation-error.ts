import { type FieldIssue, ValidationError } from '@org/domain';

/**
 * A `ValidationError` whose message names what was refused (`what`, the record kind as code names it)
 * and lists every issue, in the language the issues were worded in (see `openStore`'s `locale`).
 */
export function validationError(what: string, issues: FieldIssue[], options?: { cause?: unknown }): ValidationError {
  return new ValidationError(`Invalid ${what}: ${issues.map((i) => i.message).join('; ')}`, issues, options);
}
