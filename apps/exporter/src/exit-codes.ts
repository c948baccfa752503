import { MostyError, NotFoundError, ValidationError } from '@org/domain';
import { UsageError } from './args.js';

/**
 * The one place that maps what went wrong to an exit code and a one-line reason: 2 for a command
 * line that cannot run (bad option, unknown format or slug), 1 for an export that failed.
 */
export function exitFor(error: unknown): { code: 1 | 2; message: string } {
  if (error instanceof UsageError) return { code: 2, message: error.message };
  if (error instanceof NotFoundError) return { code: 2, message: error.message };
  if (error instanceof ValidationError)
    return {
      code: 1,
      message: `${error.message}: ${error.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    };
  if (error instanceof MostyError) return { code: 1, message: `${error.code}: ${error.message}` };
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
    return { code: 1, message: `${error.message}${cause}` };
  }
  return { code: 1, message: `failed: ${String(error)}` };
}
