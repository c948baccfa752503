import { defineProject } from 'vitest/config';
import { siteViews, workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  plugins: [siteViews],
  resolve: { alias: workspaceAliases },
  test: { name: 'site', environment: 'node', testTimeout: 30_000 },
});
