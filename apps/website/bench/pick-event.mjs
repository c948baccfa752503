// Prints two event slugs, one per line: the event page of median size and the heaviest one.
//
// The anchors kit (shared/PERF.md) measures nginx and node:http on a ~20 KB event page, the median
// of its Hugo content (22.5 KB); the median page here is the like-for-like comparison. The heaviest
// page (the longest agenda, the most speakers) shows how the figures fall as a page grows.
// Sizes are of the rendered Polish page, over the first 2,000 published events; ties by slug.
import { linkContext, renderRoute } from '@org/site';
import { openStore } from '@org/store';

const store = await openStore(process.argv[2], { migrate: false });
const ctx = linkContext('http://localhost:3000', 'pl');
const now = Date.now();
const pages = [];
for (let offset = 0; offset < 2000; offset += 500) {
  const page = await store.events.list({ filter: { status: ['published'] }, limit: 500, offset });
  for (const e of page.items) {
    const rendered = await renderRoute({ store, ctx, now }, { kind: 'event', slug: e.slug });
    if (rendered) pages.push({ slug: e.slug, bytes: Buffer.byteLength(String(rendered.body)) });
  }
  if (page.items.length < 500) break;
}
await store.close();
if (pages.length === 0) throw new Error('no published event in the bench database');
pages.sort((a, b) => a.bytes - b.bytes || (a.slug < b.slug ? -1 : 1));
const median = pages[Math.floor((pages.length - 1) / 2)];
const heaviest = pages[pages.length - 1];
console.log(median.slug);
console.log(heaviest.slug);
