import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openStore, parseArgsProblem, resolveDatabaseUrl } from '@org/store';
import { debugEnabled, readEnv } from './env.js';
import { type ExportOptions, type ExportStats, exportSite } from './export-site.js';
import { failureLine } from './failure-line.js';
import { DEMO_CONFIG_WARNING, loadSiteConfig } from './site-config.js';

// The store's messages reach only this command's output, which is English.
const STORE_OPTIONS = { locale: 'en' } as const;

const USAGE = [
  'usage: export-static --out <folder> [--site-url https://example.org] [--site-config site.json] [--workers N]',
  'A relative --out or --site-config is read from the folder the command was run in (INIT_CWD, which pnpm sets), else from the current folder.',
].join('\n');

/** A failure already said in one line (`failureLine`), by a worker thread or a refused command line. */
class SaidError extends Error {
  constructor(
    line: string,
    readonly exitCode: number,
  ) {
    super(line);
  }
}

/**
 * `pnpm export -- --out <folder> [--workers N]`: writes the whole public site, both languages, to a
 * folder any web server or CDN can serve. Links are absolute paths under SITE_URL's path, ending in
 * `/`. Rendering is CPU-bound, so the pages are shared among worker threads (one per core, at most
 * 4), each with its own store connection and snapshot.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // pnpm 10 passes the `--` of `pnpm --filter @org/website export -- --out site/` on to the script, and
  // parseArgs would take everything after it for positionals.
  if (args[0] === '--') args.shift();
  let values: { out?: string; 'site-url'?: string; 'site-config'?: string; workers?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        'site-url': { type: 'string' },
        'site-config': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (cause) {
    throw new SaidError(`export: ${parseArgsProblem(cause, 'en')} export-static --help lists the options.`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.out) {
    console.error(USAGE);
    process.exit(2);
  }
  const env = readEnv();
  const count = values.workers ? Number(values.workers) : Math.min(4, availableParallelism());
  if (!Number.isInteger(count) || count < 1)
    throw new SaidError(`export: --workers must be a whole number ≥ 1, got "${values.workers}".`, 2);
  // The folder the command was typed in, not apps/website where pnpm runs the script.
  const typedIn = env.INIT_CWD || process.cwd();
  const siteConfig = values['site-config'] ? resolve(typedIn, values['site-config']) : env.SITE_CONFIG;
  const site = loadSiteConfig(siteConfig);
  if (site.demo) console.warn(`export: ${DEMO_CONFIG_WARNING}`);
  const outDir = resolve(typedIn, values.out);
  const options: Omit<ExportOptions, 'shard'> = {
    outDir,
    siteUrl: values['site-url'] ?? env.SITE_URL,
    now: Date.now(),
    site: site.config,
  };
  const started = performance.now();
  // Migrations run once, here; the workers open the store without them, so they never race.
  const store = await openStore(resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL }), STORE_OPTIONS);
  let parts: ExportStats[];
  if (count === 1) {
    // One share needs no thread of its own, nor a second connection.
    try {
      parts = [await exportSite(store, { ...options, shard: { index: 0, count: 1 } })];
    } finally {
      await store.close();
    }
  } else {
    await store.close();
    parts = await Promise.all(
      Array.from(
        { length: count },
        (_, index) =>
          new Promise<ExportStats>((done, fail) => {
            const worker = new Worker(fileURLToPath(import.meta.url), {
              workerData: { ...options, shard: { index, count } },
            });
            worker.once('message', (message: ExportStats | { failed: string }) =>
              'failed' in message ? fail(new SaidError(message.failed, 1)) : done(message),
            );
            worker.once('error', fail);
            worker.once('exit', (code) => {
              if (code !== 0) fail(new Error(`export worker ${index + 1} of ${count} ended with exit code ${code}`));
            });
          }),
      ),
    );
  }
  const stats = parts.reduce((a, b) => ({
    pages: a.pages + b.pages,
    files: a.files + b.files,
    bytes: a.bytes + b.bytes,
  }));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `exported ${stats.pages} pages (${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB) to ${outDir} in ${seconds.toFixed(1)} s: ${(stats.pages / seconds).toFixed(0)} pages/s (${count === 1 ? 'one thread' : `${count} worker threads`}).`,
  );
}

/** One worker's share: its own store connection, snapshot and pages. Its failure is said by the main thread. */
async function work(options: ExportOptions): Promise<void> {
  try {
    const env = readEnv();
    const store = await openStore(resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL }), {
      ...STORE_OPTIONS,
      migrate: false,
    });
    try {
      parentPort?.postMessage(await exportSite(store, options));
    } finally {
      await store.close();
    }
  } catch (error) {
    if (debugEnabled()) console.error(error);
    const { index, count } = options.shard ?? { index: 0, count: 1 };
    parentPort?.postMessage({ failed: failureLine(`export: worker ${index + 1} of ${count} failed`, error) });
  }
}

if (isMainThread)
  main().catch((error: unknown) => {
    console.error(error instanceof SaidError ? error.message : failureLine('export: failed', error));
    if (debugEnabled() && !(error instanceof SaidError)) console.error(error);
    process.exit(error instanceof SaidError ? error.exitCode : 1);
  });
else void work(workerData as ExportOptions);
