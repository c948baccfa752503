// Builds the benchmark database: the generator's 10k events and 10k organisations. (The seed is left out:
// its people's slugs can collide with generated ones.)
// Usage: node make-db.mjs <file.db>
import { generateWorld } from '@org/demo';
import { loadWorld, openStore } from '@org/store';

const file = process.argv[2];
if (!file) throw new Error('usage: node make-db.mjs <file.db>');
const store = await openStore(file);
const started = performance.now();
const world = generateWorld({
  seed: 20250601,
  events: 10_000,
  organizations: 10_000,
  around: '2026-11-26T12:00:00+01:00',
});
const result = await loadWorld(store, world);
console.log(`loaded ${result.added} records in ${((performance.now() - started) / 1000).toFixed(1)} s into ${file}`);
await store.close();
