import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, startHarness } from '../testing/harness.js';

let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = new Client(h.url);
  await admin.signIn(h.users.administrator.email);
});
afterAll(() => h?.close());

/** The notice paragraph of a page, or null when it shows none. */
const flashOf = (html: string) => /<p class="flash flash-info" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? null;

describe('the notice after a change (?done=)', () => {
  const pages = ['/events', `/events/${SEED_IDS.event}`, `/events/${SEED_IDS.event}/publish`, '/users'];

  it('shows the Polish notice for a known key', async () => {
    for (const page of pages) {
      expect(flashOf((await admin.request(`${page}?done=saved`)).text)).toBe('Zapisano.');
      expect(flashOf((await admin.request(`${page}?done=deleted`)).text)).toBe('Usunięto.');
    }
  });

  // Keys of Object.prototype once reached the lookup and rendered an empty status paragraph.
  for (const done of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'nieznany', ''])
    it(`shows no notice at all for done=${JSON.stringify(done)}`, async () => {
      for (const page of pages) {
        const res = await admin.request(`${page}?done=${encodeURIComponent(done)}`);
        expect(res.status).toBe(200);
        expect(res.text).not.toContain('class="flash');
      }
    });
});
