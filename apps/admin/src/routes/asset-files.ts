import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Bytes as web responses take them (a Buffer's memory is never shared here). */
type Bytes = Uint8Array<ArrayBuffer>;
const bytes = (b: Buffer): Bytes => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);

/** One file of the browser bundle as it is sent: its bytes, compressed once, and a validator. */
export interface AssetFile {
  body: Bytes;
  gzip: Bytes;
  br: Bytes;
  /** A strong ETag of the bytes; the compressed bodies get their own (`etagOf` of @org/site). */
  etag: string;
}

/**
 * The admin's static files, read and compressed once per version of the file on disk (its size and
 * modification time), not per request: the bundle is 0.6 MB, and every page of the admin loads it.
 */
export class AssetFiles {
  readonly #files = new Map<string, { stamp: string; file: Promise<AssetFile> }>();

  async get(path: string): Promise<AssetFile> {
    const info = await stat(path);
    const stamp = `${info.size}:${info.mtimeMs}`;
    const known = this.#files.get(path);
    if (known?.stamp === stamp) return known.file;
    const file = readFile(path).then(async (body) => ({
      body: bytes(body),
      gzip: bytes(await gzipped(body, { level: 9 })),
      br: bytes(await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })),
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    }));
    this.#files.set(path, { stamp, file });
    // A failed read is not kept: the next request tries again.
    file.catch(() => {
      if (this.#files.get(path)?.file === file) this.#files.delete(path);
    });
    return file;
  }
}
