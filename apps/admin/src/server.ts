/**
 * The admin server: opens the store (migrating it, and loading the demo data into a store with no events
 * unless `DEMO_DATA=off`), prints a one-time setup link while no administrator exists, serves the app and
 * publishes what is due.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_CONFIG_WARNING, loadSiteConfig } from '@org/site';
import { checkStore, importTerc, openStore, seedDemo } from '@org/store';
import { createApp } from './app.js';
import type { AppDeps } from './app-env.js';
import { parseAdminEnv } from './env.js';
import { publishDue } from './publish/publish-due.js';

// Read before anything starts, as the website does: a wrong setting or SITE_CONFIG file stops the admin
// with the variable, the file and every wrong field named, instead of previews naming the demo publisher.
const { env, site } = (() => {
  try {
    const env = parseAdminEnv();
    return { env, site: loadSiteConfig(env.siteConfigPath) };
  } catch (error) {
    console.error(`Mosty admin: failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
if (site.demo) console.warn(`Mosty admin: ${DEMO_CONFIG_WARNING}`);
const store = await openStore(env.databaseUrl);
// Only into an empty store: seeding on every start would bring back demo records staff had deleted.
if (env.demoData && (await store.events.list({ limit: 1 })).total === 0) {
  const result = await seedDemo(store);
  console.log(`Mosty admin: empty store, loaded the demo data (${result.added} records)`);
}

const setup = { token: null as string | null };
const admins = await store.users.list({ role: ['administrator'], limit: 1 });
if (admins.total === 0) {
  setup.token = randomBytes(32).toString('base64url');
  console.log(
    `Mosty admin: no administrator yet. Create one (the link works once): ${env.adminUrl}/setup/${setup.token}`,
  );
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
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: env.port }, (info) =>
  console.log(`Mosty admin: ${env.adminUrl} (port ${info.port})`),
);

// Scheduled publishing: every process checks; the store hands each due entry out once it is marked done.
const timer = setInterval(() => {
  publishDue(deps, new Date()).catch((err: unknown) => console.error('Mosty admin: scheduled publishing failed', err));
}, 30_000);
timer.unref();

const stop = () => {
  clearInterval(timer);
  server.close(() => {
    store.close().finally(() => process.exit(0));
  });
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
