/**
 * The admin server: opens the store (migrating and loading the demo seed when missing), prints a
 * one-time setup link while no administrator exists, serves the app and publishes what is due.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { importTerc, openStore, seedDemo } from '@org/store';
import { createApp } from './app.js';
import type { AppDeps } from './app-env.js';
import { parseAdminEnv } from './env.js';
import { publishDue } from './publish/publish-due.js';

const env = parseAdminEnv();
const store = await openStore(env.databaseUrl);
await seedDemo(store);

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
  setup,
  assetsDir: fileURLToPath(new URL('./public', import.meta.url)),
  importTerc: (csv, actor, locale) => importTerc(store, csv, { actor, ...(locale ? { locale } : {}) }),
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
