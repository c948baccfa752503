import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { siteViews, workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  plugins: [siteViews],
  resolve: {
    // The subpath entry first: a prefix alias for '@org/formats' would otherwise swallow it.
    alias: {
      '@org/formats/validate': fileURLToPath(new URL('../formats/src/validate/index.ts', import.meta.url)),
      ...workspaceAliases,
    },
  },
  test: { name: 'site', environment: 'node', testTimeout: 30_000 },
});
