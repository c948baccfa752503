import { DEMO_SITE_CONFIG } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededSite, seededSite } from './testing/start-site.js';

// The data licence of SITE_CONFIG where the site's own answers state it: the API's description and the
// page that answers a path with nothing (the footer of every other page is the site package's test).
let site: SeededSite;
beforeAll(async () => {
  site = await seededSite({ site: DEMO_SITE_CONFIG });
});
afterAll(() => site?.close());

describe('the data licence', () => {
  it("is the API document's licence, with the publisher as its contact", async () => {
    const doc = (await (await site.get('/api/openapi.json')).json()) as {
      info: { license?: { name: string; url: string }; contact?: { name: string; email: string } };
    };
    expect(doc.info.license).toEqual({ name: DEMO_SITE_CONFIG.license.name, url: DEMO_SITE_CONFIG.license.url });
    expect(doc.info.contact).toEqual({
      name: DEMO_SITE_CONFIG.publisher.name,
      email: DEMO_SITE_CONFIG.publisher.email,
    });
  });

  it('is in the footer of the page that answers a path with nothing, in both languages', async () => {
    for (const path of ['/nie-ma-takiej-strony', '/en/no-such-page', '/wydarzenia/nie-ma-takiego']) {
      const res = await site.get(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain(`rel="license"`);
      expect(html, path).toContain(DEMO_SITE_CONFIG.license.url);
    }
  });
});
