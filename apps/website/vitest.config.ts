import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  resolve: { alias: workspaceAliases },
  test: { name: 'website', environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
});
