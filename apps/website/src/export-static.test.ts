import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresUnavailable, testEnv } from '@org/testkit';
import { afterAll, describe, expect, it } from 'vitest';

// The export as `pnpm --filter @org/website export -- …` runs it: src/export-static.ts in a child process whose
// folder is apps/website, with pnpm's INIT_CWD naming the folder the command was typed in.
const appDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mosty-export-static-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pgReason = await postgresUnavailable();

/**
 * Runs the export with `args` and `env` over this process's environment, and what it printed: from the
 * source, or from the build (`dist`), which worker threads need: a worker thread cannot load TypeScript.
 */
function runExport(args: string[], env: Record<string, string>, from: 'src' | 'dist' = 'src') {
  const entry = from === 'src' ? ['--import', 'tsx', 'src/export-static.ts'] : [distEntry];
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const distEntry = join(appDir, 'dist', 'export-static.js');

/** Every file under a folder, by its path in it, with its bytes. */
function filesUnder(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      files.set(relative(root, file), readFileSync(file));
    }
  return files;
}

/** stderr without the warning every run without SITE_CONFIG gives. */
const problems = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((line) => line && !line.includes('SITE_CONFIG is not set'));

describe('export-static', () => {
  it('takes the `--` pnpm 10 passes on, and writes a relative --out under the folder the command was run in', async () => {
    const typedIn = mkdtempSync(join(dir, 'typed-in-'));
    const result = await runExport(['--', '--out', 'site', '--workers', '1'], {
      INIT_CWD: typedIn,
      DATABASE_URL: join(dir, 'export.db'),
    });
    expect(result.stderr + result.stdout).not.toMatch(/Unexpected argument/);
    expect(result.code).toBe(0);
    expect(existsSync(join(typedIn, 'site', 'index.html'))).toBe(true);
    expect(result.stdout).toContain(`to ${join(typedIn, 'site')} in`);
  });

  it('says in --help where a relative --out goes', async () => {
    const result = await runExport(['--', '--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/relative .*INIT_CWD/);
  });

  it('refuses an option it does not know in one line, with exit code 2', async () => {
    const result = await runExport(['--out', join(dir, 'never'), '--wrokers', '2'], {});
    expect(result.code).toBe(2);
    expect(problems(result.stderr)).toEqual([expect.stringMatching(/^export: .*"--wrokers".*\.$/)]);
  });

  it.skipIf(pgReason !== null)(
    `says why it failed in one English line, with exit code 1${pgReason ? ` (skipped: ${pgReason})` : ''}`,
    async () => {
      const url = new URL(testEnv.PG_URL);
      url.pathname = '/mosty_no_such_db';
      const result = await runExport(['--out', join(dir, 'never')], { DATABASE_URL: url.href });
      expect(result.code).toBe(1);
      const lines = problems(result.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^export: failed \[DATABASE_OPEN\]: Cannot connect to PostgreSQL at /);
      expect(lines[0]).toContain('database "mosty_no_such_db" does not exist');
      expect(existsSync(join(dir, 'never'))).toBe(false);
    },
  );

  it('writes the same files, byte for byte, with several worker threads as with one', async () => {
    // Worker threads run the built file (the package's `export` script runs it too): `pnpm test` builds first.
    if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`pnpm build\` before this test.`);
    const db = join(dir, 'threads.db');
    const one = await runExport(['--out', join(dir, 'one-thread'), '--workers', '1'], { DATABASE_URL: db }, 'dist');
    expect(problems(one.stderr)).toEqual([]);
    expect(one.stdout).toContain('(one thread)');
    const three = await runExport(
      ['--out', join(dir, 'three-threads'), '--workers', '3'],
      { DATABASE_URL: db },
      'dist',
    );
    expect(problems(three.stderr)).toEqual([]);
    expect(three.code).toBe(0);
    expect(three.stdout).toContain('(3 worker threads)');
    const single = filesUnder(join(dir, 'one-thread'));
    const shared = filesUnder(join(dir, 'three-threads'));
    expect(single.size).toBeGreaterThan(50);
    expect([...shared.keys()].sort()).toEqual([...single.keys()].sort());
    const differing = [...single].filter(([path, bytes]) => !bytes.equals(shared.get(path) as Buffer)).map(([p]) => p);
    expect(differing).toEqual([]);
    // Both runs count the same pages.
    const pages = (out: string) => out.match(/exported (\d+) pages \((\d+) files/)?.slice(1);
    expect(pages(three.stdout)).toEqual(pages(one.stdout));
  });
});
