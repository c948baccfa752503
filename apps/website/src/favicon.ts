/**
 * `/favicon.ico`: browsers ask for it on every visit whether or not a page links an icon, so the site
 * answers with a real one instead of its HTML 404 page (which cost a render and showed as an error in
 * every browser console). The pages link no icon (that would be a change to `@org/site`'s layout), so
 * this is the only one.
 *
 * A 16×16, 32-bit ICO drawn here rather than kept as a binary file: the site's link blue (#0b5cad)
 * with a white arch over a white deck, a bridge ("most"). About 1 KB, built once at start.
 */

const SIZE = 16;
const BLUE = [0x0b, 0x5c, 0xad] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The colour of pixel (x, y), y counted from the top; null where the icon is transparent. */
function pixel(x: number, y: number): readonly [number, number, number] | null {
  // Rounded corners: the four corner pixels are transparent.
  const edge = (v: number) => v === 0 || v === SIZE - 1;
  if (edge(x) && edge(y)) return null;
  // The deck: a white band across the lower third.
  if (y === 11 || y === 12) return x >= 2 && x <= 13 ? WHITE : BLUE;
  // The arch: a ring centred on the deck, between radii 4.5 and 6.
  const d = Math.hypot(x + 0.5 - SIZE / 2, y + 0.5 - 11);
  if (y < 11 && d >= 4.5 && d <= 6) return WHITE;
  return BLUE;
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

export const FAVICON_PATH = '/favicon.ico';
export const FAVICON_TYPE = 'image/x-icon';
export const FAVICON: Uint8Array = buildIco();
// The address is fixed (browsers ask for this exact path), so not immutable: a day, then revalidated
// with its ETag, lets a new icon reach everyone within a day.
export const FAVICON_CACHE = 'public, max-age=86400';
