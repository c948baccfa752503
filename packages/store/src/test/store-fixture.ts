/**
 * The store a dialect's test works on, as a vitest fixture: opened on a stepping clock before the test
 * (after `prepare`, say the demo seed or a user), disposed after it whatever happened, and the test
 * skipped, saying why, where the dialect cannot run (under `CI=true` an unreachable PostgreSQL fails
 * the suite instead: see `@org/testkit`'s `postgresUnavailable`).
 *
 * @example
 * describe.each(DIALECTS)('references on $name', (dialect) => {
 *   const it = storeTest(dialect, { prepare: seedDemo });
 *   it('…', async ({ store, t }) => { … });
 * });
 */
import { test } from 'vitest';
import type { OpenStoreOptions } from '../open-store.js';
import { seedDemo } from '../seed-demo.js';
import type { Store } from '../types.js';
import type { DialectCase, TestStore } from './dialects.js';
import { steppingClock } from './fixtures.js';

export interface StoreFixtures {
  /** The test's own database (`reopen` opens it again, `dispose` runs after the test). */
  t: TestStore;
  /** `t.store`, prepared. */
  store: Store;
}

export function storeTest(
  dialect: DialectCase,
  setup: { prepare?: (store: Store) => Promise<unknown>; open?: OpenStoreOptions } = {},
) {
  return test.extend<StoreFixtures>({
    t: async ({ skip }, use) => {
      if (dialect.unavailable) skip(`skipped: ${dialect.unavailable}`);
      const t = await dialect.open({ now: steppingClock(), ...setup.open });
      try {
        if (setup.prepare) await setup.prepare(t.store);
        await use(t);
      } finally {
        await t.dispose();
      }
    },
    store: async ({ t }, use) => use(t.store),
  });
}

/** The demo seed, loaded through the repositories: the records most reference tests point at. */
export const withSeed = (store: Store): Promise<unknown> => seedDemo(store);

/** An editor to act as (`{ userId }`) in audited writes. */
export async function editorId(store: Store): Promise<string> {
  const user = await store.users.create({
    email: 'redakcja@mosty.test',
    name: 'Redakcja',
    role: 'editor',
    password: 'correct horse battery staple',
  });
  return user.id;
}
