/**
 * One measurement in its own process, so its peak RSS is its own: writes `count` generated events with
 * agendas through one writer into a counting sink and prints a JSON line with bytes, time and peak RSS.
 * Usage: node --import tsx bench/worker.ts <ics|csv|agenda-csv|json> <count>
 */
import { performance } from 'node:perf_hooks';
import { generateWorld } from '@org/demo';
import type { Event } from '@org/domain';
import { eventsCsvChunks, icsChunks, indexWorld, tableCsvChunks } from '../src/index.js';

const [format = 'ics', countText = '1000'] = process.argv.slice(2);
const count = Number(countText);
const options = { locale: 'pl', siteUrl: 'https://mosty.example.org' } as const;

// A small world gives the organisations, venues, people and grants; events are cloned from its 200
// events with fresh ids and slugs, one at a time, so the benchmark never holds `count` events.
const template = generateWorld({ seed: 11, events: 200 });
const world = indexWorld({ ...template, events: [] });

function* events(): Generator<Event> {
  for (let i = 0; i < count; i++) {
    const base = template.events[i % template.events.length] as Event;
    yield { ...base, id: `bench-${i}`, slug: `${base.slug}-${i}`, status: 'published' };
  }
}

/** The sink a file or socket would be: it sees UTF-8 bytes and keeps nothing. */
let bytes = 0;
const sink = (chunk: string) => {
  bytes += Buffer.byteLength(chunk);
};

async function run(): Promise<void> {
  if (format === 'ics') for await (const c of icsChunks(events(), world, options)) sink(c);
  else if (format === 'csv') for await (const c of eventsCsvChunks(events(), world, options)) sink(c);
  else if (format === 'agenda-csv')
    for await (const c of tableCsvChunks('agenda-items', events(), world, options)) sink(c);
  else if (format === 'json') for (const e of events()) sink(`${JSON.stringify(e)}\n`);
  else throw new Error(`unknown format ${format}`);
}

const start = performance.now();
await run();
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ format, count, bytes, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
