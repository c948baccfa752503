export { testEnv } from './env.js';
export { type RawRequestOptions, type RawResponse, rawRequest } from './http.js';
export { dropSchema, freshSchema, postgresUnavailable } from './postgres.js';
export {
  jsDocsMentioning,
  packedManifest,
  prepublishAs,
  publishingProblems,
  type ReadmeBlock,
  readmeBlocks,
  runReadmeExample,
} from './readme.js';
export { sharedFile } from './shared.js';
export { foreignSqliteFile, sqliteTables } from './sqlite.js';
