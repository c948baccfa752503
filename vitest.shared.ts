import { fileURLToPath } from 'node:url';

/**
 * Tests run against the packages' sources, not their `dist/`: a change is seen without a rebuild and
 * coverage maps to `src/`. Node, tsc and the built apps still resolve `@org/*` through `exports`.
 */
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export const workspaceAliases = {
  '@org/domain': src('domain'),
  '@org/demo': src('demo'),
  '@org/store': src('store'),
  '@org/formats': src('formats'),
  '@org/site': src('site'),
  '@org/testkit': src('testkit'),
};
