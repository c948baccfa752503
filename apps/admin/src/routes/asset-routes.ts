import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STYLESHEET, STYLESHEET_PATH } from '@org/site';
import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { FAVICON_SVG } from './favicon.js';

// The website's stylesheet, for previews rendered by the website's own renderer (same path as there).
const SITE_STYLESHEET = STYLESHEET_PATH.replace('/assets/', '');

/** The only files served: the browser bundle, its source map and the stylesheet. */
const ASSETS: Record<string, string> = {
  'admin.js': 'text/javascript; charset=utf-8',
  'admin.js.map': 'application/json; charset=utf-8',
  'admin.css': 'text/css; charset=utf-8',
};

export function assetRoutes(deps: AppDeps): RouteHandlers {
  const favicon = (c: Parameters<RouteHandlers[string]>[0]) =>
    c.body(FAVICON_SVG, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  return {
    // Browsers ask for /favicon.ico whatever the page links; an SVG answers both (every current browser
    // takes it by its content type).
    'GET /favicon.svg': favicon,
    'GET /favicon.ico': favicon,
    'GET /assets/:file': async (c) => {
      const file = c.req.param('file') ?? '';
      if (file === SITE_STYLESHEET)
        return c.body(STYLESHEET, 200, {
          'content-type': 'text/css; charset=utf-8',
          'cache-control': 'public, max-age=31536000, immutable',
        });
      const type = ASSETS[file];
      if (!type) return c.notFound();
      try {
        const body = await readFile(join(deps.assetsDir, file));
        return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' });
      } catch {
        return c.notFound();
      }
    },
  };
}
