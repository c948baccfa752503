import { SEED_IDS } from '@org/demo';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from './forms/entities.js';
import { fieldPatterns } from './forms/parse-entity-form.js';
import { type Client, type Harness, signedInHarness } from './testing/harness.js';

let h: Harness;
let client: Client;
beforeAll(async () => {
  ({ h, client } = await signedInHarness('editor'));
});
afterAll(() => h?.close());

const SEED_BY_ROUTE: Record<string, string> = {
  events: SEED_IDS.event,
  organizations: SEED_IDS.fise,
  people: SEED_IDS.khediAlieva,
  grants: SEED_IDS.grant,
};

// Field names the forms know (indices filled in), some malformed ones, and values of every shape.
const names = [
  ...new Set(ENTITIES.flatMap((d) => [...fieldPatterns(d).keys()].map((p) => p.replaceAll('[*]', '[0]')))),
  'version',
  '__proto__.x',
  'agenda[999].title',
  'agenda[1].people[3].personId',
  'a..b',
  '',
];
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e309',
    '2026-11-26T10:00',
    '2026-02-30T25:61',
    'NaN',
    'true',
    SEED_IDS.fise,
    '40 000,50',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const post = fc.record({
  entity: fc.constantFrom(...ENTITIES.map((e) => e.route)),
  update: fc.boolean(),
  fields: fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 12 }),
});

describe('fuzzed form posts', () => {
  it('never answer 5xx and never write part of a refused post (10k posts)', async () => {
    await fc.assert(
      fc.asyncProperty(post, async ({ entity, update, fields }) => {
        const id = SEED_BY_ROUTE[entity];
        const path = update && id ? `/${entity}/${id}` : `/${entity}/new`;
        const before = await h.store.dataVersion();
        const form = new URLSearchParams([['_csrf', client.csrf], ...fields]);
        const res = await client.request(path, { form });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 303) expect(await h.store.dataVersion()).toBe(before);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);
});
