import { type IncomingHttpHeaders, request } from 'node:http';

/** What `rawRequest` sends besides the address. */
export interface RawRequestOptions {
  /** Any method, also those fetch refuses (TRACE) or does not know (PROPFIND); GET by default. */
  method?: string;
  /** Sent as given; a header whose value is undefined is not sent. No Accept-Encoding unless given here. */
  headers?: Record<string, string | undefined>;
  /**
   * The request target sent in the request line instead of the URL's path and query, as written: an absolute
   * form (`https://`) or a malformed one (`http://[::1`) that fetch and `new URL` would never send.
   */
  target?: string;
}

/** The answer as the server sent it: the body's bytes still in their content coding. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One HTTP request over node:http, read whole. Unlike fetch it neither asks for a content coding nor undoes one
 * (a test sees the compressed bytes and their headers), sends any method and any request target, and follows no
 * redirect: what a test of a server's HTTP semantics needs to see.
 *
 * @example
 * const res = await rawRequest(`${base}/assets/admin.js`, { headers: { 'accept-encoding': 'br' } });
 * res.headers['content-encoding'] // 'br'
 * brotliDecompressSync(res.body) // the file's bytes
 * (await rawRequest(`${base}/`, { method: 'TRACE' })).status // 405
 */
export function rawRequest(url: string | URL, options: RawRequestOptions = {}): Promise<RawResponse> {
  const headers = Object.fromEntries(
    Object.entries(options.headers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const address = new URL(url);
  return new Promise((done, fail) => {
    const req = request(
      {
        protocol: address.protocol,
        hostname: address.hostname.replace(/^\[|\]$/g, ''),
        port: address.port,
        path: options.target ?? `${address.pathname}${address.search}`,
        method: options.method ?? 'GET',
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}
