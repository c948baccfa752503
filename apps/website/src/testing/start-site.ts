import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SiteStore } from '@org/site';
import { createSite, type SiteOptions } from '../app.js';

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
