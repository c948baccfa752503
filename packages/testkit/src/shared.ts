import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from './env.js';

/**
 * The absolute path of a file in `shared/`, or null when it is absent. Absence is a failure under
 * `CI=true` (the check must run there); elsewhere the caller skips and says why.
 *
 * @example
 * const xsd = sharedFile('schemas/frab-schedule/schedule.xml.xsd');
 * it.skipIf(!xsd)('validates against the frab XSD (needs shared/, skipped without it)', ...)
 */
export function sharedFile(relative: string): string | null {
  const path = join(testEnv.MOSTY_SHARED_DIR, relative);
  if (existsSync(path)) return path;
  if (testEnv.CI)
    throw new Error(`shared/${relative} is missing at ${path}: under CI=true this is a failure, not a skip`);
  console.warn(`shared/${relative} not found at ${path}: tests that need it are skipped (set MOSTY_SHARED_DIR)`);
  return null;
}
