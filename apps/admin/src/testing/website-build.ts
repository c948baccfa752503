import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built website's server, which the browser tests start to see what the admin published. */
export const WEBSITE_SERVER = fileURLToPath(new URL('../../../website/dist/server.js', import.meta.url));

/** Whether `pnpm build` has built the website; outside CI its tests skip without it. */
export const websiteBuilt = existsSync(WEBSITE_SERVER);

/** Under CI the website is built first: a missing build there is a failure, never a silent skip. */
export function requireWebsiteBuild(): void {
  if (!websiteBuilt) throw new Error(`${WEBSITE_SERVER} is missing: run pnpm build before the browser tests`);
}
