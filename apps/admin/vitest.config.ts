import { defineProject } from 'vitest/config';
import { siteViews, workspaceAliases } from '../../vitest.shared.js';

export default defineProject({
  plugins: [siteViews],
  resolve: { alias: workspaceAliases },
  test: {
    name: 'admin',
    environment: 'node',
    globalSetup: ['./src/testing/build-assets.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
