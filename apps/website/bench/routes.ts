/**
 * Render cost of one page of each type without HTTP: CPU µs per render from the read snapshot (memo
 * store warmed), the figure behind the uncached server and the export. Not a benchmark against a
 * baseline (run.sh is); a tool to see which page type costs what.
 * Run: `npx tsx bench/routes.ts bench/out/bench.db [renders per page]`.
 */
import { linkContext, parseRoute, readFilter, renderRoute } from '@org/site';
import { openStore } from '@org/store';
import { memoStore } from '../src/memo-store.js';

const [db = 'bench/out/bench.db', n = '200'] = process.argv.slice(2);
const source = await openStore(db, { migrate: false });
const store = memoStore(source);
// One record of each kind from the middle of its list, so the page is a typical one.
const pick = async (repo: { list(q: { limit: number; offset: number }): Promise<{ total: number }> }) => {
  const total = (await repo.list({ limit: 1, offset: 0 })).total;
  const page = (await repo.list({ limit: 1, offset: Math.floor(total / 2) })) as unknown as {
    items: { slug: string }[];
  };
  return page.items[0]?.slug ?? '';
};
const slugs = {
  event: await pick(source.events),
  post: await pick(source.posts),
  organization: await pick(source.organizations),
  authority: await pick(source.authorities),
  grant: await pick(source.grants),
  person: await pick(source.people),
  venue: await pick(source.venues),
};
const paths = [
  '/',
  '/wydarzenia',
  '/wydarzenia?hasztag=NGO',
  `/wydarzenia/${slugs.event}`,
  '/aktualnosci',
  `/aktualnosci/${slugs.post}`,
  '/organizacje',
  `/organizacje/${slugs.organization}`,
  '/samorzady',
  `/samorzady/${slugs.authority}`,
  '/granty',
  `/granty/${slugs.grant}`,
  `/osoby/${slugs.person}`,
  `/miejsca/${slugs.venue}`,
];
console.log(`CPU per render (µs), ${n} renders each, read snapshot warmed:`);
for (const path of paths) {
  const [p = '', q] = path.split('?');
  const parsed = parseRoute(p);
  if (!parsed) throw new Error(`no route for ${path}`);
  const filter = q ? readFilter(new URLSearchParams(q), parsed.locale) : {};
  const ctx = linkContext('http://localhost:3000', parsed.locale);
  const render = () => renderRoute({ store, ctx, now: Date.now() }, parsed.route, filter);
  const first = await render();
  for (let i = 0; i < 20; i++) await render();
  const c0 = process.cpuUsage();
  for (let i = 0; i < Number(n); i++) await render();
  const c = process.cpuUsage(c0);
  const bytes = first ? Buffer.byteLength(String(first.body)) : 0;
  console.log(`${path.padEnd(70)} ${((c.user + c.system) / Number(n)).toFixed(0).padStart(7)} µs  ${bytes} B`);
}
await source.close();
