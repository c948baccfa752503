import { createServer } from 'node:http';
import { openStore, resolveDatabaseUrl, seedDemo } from '@org/store';
import { createSite } from './app.js';
import { readEnv } from './env.js';

/**
 * Starts the public website: opens the store (DATABASE_URL, or data/mosty.db under the workspace
 * root), loads the demo data when the store has no events yet, and serves on PORT.
 */
async function main(): Promise<void> {
  const env = readEnv();
  const url = resolveDatabaseUrl({ DATABASE_URL: env.DATABASE_URL });
  const store = await openStore(url);
  const existing = await store.events.list({ limit: 1 });
  if (existing.total === 0) {
    const result = await seedDemo(store);
    console.log(`website: empty store, loaded the demo data (${result.added} records)`);
  }
  const site = createSite(store, {
    siteUrl: env.SITE_URL,
    cache: { enabled: env.CACHE === 'on', ttlMs: env.CACHE_TTL_SECONDS * 1000, maxEntries: env.CACHE_MAX_ENTRIES },
  });
  const server = createServer((req, res) => {
    void site.listener(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(env.PORT, env.HOST, () => {
    console.log(`website: http://localhost:${env.PORT}/ (database ${url}, cache ${env.CACHE})`);
  });
  const stop = () => {
    server.close(() => {
      void site
        .close()
        .then(() => store.close())
        .finally(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('website: failed to start', error);
  process.exit(1);
});
