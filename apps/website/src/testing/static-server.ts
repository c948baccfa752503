import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { SecurityHeaders } from '../security-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A static copy of the site served as a plain web server serves a folder (what the export is for): a path ending
 * in `/` is its `index.html`, anything else the file of that name, a missing one 404.html with status 404.
 * On an ephemeral port; `close` stops it. With `security`, pages carry its page headers and other files its others.
 */
export async function serveFolder(
  dir: string,
  security?: SecurityHeaders,
): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        ...(type.startsWith('text/html') ? security?.page : security?.other),
        'content-type': type,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { ...security?.page, 'content-type': TYPES['.html'] as string });
      res.end(await readFile(join(dir, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
