import { joinMessages, MostyError, NotFoundError, ValidationError } from '@org/domain';
import { isFormatError } from '@org/formats';
import { driverReason, sentence } from '@org/store';
import { UsageError } from './args.js';
import { EnvError } from './env.js';
import { UnknownSlugError } from './load.js';
import type { Messages } from './messages.js';
import { StoredRecordInvalidError } from './stored-records.js';

/**
 * What a `ValidationError`'s message says before the issues it lists (`Invalid organization`), or ''
 * when it is only its issues (a refused list query): `invalid` lists the issues with their paths
 * itself, so that they are said once.
 */
function headOf(error: ValidationError): string {
  const listed = joinMessages(error.issues.map((i) => i.message));
  if (listed === '') return error.message;
  if (error.message === listed) return '';
  return error.message.endsWith(`: ${listed}`) ? error.message.slice(0, -(listed.length + 2)) : error.message;
}

/**
 * The one place that maps what went wrong to an exit code and a one-line reason: 2 for a command
 * line that cannot run (bad option or environment variable, unknown format or slug), 1 for an export that failed.
 * Usage errors already speak the CLI's language; errors with fields (a stored record that breaks the
 * domain's rules, @org/formats' grant or other record a record names and the database lacks, and those of
 * @org/domain and @org/store) are said again here from their fields. A field issue's message is shown as its validator wrote it (the
 * domain's `validate` picks Polish or English when the issue is made), never re-translated.
 */
export function exitFor(error: unknown, m: Messages): { code: 1 | 2; message: string } {
  if (error instanceof UsageError) return { code: 2, message: error.message };
  // A bad variable is the same mistake as a bad option, from another place: said alike, with the same code.
  if (error instanceof EnvError)
    return {
      code: 2,
      message:
        error.variable === 'SITE_URL' ? m.badSiteUrl(error.value, 'SITE_URL') : m.badEnv(error.variable, error.value),
    };
  if (error instanceof UnknownSlugError) return { code: 2, message: m.notFound(error.kind, error.key, error.nearest) };
  if (error instanceof NotFoundError) return { code: 2, message: m.notFoundOther(error.entity, error.key) };
  if (error instanceof ValidationError) return { code: 1, message: m.invalid(headOf(error), error.issues) };
  if (error instanceof StoredRecordInvalidError)
    return { code: 1, message: m.recordInvalid(error.entity, error.id, error.slug, error.issues) };
  if (isFormatError(error, 'FORMAT_GRANT_MISSING'))
    return { code: 1, message: m.grantMissing(error.record, error.grantId, error.path) };
  if (isFormatError(error, 'FORMAT_REFERENCE_MISSING'))
    return { code: 1, message: m.referenceMissing(error.record, error.reference, error.path) };
  if (error instanceof MostyError) {
    // The store names the database it cannot open and leaves why to the driver's error, its cause: a SQLite file cut
    // short or overwritten ("database disk image is malformed") would otherwise be said as "Cannot open …" alone.
    const why = error.code === 'DATABASE_OPEN' && error.cause instanceof Error ? driverReason(error.cause) : '';
    const said = why && !error.message.includes(why) ? joinMessages([error.message, m.cause(why)]) : error.message;
    return { code: 1, message: m.storeFailed(error.code, said) };
  }
  if (error instanceof Error) {
    const said = error.cause instanceof Error ? [error.message, m.cause(error.cause.message)] : [error.message];
    return { code: 1, message: sentence(joinMessages(said)) };
  }
  return { code: 1, message: m.failed(String(error)) };
}
