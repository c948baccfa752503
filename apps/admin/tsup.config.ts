import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/server.ts', 'src/cli/user-create.ts', 'src/cli/import-terc.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
});
