import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The declarations the compiler keeps in a file's `.d.ts` without `export`: the declaration emitter
 * keeps a private type only when an exported signature names it, so each one is a type consumers meet
 * (in a parameter, a return, a constant's type) but cannot import by name.
 */
function unexportedPublicTypes(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(pkgDir, 'tsconfig.json'),
    { noEmit: false, declaration: true, emitDeclarationOnly: true, noCheck: true, outDir: join(pkgDir, 'types-check') },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const entries = ['src/index.ts', 'src/validate/index.ts'].map((f) => join(pkgDir, f));
  const program = ts.createProgram(entries, config.options);
  const found: string[] = [];
  program.emit(undefined, (fileName, text) => {
    if (!fileName.endsWith('.d.ts')) return;
    const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest);
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement))
        continue;
      const exported = ts
        .getModifiers(statement as ts.HasModifiers)
        ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (exported) continue;
      const names = ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => d.name.getText(file))
        : [(statement as ts.DeclarationStatement).name?.getText(file) ?? statement.getText(file).slice(0, 40)];
      const where = relative(join(pkgDir, 'types-check'), dirname(fileName));
      for (const name of names) found.push(`${join(where, fileName.split('/').pop() ?? '')}: ${name}`);
    }
  });
  return found.sort();
}

describe('public types', () => {
  it('every type a public signature names is exported (a consumer can write it down)', () => {
    expect(unexportedPublicTypes()).toEqual([]);
  }, 60_000);
});
