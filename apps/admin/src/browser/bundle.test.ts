import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSETS_DIR } from '../testing/harness.js';

// The bundle the global setup has just built (scripts/build-browser.mjs), as staff's browsers load it.
const map = JSON.parse(readFileSync(join(ASSETS_DIR, 'admin.js.map'), 'utf8')) as { sources: string[] };

const WORKSPACE = resolve(ASSETS_DIR, '../../../..');

/** The npm packages and workspace packages the bundle was made from. */
const packagesIn = (sources: string[]) =>
  new Set(
    sources.map((written) => {
      // Sources are written relative to the map's folder (apps/admin/dist/public); here, to the workspace's.
      const source = relative(WORKSPACE, resolve(ASSETS_DIR, written));
      const npm = source.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
      if (npm) return npm[1] as string;
      const workspace = source.match(/^(?:packages|apps)\/[^/]+(?=\/)/);
      return workspace ? workspace[0] : source;
    }),
  );

describe('the browser bundle', () => {
  it('is made of the domain (its schemas validate the forms), zod, date-fns and the admin only', () => {
    // One import of @org/formats from the agenda editor once brought in the spreadsheet, document,
    // calendar and JSON Schema writers: 2.3 MB of script (660 KB gzip) for every page of the admin.
    expect([...packagesIn(map.sources)].sort()).toEqual(
      ['@date-fns/tz', 'apps/admin', 'date-fns', 'packages/domain', 'zod'].sort(),
    );
  });

  it("holds zod's English messages only, not its fifty other locales", () => {
    // zod re-exports every locale as `z.locales`, which esbuild cannot shake: ~250 KB of Hebrew, Tamil,
    // Khmer... messages in a 618 KB bundle. The domain words issues itself; build-browser.mjs keeps `en`.
    const locales = map.sources.flatMap((s) => s.match(/zod\/v4\/locales\/([\w-]+)\.js$/)?.[1] ?? []);
    expect(locales.sort()).toEqual(['en', 'index']);
  });
});
