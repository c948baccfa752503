/**
 * @org/store — the only place in Mosty that knows SQL: Kysely over SQLite (the embedded default) or
 * PostgreSQL, frozen migrations, and repositories that take and return `@org/domain` values.
 */
export { loadStoreEnv, type StoreEnv, StoreEnvSchema } from './env.js';
export { type OpenStoreOptions, openStore } from './open-store.js';
export { defaultDatabaseUrl, resolveDatabaseUrl, workspaceRoot } from './resolve-database-url.js';
export { polishSortKey } from './sort-key.js';
export type * from './types.js';
