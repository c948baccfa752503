import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  jsDocsMentioning,
  packedManifest,
  publishingProblems,
  readmeBlocks,
  runReadmeExample,
  testEnv,
} from '@org/testkit';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

/** The README's runnable block (the first ```js block) and the output it documents (the ```text block after it). */
function readmeExample(): { code: string; output: string[] } {
  const block = readmeBlocks(readme).find((b) => b.lang === 'js');
  if (!block?.output) throw new Error('README.md has no ```js block followed by "It prints:" and a ```text block');
  return { code: block.code, output: block.output };
}

// Child processes (node, npm) take seconds on a loaded 2-core machine: these tests get 60 s, not 5.
const built = existsSync(join(pkgDir, 'dist', 'index.js'));

describe('README.md', () => {
  it('its example prints what the README says (run against src)', async () => {
    const { code, output } = readmeExample();
    // The vitest alias maps '@org/domain' to src/index.ts for the example too.
    expect(await runReadmeExample(code, 'domain')).toEqual(output);
  }, 60_000);

  it.skipIf(!built && !testEnv.CI)(
    'its example prints the same with the built package in plain Node (skipped outside CI when dist/ is not built; CI builds first)',
    () => {
      const { code, output } = readmeExample();
      // The built entry, imported by URL: its own imports (zod, date-fns) resolve from the package's node_modules.
      const dist = new URL('../dist/index.js', import.meta.url).href;
      const dir = join(tmpdir(), `mosty-domain-readme-dist-${process.pid}`);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'example.mjs');
      writeFileSync(file, code.replace(/from '@org\/domain'/, `from '${dist}'`));
      try {
        const stdout = execFileSync(process.execPath, [file], { encoding: 'utf8' });
        expect(stdout.trimEnd().split('\n')).toEqual(output);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('points to sources a reader of the published package can open, not to files of the Mosty repository', () => {
    expect(readme).not.toMatch(/shared\/|DOMAIN-PL/);
    expect(jsDocsMentioning(join(pkgDir, 'src'), /shared\/|DOMAIN-PL/)).toEqual([]);
  });

  it('lists every function the issue requires', () => {
    for (const name of [
      'isValidNip',
      'isValidRegon',
      'isValidKrs',
      'isValidTerc',
      'isValidPostalCode',
      'isValidPolishIban',
      'slugify',
      'fundingStatement',
      'agendaProblems',
      'formatEventTime',
      'EventSchema',
    ])
      expect(readme).toContain(`\`${name}`);
  });
});

describe('the API the README describes', () => {
  it('every schema FooSchema has its type Foo, as the README promises', async () => {
    const api = await import('./index.js');
    const schemas = Object.keys(api).filter((name) => /^[A-Z]\w*Schema$/.test(name));
    // The type names the sources export (`export type Foo =`, `export interface Foo`, `type Foo` in a list).
    const srcDir = join(pkgDir, 'src');
    const types = new Set<string>();
    for (const file of readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = readFileSync(join(srcDir, file), 'utf8');
      for (const m of source.matchAll(/export (?:type|interface) (\w+)/g)) types.add(m[1] as string);
      for (const m of source.matchAll(/export (?:type )?\{([^}]*)\}/g))
        for (const part of (m[1] as string).split(','))
          types.add(
            part
              .trim()
              .replace(/^type /, '')
              .split(/\s+as\s+/)
              .pop() as string,
          );
    }
    expect(schemas.length).toBeGreaterThan(40);
    expect(schemas.filter((name) => !types.has(name.replace(/Schema$/, '')))).toEqual([]);
  });
});

describe('the IBAN names', () => {
  // Named for what they take, Polish accounts only, before the first release: the first names
  // (parseIban, isValidIban, IbanSchema, Iban) were never published and must not come back as aliases.
  it('exports the Polish names and not the first ones', async () => {
    const api: Record<string, unknown> = await import('./index.js');
    for (const now of ['parsePolishIban', 'isValidPolishIban', 'PolishIbanSchema']) expect(api[now], now).toBeDefined();
    for (const old of ['parseIban', 'isValidIban', 'IbanSchema']) expect(api[old], old).toBeUndefined();
  });
});

describe('package.json and the packed package', () => {
  it('is ESM only, side-effect free, with types first in exports', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.exports['.'])).toEqual(['types', 'default']);
    expect(pkg.files).toEqual(['dist', 'CHANGELOG.md']);
  });

  it('says where its source, home page and issue tracker are, its folder in the monorepo included', () => {
    expect(pkg.repository).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/),
      directory: 'packages/domain',
    });
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(pkg.homepage).toBe(`${repo}/tree/main/packages/domain#readme`);
    expect(pkg.bugs).toEqual({ url: `${repo}/issues` });
  });

  it('is published as a public scoped package, whichever command publishes it', () => {
    // A scoped package is restricted by default: a plain `pnpm publish` would fail on a free npm account.
    expect(pkg.publishConfig).toEqual({ access: 'public' });
  });

  it.skipIf(!built && !testEnv.CI)(
    'loads with require() from CommonJS on Node 20.19+, as its README says (skipped outside CI when dist/ is not built; CI builds first)',
    () => {
      // Node's own require(esm), in a child process: the README's promise to CommonJS users, checked on the built package.
      const out = execFileSync(
        process.execPath,
        ['-e', "const d = require('@org/domain'); console.log(typeof d.isValidNip, d.slugify('Łódź'))"],
        { cwd: pkgDir, encoding: 'utf8' },
      );
      expect(out.trim()).toBe('function lodz');
    },
    60_000,
  );

  it('builds itself before it is packed, so a pack or publish from a fresh clone ships dist/', () => {
    expect(pkg.scripts.prepack).toBe(pkg.scripts.build);
  });

  it('is published as npm users install it: by pnpm only, with version ranges, caret ranges for its dependencies', () => {
    expect(publishingProblems(pkgDir)).toEqual([]);
    expect(Object.keys(packedManifest(pkgDir).dependencies as object).sort()).toEqual([
      '@date-fns/tz',
      'date-fns',
      'zod',
    ]);
  }, 60_000);

  it('depends only on zod, date-fns and @date-fns/tz', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'zod']);
    expect(pkg.peerDependencies).toBeUndefined();
  });

  it.skipIf(!built && !testEnv.CI)(
    'packs only dist, README.md, LICENSE, package.json and the CHANGELOG.md `changeset version` writes (skipped outside CI when dist/ is not built; CI builds first)',
    () => {
      const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: pkgDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
      const changelog = existsSync(join(pkgDir, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : [];
      expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual([
        ...changelog,
        'LICENSE',
        'README.md',
        'package.json',
      ]);
      expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts']));
      expect(files.some((f) => f.includes('.test.'))).toBe(false);
    },
    60_000,
  );
});

// The `date-fns` and `date-fns/locale` barrels load every function and every locale (~1 s together in
// Node, on every import of this package); one function or one locale per subpath loads only it.
const DATE_FNS_IMPORT = /(?:from\s*|import\s*\(\s*)['"](date-fns(?:\/[^'"]*)?)['"]/g;
const SINGLE_DATE_FNS_MODULE = /^date-fns\/(?:locale\/[A-Za-z]{2,3}(?:-[A-Za-z]+)?|(?!locale$)[A-Za-z]+)$/;
const dateFnsImports = (code: string): string[] => [...code.matchAll(DATE_FNS_IMPORT)].map((m) => m[1] as string);
const barrels = (code: string): string[] => dateFnsImports(code).filter((s) => !SINGLE_DATE_FNS_MODULE.test(s));

describe('date-fns is imported one function and one locale at a time', () => {
  it('the check refuses the barrels and accepts single modules', () => {
    expect(barrels(`import { enGB, pl } from 'date-fns/locale';\nimport { addDays } from "date-fns";`)).toEqual([
      'date-fns/locale',
      'date-fns',
    ]);
    expect(barrels(`import { pl } from "date-fns/locale/pl";\nimport { enGB } from 'date-fns/locale/en-GB';`)).toEqual(
      [],
    );
    expect(barrels(`import { addDays } from "date-fns/addDays"; import { tzOffset } from "@date-fns/tz";`)).toEqual([]);
  });

  it('in the sources', () => {
    const srcDir = join(pkgDir, 'src');
    const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const imports = files.flatMap((f) => dateFnsImports(readFileSync(join(srcDir, f), 'utf8')));
    expect(imports).toContain('date-fns/locale/pl');
    expect(imports.filter((s) => !SINGLE_DATE_FNS_MODULE.test(s))).toEqual([]);
  });

  it.skipIf(!built && !testEnv.CI)(
    'in the built dist/index.js (skipped outside CI when dist/ is not built; CI builds first)',
    () => {
      const code = readFileSync(join(pkgDir, 'dist', 'index.js'), 'utf8');
      expect(dateFnsImports(code)).toEqual(expect.arrayContaining(['date-fns/locale/pl', 'date-fns/locale/en-GB']));
      expect(barrels(code)).toEqual([]);
    },
  );
});
