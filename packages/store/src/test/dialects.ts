import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema, freshSchema, postgresUnavailable, testEnv } from '@org/testkit';
import { type OpenStoreOptions, openStore } from '../open-store.js';
import type { Store } from '../types.js';

/** A store the test owns, and how to throw it away. */
export interface TestStore {
  store: Store;
  /** The URL (and schema) that opens the same database again. */
  url: string;
  schema?: string;
  reopen(options?: OpenStoreOptions): Promise<Store>;
  dispose(): Promise<void>;
}

export interface DialectCase {
  name: 'sqlite' | 'postgres';
  /** Why the dialect cannot run here, or null when it can. */
  unavailable: string | null;
  open(options?: OpenStoreOptions): Promise<TestStore>;
}

const pgReason = await postgresUnavailable();

export const sqliteCase: DialectCase = {
  name: 'sqlite',
  unavailable: null,
  async open(options) {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-store-'));
    const url = join(dir, 'mosty.db');
    const opened: Store[] = [];
    const reopen = async (more?: OpenStoreOptions) => {
      const s = await openStore(url, { ...options, ...more });
      opened.push(s);
      return s;
    };
    const store = await reopen();
    return {
      store,
      url,
      reopen,
      async dispose() {
        for (const s of opened) await s.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresCase: DialectCase = {
  name: 'postgres',
  unavailable: pgReason,
  async open(options) {
    const schema = freshSchema();
    const opened: Store[] = [];
    const reopen = async (more?: OpenStoreOptions) => {
      const s = await openStore(testEnv.PG_URL, { ...options, schema, ...more });
      opened.push(s);
      return s;
    };
    const store = await reopen();
    return {
      store,
      url: testEnv.PG_URL,
      schema,
      reopen,
      async dispose() {
        for (const s of opened) await s.close().catch(() => {});
        await dropSchema(schema);
      },
    };
  },
};

/** Both dialects, for `describe.each`. */
export const DIALECTS: DialectCase[] = [sqliteCase, postgresCase];
