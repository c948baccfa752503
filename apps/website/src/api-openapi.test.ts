import { seedWorld } from '@org/demo';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore } from './testing/seeded-store.js';
import { startSite } from './testing/start-site.js';

// Every answer of the JSON API checked against the API's own OpenAPI document by a validator we did not
// write (Ajv, JSON Schema 2020-12, which OpenAPI 3.1 schemas are): a client generated from the document
// must accept what the API sends.
let env: Awaited<ReturnType<typeof seededStore>>;
let site: Awaited<ReturnType<typeof startSite>>;
beforeAll(async () => {
  env = await seededStore(seedWorld());
  site = await startSite(env.store, { now: () => Date.parse('2026-11-27T12:00:00Z') });
});
afterAll(async () => {
  await site?.close();
  await env?.dispose();
});

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

describe('JSON API against its OpenAPI document', () => {
  it('every list and every record validates', async () => {
    const doc = (await (await site.get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    // OpenAPI's own keywords (openapi, info, paths…) are not JSON Schema's: not strict about them.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(doc, 'openapi');
    const validator = (path: string) =>
      ajv.compile({
        $ref: `openapi#/${pointer('paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema')}`,
      });
    const lists = Object.keys(doc.paths).filter((p) => /^\/api\/v1\/[a-z]+$/.test(p));
    expect(lists.length).toBeGreaterThanOrEqual(7);
    let records = 0;
    for (const list of lists) {
      const page = (await (await site.get(`${list}?limit=500`)).json()) as { items: { slug: string }[] };
      const validList = validator(list);
      expect(validList(page), `${list}: ${ajv.errorsText(validList.errors)}`).toBe(true);
      const validItem = validator(`${list}/{slug}`);
      for (const item of page.items) {
        const record = await (await site.get(`${list}/${item.slug}`)).json();
        expect(validItem(record), `${list}/${item.slug}: ${ajv.errorsText(validItem.errors)}`).toBe(true);
        records++;
      }
    }
    expect(records).toBeGreaterThanOrEqual(lists.length);
  });
});
