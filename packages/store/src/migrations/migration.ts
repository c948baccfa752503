import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect/seam.js';

/**
 * A frozen, forward-only schema change. Once released, a migration never changes: a new need gets a
 * new file. Add it to `migrations/index.ts`, in order.
 */
export interface Migration {
  /** Sortable and unique: `0002-scheduled-index`. */
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was then, not today's types
  up(db: Kysely<any>, dialect: { name: DialectName; keyText: string }): Promise<void>;
}
