import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

// Any import of a module with I/O would tie the domain to one runtime (DESIGN.md: "No I/O").
const NODE_IMPORT =
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](node:[^'"]+|fs|path|os|crypto|url|child_process)['"]/;

describe('browser safety', () => {
  it('no source file imports a Node built-in (tests may)', () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => NODE_IMPORT.test(readFileSync(f, 'utf8'))).map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });

  it('the pattern would catch one', () => {
    expect(NODE_IMPORT.test("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(NODE_IMPORT.test("const p = await import('node:path')")).toBe(true);
    expect(NODE_IMPORT.test("import { z } from 'zod';")).toBe(false);
  });

  it('src/index.ts bundles for the browser with no node: imports', async () => {
    const result = await build({
      entryPoints: [join(srcDir, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(/['"]node:/);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('zod'))).toBe(true);
    expect(inputs.filter((p) => p.startsWith('node:'))).toEqual([]);
  }, 60_000);

  it('a bundle that imports node: fails for the browser, so the check above can fail', async () => {
    const attempt = build({
      stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);", loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    });
    await expect(attempt).rejects.toThrow(/node:fs/);
  });
});
