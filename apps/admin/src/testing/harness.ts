/**
 * What the admin's tests share: a real SQLite store in a temp folder with the seed loaded, the real
 * app on an ephemeral port, staff of every role, and a small HTTP client that keeps cookies and
 * CSRF tokens. No part of the admin or the store is replaced.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { seedWorld } from '@org/demo';
import type { UserRole } from '@org/domain';
import { loadSiteConfig } from '@org/site';
import { checkStore, importTerc, openStore, type Store } from '@org/store';
import { type AdminApp, createApp } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { parseAdminEnv } from '../env.js';

export const ASSETS_DIR = fileURLToPath(new URL('../../dist/public', import.meta.url));
export const PASSWORD = 'correct horse battery staple';
/** The environment of the harness's app: sign-in limits out of reach, so only the rate-limit tests meet them. */
export const HARNESS_ENV = {
  ADMIN_PORT: '0',
  SITE_URL: 'http://127.0.0.1:9',
  LOGIN_MAX_PER_ACCOUNT: '1000',
  LOGIN_MAX_PER_ADDRESS: '100000',
  LOGIN_ACCOUNT_CEILING: '100000',
};

export interface Harness {
  store: Store;
  app: AdminApp;
  url: string;
  dir: string;
  databaseUrl: string;
  users: Record<UserRole, { id: string; email: string }>;
  setup: { token: string | null };
  /** A new client, with its own cookie jar, signed in as the harness's user of `role`. */
  signIn(role: UserRole): Promise<Client>;
  close(): Promise<void>;
}

/** Loads the seed world through the repositories, parents before children. */
export async function loadSeed(store: Store): Promise<void> {
  const w = seedWorld();
  for (const a of w.authorities) await store.authorities.create(a);
  for (const o of w.organizations) await store.organizations.create(o);
  for (const v of w.venues) await store.venues.create(v);
  for (const p of w.people) await store.people.create(p);
  for (const g of w.grants) await store.grants.create(g);
  for (const e of w.events) await store.events.create(e);
  for (const p of w.posts) await store.posts.create(p);
  for (const c of w.cooperations) await store.cooperations.create(c);
}

export async function startHarness(
  options: {
    seed?: boolean;
    users?: boolean;
    /** Extra environment, e.g. `LOGIN_MAX_PER_ACCOUNT`; by default sign-in limits are far out of reach. */
    env?: Record<string, string>;
    /** The clock of the app (`AppDeps.now`) and of its store, e.g. to let sessions expire. */
    now?: () => Date;
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-admin-'));
  const databaseUrl = join(dir, 'mosty.db');
  const store = await openStore(databaseUrl, options.now ? { now: options.now } : {});
  if (options.seed !== false) await loadSeed(store);
  const users = {} as Harness['users'];
  if (options.users !== false)
    for (const role of ['administrator', 'editor', 'reviewer'] as const) {
      const u = await store.users.create({
        email: `${role}@mosty.test`,
        name: `Test ${role}`,
        role,
        password: PASSWORD,
      });
      users[role] = { id: u.id, email: u.email };
    }
  const setup = { token: options.users === false ? 'setup-token-for-tests-0123456789' : null };
  const { app, url, close } = await serveApp(store, options, setup);
  return {
    store,
    app,
    url,
    dir,
    databaseUrl,
    users,
    setup,
    async signIn(role) {
      const client = new Client(url);
      await client.signIn(users[role].email);
      return client;
    },
    async close() {
      await close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A harness (`startHarness(options)`) and a client signed in as its user of `role`: what most route
 * tests start from.
 *
 * @example
 * let h: Harness;
 * let editor: Client;
 * beforeAll(async () => {
 *   ({ h, client: editor } = await signedInHarness('editor'));
 * });
 * afterAll(() => h?.close());
 */
export async function signedInHarness(
  role: UserRole,
  options: Parameters<typeof startHarness>[0] = {},
): Promise<{ h: Harness; client: Client }> {
  const h = await startHarness(options);
  try {
    return { h, client: await h.signIn(role) };
  } catch (error) {
    // The caller never gets the harness to close: its server and temp folder go here.
    await h.close();
    throw error;
  }
}

/**
 * What the app is built from, as `server.ts` builds it: `HARNESS_ENV` with `options.env` over it, and the
 * site's facts from the file its `SITE_CONFIG` names (the demo's without one). For tests that call the
 * app's parts (`publishDue`) without serving it.
 */
export function harnessDeps(
  store: Store,
  options: { env?: Record<string, string>; now?: () => Date } = {},
  setup: { token: string | null } = { token: null },
): AppDeps {
  const env = parseAdminEnv({ ...HARNESS_ENV, ...options.env });
  return {
    store,
    env,
    site: loadSiteConfig(env.siteConfigPath).config,
    setup,
    assetsDir: ASSETS_DIR,
    importTerc: (csv, actor, locale) => importTerc(store, csv, { actor, ...(locale ? { locale } : {}) }),
    checkStore: (locale) => checkStore(store, { locale }),
    log: () => {},
    ...(options.now ? { now: options.now } : {}),
  };
}

/**
 * The real app over `store` on an ephemeral port: the harness's, or a second admin process on the same
 * database (open another store on `databaseUrl`). `close` stops the server, not the store.
 */
export async function serveApp(
  store: Store,
  options: { env?: Record<string, string>; now?: () => Date } = {},
  setup: { token: string | null } = { token: null },
): Promise<{ app: AdminApp; url: string; close(): Promise<void> }> {
  const app = createApp(harnessDeps(store, options, setup));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An HTTP client with a cookie jar, as one browser would be. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}

  async request(
    path: string,
    init: {
      method?: string;
      form?: Record<string, string | string[]> | URLSearchParams | FormData;
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: URLSearchParams | FormData | undefined;
    if (init.form instanceof FormData || init.form instanceof URLSearchParams) body = init.form;
    else if (init.form) {
      body = new URLSearchParams();
      for (const [k, v] of Object.entries(init.form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    }
    const res = await fetch(this.base + path, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const [k = '', v = ''] = pair.split('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, headers: res.headers, text };
  }

  /** Posts a form with the CSRF token of the last page this client saw. */
  post(path: string, form: Record<string, string | string[]> = {}) {
    return this.request(path, { form: { _csrf: this.csrf, ...form } });
  }

  async signIn(email: string, password = PASSWORD) {
    await this.request('/login');
    const res = await this.post('/login', { email, password });
    if (res.status !== 303) throw new Error(`sign-in of ${email} failed: ${res.status}`);
    await this.request('/');
    return res;
  }
}
