import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe('workspaceRoot outside a workspace', () => {
  it('is the current folder when no folder above the module holds pnpm-workspace.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-no-workspace-'));
    try {
      expect(workspaceRoot(join(dir, 'node_modules', '@org', 'store', 'dist', 'index.js'))).toBe(process.cwd());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the store's docs", () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  /** Every source file whose JSDoc ships in dist/index.d.ts (tests and test helpers do not). */
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'test'
          ? []
          : sources(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
          ? [join(dir, e.name)]
          : [],
    );

  it('name no folder of the machine they were written on', () => {
    const root = workspaceRoot();
    const files = sources(here);
    expect(files).toContain(join(here, 'resolve-database-url.ts'));
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(root);
    expect(readme).not.toContain(root);
  });

  it('say first that the package is internal, and where the default database is outside a workspace', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { private?: boolean };
    expect(pkg.private).toBe(true);
    const intro = readme.split('\n## ')[0] ?? '';
    expect(intro.split('\n\n')[1]).toMatch(
      /^\*\*Internal to the Mosty apps\.\*\* This package is private .* not published/s,
    );
    expect(readme).toContain('Outside a pnpm workspace');
    expect(readme).toContain('`data/mosty.db` under `process.cwd()`');
  });
});
