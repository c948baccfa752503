import { fileURLToPath } from 'node:url';
import { precompileJsxVite } from './packages/site/build/precompile-jsx.js';

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

const siteSources = fileURLToPath(new URL('./packages/site/src/', import.meta.url));

/**
 * `@org/site`'s views compiled as they ship (hono/jsx's precompiled form, see
 * packages/site/build/precompile-jsx.ts), so every test that renders a page renders what the
 * website serves. Projects that render the site's pages list it in `plugins`.
 */
export const siteViews = precompileJsxVite((id) => id.startsWith(siteSources));
