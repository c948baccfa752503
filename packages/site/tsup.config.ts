import { defineConfig } from 'tsup';

// ESM only (shared/TOOLCHAIN.md); the workspace packages stay external, so the apps share one copy.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
