import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fenced code block of a README, with the output the README documents for it. */
export interface ReadmeBlock {
  /** The fence's language: `js`, `ts`, `sh`, … */
  lang: string;
  code: string;
  /** The ```text block right after it (after "It prints:"), if any: what running it prints, line by line. */
  output?: string[];
}

/**
 * The fenced code blocks of a README in order, each with the ```text block that follows it after
 * "It prints:" as its documented output.
 *
 * @example
 * readmeBlocks('```js\nconsole.log(1)\n```\n\nIt prints:\n\n```text\n1\n```\n') // [{ lang: 'js', code: 'console.log(1)\n', output: ['1'] }]
 */
export function readmeBlocks(readme: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  for (const m of readme.matchAll(/```(\w+)\n([\s\S]*?)```(?:\s*It prints:\s*```text\n([\s\S]*?)```)?/g)) {
    const [, lang = '', code = '', output] = m;
    if (lang === 'text') continue;
    blocks.push({ lang, code, ...(output === undefined ? {} : { output: output.trimEnd().split('\n') }) });
  }
  return blocks;
}

/**
 * The source files under `srcDir` (tests left out) whose JSDoc, which ships in the published `.d.ts`,
 * matches a pattern: to keep paths of this repository out of what a package's users read.
 */
export function jsDocsMentioning(srcDir: string, pattern: RegExp): string[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) =>
      (readFileSync(join(srcDir, f), 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? []).some((c) => pattern.test(c)),
    );
}

/**
 * Runs a README's JavaScript example in this process, as a module written to a temporary file (so the
 * test runner's aliases resolve its imports to the workspace's sources), and gives back what it printed
 * with `console.log`, line by line.
 */
export async function runReadmeExample(code: string, name: string): Promise<string[]> {
  const dir = join(tmpdir(), `mosty-readme-${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'example.mjs');
  writeFileSync(file, code);
  const printed: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
  };
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    console.log = log;
    rmSync(dir, { recursive: true, force: true });
  }
  return printed.join('\n').split('\n');
}

/**
 * What a package's `prepublishOnly` does when the given tool runs it: its exit status and what it said.
 * Run in the package's folder, as npm and pnpm run it.
 */
export function prepublishAs(pkgDir: string, userAgent: string): { status: number | null; stderr: string } {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const script = pkg.scripts?.prepublishOnly;
  if (typeof script !== 'string') throw new Error(`${pkgDir}/package.json has no prepublishOnly script`);
  const run = spawnSync(script, {
    cwd: pkgDir,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, npm_config_user_agent: userAgent, npm_package_name: pkg.name },
  });
  return { status: run.status, stderr: run.stderr };
}

/**
 * The package.json a package is published with, as `pnpm pack` writes it (workspace and catalog versions
 * written out as ranges): packed into a temporary folder, without running its scripts (`dist/` must be built).
 */
export function packedManifest(pkgDir: string): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-pack-'));
  try {
    execFileSync('pnpm', ['pack', '--pack-destination', dir, '--config.ignore-scripts=true'], {
      cwd: pkgDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${pkgDir}`);
    execFileSync('tar', ['-xzf', tarball, 'package/package.json'], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What stands in the way of publishing a package as npm users install it, as sentences (none: nothing):
 * `npm publish` must be refused (npm would ship `catalog:` and `workspace:` versions), `pnpm publish` let
 * through, and the pnpm-packed manifest must hold only version ranges, its runtime dependencies caret ranges
 * (or, where later releases break our engines, a bounded `>=a.b.c <x.y.z`).
 */
export function publishingProblems(pkgDir: string): string[] {
  const problems: string[] = [];
  const npm = prepublishAs(pkgDir, 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false');
  if (npm.status !== 1 || !npm.stderr.includes('publish it with pnpm'))
    problems.push(`npm publish is not refused (status ${npm.status}): ${npm.stderr}`);
  const pnpm = prepublishAs(pkgDir, 'pnpm/10.34.9 npm/? node/v20.20.2 linux x64');
  if (pnpm.status !== 0) problems.push(`pnpm publish is refused (status ${pnpm.status}): ${pnpm.stderr}`);
  const packed = packedManifest(pkgDir);
  if (/catalog:|workspace:/.test(JSON.stringify(packed)))
    problems.push('the packed manifest keeps catalog: or workspace:');
  // A caret range shares one copy with the project and takes patch releases; a bounded range
  // (`>=9.7.0 <9.7.2`) is for a dependency whose later releases break our engines (docx: nanoid 6 needs Node 22).
  for (const [name, range] of Object.entries((packed.dependencies ?? {}) as Record<string, string>))
    if (!/^\^\d+\.\d+\.\d+$/.test(range) && !/^>=\d+\.\d+\.\d+ <\d+\.\d+\.\d+$/.test(range))
      problems.push(`dependency ${name} is packed as "${range}", neither a caret range nor a bounded one`);
  return problems;
}
