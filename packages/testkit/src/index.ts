export { testEnv } from './env.js';
export { dropSchema, freshSchema, postgresUnavailable } from './postgres.js';
export { sharedFile } from './shared.js';
