// The browser bundle: field validation with the @org/domain schemas, relation pickers and the agenda
// editor, as one external file (the CSP allows no inline script), plus the stylesheet. Run after tsup,
// which cleans dist/. `node scripts/build-browser.mjs [outdir]`.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * zod's classic entry re-exports every one of its ~50 message locales as a namespace (`z.locales`), which
 * esbuild cannot shake: they were about 250 KB of the 618 KB bundle, in Hebrew, Tamil, Khmer... The
 * forms never use them: the domain words each issue itself in Polish or English (issue-messages.ts), and
 * zod configures its English messages from `locales/en.js` directly. So zod's locale index resolves to
 * one that holds English only; `z.locales.de` and the like are undefined in the browser.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)
        ? { path: join(args.resolveDir, '../locales/index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

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
  plugins: [zodEnglishOnly],
});
await copyFile(fileURLToPath(new URL('../src/public/admin.css', import.meta.url)), `${outdir}/admin.css`);
