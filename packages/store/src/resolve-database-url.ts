import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding `pnpm-workspace.yaml`, found by walking up from this module's own file (not the
 * current folder), so the website, the admin and the exporter open the same database wherever they
 * are started. Outside a pnpm workspace (no such file above the module) it is the current folder,
 * `process.cwd()` at the time of the call.
 *
 * @example
 * // The store at /path/to/mosty/packages/store, beside /path/to/mosty/pnpm-workspace.yaml:
 * workspaceRoot() // '/path/to/mosty'
 */
export function workspaceRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The default database: `data/mosty.db` under the workspace root (outside a workspace, under the current folder). */
export const defaultDatabaseUrl = (): string => join(workspaceRoot(), 'data', 'mosty.db');

/**
 * The database an app opens: `DATABASE_URL` when set (a file path, a `file:` URL or `postgres://…`),
 * otherwise the default SQLite file (`defaultDatabaseUrl()`).
 *
 * @example
 * resolveDatabaseUrl({ DATABASE_URL: 'postgres://db/mosty' }) // 'postgres://db/mosty'
 * // In a workspace at /path/to/mosty:
 * resolveDatabaseUrl({})                                       // '/path/to/mosty/data/mosty.db'
 */
export function resolveDatabaseUrl(env: { DATABASE_URL?: string | undefined }): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : defaultDatabaseUrl();
}
