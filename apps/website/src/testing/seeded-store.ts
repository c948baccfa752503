import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoWorld } from '@org/demo';
import { loadWorld, openStore, type Store } from '@org/store';

/**
 * A real SQLite store in a temporary folder, loaded with a world by the store's own `loadWorld`
 * (validation, indexes and versions included). Tests only.
 */
export async function seededStore(
  world: DemoWorld,
): Promise<{ store: Store; url: string; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-website-'));
  const url = join(dir, 'mosty.db');
  const store = await openStore(url);
  await loadWorld(store, world);
  return {
    store,
    url,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
