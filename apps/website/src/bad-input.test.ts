import { seedWorld } from '@org/demo';
import { loadWorld, openStore, type Store } from '@org/store';
import { dropSchema, freshSchema, postgresUnavailable, testEnv } from '@org/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore } from './testing/seeded-store.js';
import { startSite } from './testing/start-site.js';

/**
 * Bad input never gets a 500, on either database. PostgreSQL refuses text with a NUL byte outright
 * (SQLite just finds nothing), so every place a request's text could reach the store is tried with
 * one, on both dialects: paths, filters, the calendar's filters and the JSON API.
 */
const pgReason = await postgresUnavailable();

async function postgresStore(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const schema = freshSchema('mosty_website');
  const store = await openStore(testEnv.PG_URL, { schema });
  await loadWorld(store, seedWorld());
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

// Each template's {} is where hostile text goes (percent-encoded).
const PLACES = [
  '/wydarzenia/{}',
  '/en/events/{}',
  '/wydarzenia/{}.ics',
  '/wydarzenia/tag/{}',
  '/wydarzenia?hasztag={}',
  '/wydarzenia?organizacja={}',
  '/wydarzenia?samorzad={}',
  '/wydarzenia?miesiac={}',
  '/organizacje/{}',
  '/samorzady/{}',
  '/osoby/{}',
  '/miejsca/{}',
  '/granty/{}',
  '/aktualnosci/{}',
  '/kalendarz.ics?hasztag={}',
  '/kalendarz.ics?organizacja={}',
  '/en/calendar.ics?organizacja={}',
  '/api/v1/events/{}',
  '/api/v1/organizations/{}',
  '/api/v1/posts/{}',
  '/api/v1/events?limit={}',
  '/api/v1/events?offset={}',
];
const HOSTILE = [
  'a\u0000b',
  '\u0000',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '..%2f..',
  '\uFFFF\u2028',
];

// Random text with NUL bytes mixed in (a random string alone almost never holds one).
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('\u0000', '%', '/', '.')), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const cases = [
  { name: 'sqlite', unavailable: null as string | null, open: () => seededStore(seedWorld()) },
  { name: 'postgres', unavailable: pgReason, open: postgresStore },
];

describe.each(cases)('bad input on $name', ({ name, unavailable, open }) => {
  let env: { store: Store; dispose: () => Promise<void> };
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    if (unavailable) return;
    env = await open();
    site = await startSite(env.store, { now: () => Date.parse('2026-11-01T12:00:00Z') });
  });
  afterAll(async () => {
    await site?.close();
    await env?.dispose();
  });

  it.skipIf(unavailable !== null)(
    `answers 400 or 404, never 500, wherever a request's text reaches the store (${name}${unavailable ? `: skipped, ${unavailable}` : ''})`,
    async () => {
      for (const place of PLACES)
        for (const text of HOSTILE) {
          const path = place.replace('{}', encodeURIComponent(text));
          const res = await site.get(path);
          await res.arrayBuffer();
          const shown = `${path.slice(0, 80)} → ${res.status}`;
          // Text that can name nothing is an unknown page or a bad request; a long value may be cut to
          // a filter's length and then simply match nothing.
          if (text.length < 1000) expect([400, 404], shown).toContain(res.status);
          else expect(res.status, shown).toBeLessThan(500);
        }
    },
  );

  it.skipIf(unavailable !== null)(`random text anywhere in those places is never a 500 (${name})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLACES), hostileText, async (place, text) => {
        const res = await site.get(place.replace('{}', encodeURIComponent(text)));
        await res.arrayBuffer();
        expect(res.status, `${place} with ${JSON.stringify(text)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
