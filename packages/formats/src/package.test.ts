import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsDocsMentioning, packedManifest, publishingProblems, readmeBlocks, runReadmeExample } from '@org/testkit';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

const code = (lang: string) => readmeBlocks(readme).filter((b) => b.lang === lang);

describe('README.md', () => {
  it('has JavaScript examples with their output and TypeScript ones', () => {
    expect(code('js').length).toBeGreaterThanOrEqual(2);
    expect(code('js').every((b) => b.output)).toBe(true);
    expect(code('ts').length).toBeGreaterThanOrEqual(2);
  });

  it('points to sources a reader of the published package can open, not to files of the Mosty repository', () => {
    expect(readme).not.toMatch(/shared\/|DOMAIN-PL/);
    expect(jsDocsMentioning(join(pkgDir, 'src'), /shared\/|DOMAIN-PL/)).toEqual([]);
  });

  it('imports only what a project that installs @org/formats has: it and its peer @org/domain, and Node', () => {
    for (const { code: source } of [...code('js'), ...code('ts')])
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g))
        expect(specifier).toMatch(/^(@org\/formats|@org\/formats\/validate|@org\/domain|node:[a-z/]+)$/);
  });

  it.each(code('js').map((b, i) => [i, b] as const))(
    'JavaScript example %i prints what the README says (run against src)',
    async (i, { code: source, output }) => {
      // The vitest aliases map '@org/formats' and '@org/domain' to their src for the example too.
      expect(await runReadmeExample(source, `formats-${i}`)).toEqual(output);
    },
    60_000,
  );

  it('its TypeScript examples compile with --strict --module nodenext (against src)', () => {
    const blocks = code('ts');
    const files = new Map(blocks.map((b, i) => [join(pkgDir, `readme-example-${i}.mts`), b.code]));
    const options: ts.CompilerOptions = {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      paths: {
        '@org/formats': [join(pkgDir, 'src/index.ts')],
        '@org/formats/validate': [join(pkgDir, 'src/validate/index.ts')],
        '@org/domain': [join(pkgDir, '../domain/src/index.ts')],
      },
    };
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.getSourceFile = (name, language, ...rest) => {
      const text = files.get(name);
      return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = [...files.keys()].flatMap((name) => {
      const file = program.getSourceFile(name);
      return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
        (d) => `${name.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    });
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('package.json', () => {
  it('ships dist and the CHANGELOG.md `changeset version` writes', () => {
    expect(pkg.files).toEqual(['dist', 'CHANGELOG.md']);
  });

  it('builds itself (and @org/domain, whose types it needs) before it is packed', () => {
    expect(pkg.scripts.prepack).toMatch(/^turbo run build --filter=@org\/formats\b/);
  });

  it('is published as npm users install it: by pnpm only, with version ranges, caret (or bounded) ranges for its dependencies', () => {
    expect(publishingProblems(pkgDir)).toEqual([]);
    expect((packedManifest(pkgDir).peerDependencies as Record<string, string>)['@org/domain']).toBe('^0.0.0 || ^0.1.0');
  }, 60_000);

  it('takes @org/domain as a peer, so a project has one copy of it and of its error classes', () => {
    expect(pkg.dependencies['@org/domain']).toBeUndefined();
    // A workspace range, written as a semver range into the packed package.json.
    expect(pkg.peerDependencies['@org/domain']).toMatch(/^workspace:\^/);
    expect(pkg.devDependencies['@org/domain']).toBe('workspace:*');
  });
});

describe('package.json metadata', () => {
  it('names its repository, folder, home page and issue tracker, as npm shows them', () => {
    expect(pkg.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/mosty/mosty.git',
      directory: 'packages/formats',
    });
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/mosty\/mosty\/tree\/main\/packages\/formats/);
    expect(pkg.bugs).toEqual({ url: 'https://github.com/mosty/mosty/issues' });
  });
});
