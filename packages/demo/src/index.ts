export { type GenerateOptions, generateWorld, prng } from './generator.js';
export { type ProvenanceNote, SEED_FUNDING_STATEMENT, SEED_IDS, SEED_PROVENANCE, seedWorld } from './seed.js';
export type { DemoWorld } from './world.js';
