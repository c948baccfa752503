import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoreEnv } from './env.js';
import { defaultDatabaseUrl, resolveDatabaseUrl, workspaceRoot } from './resolve-database-url.js';

describe('resolveDatabaseUrl', () => {
  it('takes DATABASE_URL when set, else data/mosty.db under the workspace root found from this file', () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: 'postgres://db/mosty' })).toBe('postgres://db/mosty');
    const root = workspaceRoot();
    expect(existsSync(join(root, 'pnpm-workspace.yaml'))).toBe(true);
    expect(resolveDatabaseUrl({})).toBe(join(root, 'data', 'mosty.db'));
    expect(resolveDatabaseUrl({ DATABASE_URL: '  ' })).toBe(defaultDatabaseUrl());
  });

  it('validates the environment and refuses an empty DATABASE_URL with a message', () => {
    expect(loadStoreEnv({ DATABASE_URL: 'file:./x.db' })).toEqual({ DATABASE_URL: 'file:./x.db' });
    expect(loadStoreEnv({})).toEqual({});
    expect(() => loadStoreEnv({ DATABASE_URL: '' })).toThrow(/DATABASE_URL/);
  });
});
