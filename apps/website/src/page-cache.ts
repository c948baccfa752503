import { hash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Encoding, etagOf, negotiateEncoding, notModified, type PageInput } from '@org/site';
import { recycle, transientUtf8, utf8Bytes } from './utf8.js';

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
  /** An HTTP date, or '' when the response has no meaningful one (then no Last-Modified is sent). */
  lastModified: string;
  /** Extra headers (e.g. Content-Disposition), sent as they are. */
  headers: Readonly<Record<string, string>>;
  cacheControl: string;
  /** Whether gzip and brotli are offered (text over 512 bytes). */
  compressible: boolean;
  gzip?: Uint8Array;
  br?: Uint8Array;
  expiresAt: number;
  /** Set when served since the cache last looked: pages in use are passed over by eviction. */
  used?: boolean;
  /**
   * The body's buffer is used again once the page has been sent (`makePage`'s `transient`): such a page
   * is sent once, and no cache keeps it.
   */
  transient?: boolean;
  /** Its encodings ready to send, made on first demand (`sendCached`). */
  variants?: Partial<Record<Encoding, Variant>>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|javascript))|calendar/;

/**
 * Makes the bytes, ETag and Last-Modified of a response once. `now` is the render time. A `transient`
 * page is sent once and kept by no cache: its body is encoded into a buffer that `sendCached` gives back
 * for the next page once the response has been written.
 */
export function makePage(input: PageInput, now: number, ttlMs: number, transient = false): CachedPage {
  const text = typeof input.body === 'string' ? input.body : undefined;
  const body = text === undefined ? (input.body as Uint8Array) : transient ? transientUtf8(text) : utf8Bytes(text);
  // crypto.hash is the one-shot form: no Hash object per page (~3 µs less than createHash on a 22 KB page).
  const etag = `"${hash('sha1', body, 'base64url')}"`;
  return {
    status: input.status ?? 200,
    contentType: input.contentType,
    body,
    etag,
    // HTTP dates have second precision; rounding down keeps If-Modified-Since comparisons exact.
    lastModified: new Date(Math.floor(now / 1000) * 1000).toUTCString(),
    headers: input.headers ?? {},
    cacheControl: input.cacheControl ?? 'public, max-age=0, must-revalidate',
    compressible: body.byteLength > 512 && COMPRESSIBLE.test(input.contentType),
    expiresAt: now + ttlMs,
    ...(transient && text !== undefined ? { transient: true } : {}),
  };
}

/** What to send for a cached page given the request's headers: 304, or the body in the best encoding. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

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
  now: number = Date.now(),
): Reply {
  const compressible = page.compressible;
  const encoding = compressible ? negotiateEncoding(request['accept-encoding']) : 'identity';
  const headers: Record<string, string> = {
    'content-type': page.contentType,
    etag: etagOf(page, encoding),
    ...(page.lastModified ? { 'last-modified': page.lastModified } : {}),
    'cache-control': page.cacheControl,
    ...page.headers,
  };
  if (compressible) headers.vary = 'Accept-Encoding';
  if (notModified(page, request['if-none-match'], request['if-modified-since'], now))
    return { status: 304, headers, body: null };
  let body = page.body;
  if (encoding === 'br') {
    page.br ??= brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    body = page.br;
    headers['content-encoding'] = 'br';
  } else if (encoding === 'gzip') {
    page.gzip ??= gzipSync(page.body, { level: 9 });
    body = page.gzip;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.byteLength);
  return { status: page.status, headers, body: head ? null : body };
}

/** One encoding of a cached page, ready to send: flat header arrays (node:http's raw form) and body. */
interface Variant {
  headers: string[];
  /** The 304's headers, made on the first conditional request that matches (most pages never get one). */
  notModified?: string[];
  fields: Record<string, string>;
  body: Buffer;
}
// A 304 carries the validators and caching fields of the 200 it stands for, not the body's own
// metadata (RFC 9110 §15.4.5): a cache merges its fields into the response it holds, and a
// content-encoding there would relabel a body it holds in another encoding (as `reply` answers).
function notModifiedHeaders(v: Variant): string[] {
  if (v.notModified) return v.notModified;
  const fields = { ...v.fields };
  delete fields['content-length'];
  delete fields['content-encoding'];
  v.notModified = Object.entries(fields).flat();
  return v.notModified;
}
// Kept on the page itself: a WeakMap entry per uncached page cost ~6% of its request (ephemeron upkeep).
function variantOf(page: CachedPage, encoding: Encoding): Variant {
  let v = page.variants;
  if (!v) {
    v = {};
    page.variants = v;
  }
  const hit = v[encoding];
  if (hit) return hit;
  const accept = encoding === 'identity' ? undefined : encoding;
  const r = reply(page, { 'accept-encoding': accept }, false);
  const body = r.body ?? new Uint8Array();
  const made: Variant = {
    headers: Object.entries(r.headers).flat(),
    fields: r.headers,
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  };
  v[encoding] = made;
  return made;
}

/**
 * Sends a cached page on node:http without per-request allocation beyond node's own: the header
 * arrays and bodies of each encoding are made once per page. Same answers as `reply`.
 */
export function sendCached(page: CachedPage, req: IncomingMessage, res: ServerResponse, now = Date.now()): void {
  const h = req.headers;
  const v = variantOf(page, page.compressible ? negotiateEncoding(h['accept-encoding']) : 'identity');
  const inm = h['if-none-match'];
  const ims = h['if-modified-since'];
  const transient = page.transient === true;
  page.transient = false;
  if ((inm !== undefined || ims !== undefined) && notModified(page, inm, ims, now)) {
    res.writeHead(304, notModifiedHeaders(v));
    res.end();
  } else {
    res.writeHead(page.status, v.headers);
    if (req.method === 'HEAD') res.end();
    else {
      // 'finish' comes once the kernel has the bytes; a response cut short never finishes, and its buffer
      // is then left to the garbage collector, as whatever may still hold it is not known.
      if (transient) res.once('finish', () => recycle(page.body));
      res.end(v.body);
      return;
    }
  }
  if (transient) recycle(page.body);
}

/** Limits of a page cache. */
export interface PageCacheLimits {
  /** How long a page is served before it is rendered again (lists depend on the clock). */
  ttlMs: number;
  /** At most this many pages. */
  maxEntries: number;
  /** At most about this many bytes of page bodies (compressed copies count a quarter each). */
  maxBytes: number;
  /** `false` keeps nothing: every request renders (the uncached benchmark, debugging). */
  enabled: boolean;
}

/**
 * Rendered pages by cache key (`cacheKey` in app.tsx: the page's canonical path and the query that
 * changes it, so junk query strings share one entry), emptied whenever the store's data version
 * moves (a write by this or any other process, e.g. the admin) and expired after `ttlMs` (lists
 * depend on the clock: an event moves from "upcoming" to "past").
 *
 * Memory is bounded by `maxEntries` and `maxBytes`. Eviction is the clock algorithm: the oldest page
 * goes, unless it was served since the cache last looked at it, in which case it moves to the back
 * and the next oldest is considered. Hot pages therefore stay while a crawl of cold ones passes
 * through, and a hit costs one flag, not a reordering.
 *
 * `generation` counts version moves: a page rendered under an older generation is not kept, since it
 * may show data from before the move.
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #seen = new Map<string, { etag: string; lastModified: string }>();
  #bytes = 0;
  #version: number | undefined;
  generation = 0;
  readonly ttlMs: number;
  readonly enabled: boolean;

  constructor(
    private readonly versions: { current(): number | Promise<number> },
    private readonly limits: PageCacheLimits,
    private readonly onChange: () => void = () => {},
  ) {
    this.ttlMs = limits.ttlMs;
    this.enabled = limits.enabled;
  }

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
    this.#bytes = 0;
    this.#version = v;
    this.generation++;
    this.onChange();
  }

  /**
   * Gives a freshly rendered page the Last-Modified of the last render of the same key when the bytes are
   * the same (same ETag): a page re-rendered after its TTL, after a write elsewhere in the data or in
   * another of the server's processes keeps the date its content last changed, so clients revalidating
   * with If-Modified-Since alone (many feed readers) get 304 instead of the whole body again. Kept for up
   * to `maxEntries` keys, across data versions, whether or not pages themselves are cached.
   */
  stamp(key: string, page: CachedPage): CachedPage {
    if (page.status !== 200 || page.lastModified === '') return page;
    const seen = this.#seen.get(key);
    if (seen?.etag === page.etag) {
      page.lastModified = seen.lastModified;
      return page;
    }
    this.#seen.delete(key);
    if (this.#seen.size >= this.limits.maxEntries) this.#seen.delete(this.#seen.keys().next().value as string);
    this.#seen.set(key, { etag: page.etag, lastModified: page.lastModified });
    return page;
  }

  get(key: string, now: number): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (page.expiresAt <= now) {
      this.#delete(key, page);
      return undefined;
    }
    page.used = true;
    return page;
  }

  set(key: string, page: CachedPage, generation = this.generation): void {
    if (!this.enabled || page.status >= 500 || generation !== this.generation) return;
    const size = weight(page);
    if (size > this.limits.maxBytes) return;
    const old = this.#pages.get(key);
    if (old) this.#delete(key, old);
    // The clock: pass over pages served since the last look (each at most once), drop the first that was not.
    let passes = this.#pages.size;
    while (
      this.#pages.size > 0 &&
      (this.#pages.size >= this.limits.maxEntries || this.#bytes + size > this.limits.maxBytes)
    ) {
      const [oldestKey, oldest] = this.#pages.entries().next().value as [string, CachedPage];
      this.#pages.delete(oldestKey);
      if (oldest.used && passes-- > 0) {
        oldest.used = false;
        this.#pages.set(oldestKey, oldest);
      } else {
        this.#bytes -= weight(oldest);
      }
    }
    page.used = false;
    this.#pages.set(key, page);
    this.#bytes += size;
  }

  #delete(key: string, page: CachedPage): void {
    this.#pages.delete(key);
    this.#bytes -= weight(page);
  }

  get size(): number {
    return this.#pages.size;
  }

  /** Bytes of page bodies held, as counted against `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }
}

// What a page counts against `maxBytes`: its body, and room for its compressed copies (made on demand).
const weight = (page: CachedPage) => page.body.byteLength + (page.compressible ? page.body.byteLength >> 1 : 0);
