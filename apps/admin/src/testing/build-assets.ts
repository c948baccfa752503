import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: builds the browser bundle and stylesheet into dist/public, as `pnpm build` does. */
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-browser.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
}
