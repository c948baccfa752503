import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DemoWorld, seedWorld } from '@org/demo';
import type { SiteStore } from '@org/site';
import { createSite, type SiteOptions } from '../app.js';
import { seededStore } from './seeded-store.js';

/** The website on a real HTTP server on an ephemeral port. Tests only. */
export async function startSite(store: SiteStore, options: Partial<SiteOptions> = {}) {
  const site = createSite(store, {
    siteUrl: 'http://localhost:3000',
    cache: { enabled: true, ttlMs: 60_000, maxEntries: 10_000, maxBytes: 256 * 1024 * 1024 },
    ...options,
  });
  const server: Server = createServer((req, res) => {
    void site.listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    ...site,
    base,
    get: (path: string, init?: RequestInit) => fetch(base + path, { redirect: 'manual', ...init }),
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await site.close();
    },
  };
}

export interface SeededSiteOptions extends Omit<Partial<SiteOptions>, 'now'> {
  /** The world loaded into the store; the seed world by default. */
  world?: DemoWorld;
  /** The site's clock: an instant it stays at (`'2026-11-01T12:00:00Z'`), or a function; the real clock by default. */
  now?: string | SiteOptions['now'];
}

/**
 * `startSite` on its own `seededStore`: the site, the raw `store` it reads (and tests write to) and
 * its file's `url`. `close` stops the server, then closes and removes the store. Tests only.
 *
 * @example
 * const site = await seededSite({ now: '2026-11-01T12:00:00Z' });
 * (await site.get('/')).status // 200
 * await site.close();
 */
export async function seededSite({ world = seedWorld(), now, ...options }: SeededSiteOptions = {}) {
  const env = await seededStore(world);
  let site: Awaited<ReturnType<typeof startSite>>;
  try {
    const fixed = typeof now === 'string' ? Date.parse(now) : undefined;
    if (Number.isNaN(fixed)) throw new Error(`seededSite: now is not an instant: ${now}`);
    site = await startSite(env.store, {
      ...options,
      ...(fixed !== undefined ? { now: () => fixed } : typeof now === 'function' ? { now } : {}),
    });
  } catch (e) {
    await env.dispose();
    throw e;
  }
  return {
    ...site,
    store: env.store,
    url: env.url,
    close: async () => {
      try {
        await site.close();
      } finally {
        await env.dispose();
      }
    },
  };
}

/** What `seededSite` gives a test. */
export type SeededSite = Awaited<ReturnType<typeof seededSite>>;
