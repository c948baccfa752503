export { testEnv } from './env.js';
export { sharedFile } from './shared.js';
