import { defineConfig } from 'tsup';

// ESM only (shared/TOOLCHAIN.md). Native and driver packages stay external: better-sqlite3 loads a
// compiled addon, and pg is loaded only when a postgres:// URL asks for it.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli/migrate.ts', 'src/cli/seed-demo.ts', 'src/cli/import-terc.ts', 'src/cli/check.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  external: ['better-sqlite3', 'pg', 'kysely'],
});
