import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  resolve: {
    // The subpath entry first: the prefix alias for '@org/formats' would otherwise swallow it.
    alias: {
      '@org/formats/validate': fileURLToPath(new URL('../../packages/formats/src/validate/index.ts', import.meta.url)),
      ...workspaceAliases,
    },
  },
  // Each test spawns the built CLI, which opens a real SQLite store: seconds on a busy 2-core machine.
  test: { name: 'exporter', environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
