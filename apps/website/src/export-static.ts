import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, resolveDatabaseUrl } from '@org/store';
import { readEnv } from './env.js';
import { exportSite } from './export-site.js';

/**
 * `pnpm export -- --out <folder>`: writes the whole public site, both languages, to a folder any web
 * server or CDN can serve. Links are absolute paths under SITE_URL's path, ending in `/`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'site-url': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.out) {
    console.log('usage: export-static --out <folder> [--site-url https://example.org]');
    process.exit(values.help ? 0 : 2);
  }
  const env = readEnv();
  const store = await openStore(resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL }));
  try {
    const started = performance.now();
    const stats = await exportSite(store, {
      outDir: resolve(values.out),
      siteUrl: values['site-url'] ?? env.SITE_URL,
      now: Date.now(),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `exported ${stats.pages} pages (${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(1)} s: ${(stats.pages / seconds).toFixed(0)} pages/s`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error('export failed', error);
  process.exit(1);
});
