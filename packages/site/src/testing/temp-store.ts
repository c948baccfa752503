import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoWorld } from '@org/demo';
import { type Event, type Organization, OrganizationSchema } from '@org/domain';
import { loadWorld, openStore, type Store } from '@org/store';

/**
 * A real SQLite store in a fresh temporary folder, loaded with `world`. For this package's tests
 * only (not exported): the pages are rendered from the store the website reads.
 */
export async function tempStore(world: DemoWorld): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-site-'));
  const store = await openStore(join(dir, 'site.db'));
  await loadWorld(store, world);
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const HOUR = 3_600_000;

/**
 * `count` published events modelled on `base` (no agenda, so any time is consistent), the i-th
 * starting at `start(i)` and lasting `hours`; ids and slugs are `${prefix}-${i}`.
 */
export function eventsLike(
  base: Event,
  prefix: string,
  count: number,
  start: (i: number) => number,
  patch: (i: number) => Partial<Event> = () => ({}),
  hours = 2,
): Event[] {
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `${prefix}-${i}`,
    slug: `${prefix}-${i}`,
    title: `${prefix} ${i}`,
    summary: undefined,
    status: 'published' as const,
    startsAt: new Date(start(i)).toISOString(),
    endsAt: new Date(start(i) + hours * HOUR).toISOString(),
    agenda: [],
    partners: [],
    grantIds: [],
    ...patch(i),
  }));
}

/** An organisation with only a name (and what the schema requires), for lists and filters. */
export const plainOrganization = (id: string, name: string): Organization =>
  OrganizationSchema.parse({ id, slug: id, name, legalForm: 'stowarzyszenie' });
