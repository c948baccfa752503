import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  resolve: {
    alias: {
      '@org/formats/validate': new URL('./src/validate/index.ts', import.meta.url).pathname,
      ...workspaceAliases,
    },
  },
  test: { name: 'formats', environment: 'node', testTimeout: 30_000 },
});
