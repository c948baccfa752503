import { crc32, deflateSync } from 'node:zlib';

/**
 * The site's icon, a bridge ("most"), drawn here rather than kept as binary files: the site's link blue
 * (#0b5cad) with a white arch over a white deck. apps/website serves and exports it, the layout links it
 * and the feeds name it, all from these paths.
 *
 * `/favicon.ico`, a 16×16, 32-bit ICO of about 1 KB built once at start: browsers ask for it on every
 * visit whether or not a page links an icon, so the site answers with a real one instead of its HTML 404
 * page (which cost a render and showed as an error in every browser console). The pages link it, so a
 * site under a path shows its own.
 */

const SIZE = 16;
const BLUE = [0x0b, 0x5c, 0xad] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The colour of the design at (u, v) in its 16-unit square, v counted from the top. */
function shade(u: number, v: number): readonly [number, number, number] {
  // The deck: a white band across the lower third.
  if (v >= 11 && v < 13) return u >= 2 && u < 14 ? WHITE : BLUE;
  // The arch: a ring centred on the deck, between radii 4.5 and 6.
  const d = Math.hypot(u - SIZE / 2, v - 11);
  return v < 11 && d >= 4.5 && d <= 6 ? WHITE : BLUE;
}

/** The favicon's pixel (x, y), sampled at its centre; null where the icon is transparent (its rounded corners). */
function pixel(x: number, y: number): readonly [number, number, number] | null {
  const edge = (v: number) => v === 0 || v === SIZE - 1;
  return edge(x) && edge(y) ? null : shade(x + 0.5, y + 0.5);
}

function buildIco(): Uint8Array {
  const header = 6;
  const entry = 16;
  const info = 40;
  const xor = SIZE * SIZE * 4;
  // The AND mask: one bit a pixel, rows padded to 32 bits.
  const rowBytes = Math.ceil(SIZE / 32) * 4;
  const and = rowBytes * SIZE;
  const image = info + xor + and;
  const buf = Buffer.alloc(header + entry + image);
  // ICONDIR: reserved 0, type 1 (icon), one image.
  buf.writeUInt16LE(0, 0);
  buf.writeUInt16LE(1, 2);
  buf.writeUInt16LE(1, 4);
  // ICONDIRENTRY: width, height, no palette, reserved, 1 plane, 32 bits, size, offset.
  buf.writeUInt8(SIZE, 6);
  buf.writeUInt8(SIZE, 7);
  buf.writeUInt16LE(1, 10);
  buf.writeUInt16LE(32, 12);
  buf.writeUInt32LE(image, 14);
  buf.writeUInt32LE(header + entry, 18);
  // BITMAPINFOHEADER: the height counts the XOR and the AND bitmaps together, hence twice the size.
  const bmp = header + entry;
  buf.writeUInt32LE(info, bmp);
  buf.writeInt32LE(SIZE, bmp + 4);
  buf.writeInt32LE(SIZE * 2, bmp + 8);
  buf.writeUInt16LE(1, bmp + 12);
  buf.writeUInt16LE(32, bmp + 14);
  buf.writeUInt32LE(xor + and, bmp + 20);
  // Rows bottom-up, pixels as BGRA.
  const pixels = bmp + info;
  const mask = pixels + xor;
  for (let row = 0; row < SIZE; row++) {
    const y = SIZE - 1 - row;
    for (let x = 0; x < SIZE; x++) {
      const c = pixel(x, y);
      const at = pixels + (row * SIZE + x) * 4;
      if (c) {
        buf[at] = c[2];
        buf[at + 1] = c[1];
        buf[at + 2] = c[0];
        buf[at + 3] = 0xff;
      } else {
        const byte = mask + row * rowBytes + (x >> 3);
        buf[byte] = (buf[byte] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * The same bridge as a square PNG for what asks for a larger icon than 16 px: iPhones and iPads ask for
 * `/apple-touch-icon.png` (and the older `-precomposed` name) when a reader adds the site to the home
 * screen, whether or not a page links one, and feed readers show a feed's icon beside its items (JSON
 * Feed asks for a square one of about 512 px, Atom for a square one). Drawn on a full square (no
 * transparent corners: iOS fills them black and rounds the corners itself), each pixel the mean of 4×4
 * samples of the 16-unit design above, so the arch's edges are smooth. RGB, 8 bits, unfiltered rows:
 * a few kilobytes, since the picture is mostly flat colour.
 */
export function iconPng(size: number): Uint8Array {
  const SAMPLES = 4;
  const rowBytes = 1 + size * 3;
  const raw = Buffer.alloc(rowBytes * size);
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0; // filter type 0: none
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = ((x + (sx + 0.5) / SAMPLES) * SIZE) / size;
          const v = ((y + (sy + 0.5) / SAMPLES) * SIZE) / size;
          const c = shade(u, v);
          r += c[0];
          g += c[1];
          b += c[2];
        }
      const at = y * rowBytes + 1 + x * 3;
      const n = SAMPLES * SAMPLES;
      raw[at] = Math.round(r / n);
      raw[at + 1] = Math.round(g / n);
      raw[at + 2] = Math.round(b / n);
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.byteLength);
    out.writeUInt32BE(data.byteLength, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.byteLength)), 8 + data.byteLength);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The touch icon's address, which the pages link and the feeds name as their icon. */
export const TOUCH_ICON_PATH = '/apple-touch-icon.png';
/** Every address the touch icon is served and exported at: fixed, as Apple's devices ask for them by name. */
export const TOUCH_ICON_PATHS = [TOUCH_ICON_PATH, '/apple-touch-icon-precomposed.png'] as const;
export const TOUCH_ICON_SIZE = 512;
let touchIcon: Uint8Array | undefined;
/** The 512 px icon, drawn on first use (about 20 ms) rather than at every start. */
export const touchIconPng = (): Uint8Array => {
  touchIcon ??= iconPng(TOUCH_ICON_SIZE);
  return touchIcon;
};

export const FAVICON_PATH = '/favicon.ico';
export const FAVICON_TYPE = 'image/x-icon';
export const FAVICON: Uint8Array = buildIco();
// The address is fixed (browsers ask for this exact path), so not immutable: a day, then revalidated
// with its ETag, lets a new icon reach everyone within a day.
export const FAVICON_CACHE = 'public, max-age=86400';
