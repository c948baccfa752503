// Buffer.from(text, 'utf8') walks a string twice: once to measure its UTF-8 length, once to encode it.
// For a page with Polish letters (a two-byte string of ~22,000 characters) the measuring pass is a third
// of the cost. Encoding straight into a scratch buffer big enough for any outcome (3 bytes per UTF-16
// code unit at most) and copying the bytes out walks it once: ~25% less per uncached page.
const MAX_SCRATCH = 4 * 1024 * 1024;
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * The UTF-8 bytes of a string, as `Buffer.from(text, 'utf8')` makes them (a lone surrogate becomes
 * U+FFFD), in a buffer of their own.
 *
 * @example
 * utf8Bytes('Łódź').byteLength // 7
 */
export function utf8Bytes(text: string): Buffer {
  const most = text.length * 3;
  if (most > scratch.byteLength) {
    // A text too long for a scratch buffer worth keeping is encoded the ordinary way.
    if (most > MAX_SCRATCH) return Buffer.from(text, 'utf8');
    scratch = Buffer.allocUnsafeSlow(Math.max(most, scratch.byteLength * 2));
  }
  const length = scratch.write(text, 0, 'utf8');
  const bytes = Buffer.allocUnsafe(length);
  scratch.copy(bytes, 0, 0, length);
  return bytes;
}

// Bytes that live only while one response is sent (a page the cache does not keep) are written into
// buffers that are used again once the response has been handed to the kernel. A fresh buffer per
// uncached page costs more than its encoding: the allocator gives back memory the kernel must fault in
// again, and V8 counts every new buffer's size as external memory, running a full mark-compact every few
// hundred pages (measured: a sixth of an uncached request's CPU). Sizes are powers of two, at least
// 16 KiB, so that a buffer fits any text of up to a third of its size in characters; at most
// `POOL_KEEP` of each size wait to be used again, so the pool holds a few MiB at most.
const POOL_MIN = 16 * 1024;
const POOL_MAX = 1024 * 1024;
const POOL_KEEP = 16;
const free = new Map<number, ArrayBuffer[]>();
const pooled = new WeakSet<ArrayBuffer>();

/**
 * The UTF-8 bytes of a string, as `utf8Bytes` makes them, in a buffer that `recycle` may take back
 * once nothing reads them any more (the response that sends them has finished).
 *
 * @example
 * const bytes = transientUtf8('Łódź'); // 7 bytes
 * recycle(bytes); // after the response has been written
 */
export function transientUtf8(text: string): Buffer {
  const most = text.length * 3;
  if (most > POOL_MAX) return utf8Bytes(text);
  let size = POOL_MIN;
  while (size < most) size *= 2;
  let memory = free.get(size)?.pop();
  if (!memory) {
    memory = new ArrayBuffer(size);
    pooled.add(memory);
  }
  const length = Buffer.from(memory).write(text, 0, 'utf8');
  return Buffer.from(memory, 0, length);
}

/**
 * Takes back the buffer of bytes made by `transientUtf8` for another text. Bytes made otherwise are
 * left alone. The caller must be sure nothing reads `bytes` any more.
 */
export function recycle(bytes: Uint8Array): void {
  const memory = bytes.buffer;
  if (!(memory instanceof ArrayBuffer) || !pooled.has(memory)) return;
  let list = free.get(memory.byteLength);
  if (!list) {
    list = [];
    free.set(memory.byteLength, list);
  }
  if (list.length < POOL_KEEP && !list.includes(memory)) list.push(memory);
}
