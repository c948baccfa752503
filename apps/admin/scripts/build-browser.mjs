// The browser bundle: field validation with the @org/domain schemas and the agenda editor, as one
// external file (the CSP allows no inline script). Run after tsup, which cleans dist/.
import { build } from 'esbuild';

await build({
  entryPoints: { admin: new URL('../src/browser/main.ts', import.meta.url).pathname },
  outdir: new URL('../dist/public', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  sourcemap: true,
  logLevel: 'warning',
});
