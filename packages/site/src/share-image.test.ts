import { seedWorld } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from './render-pages.js';
import { linkContext, type Route } from './routes.js';
import { SHARE_IMAGE, SHARE_IMAGE_PATH, SHARE_IMAGE_SIZE } from './share-image.js';
import { tempStore } from './testing/temp-store.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');
let env: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  env = await tempStore(seedWorld());
});
afterAll(async () => env?.dispose());

// A PNG's size is in its IHDR chunk, right after the 8-byte signature and the chunk's length and type.
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('the share image (og:image)', () => {
  it('is a PNG of the size the pages declare, under a path named by its content', () => {
    expect([...SHARE_IMAGE.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(SHARE_IMAGE)).toEqual(SHARE_IMAGE_SIZE);
    expect(SHARE_IMAGE_PATH).toMatch(/^\/assets\/mosty-[0-9a-f]{10}\.png$/);
    // Small enough for link previews (Facebook and LinkedIn take up to 5–8 MB; keep it light).
    expect(SHARE_IMAGE.byteLength).toBeLessThan(100_000);
  });

  it.each([
    ['pl', { kind: 'home' }],
    ['en', { kind: 'event', slug: 'sprawny-urzad-sprawna-organizacja' }],
    ['pl', { kind: 'organization', slug: 'fundacja-kobiety-wedrowne' }],
  ] as const)('every page (%s %j) names it with an absolute URL, its size and a text', async (locale, route) => {
    const ctx = linkContext('https://mosty.example.org/fundacja', locale);
    const page = await renderRoute({ store: env.store, ctx, now: NOW }, route as Route);
    const html = String(page?.body);
    expect(html).toContain(
      `<meta property="og:image" content="https://mosty.example.org/fundacja${SHARE_IMAGE_PATH}"/>`,
    );
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    expect(html).toContain('<meta property="og:image:height" content="630"/>');
    expect(html).toMatch(
      locale === 'pl' ? /og:image:alt" content="Mosty: współpraca/ : /og:image:alt" content="Mosty: cooperation/,
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });
});
