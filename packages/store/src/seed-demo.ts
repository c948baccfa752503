import { seedWorld } from '@org/demo';
import { type LoadResult, loadWorld } from './load-world.js';
import type { Store } from './types.js';

/**
 * Loads the seed event and its world from `@org/demo` (the venue, organisations, people, grant,
 * posts and cooperation it needs). Idempotent: a second run adds nothing, and a record staff have
 * since edited or deleted is left as it is.
 *
 * @example
 * await seedDemo(store); // { added: 24, skipped: 0, … }
 * await seedDemo(store); // { added: 0, skipped: 24, … }
 */
export function seedDemo(store: Store): Promise<LoadResult> {
  return loadWorld(store, seedWorld());
}
