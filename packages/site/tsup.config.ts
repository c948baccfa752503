import { defineConfig } from 'tsup';
import { precompileJsxEsbuild } from './build/precompile-jsx.js';

// ESM only (shared/TOOLCHAIN.md); the workspace packages stay external, so the apps share one copy.
// The views are compiled to hono/jsx's precompiled form (build/precompile-jsx.ts): the same HTML in a
// fraction of the render time.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  esbuildPlugins: [precompileJsxEsbuild()],
});
