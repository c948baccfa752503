/**
 * The admin server: opens the store (migrating it, and loading the demo data into a store with no events
 * unless `DEMO_DATA=off`), prints a one-time setup link while no administrator exists, serves the app and
 * publishes what is due. A failure to start is one English line on stderr (`startFailureLine`) and exit code 1.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_CONFIG_WARNING, loadSiteConfig } from '@org/site';
import {
  checkDatabaseUrl,
  checkStore,
  importTerc,
  openStore,
  redactedUrl,
  resolveDatabaseUrl,
  seedDemo,
} from '@org/store';
import { createApp } from './app.js';
import type { AppDeps } from './app-env.js';
import { startPruning } from './bookkeeping.js';
import { debugEnabled, parseAdminEnv } from './env.js';
import { publishDue } from './publish/publish-due.js';
import { startFailureLine, startStep } from './start-failure.js';

async function main(): Promise<void> {
  // Read before anything starts, as the website does: a wrong setting or SITE_CONFIG file stops the admin
  // with the variable, the file and every wrong field named, instead of previews naming the demo publisher.
  const env = parseAdminEnv();
  const site = loadSiteConfig(env.siteConfigPath);
  if (site.demo) console.warn(`admin: ${DEMO_CONFIG_WARNING}.`);
  const url = resolveDatabaseUrl({ DATABASE_URL: env.databaseUrl });
  // Every line that names the database names it so: a log is read by more people than the password is for.
  const database = redactedUrl(url);
  // What the store refuses of DATABASE_URL before a driver has a say (a scheme it does not know, a URL it cannot
  // read, its pool_max, its schema name) has no driver's reason, so the start's line gives the store's own
  // sentence: asked of the store's check in English, as the log is written, which opens nothing. The open below,
  // whose store speaks Polish, then fails only for a reason a driver gives (`startFailureLine`).
  await startStep(`cannot open the database ${database}`, async () => {
    const check = checkDatabaseUrl(url, { locale: 'en' });
    if (!check.ok) throw check.error;
  });
  // The app's store keeps the store's default language, Polish: its validation messages reach staff on pages.
  const store = await startStep(`cannot open the database ${database}`, () => openStore(url));
  // Only into an empty store: seeding on every start would bring back demo records staff had deleted.
  if (env.demoData) {
    const added = await startStep(`cannot load the demo data into the database ${database}`, async () =>
      (await store.events.list({ limit: 1 })).total === 0 ? (await seedDemo(store)).added : null,
    );
    if (added !== null) console.log(`admin: empty store, loaded the demo data (${added} records).`);
  }

  const setup = { token: null as string | null };
  const admins = await startStep(`cannot read the staff accounts in the database ${database}`, () =>
    store.users.list({ role: ['administrator'], limit: 1 }),
  );
  if (admins.total === 0) {
    setup.token = randomBytes(32).toString('base64url');
    console.log(`admin: no administrator yet. Create one (the link works once): ${env.adminUrl}/setup/${setup.token}`);
  }

  const deps: AppDeps = {
    store,
    env,
    site: site.config,
    setup,
    assetsDir: fileURLToPath(new URL('./public', import.meta.url)),
    importTerc: (csv, actor, locale) => importTerc(store, csv, { actor, ...(locale ? { locale } : {}) }),
    checkStore: (locale) => checkStore(store, { locale }),
  };
  // Sign-in counters of every address ever tried and ended sessions keep their rows until pruned: at start, then
  // hourly. Every process prunes; deleting what another already deleted costs nothing.
  const pruning = await startPruning(store, env, (message, cause) => console.error(message, cause));
  const app = createApp(deps);
  // Today's default, every interface, unless HOST names one (127.0.0.1 behind a reverse proxy on this machine).
  const where = env.host ?? 'every interface';
  const server = await startStep(
    `cannot listen on ${where} port ${env.port}`,
    () =>
      new Promise<ReturnType<typeof serve>>((resolve, reject) => {
        const listening = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, () => resolve(listening));
        listening.once('error', reject);
      }),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  console.log(`admin: ${env.adminUrl} (port ${port} on ${where}, database ${database})`);

  // Scheduled publishing: every process checks; the store hands each due entry out once it is marked done.
  const timer = setInterval(() => {
    publishDue(deps, new Date()).catch((err: unknown) => console.error('admin: scheduled publishing failed.', err));
  }, 30_000);
  timer.unref();

  const stop = () => {
    clearInterval(timer);
    pruning.stop();
    server.close(() => {
      store.close().finally(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// One line for the operator, the stack only when DEBUG asks: a failed start used to end on an uncaught
// top-level await, printing node's source excerpt and a full stack.
main().catch((error: unknown) => {
  console.error(startFailureLine(error));
  if (debugEnabled()) console.error(error);
  process.exit(1);
});
