/**
 * @org/store — the only place in Mosty that knows SQL: Kysely over SQLite (the embedded default) or
 * PostgreSQL, frozen migrations, and repositories that take and return `@org/domain` values.
 */

export { AccountErasureError } from './account-erasure-error.js';
export { backupSqlite } from './backup-sqlite.js';
export { type CheckDatabaseUrlOptions, checkDatabaseUrl, type DatabaseUrlCheck } from './check-database-url.js';
export { checkStore, type RecordProblem, type StoreCheck } from './check-store.js';
export { COMMAND_LINE_MESSAGES } from './cli/cli-messages.js';
export { type ParseArgsProblemOptions, parseArgsProblem } from './cli/parse-args-problem.js';
export { CorruptRecordError } from './corrupt-record-error.js';
export { type DatabaseTarget, databaseTarget, redactedUrl } from './database-target.js';
export { driverReason } from './driver-reason.js';
export { dumpStore, restoreStore, type StoreDump, StoreDumpSchema } from './dump.js';
export { searchWords } from './entities.js';
export { cliLocale, loadStoreEnv, requestedLang, type StoreEnv, StoreEnvSchema } from './env.js';
export { importTerc, type TercImportResult } from './import-terc.js';
export { LastAdministratorError } from './last-administrator-error.js';
export { type LoadResult, loadWorld } from './load-world.js';
export { sentence } from './messages.js';
export { type MissingReference, MissingReferenceError, missingReferenceIssue } from './missing-reference-error.js';
export { type OpenStoreOptions, openStore } from './open-store.js';
export { ReferencedError } from './referenced-error.js';
export { ERASED_USER_NAME, erasedUserEmail } from './repositories/users.js';
export { defaultDatabaseUrl, resolveDatabaseUrl, workspaceRoot } from './resolve-database-url.js';
export { seedDemo } from './seed-demo.js';
export { polishSortKey } from './sort-key.js';
export type * from './types.js';
