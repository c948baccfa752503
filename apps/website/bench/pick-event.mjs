// Prints the slug of the public event with the longest agenda (the heaviest event page).
import { openStore } from '@org/store';

const store = await openStore(process.argv[2]);
let best = { slug: '', items: -1 };
for (let offset = 0; offset < 2000; offset += 500) {
  const page = await store.events.list({ filter: { status: ['published'] }, limit: 500, offset });
  for (const e of page.items) if (e.agenda.length > best.items) best = { slug: e.slug, items: e.agenda.length };
  if (page.items.length < 500) break;
}
await store.close();
console.log(best.slug);
