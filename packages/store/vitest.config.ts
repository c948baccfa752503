import { defineProject } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  resolve: { alias: workspaceAliases },
  // Database tests open files and servers; generous timeouts keep a busy 2-core machine from flaking.
  test: { name: 'store', environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
