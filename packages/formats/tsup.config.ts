import { defineConfig } from 'tsup';

// ESM only: Node >= 20.19 can require() ESM (shared/TOOLCHAIN.md).
export default defineConfig({
  entry: { index: 'src/index.ts', 'validate/index': 'src/validate/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
