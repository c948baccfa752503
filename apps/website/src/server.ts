import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { SiteConfig } from '@org/site';
import { openStore, redactedUrl, resolveDatabaseUrl, seedDemo } from '@org/store';
import { createSite } from './app.js';
import { debugEnabled, readEnv } from './env.js';
import { failureLine } from './failure-line.js';
import { restartDelay } from './restart-backoff.js';
import { DEMO_CONFIG_WARNING, loadSiteConfig } from './site-config.js';

// The store's messages reach only this process's log (visitors get a page of the site's own), and logs are English.
const STORE_OPTIONS = { locale: 'en' } as const;

/**
 * Starts the public website: opens the store (DATABASE_URL, or data/mosty.db under the workspace
 * root), loads the demo data when the store has no events yet, and serves on PORT. With WORKERS > 1
 * a primary process prepares the store once and forks that many server processes sharing the port
 * (node:cluster), each with its own page cache and change feed: one node process uses one core. A server
 * process that ends unexpectedly is replaced after a wait (`restartDelay`).
 */
async function main(): Promise<void> {
  const env = readEnv();
  // Read before anything starts, so a wrong file stops the server with its fields named.
  const site = loadSiteConfig(env.SITE_CONFIG);
  if (site.demo && (cluster.isPrimary || cluster.worker?.id === 1)) console.warn(`website: ${DEMO_CONFIG_WARNING}`);
  const url = resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL });
  if (cluster.isPrimary) {
    const store = await openStore(url, STORE_OPTIONS);
    const existing = env.DEMO_DATA === 'on' ? await store.events.list({ limit: 1 }) : undefined;
    if (existing?.total === 0) {
      const result = await seedDemo(store);
      console.log(`website: empty store, loaded the demo data (${result.added} records)`);
    }
    if (env.WORKERS > 1) {
      await store.close();
      let stopping = false;
      const bornAt = new Map<number, number>();
      const pending = new Set<NodeJS.Timeout>();
      let wait: number | undefined;
      const fork = () => {
        const worker = cluster.fork();
        bornAt.set(worker.id, performance.now());
        console.log(`website: started server process ${worker.process.pid}.`);
      };
      for (let i = 0; i < env.WORKERS; i++) fork();
      // Started is not yet serving: a process answers once it listens (what a deployment check, and the
      // tests, wait for).
      cluster.on('listening', (worker) => console.log(`website: server process ${worker.process.pid} is listening.`));
      // A process that ended while the primary runs on (a crash, an out-of-memory kill) is replaced, or
      // the site would serve on fewer and fewer cores until the last one went and it stopped answering.
      cluster.on('exit', (worker, code, signal) => {
        if (stopping) return;
        const lived = performance.now() - (bornAt.get(worker.id) ?? 0);
        bornAt.delete(worker.id);
        wait = restartDelay(wait, lived);
        console.error(
          `website: server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}) after ${(lived / 1000).toFixed(1)} s; starting another in ${wait / 1000} s.`,
        );
        const timer = setTimeout(() => {
          pending.delete(timer);
          if (!stopping) fork();
        }, wait);
        pending.add(timer);
      });
      const stop = () => {
        stopping = true;
        for (const timer of pending) clearTimeout(timer);
        for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
        cluster.disconnect(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    await serve(env, url, store, site.config);
    return;
  }
  await serve(env, url, await openStore(url, { ...STORE_OPTIONS, migrate: false }), site.config);
}

async function serve(
  env: ReturnType<typeof readEnv>,
  url: string,
  store: Awaited<ReturnType<typeof openStore>>,
  config: SiteConfig,
) {
  const site = createSite(store, {
    siteUrl: env.SITE_URL,
    site: config,
    cache: {
      enabled: env.CACHE === 'on',
      ttlMs: env.CACHE_TTL_SECONDS * 1000,
      maxEntries: env.CACHE_MAX_ENTRIES,
      maxBytes: env.CACHE_MAX_MB * 1024 * 1024,
    },
    // Each server process counts its own clients (WORKERS > 1: up to WORKERS times the limit; README).
    ...(env.API_RATE_LIMIT > 0
      ? { rateLimit: { limit: env.API_RATE_LIMIT, trustedProxies: env.TRUSTED_PROXIES } }
      : {}),
  });
  const server = createServer((req, res) => {
    void site.listener(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(env.PORT, env.HOST, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(
        `website: http://localhost:${env.PORT}/ (database ${redactedUrl(url)}, cache ${env.CACHE}, ${env.WORKERS} process(es))`,
      );
  });
  const stop = () => {
    server.close(() => {
      void site
        .close()
        .then(() => store.close())
        .finally(() => process.exit(0));
    });
    // Keep-alive connections would hold close() open; they are idle between requests.
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (!cluster.isPrimary) process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error(failureLine('website: failed to start', error));
  if (debugEnabled()) console.error(error);
  process.exit(1);
});
