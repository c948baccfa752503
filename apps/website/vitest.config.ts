import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { siteViews, workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  plugins: [siteViews],
  resolve: {
    // The subpath entry first: a prefix alias for '@org/formats' would otherwise swallow it.
    alias: {
      '@org/formats/validate': fileURLToPath(new URL('../../packages/formats/src/validate/index.ts', import.meta.url)),
      ...workspaceAliases,
    },
  },
  test: { name: 'website', environment: 'node', testTimeout: 60_000, hookTimeout: 180_000 },
});
