import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawRequest } from '@org/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS_DIR, type Harness, startHarness } from '../testing/harness.js';
import { AssetFiles } from './asset-files.js';

/** A GET on node:http (`rawRequest`), which neither asks for nor undoes a content coding (fetch does both). */
const get = (url: string, headers: Record<string, string> = {}) => rawRequest(url, { headers });

describe('the browser bundle as served', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());
  const bundle = () => readFileSync(join(ASSETS_DIR, 'admin.js'));

  it('is sent with brotli or gzip to a browser that takes them, and as it is to one that does not', async () => {
    const br = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(bundle())).toBe(true);
    // Compressed to a fraction: 0.6 MB of script is ~130 KB with brotli.
    expect(br.body.byteLength).toBeLessThan(bundle().byteLength / 3);

    const gz = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(bundle())).toBe(true);

    const plain = await get(`${h.url}/assets/admin.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(bundle())).toBe(true);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 304 without the body when the browser has it, in any encoding, and is asked about on every page', async () => {
    const first = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    // The tag of the uncompressed file, weak or not, names the same content.
    const plainTag = (await get(`${h.url}/assets/admin.js`)).headers.etag as string;
    expect((await get(`${h.url}/assets/admin.js`, { 'if-none-match': `W/${plainTag}` })).status).toBe(304);
    expect((await get(`${h.url}/assets/admin.js`, { 'if-none-match': '"something-else"' })).status).toBe(200);
    // The security headers come on assets too.
    expect(again.headers['x-content-type-options']).toBe('nosniff');
  });

  it('negotiates as the website does: a refusal written loosely stays a refusal, a weight above 1 counts as 1', async () => {
    // The admin once parsed Accept-Encoding itself: it took `br;q =0` for a brotli with weight 1 and sent brotli
    // to a client refusing it, and let `gzip;q=2` (no qvalue, RFC 9110 §12.4.2) outrank brotli.
    const refused = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'br;q =0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(refused.body).equals(bundle())).toBe(true);
    const clamped = await get(`${h.url}/assets/admin.js`, { 'accept-encoding': 'gzip;q=2, br' });
    expect(clamped.headers['content-encoding']).toBe('br');
    expect(clamped.headers.etag).toMatch(/-br"$/);
    // Without a Last-Modified there is no date to compare: If-Modified-Since alone never gives a 304.
    const dated = await get(`${h.url}/assets/admin.js`, { 'if-modified-since': new Date().toUTCString() });
    expect(dated.status).toBe(200);
    expect(dated.headers['last-modified']).toBeUndefined();
  });

  it('still answers 404 for a file it does not serve', async () => {
    expect((await get(`${h.url}/assets/secret.txt`)).status).toBe(404);
    expect((await get(`${h.url}/assets/..%2Fserver.js`)).status).toBe(404);
  });
});

describe('AssetFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file again when it changes on disk (a new build), and not otherwise', async () => {
    const files = new AssetFiles();
    const path = join(dir, 'admin.js');
    writeFileSync(path, 'console.log("pierwsza wersja");');
    const first = await files.get(path);
    expect(await files.get(path)).toBe(first);
    writeFileSync(path, 'console.log("druga, dłuższa wersja");');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const second = await files.get(path);
    expect(Buffer.from(second.body).toString()).toContain('druga');
    expect(second.etag).not.toBe(first.etag);
  });

  it('fails for a missing file, and finds it once it is there', async () => {
    const files = new AssetFiles();
    const path = join(dir, 'later.js');
    await expect(files.get(path)).rejects.toThrow(/ENOENT/);
    writeFileSync(path, 'export {};');
    expect(Buffer.from((await files.get(path)).body).toString()).toBe('export {};');
  });
});
