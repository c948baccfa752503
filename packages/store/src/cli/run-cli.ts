import { MostyError } from '@org/domain';
import { redact } from '../dialect/postgres.js';
import { loadStoreEnv } from '../env.js';
import { openStore } from '../open-store.js';
import { resolveDatabaseUrl } from '../resolve-database-url.js';
import type { Store } from '../types.js';

/**
 * Runs a store command: opens (and migrates) the database `DATABASE_URL` names, or the default file,
 * runs `fn`, closes, and maps failures to a message on stderr and exit code 1.
 *
 * @example
 * await runCli('migrate', async () => 'migrated');
 */
export async function runCli(name: string, fn: (store: Store, args: string[]) => Promise<string>): Promise<void> {
  const args = process.argv.slice(2);
  let store: Store | undefined;
  try {
    const url = resolveDatabaseUrl(loadStoreEnv());
    store = await openStore(url);
    const message = await fn(store, args);
    console.log(`${name}: ${message} (${store.dialect}, ${redact(url)})`);
  } catch (error) {
    const code = error instanceof MostyError ? error.code : 'UNEXPECTED';
    const cause = error instanceof Error && error.cause instanceof Error ? `\n  cause: ${error.cause.message}` : '';
    console.error(`${name} failed [${code}]: ${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exitCode = 1;
  } finally {
    await store?.close();
  }
}
