import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openStore, resolveDatabaseUrl } from '@org/store';
import { readEnv } from './env.js';
import { type ExportOptions, type ExportStats, exportSite } from './export-site.js';
import { DEMO_CONFIG_WARNING, loadSiteConfig } from './site-config.js';

/**
 * `pnpm export -- --out <folder> [--workers N]`: writes the whole public site, both languages, to a
 * folder any web server or CDN can serve. Links are absolute paths under SITE_URL's path, ending in
 * `/`. Rendering is CPU-bound, so the pages are shared among worker threads (one per core, at most
 * 4), each with its own store connection and snapshot.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'site-url': { type: 'string' },
      'site-config': { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.out) {
    console.log(
      'usage: export-static --out <folder> [--site-url https://example.org] [--site-config site.json] [--workers N]',
    );
    process.exit(values.help ? 0 : 2);
  }
  const env = readEnv();
  const count = values.workers ? Number(values.workers) : Math.min(4, availableParallelism());
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--workers must be a whole number ≥ 1, got ${values.workers}`);
  const site = loadSiteConfig(values['site-config'] ?? env.SITE_CONFIG);
  if (site.demo) console.warn(`export: ${DEMO_CONFIG_WARNING}`);
  const options: Omit<ExportOptions, 'shard'> = {
    outDir: resolve(values.out),
    siteUrl: values['site-url'] ?? env.SITE_URL,
    now: Date.now(),
    site: site.config,
  };
  const started = performance.now();
  // Migrations run once, here; the workers open the store without them, so they never race.
  await (await openStore(resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL }))).close();
  const parts = await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<ExportStats>((done, fail) => {
          const worker = new Worker(fileURLToPath(import.meta.url), {
            workerData: { ...options, shard: { index, count } },
          });
          worker.once('message', done);
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (code !== 0) fail(new Error(`export worker ${index} of ${count} exited with code ${code}`));
          });
        }),
    ),
  );
  const stats = parts.reduce((a, b) => ({
    pages: a.pages + b.pages,
    files: a.files + b.files,
    bytes: a.bytes + b.bytes,
  }));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `exported ${stats.pages} pages (${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(1)} s: ${(stats.pages / seconds).toFixed(0)} pages/s (${count} worker threads)`,
  );
}

/** One worker's share: its own store connection, snapshot and pages. */
async function work(options: ExportOptions): Promise<void> {
  const env = readEnv();
  const store = await openStore(resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL }), { migrate: false });
  try {
    parentPort?.postMessage(await exportSite(store, options));
  } finally {
    await store.close();
  }
}

(isMainThread ? main() : work(workerData as ExportOptions)).catch((error: unknown) => {
  console.error('export failed', error);
  process.exit(1);
});
