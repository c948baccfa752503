import { join } from 'node:path';
import { etagOf, negotiateEncoding, notModified, STYLESHEET, STYLESHEET_PATH } from '@org/site';
import type { RouteHandlers } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { AssetFiles } from './asset-files.js';
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
  const files = new AssetFiles();
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
      let asset: Awaited<ReturnType<AssetFiles['get']>>;
      try {
        asset = await files.get(join(deps.assetsDir, file));
      } catch {
        return c.notFound();
      }
      // `no-cache`: a browser asks again on every page, and a new build is used at once, but with the
      // ETag the answer is a 304 without the 0.6 MB body while the file is the same.
      // Negotiated, tagged and revalidated by the rules the website's pages follow (@org/site's http-cache.ts).
      const encoding = negotiateEncoding(c.req.header('accept-encoding'));
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': 'no-cache',
        etag: etagOf(asset, encoding),
        vary: 'Accept-Encoding',
      };
      // No Last-Modified is sent, so If-Modified-Since is ignored: a file's mtime can go back (a rollback to an
      // older build) and a date would then call a different file not modified; the ETag cannot.
      const now = (deps.now?.() ?? new Date()).getTime();
      if (notModified(asset, c.req.header('if-none-match'), c.req.header('if-modified-since'), now))
        return c.body(null, 304, headers);
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      return c.body(encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.body, 200, headers);
    },
  };
}
