/**
 * Render cost without HTTP: renders one event page N times in-process and prints µs per render, the
 * CPU-side figure behind the uncached req/s and the export's pages/s: with the read snapshot warm (as
 * `CACHE=off` serves), and cold, the snapshot forgotten before each render as a write makes the server
 * do, so every record the page shows is read from the store again (the first render after a write).
 * Run: `npx tsx bench/render.ts bench/out/bench.db [slug] [n] [out.html]` (used while optimising; run.sh is the benchmark).
 */
import { performance } from 'node:perf_hooks';
import { linkContext, renderRoute } from '@org/site';
import { openStore } from '@org/store';
import { memoStore } from '../src/memo-store.js';

const [
  db = 'bench/out/bench.db',
  slug = 'dialog-obywatelski-w-powiecie-konsultacje-spoleczne-w-praktyce-111',
  n = '2000',
  out,
] = process.argv.slice(2);
const store = memoStore(await openStore(db, { migrate: false }));
const ctx = linkContext('http://localhost:3000', 'pl');
const render = () => renderRoute({ store, ctx, now: Date.now() }, { kind: 'event', slug });
const first = await render();
if (!first) throw new Error(`no event ${slug}`);
for (let i = 0; i < 200; i++) await render();
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let i = 0; i < Number(n); i++) await render();
const us = ((performance.now() - t0) * 1000) / Number(n);
const cpu = process.cpuUsage(c0);
const cpuUs = (cpu.user + cpu.system) / Number(n);
console.log(
  `warm snapshot: ${us.toFixed(0)} µs wall, ${cpuUs.toFixed(0)} µs CPU per render, ${Buffer.byteLength(String(first.body))} B`,
);
const cold = Math.max(1, Math.floor(Number(n) / 4));
const t1 = performance.now();
const c1 = process.cpuUsage();
for (let i = 0; i < cold; i++) {
  store.reset();
  await render();
}
const coldCpu = process.cpuUsage(c1);
console.log(
  `cold snapshot (first render after a write): ${(((performance.now() - t1) * 1000) / cold).toFixed(0)} µs wall, ${((coldCpu.user + coldCpu.system) / cold).toFixed(0)} µs CPU per render`,
);
// A fourth argument writes the page there, to compare the HTML before and after a change.
if (out) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, String(first.body));
}
