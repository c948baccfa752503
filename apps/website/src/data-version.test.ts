import { seedWorld } from '@org/demo';
import type { SiteStore } from '@org/site';
import { openStore } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataVersion } from './data-version.js';
import { nextTurn } from './testing/next-turn.js';
import { seededStore } from './testing/seeded-store.js';

let env: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  env = await seededStore(seedWorld());
});
afterAll(async () => env?.dispose());

describe('DataVersion over the store’s change feed', () => {
  it('reads the feed once per turn of the event loop, and again in the next turn, seeing another connection’s write', async () => {
    // The real store and its real feed, counted on the way through.
    let reads = 0;
    const counted: SiteStore = {
      ...env.store,
      changes: async () => {
        const feed = await env.store.changes();
        return {
          version: () => {
            reads++;
            return feed.version();
          },
          close: () => feed.close(),
        };
      },
    };
    const versions = new DataVersion(counted);
    try {
      const first = await versions.current();
      await nextTurn();
      reads = 0;
      const a = versions.current();
      const b = versions.current();
      expect(reads).toBe(1);
      expect(a).toBe(b);
      expect(a).toBe(first);
      // Another process writes; a request in a later turn must see it.
      const other = await openStore(env.url);
      try {
        const org = (await other.organizations.list({ limit: 1 })).items[0]!;
        await other.organizations.update(org.id, org.version, { ...org, shortName: 'Zmiana' });
      } finally {
        await other.close();
      }
      await nextTurn();
      expect(versions.current()).not.toBe(first);
      expect(reads).toBe(2);
    } finally {
      await versions.close();
    }
  });
});
