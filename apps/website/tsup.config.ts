import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/server.ts', 'src/export-static.ts'],
  format: ['esm'],
  platform: 'node',
  sourcemap: true,
  clean: true,
  target: 'node20',
});
