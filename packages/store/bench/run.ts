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
// A common word and the first letter of the next one, as typed into a search box: the rarest word
// still has thousands of matches, and most of them must be checked for the short word to count 1,001.
const SHORT_SEARCHES = [
  'fundacja w',
  'lodz s',
  'stowarzyszenie p',
  'fundacja r',
  'wies k',
  'spoldzielnia s',
  'kolo w',
  'warszawa f',
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
      name: 'search organisations, a common word and a short one, first after a write',
      stats: await measure(
        ROUNDS,
        (i) => store.organizations.list({ search: SHORT_SEARCHES[i % SHORT_SEARCHES.length], limit: 20 }),
        write,
      ),
      note: `${SHORT_SEARCHES.length} queries such as '${SHORT_SEARCHES[0]}', as above`,
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
  "The run of 2026-11-29 (14:23–14:32 UTC, at `cbc5503`, nothing else running) meets every goal on both dialects. The store's query code did not change since the 04:31 run below (only the wording of its refusals did). PostgreSQL's three event-list rows that missed 5 ms at p95 there, by little, are now 4.22 ms ('by start'), 3.29 ('upcoming') and 4.44 ('random page, first after a write'), with p50 1.27, 0.89 and 2.72 ms; its primary-key baseline p50/p95 went 0.35/0.91 → 0.31/0.70 ms. As ratios to that baseline the rows moved little (p95 15.0× → 13.8×, 16.5× → 10.7×, 15.5× → 14.5×): the misses were the machine's tail, and the margin stays small, so a busier machine can miss again.",
  "The run of 2026-11-29 (04:31 UTC, nothing else running; load 1.35–1.54) was the first with named statements on PostgreSQL (`prepare`, on by default). Against the previous RESULTS (2026-11-28, another machine of the same kind, so the rows compare only roughly; PostgreSQL's primary-key baseline p50/p95 0.42/1.68 → 0.35/0.91 ms): 'search, first after a write' p95 11.21 → 6.24 ms and 'a common word and a short one' 12.62 → 8.23 ms now meet their goal; 'events list, published, by start' 6.80 → 5.18, 'upcoming' 5.85 → 5.69 and 'random page, first after a write' 5.59 → 5.37 ms still miss 5 ms at p95, by little, with p50 at 1.75, 1.05 and 2.85 ms. The like-for-like figures of the change are the alternating measurement in the bullet on prepared statements below. SQLite's code did not change; its rows moved with the machine.",
  "The run of 2026-11-28 (19:51 UTC, nothing else running) measured SQLite with `temp_store = MEMORY` (temporary B-trees and sorters in memory; before, each statement that made one opened and removed a temporary file). On the website's bench data the statement that lists an event's posts (`id IN (subquery)`, a temporary B-tree for its ORDER BY; 0 rows) took 250 µs with the file and 23 µs without it (raw better-sqlite3, 5,000 runs each, same process). In its table no row moved beyond run-to-run noise: against the previous run, SQLite's 'random page, first after a write' p50/p95 1.94/2.57 → 1.77/2.28 ms and 'search, first after a write' 1.69/3.57 → 1.97/4.05 ms; their plans make no temporary B-tree on the critical path, or make it once per page. PostgreSQL is unchanged code; its absolute goals were missed on 'events list, published, by start' (p95 6.80 ms), 'upcoming' (5.85), 'random page, first after a write' (5.59), 'search, first after a write' (11.21) and 'a common word and a short one' (12.62), as in the previous run (there four of these five) and for the reason given there: its primary-key baseline here is p50 0.42, p95 1.68 ms, and as ratios to it the rows are where they were. The bullets below describe earlier runs.",
  "First event page after a write ('events list, published, random page, first after a write'): p50/p95 5.37/9.07 → 2.17/3.83 ms on SQLite (goal met again) and 4.28/6.85 → 3.55/5.71 ms on PostgreSQL (still missed), against the previous RESULTS; load 1.6–1.9 (1-minute) during this run, 2 cores shared. Why it had slowed: not the store's code and not the 330 writes of the row added before it. The store's code for event lists had not changed since the RESULTS that met the goal (between cefb5db and 6139b90 only bench/run.ts did), and in one process on fresh 100k data the row measured first, after the new search row, and after 330 more writes gave the same figures (p50 5.7, 5.2, 5.0 ms on SQLite; 4.5, 4.0, 3.8 ms on PostgreSQL). The machine was slower: every row of the previous run grew by about 1.7× alike, PostgreSQL's primary-key baseline too (p50 0.20 → 0.35 ms), so as a ratio to that baseline PostgreSQL's row had not moved (12.5× → 12.1×). Where a first page after a write spent its time, per statement over 300 of them (better-sqlite3 statements timed one by one; PostgreSQL by EXPLAIN (ANALYZE, BUFFERS)): numbering the list up to the page's block with row_number(), to remember every block's first row, took 3.3 ms a page on SQLite (60% of the page; EXPLAIN QUERY PLAN: co-routines that materialise the numbered prefix, then a temp B-tree) and 3.1 ms on PostgreSQL; the capped count 0.7 / 1.8 ms, the page itself 0.6 / 1.4 ms, and PostgreSQL planned each statement for 0.55–0.9 ms. Skipping to a block's first row instead (LIMIT 1 OFFSET n over the same partial index, index entries only) took a tenth of numbering on SQLite (5,000 rows: 0.47 vs 4.24 ms p50) and 40% on PostgreSQL (0.92 vs 2.28 ms). So a page now finds its block's first row that way, skipping from the nearest block's first row already known under the same change stamp (or from the list's start), and remembers it; repeated pages still seek to remembered rows (the 'by start' row, 300 pages under one stamp, p95 1.02 → 1.24 ms on SQLite and 4.19 → 4.77 ms on PostgreSQL, goal met: its first visit to each block is one skip from the nearest known block instead of a share of one numbering, on a machine no quieter than before). Pages are the same: a test compares anchored pages with plain OFFSET pages forwards, backwards and in a scattered order, before and after writes, on both dialects. What PostgreSQL has left on this row: the count (1.35 ms of execution over 8,474 index entries, alongside the anchor and the page) and 0.5–0.9 ms of planning for each of the two statements on the critical path; prepared statements, or a count that survives writes to other tables, would be next. Tried and not kept: letting the page skip from the nearest known row while its block's first row is found alongside on another connection (one statement less on the critical path): in a full run at load 2.3–3.5 it gave 3.36/5.44 ms on PostgreSQL (here 3.55/5.71) and 2.03/3.28 ms on SQLite, within run-to-run noise, so the simpler code stays. The other bullets describe earlier work, with the figures of its own runs.",
  "Search, a common word and a short one, first after a write (new row: 'fundacja w', 'lodz s', 'stowarzyszenie p', 'fundacja r', 'wies k', 'spoldzielnia s', 'kolo w', 'warszawa f'): p50/p95 26.1/70.1 → 4.7/8.0 ms on PostgreSQL and 22.0/96.3 → 2.1/3.5 ms on SQLite (before: the same bench on the code before this change, at load 2.6, busier than this run; as ratios to the baseline, PostgreSQL 77×/207× → 13×/23×). From EXPLAIN ANALYZE on PostgreSQL: the capped count read the driving word's matches in order and probed the primary key of each for the other word, about 6 µs a probe; 'fundacja r' probed about 10,000 records to find 1,001 (57 ms), 'lodz s' 2,615 (15 ms). Each search word's row now keeps all of its record's words (' fundacja dobry start w lodzi ', migration 0006) in the sorted index (INCLUDE on PostgreSQL, a last key column on SQLite), and the other words are a LIKE on the row being read: counting 'fundacja w' 6.7 → 0.8 ms and 'lodz s' 15.4 → 2.2 ms. What was left was mostly choosing the driving word (counting up to 5,000 index entries per word, 1.5–2.5 ms each): a word's forms and count now come in one statement, all words at once, and beside a longer word a one-letter word counts only to 1,000 (common from there) and a single longer word is not counted. An interleaved A/B of the SQL alone, old and new, on the same data (load about 1.6, before that last step): p50 24.0 → 5.9 ms, p95 60 → 9.7 ms. Results, order and capped counts are the same (tests on both dialects, one of them a property test against a plain reading of the words by both query paths).",
  'Prepared statements (PostgreSQL): adopted on 2026-11-29 (an earlier note had estimated that naming statements would save at most the 0.5 ms a search spent planning). Measured alternately in one process, 300 rounds each, on 20k organisations and 10k events, with another job loading the machine (load 2.3–4.6), prepare=on against prepare=off, p50/p95 ms: read by id 0.71/2.68 → 0.40/1.84; search 1.24/3.50 → 0.89/3.71; events by start 2.41/7.37 → 1.90/6.51; upcoming 1.71/7.04 → 1.11/6.20; by organisation 2.37/5.53 → 1.36/4.50; search after a write 3.16/5.78 → 2.16/5.33; a common word and a short one after a write 4.87/8.69 → 3.90/8.25; event page after a write 3.97/8.43 → 3.54/7.45. What is saved is parsing and planning on every call of a statement; no row got slower at p50, so no generic plan chosen after the fifth call was worse than the custom ones.',
  'The cost: data size 688 → 917 MiB on SQLite and 906 → 1,174 MiB on PostgreSQL (+33% and +30%): the words are kept once more in each word row and its index entry (about 73 bytes per organisation word row, 177 per event word row). A record whose words and sort key pass 1,600 bytes (a PostgreSQL index entry holds at most 2,704) keeps NULL and is probed as before. Migration 0006 on the 100k data took about 10 s on PostgreSQL (it copies the table: an UPDATE took 35 s and left the new index twice its size) and 20 s on SQLite.',
  "Event lists: a page now seeks to a remembered anchor instead of skipping rows with OFFSET: the list's first row (one LIMIT 1 query), and for pages past the 100th row the first row of every 100-row block (row_number() over the list as far as the asked block, twice as far whenever the remembered ones fall short; since replaced by skipping to the one block asked, see the first bullet). Anchors are kept exactly like the list totals: per change stamp (the change feed plus this process's own commits), never inside a transaction; a test checks that anchored pages equal plain OFFSET pages, forwards and backwards, before and after writes. Repeated pages are one query that skips fewer than 100 index entries: random page p95 7.6 → 0.65 ms on SQLite (45× → 17× the baseline) and 15.2 → 2.4 ms on PostgreSQL (30× → 9×); upcoming 5.1 → 0.56 ms and 8.3 → 2.4 ms, because its first row is remembered and the page no longer walks past every finished event. The first page after a write counts and anchors afresh: p95 4.3 ms (SQLite) and 3.4 ms (PostgreSQL).",
  "Search: a name search's page is one statement (each stored word's matches in name order, merged, without duplicates, cut to the page and joined to the records) after one recursive query that hops through the stored words (it was one query per word, up to 25); the words, the driving word and the capped count are kept per change stamp. From EXPLAIN ANALYZE on PostgreSQL: parallel workers are off for the store's connections (a Gather Merge's start-up was 5 ms of an 8 ms page, hundreds of ms on the busy machine), and the other words' EXISTS carries OFFSET 0 so it stays a check per row read in name order instead of a hash semi join over all 5,275 matches of both words ('kuznia inicjatyw' 5 → 1.3 ms). p95 13.4 → 0.45 ms on SQLite (80× → 12×), 29.3 → 1.5 ms on PostgreSQL (57× → 5.5×); page 5 14.4 → 0.51 ms and 37.0 → 1.9 ms. These rows repeat ten queries over unchanged data, so they show remembered words and counts; the row 'first after a write' is the figure for a query nobody asked since the last change: 5.1 ms and 6.1 ms p95.",
  "Seeding: 100k organisations 58.5 → 7.1 s on SQLite and 46.0 → 7.6 s on PostgreSQL. Profiled with node --cpu-prof: keeping the indexes up row by row and 4 s of commits were most of it, then the Polish sort key (1.9 s, computed twice per record). Now a kind with 10,000 or more new records, more than its tables hold, loads in one transaction: the tables' non-unique secondary indexes (read from the catalog, so exactly as the migrations made them) are dropped and built again before the commit, primary keys and unique indexes stay, rows go in in primary-key order, PostgreSQL takes 10,000 rows per statement through json_populate_recordset, and the sort key remembers each character's part (8× faster, property-checked against the old code). Every value is still validated by its domain schema first (about 0.8 s of the 100k). Of PostgreSQL's time, about 4.5 s is the server inserting 100k records and 835k search words and 1.7 s rebuilding indexes.",
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
