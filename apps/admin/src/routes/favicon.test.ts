import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  ({ h, client: admin } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

describe('the admin icon', () => {
  it('is served at /favicon.ico and /favicon.svg to anyone, and every page links it', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await fetch(`${h.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
    const login = await fetch(`${h.url}/login`);
    expect(await login.text()).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    expect((await admin.request('/events')).text).toContain('<link rel="icon" href="/favicon.svg"');
  });
});
