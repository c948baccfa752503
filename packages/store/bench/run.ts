/**
 * The store's benchmark: seeds 100k organisations and 10k events from the @org/demo generator into a
 * temporary SQLite file and a temporary PostgreSQL schema, then measures search and paginated event
 * lists (p50/p95/p99) against a primary-key lookup measured in the same run, and writes RESULTS.md.
 * Run: `pnpm --filter @org/store bench` (options: --orgs N --events N --rounds N).
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type DemoWorld, generateWorld } from '@org/demo';
import { testEnv } from '@org/testkit';
import { sql } from 'kysely';
import pg from 'pg';
import { loadWorld } from '../src/load-world.js';
import { contextOf, openStore } from '../src/open-store.js';
import type { Store } from '../src/types.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ORGS = arg('orgs', 100_000);
const EVENTS = arg('events', 10_000);
const ROUNDS = arg('rounds', 300);

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
async function measure(
  rounds: number,
  fn: (i: number) => Promise<unknown>,
  before?: (i: number) => Promise<unknown>,
): Promise<Stats> {
  for (let i = 0; i < Math.min(30, rounds); i++) await fn(i); // warm caches and statement paths
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (before) await before(i); // not timed
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99) };
}

const SEARCHES = [
  'zrodlo',
  'kuznia inicjatyw',
  'lodz',
  'spoldzielnia socjalna',
  'wies',
  'zyrardow',
  'razem',
  'sasiedzka pomoc',
  'plock',
  'kolo gospodyn',
];

interface DialectResult {
  dialect: string;
  seedOrgsSeconds: number;
  seedRestSeconds: number;
  dataSize: string;
  rows: { name: string; stats: Stats; note: string }[];
}

async function run(dialect: 'sqlite' | 'postgres'): Promise<DialectResult> {
  let world: DemoWorld | null = generateWorld({ seed: 1, organizations: ORGS, events: EVENTS });
  let store: Store;
  let cleanup: () => Promise<void>;
  let size: () => Promise<number>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mosty-bench-'));
    const file = join(dir, 'bench.db');
    store = await openStore(file);
    cleanup = async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
    size = async () => {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(contextOf(store).db);
      return statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    };
  } else {
    const schema = `mosty_bench_${Date.now().toString(36)}`;
    store = await openStore(testEnv.PG_URL, { schema });
    cleanup = async () => {
      await store.close();
      const client = new pg.Client({ connectionString: testEnv.PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    };
    size = async () => {
      const r = await sql<{
        n: string;
      }>`select sum(pg_total_relation_size(c.oid))::text as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${schema} and c.relkind in ('r', 'm')`.execute(
        contextOf(store).db,
      );
      return Number(r.rows[0]?.n ?? 0);
    };
  }
  try {
    let t0 = performance.now();
    await loadWorld(store, { ...world, events: [], posts: [], grants: [], people: [], venues: [], cooperations: [] });
    const seedOrgsSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await loadWorld(store, world);
    const seedRestSeconds = (performance.now() - t0) / 1000;
    // Bulk-loaded tables have no visibility map yet: without VACUUM, PostgreSQL's index-only counts visit the heap.
    if (dialect === 'postgres') await sql`vacuum analyze`.execute(contextOf(store).db);
    else await sql`pragma optimize`.execute(contextOf(store).db);

    const orgIds = world.organizations.map((o) => o.id);
    const organizerIds = world.events.map((e) => e.organizerId);
    const venue: Record<string, unknown> = { ...world.venues[0], id: undefined, slug: undefined };
    // The generated world (hundreds of MB) is garbage from here on: collected now, not during the timings.
    world = null;
    (globalThis as { gc?: () => void }).gc?.();
    const pages = Math.floor(EVENTS / 20);
    const rows: DialectResult['rows'] = [];
    const baseline = await measure(ROUNDS * 3, (i) =>
      store.organizations.get(orgIds[(i * 7919) % orgIds.length] as string),
    );
    rows.push({ name: 'baseline: organisation by id', stats: baseline, note: 'primary-key lookup, one row' });
    rows.push({
      name: 'search organisations (20 per page)',
      stats: await measure(ROUNDS, (i) =>
        store.organizations.list({ search: SEARCHES[i % SEARCHES.length], limit: 20 }),
      ),
      note: `${SEARCHES.length} queries, total counted`,
    });
    rows.push({
      name: 'search organisations, page 5',
      stats: await measure(ROUNDS, (i) =>
        store.organizations.list({ search: SEARCHES[i % SEARCHES.length], limit: 20, offset: 80 }),
      ),
      note: 'as above, offset 80',
    });
    rows.push({
      name: 'events list, published, by start',
      stats: await measure(ROUNDS, (i) =>
        store.events.list({
          filter: { status: ['published'] },
          sort: { field: 'startsAt' },
          limit: 20,
          offset: ((i * 37) % pages) * 20,
        }),
      ),
      note: `random page of ${pages}, total counted`,
    });
    rows.push({
      name: 'events list, upcoming',
      stats: await measure(ROUNDS, () =>
        store.events.list({ filter: { from: '2026-11-26T00:00:00Z', status: ['published'] }, limit: 20 }),
      ),
      note: 'first page from a date',
    });
    rows.push({
      name: 'events list, by organisation',
      stats: await measure(ROUNDS, (i) =>
        store.events.list({
          filter: { organizationId: organizerIds[(i * 13) % EVENTS] as string },
          limit: 20,
        }),
      ),
      note: 'join-table filter',
    });
    // The rows above repeat queries over unchanged data, so they show pages whose total, search words
    // and page anchors are remembered. These show the first query after a write (a new venue, not timed).
    const write = (i: number) => store.venues.create({ ...venue, name: `Sala próbna ${dialect} ${i}` });
    rows.push({
      name: 'search organisations, first after a write',
      stats: await measure(
        ROUNDS,
        (i) => store.organizations.list({ search: SEARCHES[i % SEARCHES.length], limit: 20 }),
        write,
      ),
      note: 'nothing remembered: words, rarity, count and page',
    });
    rows.push({
      name: 'events list, published, random page, first after a write',
      stats: await measure(
        ROUNDS,
        (i) =>
          store.events.list({
            filter: { status: ['published'] },
            sort: { field: 'startsAt' },
            limit: 20,
            offset: ((i * 37) % pages) * 20,
          }),
        write,
      ),
      note: 'nothing remembered: count, anchors and page',
    });
    const bytes = await size();
    return { dialect, seedOrgsSeconds, seedRestSeconds, dataSize: `${(bytes / 1024 / 1024).toFixed(0)} MiB`, rows };
  } finally {
    await cleanup();
  }
}

const NOTES = [
  "Load while this ran: the machine's load average fell from about 3.3 to 1.6 (5-minute average 4.8 to 3.6); the previous run had 8–12, so its milliseconds are not comparable: compare the ratios to the primary-key baseline. Previous run (same sizes): search p95 17 ms SQLite / 131 ms PostgreSQL (103× / 230× the baseline), event page 7.9 / 28 ms (47× / 50×), upcoming 9.2 / 22 ms (55× / 40×), seeding organisations 118 s / 58 s.",
  "List totals are now counted once per filter and search and reused until the data changes (the store's change feed, plus this process's own commits, so a store sees its own writes at once; never inside a transaction). These benchmarks repeat one filter over an unchanged store, so every page after the first reuses the total: the figures show pages of a stable list, not the first page after a write, which still counts (as before, ~3–8 ms).",
  "Event lists: PostgreSQL's random page fell to 15 ms p95 (50× → 30× the baseline) and upcoming to 8.3 ms (40× → 16×); SQLite's upcoming to 5.1 ms (55× → 31×). SQLite's random page barely moved (47× → 45×): the count was not its cost, skipping up to 10,000 index entries for a deep OFFSET is. All event lists except by-organisation still miss 5 ms p95. Next step, not measured: keyset pages (after the last start time and id) or remembered OFFSET anchors per filter, valid for one change stamp.",
  'Search on PostgreSQL: a word with one stored form is counted without DISTINCT, so the capped count streams and stops at 1,001; several forms run DISTINCT only over the first (1,001 × forms) matches. p95 fell from 131 to 29 ms (230× → 57× the baseline); SQLite from 17 to 13 ms (103× → 80×). Both still miss 10 ms; the slow tail is the two-word queries and the prefixes with more than 24 stored forms (the general query), not yet profiled.',
  'Seeding: index rows of each 5,000-record batch are now inserted in index order (multi-row INSERTs, one transaction per batch, validation kept). 100k organisations took 58.5 s on SQLite and 46.0 s on PostgreSQL; an earlier, less loaded run of the old code took 47 s / 42 s, so this run does not show the sorting helps. The goal (seconds) is missed. Not done: deferring secondary index creation during a bulk load, and skipping re-validation of values the generator already validated.',
];

const ms = (x: number) => x.toFixed(2);
const results: DialectResult[] = [];
for (const dialect of ['sqlite', 'postgres'] as const) {
  console.log(`benchmarking ${dialect}…`);
  results.push(await run(dialect));
}

const lines: string[] = [
  '# @org/store benchmark',
  '',
  `Generated by \`pnpm --filter @org/store bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, shared with other work. Data: \`generateWorld({ seed: 1, organizations: ${ORGS}, events: ${EVENTS} })\` from @org/demo (with its people, venues, grants and posts). Latencies are through the public repository API (validation of the query, count and page), ${ROUNDS} rounds after a warm-up; ratios compare p50/p95 with the p50 of a primary-key lookup measured in the same run. Goals: search p95 < 10 ms, paginated event list p95 < 5 ms.`,
  '',
];
for (const r of results) {
  const base = r.rows[0]?.stats.p50 ?? 1;
  lines.push(`## ${r.dialect}`, '');
  lines.push(
    `Seeding (\`loadWorld\`): ${ORGS.toLocaleString('en')} organisations (and the authorities) in ${r.seedOrgsSeconds.toFixed(1)} s; the remaining records (${EVENTS.toLocaleString('en')} events with agendas, people, venues, grants, posts) in ${r.seedRestSeconds.toFixed(1)} s. A kind with 10,000 or more new records loads in one transaction that rebuilds its tables' secondary indexes at the end; smaller kinds in batches of 5,000 records per transaction. Data size: ${r.dataSize}.`,
    '',
  );
  lines.push(
    '| query | p50 ms | p95 ms | p99 ms | p50 ÷ baseline | p95 ÷ baseline | p95 goal | note |',
    '|---|---:|---:|---:|---:|---:|---|---|',
  );
  for (const row of r.rows) {
    const goal = row.name.startsWith('search') ? 10 : row.name.startsWith('events') ? 5 : null;
    const verdict = goal === null ? '—' : `< ${goal} ms: ${row.stats.p95 < goal ? 'met' : 'missed'}`;
    lines.push(
      `| ${row.name} | ${ms(row.stats.p50)} | ${ms(row.stats.p95)} | ${ms(row.stats.p99)} | ${(row.stats.p50 / base).toFixed(1)}× | ${(row.stats.p95 / base).toFixed(1)}× | ${verdict} | ${row.note} |`,
    );
  }
  lines.push('');
}
lines.push('## What the figures say', '', ...NOTES.map((n) => `- ${n}`), '');
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
console.log(`written to ${out}`);
