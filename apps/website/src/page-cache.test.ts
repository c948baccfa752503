import { once } from 'node:events';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { etagOf } from '@org/site';
import { rawRequest } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { makePage, PageCache, reply, sendCached } from './page-cache.js';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const html = (text: string) => makePage({ contentType: 'text/html; charset=utf-8', body: text }, NOW, 60_000);
const big = (n: number, fill = 'ą') => html(`<p>${fill.repeat(n)}</p>`);

// Accept-Encoding negotiation, the ETag of each encoding and conditional requests on their own: @org/site's
// http-cache.test.ts. Here: how a cached page is answered with them.
describe('reply: validators and encodings', () => {
  const page = big(2000);

  it('gives each encoding its own strong ETag and accepts any of them, weak or in a list', () => {
    const identity = reply(page, {}, false);
    const gz = reply(page, { 'accept-encoding': 'gzip' }, false);
    const br = reply(page, { 'accept-encoding': 'br' }, false);
    expect(new Set([identity.headers.etag, gz.headers.etag, br.headers.etag]).size).toBe(3);
    expect(gz.headers.etag).toBe(etagOf(page, 'gzip'));
    expect(gunzipSync(gz.body as Uint8Array).toString()).toBe(Buffer.from(page.body).toString());
    for (const inm of [
      page.etag,
      `W/${page.etag}`,
      `"nope", ${etagOf(page, 'gzip')}`,
      `W/"x",W/${etagOf(page, 'br')}`,
      '*',
    ]) {
      const r = reply(page, { 'if-none-match': inm, 'accept-encoding': 'gzip' }, false);
      expect(r.status, inm).toBe(304);
      expect(r.body, inm).toBeNull();
      // A 304 names the representation the client would have got.
      expect(r.headers.etag, inm).toBe(etagOf(page, 'gzip'));
    }
    expect(reply(page, { 'if-none-match': '"nope", W/"other"' }, false).status).toBe(200);
  });

  it('does not compress small or binary bodies', () => {
    expect(
      reply(html('<p>krótko</p>'), { 'accept-encoding': 'br' }, false).headers['content-encoding'],
    ).toBeUndefined();
    const png = makePage({ contentType: 'image/png', body: new Uint8Array(4096) }, NOW, 0);
    expect(reply(png, { 'accept-encoding': 'br' }, false).headers).not.toHaveProperty('vary');
  });
});

describe('PageCache', () => {
  const versions = (v = { n: 1 }) => ({ current: () => v.n });
  const limits = { ttlMs: 60_000, maxEntries: 1000, maxBytes: 1_000_000, enabled: true };

  it('keeps pages it serves while a stream of others passes through (clock eviction)', () => {
    const cache = new PageCache(versions(), { ...limits, maxEntries: 3 });
    cache.sync();
    cache.set('/hot', html('hot'));
    for (let i = 0; i < 50; i++) {
      expect(cache.get('/hot', NOW), `round ${i}`).toBeDefined();
      cache.set(`/cold-${i}`, html(`cold ${i}`));
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.get('/cold-0', NOW)).toBeUndefined();
    expect(cache.get('/cold-49', NOW)).toBeDefined();
  });

  it('stays within its byte budget, counting room for compressed copies', () => {
    const cache = new PageCache(versions(), { ...limits, maxBytes: 100_000 });
    cache.sync();
    for (let i = 0; i < 40; i++) cache.set(`/p${i}`, big(5000)); // 10 kB of UTF-8 each, 15 kB counted
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBe(6);
    // A page over the whole budget is not kept at all rather than emptying the cache for it.
    cache.set('/huge', big(60_000));
    expect(cache.get('/huge', NOW)).toBeUndefined();
    expect(cache.size).toBe(6);
    // Replacing a key does not count it twice.
    cache.set('/p39', big(5000));
    expect(cache.size).toBe(6);
    expect(cache.bytes).toBe(6 * (10_007 + (10_007 >> 1)));
  });

  it('empties when the data version moves and refuses pages rendered before the move', () => {
    const v = { n: 1 };
    const cache = new PageCache(versions(v), limits);
    cache.sync();
    const generation = cache.generation;
    cache.set('/a', html('a'));
    v.n = 2;
    cache.sync();
    expect(cache.get('/a', NOW)).toBeUndefined();
    expect(cache.bytes).toBe(0);
    cache.set('/b', html('b'), generation);
    expect(cache.get('/b', NOW)).toBeUndefined();
  });

  it('forgets a page after its time to live', () => {
    const cache = new PageCache(versions(), limits);
    cache.sync();
    cache.set('/a', html('a'));
    expect(cache.get('/a', NOW + 59_999)).toBeDefined();
    expect(cache.get('/a', NOW + 60_000)).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});

describe('sendCached on node:http', () => {
  it('answers as reply does, and a 304 carries no content-encoding or content-length of the body', async () => {
    const page = big(2000);
    const server = createServer((req, res) => sendCached(page, req, res, NOW + 1000));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const get = (headers: Record<string, string | undefined>) => rawRequest(`http://127.0.0.1:${port}/`, { headers });
    try {
      for (const request of [
        { 'accept-encoding': 'gzip', 'if-none-match': page.etag },
        { 'accept-encoding': 'br', 'if-none-match': etagOf(page, 'br') },
        { 'accept-encoding': 'gzip', 'if-modified-since': page.lastModified },
      ]) {
        const sent = await get(request);
        const replied = reply(page, request, false, NOW + 1000);
        expect(sent.status, JSON.stringify(request)).toBe(304);
        expect(sent.headers).not.toHaveProperty('content-encoding');
        expect(sent.headers).not.toHaveProperty('content-length');
        for (const name of ['etag', 'vary', 'cache-control', 'last-modified'])
          expect(sent.headers[name], name).toBe(replied.headers[name]);
      }
      // The 200 still says how its body is encoded.
      expect((await get({ 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    } finally {
      server.close();
    }
  });
});

describe('transient pages: body buffers used again once sent', () => {
  const transient = (text: string) =>
    makePage({ contentType: 'text/html; charset=utf-8', body: text }, NOW, 60_000, true);

  it('uses a sent page’s buffer for the next page, and never one whose response is still being written', async () => {
    // One reader asks for 24 pages at once (HTTP/1.1 pipelining) and does not read for a while: the responses
    // (600 kB each) queue behind each other and fill the socket's buffers, so most are still being written
    // while the next pages are made. The reader must still get each page's own bytes, in order.
    const texts = Array.from({ length: 6 }, (_, i) => `<p>${String.fromCharCode(0x105 + i).repeat(300_000)}</p>`);
    const asked = 24;
    const buffers: ArrayBufferLike[] = [];
    let n = 0;
    const server = createServer((req, res) => {
      const page = transient(texts[n++ % texts.length] as string);
      buffers.push(page.body.buffer);
      sendCached(page, req, res, NOW + 1000);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(asked - 1));
      socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      await once(socket, 'end');
      let all = Buffer.concat(chunks);
      for (let i = 0; i < asked; i++) {
        const head = all.subarray(0, all.indexOf('\r\n\r\n')).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
        const start = head.length + 4;
        expect(all.subarray(start, start + length).toString('utf8') === texts[i % texts.length], `page ${i}`).toBe(
          true,
        );
        all = all.subarray(start + length);
      }
      // They were all being written at once, each from its own buffer; once sent, the next page takes one.
      expect(new Set(buffers).size).toBe(asked);
      expect((await rawRequest(`http://127.0.0.1:${port}/`)).body.toString()).toBe(texts[asked % texts.length]);
      expect(buffers.slice(0, asked)).toContain(buffers[asked]);
    } finally {
      server.close();
    }
  });

  it('takes the buffer back after a 304 and a HEAD, which send no body', async () => {
    const text = `<p>${'ż'.repeat(10_000)}</p>`;
    const buffers: ArrayBufferLike[] = [];
    const server = createServer((req, res) => {
      const page = transient(text);
      buffers.push(page.body.buffer);
      sendCached(page, req, res, NOW + 1000);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/`;
    try {
      const first = await rawRequest(url);
      expect(first.status).toBe(200);
      expect((await rawRequest(url, { headers: { 'if-none-match': first.headers.etag as string } })).status).toBe(304);
      expect((await rawRequest(url, { method: 'HEAD' })).status).toBe(200);
      expect((await rawRequest(url)).body.toString()).toBe(text);
      expect(new Set(buffers).size).toBe(1);
    } finally {
      server.close();
    }
  });

  it('gives a page kept by the cache a buffer of its own', () => {
    const kept = html(`<p>${'ó'.repeat(10_000)}</p>`);
    const sent = transient(`<p>${'ó'.repeat(10_000)}</p>`);
    expect(kept.transient).toBeUndefined();
    expect(sent.transient).toBe(true);
    expect(kept.body.buffer).not.toBe(sent.body.buffer);
  });
});
