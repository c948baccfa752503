import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { PageInput } from '@org/site';

/**
 * A rendered response held as bytes. PERF.md: transcoding a 20 KB Polish page from a JS string costs
 * more than nginx's whole request, so hot pages are kept encoded, with compressed variants made once
 * on first demand.
 */
export interface CachedPage {
  status: number;
  contentType: string;
  body: Uint8Array;
  etag: string;
  lastModified: string;
  /** Extra headers (e.g. Content-Disposition), sent as they are. */
  headers: Readonly<Record<string, string>>;
  cacheControl: string;
  gzip?: Uint8Array;
  br?: Uint8Array;
  expiresAt: number;
}

const encoder = new TextEncoder();

/** Makes the bytes, ETag and Last-Modified of a response once. `now` is the render time. */
export function makePage(input: PageInput, now: number, ttlMs: number): CachedPage {
  const body = typeof input.body === 'string' ? encoder.encode(input.body) : input.body;
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return {
    status: input.status ?? 200,
    contentType: input.contentType,
    body,
    etag,
    // HTTP dates have second precision; rounding down keeps If-Modified-Since comparisons exact.
    lastModified: new Date(Math.floor(now / 1000) * 1000).toUTCString(),
    headers: input.headers ?? {},
    cacheControl: input.cacheControl ?? 'public, max-age=0, must-revalidate',
    expiresAt: now + ttlMs,
  };
}

/** What to send for a cached page given the request's headers: 304, or the body in the best encoding. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|javascript))|calendar/;

/**
 * Negotiates encoding and honours If-None-Match / If-Modified-Since.
 *
 * @example
 * reply(page, { 'if-none-match': page.etag }, false).status // 304
 */
export function reply(
  page: CachedPage,
  request: { 'if-none-match'?: string; 'if-modified-since'?: string; 'accept-encoding'?: string },
  head: boolean,
): Reply {
  const compressible = page.body.byteLength > 512 && COMPRESSIBLE.test(page.contentType);
  const headers: Record<string, string> = {
    'content-type': page.contentType,
    etag: page.etag,
    'last-modified': page.lastModified,
    'cache-control': page.cacheControl,
    ...page.headers,
  };
  if (compressible) headers.vary = 'Accept-Encoding';
  const inm = request['if-none-match'];
  const notModified =
    page.status === 200 &&
    (inm !== undefined
      ? inm.split(',').some((t) => {
          const tag = t.trim();
          return tag === '*' || tag === page.etag || tag === `W/${page.etag}`;
        })
      : request['if-modified-since'] !== undefined &&
        Date.parse(request['if-modified-since']) >= Date.parse(page.lastModified));
  if (notModified) return { status: 304, headers, body: null };
  let body = page.body;
  const accept = request['accept-encoding'] ?? '';
  if (compressible && /\bbr\b/.test(accept)) {
    page.br ??= brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    body = page.br;
    headers['content-encoding'] = 'br';
  } else if (compressible && /\bgzip\b/.test(accept)) {
    page.gzip ??= gzipSync(page.body, { level: 9 });
    body = page.gzip;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.byteLength);
  return { status: page.status, headers, body: head ? null : body };
}

/** One encoding of a cached page, ready to send: flat header array (node:http's raw form) and body. */
interface Variant {
  headers: string[];
  body: Buffer;
}
interface Variants {
  identity?: Variant;
  gzip?: Variant;
  br?: Variant;
  notModified?: string[];
}
const variants = new WeakMap<CachedPage, Variants>();

function variantsOf(page: CachedPage): Variants {
  const known = variants.get(page);
  if (known) return known;
  const made: Variants = {};
  variants.set(page, made);
  return made;
}

function variantOf(page: CachedPage, encoding: 'identity' | 'gzip' | 'br'): Variant {
  const v = variantsOf(page);
  const hit = v[encoding];
  if (hit) return hit;
  const r = reply(page, encoding === 'identity' ? {} : { 'accept-encoding': encoding }, false);
  const body = r.body ?? new Uint8Array();
  const made = {
    headers: Object.entries(r.headers).flat(),
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  };
  v[encoding] = made;
  return made;
}

/**
 * Sends a cached page on node:http without per-request allocation beyond node's own: the header
 * arrays and bodies of each encoding are made once per page. Same answers as `reply`.
 */
export function sendCached(page: CachedPage, req: IncomingMessage, res: ServerResponse): void {
  const h = req.headers;
  const inm = h['if-none-match'];
  const ims = h['if-modified-since'];
  if (page.status === 200 && (inm !== undefined || ims !== undefined)) {
    const r = reply(page, { 'if-none-match': inm, 'if-modified-since': ims }, true);
    if (r.status === 304) {
      const v = variantsOf(page);
      v.notModified ??= Object.entries(r.headers).flat();
      res.writeHead(304, v.notModified);
      res.end();
      return;
    }
  }
  const accept = h['accept-encoding'];
  const encoding =
    accept === undefined ? 'identity' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  const v = variantOf(page, encoding);
  res.writeHead(page.status, v.headers);
  if (req.method === 'HEAD') res.end();
  else res.end(v.body);
}

/**
 * Rendered pages by request path, emptied whenever the store's data version moves (a write by this
 * or any other process, e.g. the admin) and expired after `ttlMs` (lists depend on the clock:
 * an event moves from "upcoming" to "past"). `maxEntries` bounds memory: the oldest entry goes first.
 * `generation` counts version moves: a page rendered under an older generation is not kept, since it
 * may show data from before the move.
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  #version: number | undefined;
  generation = 0;

  constructor(
    private readonly versions: { current(): number | Promise<number> },
    readonly ttlMs: number,
    private readonly maxEntries: number,
    readonly enabled = true,
    private readonly onChange: () => void = () => {},
  ) {}

  /**
   * Reads the data version and empties the cache when it has moved. Returns nothing when the version
   * could be read synchronously (the common case with a change feed). Call before serving.
   */
  sync(): Promise<void> | undefined {
    const v = this.versions.current();
    if (typeof v === 'number') {
      this.#apply(v);
      return undefined;
    }
    return v.then((x) => this.#apply(x));
  }

  #apply(v: number): void {
    if (v === this.#version) return;
    this.#pages.clear();
    this.#version = v;
    this.generation++;
    this.onChange();
  }

  get(key: string, now: number): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= now) {
      this.#pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: CachedPage, generation = this.generation): void {
    if (!this.enabled || page.status >= 500 || generation !== this.generation) return;
    if (this.#pages.size >= this.maxEntries) {
      const oldest = this.#pages.keys().next();
      if (!oldest.done) this.#pages.delete(oldest.value);
    }
    this.#pages.set(key, page);
  }

  get size(): number {
    return this.#pages.size;
  }
}
