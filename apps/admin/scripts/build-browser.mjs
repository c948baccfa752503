// The browser bundle: field validation with the @org/domain schemas, relation pickers and the agenda
// editor, as one external file (the CSP allows no inline script), plus the stylesheet. Run after tsup,
// which cleans dist/. `node scripts/build-browser.mjs [outdir]`.
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? fileURLToPath(new URL('../dist/public', import.meta.url));
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { admin: fileURLToPath(new URL('../src/browser/main.ts', import.meta.url)) },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: true,
  logLevel: 'warning',
});
await copyFile(fileURLToPath(new URL('../src/public/admin.css', import.meta.url)), `${outdir}/admin.css`);
