import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  resolve: { alias: workspaceAliases },
  // Each test spawns the built CLI, which opens a real SQLite store: seconds on a busy 2-core machine.
  test: { name: 'exporter', environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
