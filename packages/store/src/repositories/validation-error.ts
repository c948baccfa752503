import { type FieldIssue, type Locale, ValidationError } from '@org/domain';
import { MESSAGES } from '../messages.js';

/**
 * A `ValidationError` whose message names what was refused (`what`, the record kind as code names it)
 * and lists every issue, in `locale`, the language the issues were worded in (see `openStore`'s `locale`).
 *
 * @example
 * validationError('user', [issue], 'pl').message // 'Nieprawidłowe dane (użytkownik): E-mail: …'
 * validationError('user', [issue], 'en').message // 'Invalid user: E-mail: …'
 */
export function validationError(
  what: string,
  issues: FieldIssue[],
  locale: Locale,
  options?: { cause?: unknown },
): ValidationError {
  return new ValidationError(
    MESSAGES.invalid[locale](
      what,
      issues.map((i) => i.message),
    ),
    issues,
    options,
  );
}
