/**
 * One measurement in its own process, so its peak RSS is its own: writes `count` generated records through
 * one writer into a counting sink and prints a JSON line with bytes, time and peak RSS.
 * Usage: node --import tsx bench/worker.ts <json|csv|ics|table:<name of TABLE_NAMES>> <count>
 */
import { performance } from 'node:perf_hooks';
import { generateWorld } from '@org/demo';
import type { Event } from '@org/domain';
import {
  eventsCsvChunks,
  icsChunks,
  indexWorld,
  TABLE_NAMES,
  type TableName,
  tableCsvChunks,
  tableRecords,
} from '../src/index.js';

const [format = 'ics', countText = '1000'] = process.argv.slice(2);
const count = Number(countText);
const options = { locale: 'pl', siteUrl: 'https://mosty.example.org' } as const;

// A small world gives the organisations, venues, people and grants; records are cloned from its 200 events
// (or from its records of the table's kind) with fresh ids and slugs, one at a time, so the benchmark never
// holds `count` records.
const template = generateWorld({ seed: 11, events: 200 });
const templateIndex = indexWorld(template);
const world = indexWorld({ ...template, events: [] });

function* clones<T extends { id: string; slug: string }>(source: Iterable<T>, fields: Partial<T> = {}): Generator<T> {
  const base = [...source];
  if (base.length === 0) throw new Error(`the template world has no records for ${format}`);
  for (let i = 0; i < count; i++) {
    const record = base[i % base.length] as T;
    yield { ...record, ...fields, id: `bench-${i}`, slug: `${record.slug}-${i}` };
  }
}
const events = () => clones<Event>(template.events, { status: 'published' });

/** The sink a file or socket would be: it sees UTF-8 bytes and keeps nothing. */
let bytes = 0;
const sink = (chunk: string) => {
  bytes += Buffer.byteLength(chunk);
};

const isTable = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);

async function run(): Promise<void> {
  if (format === 'ics') for await (const c of icsChunks(events(), world, options)) sink(c);
  else if (format === 'csv') for await (const c of eventsCsvChunks(events(), world, options)) sink(c);
  else if (format === 'json') for (const e of events()) sink(`${JSON.stringify(e)}\n`);
  else if (format.startsWith('table:') && isTable(format.slice(6))) {
    const table = format.slice(6) as TableName;
    for await (const c of tableCsvChunks(table, clones(tableRecords(table, templateIndex)), world, options)) sink(c);
  } else throw new Error(`unknown format ${format}`);
}

const start = performance.now();
await run();
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ format, count, bytes, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
