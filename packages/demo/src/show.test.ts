import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// show.ts is built from this source by tsup, the tool that builds dist/show.js, so what runs is this
// source and never a stale dist/ (the package has no TypeScript loader such as tsx, and takes no new
// dependency for one). The output goes to a folder of the package, under node_modules/ which git
// ignores, so that its import of @org/domain resolves as dist/show.js's does: to the built domain.
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
let outDir = '';
let script = '';

beforeAll(async () => {
  const cache = join(pkgDir, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  outDir = mkdtempSync(join(cache, 'show-test-'));
  await build({
    config: false,
    entry: { show: join(pkgDir, 'src', 'show.ts') },
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    external: ['@org/domain'],
    tsconfig: join(pkgDir, 'tsconfig.json'),
    silent: true,
  });
  script = join(outDir, 'show.mjs');
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script in its own node process with these arguments. */
const show = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: pkgDir, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

// Child processes take seconds on a loaded 2-core machine: these tests get 60 s, not 5.
describe('show (the seed event as a reader sees it), run as a script', () => {
  it('prints Polish for --lang pl and --lang=pl, as with no --lang', async () => {
    const [bare, spaced, joined] = await Promise.all([show(), show('--lang', 'pl'), show('--lang=pl')]);
    for (const run of [bare, spaced, joined]) expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(spaced.stdout).toBe(bare.stdout);
    expect(joined.stdout).toBe(bare.stdout);
    expect(bare.stdout).toContain('\n26 listopada 2026, 10:00–14:00\n');
    expect(bare.stdout).toContain('  Dyskusja w grupach\n');
    expect(bare.stdout).toContain('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
  }, 60_000);

  it('prints English for --lang en and --lang=en, and after the -- that pnpm passes on from `pnpm start -- --lang en`', async () => {
    const [spaced, joined, afterDashes, polish] = await Promise.all([
      show('--lang', 'en'),
      show('--lang=en'),
      show('--', '--lang', 'en'),
      show('--lang', 'pl'),
    ]);
    for (const run of [spaced, joined, afterDashes]) expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(joined.stdout).toBe(spaced.stdout);
    expect(afterDashes.stdout).toBe(spaced.stdout);
    expect(spaced.stdout).not.toBe(polish.stdout);
    expect(spaced.stdout).toContain('\n26 November 2026, 10:00–14:00\n');
    expect(spaced.stdout).toContain('  Discussion: Dyskusja w grupach\n');
    expect(spaced.stdout).toContain('Public task financed from the budget of the Mazowieckie Voivodeship');
    expect(spaced.stdout).not.toContain('listopada');
  }, 60_000);

  it('refuses another language with exit code 2, saying in English what was given and what is accepted', async () => {
    const runs = await Promise.all([show('--lang', 'de'), show('--lang=de'), show('--lang', 'en', '--lang', 'de')]);
    for (const run of runs)
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'show: --lang must be pl or en, got "de"\n' });
  }, 60_000);

  it('refuses a missing value, another option and an argument with exit code 2, printing nothing else', async () => {
    const [missing, option, argument] = await Promise.all([show('--lang'), show('--langue', 'en'), show('en')]);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'show: --lang needs a value: pl or en\n' });
    expect(option).toEqual({
      code: 2,
      stdout: '',
      stderr: 'show: unknown option "--langue"; it takes only --lang pl or --lang en\n',
    });
    expect(argument).toEqual({
      code: 2,
      stdout: '',
      stderr: 'show: unexpected argument "en"; it takes only --lang pl or --lang en\n',
    });
  }, 60_000);
});
