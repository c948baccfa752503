import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoWorld } from '@org/demo';
import { openStore, type Store } from '@org/store';

/**
 * A real SQLite store in a temporary folder, loaded with a world through the store's own
 * repositories (validation, indexes and versions included). Tests only.
 */
export async function seededStore(
  world: DemoWorld,
): Promise<{ store: Store; url: string; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-website-'));
  const url = join(dir, 'mosty.db');
  const store = await openStore(url);
  await load(store, world);
  return {
    store,
    url,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates every record of a world, parents first. */
export async function load(store: Store, world: DemoWorld): Promise<void> {
  for (const a of world.authorities) await store.authorities.create(a);
  for (const o of world.organizations) await store.organizations.create(o);
  for (const v of world.venues) await store.venues.create(v);
  for (const p of world.people) await store.people.create(p);
  for (const g of world.grants) await store.grants.create(g);
  for (const e of world.events) await store.events.create(e);
  for (const p of world.posts) await store.posts.create(p);
  for (const c of world.cooperations) await store.cooperations.create(c);
}
