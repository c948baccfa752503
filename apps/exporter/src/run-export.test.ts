import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_IDS, seedWorld } from '@org/demo';
import { isFormatError } from '@org/formats';
import { openStore, type Store, seedDemo } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from './args.js';
import { exitFor } from './exit-codes.js';
import { MESSAGES } from './messages.js';
import { type ExportOutput, runExport } from './run-export.js';
import { readExporterSite } from './site-config.js';

// A record deleted under records that name it (`{ force: true }`, as a restored backup or an older version's
// writes can leave the database): the website's pages leave it out, an exported file must not.
const world = seedWorld();
const seedEvent = world.events.find((e) => e.id === SEED_IDS.event)!;
const seedGrant = world.grants.find((g) => g.id === SEED_IDS.grant)!;
const quiet = { tick() {}, done() {} };
// The test SITE_CONFIG (publisher, 360Giving prefix, licence), which 360Giving needs.
const SITE = readExporterSite(new URL('../test/site-config.json', import.meta.url).pathname, MESSAGES.en);
const FORMAT = { locale: 'en', siteUrl: 'https://mosty.example.org' } as const;

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mosty-run-export-'));
  store = await openStore(join(dir, 'mosty.db'));
  await seedDemo(store);
  for (const [repo, id] of [
    [store.venues, seedEvent.venueId],
    [store.organizations, seedGrant.funderUnitId],
  ] as const) {
    const record = id ? await repo.get(id) : null;
    if (!record) throw new Error(`the seed names ${id}`);
    await repo.delete(record.id, record.version, undefined, { force: true });
  }
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (options: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): Promise<ExportOutput> =>
  runExport(store, { lang: 'en', validate: false, site: SITE, ...options }, FORMAT, quiet, MESSAGES.en);

const failure = async (options: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): Promise<unknown> => {
  try {
    const out = await run(options);
    if (out.kind === 'text') for await (const _ of out.chunks);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('an export naming a record the database lacks stops, saying which', () => {
  it('jsonld: the event whose venue is gone, where the website leaves the venue out', async () => {
    for (const options of [{ format: 'jsonld' as const }, { format: 'jsonld' as const, event: seedEvent.slug }]) {
      const error = await failure(options);
      expect(isFormatError(error, 'FORMAT_REFERENCE_MISSING'), JSON.stringify(options)).toBe(true);
      expect(exitFor(error, MESSAGES.pl)).toEqual({
        code: 1,
        message: `FORMAT_REFERENCE_MISSING: wydarzenie ${seedEvent.id} („${seedEvent.slug}”) wskazuje w venueId identyfikator ${seedEvent.venueId}, a w bazie danych brak miejsca o tym identyfikatorze; eksport pominąłby ten rekord albo opisał go błędnie.`,
      });
    }
  });

  it("360giving: the grant whose funder's unit is gone, which it left out", async () => {
    for (const format of ['360giving-json', '360giving-csv'] as const) {
      const error = await failure({ format });
      expect(exitFor(error, MESSAGES.en), format).toEqual({
        code: 1,
        message: `FORMAT_REFERENCE_MISSING: grant ${seedGrant.id} ("${seedGrant.slug}") names organisation ${seedGrant.funderUnitId} in funderUnitId, which is not in the database; the export would leave it out or name it wrongly.`,
      });
    }
  });
});
