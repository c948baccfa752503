import { type Event, isPublicEvent, localDayOf, NotFoundError } from '@org/domain';
import { indexWorld, type WorldIndex } from '@org/formats';
import type { Page } from '@org/store';
import { nearestMatches } from './nearest.js';
import type { CheckedStore } from './stored-records.js';

const PAGE = 500;

/** Every record of a repository, page by page (the store caps a page at 500). */
export async function* allOf<T>(list: (q: { limit: number; offset: number }) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await list({ limit: PAGE, offset });
    yield* page.items;
    if (page.items.length < PAGE || offset + PAGE >= page.total) return;
  }
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/**
 * The records around events that writers name: organisations, authorities, venues, people, grants.
 * Posts and events are streamed separately, so memory grows with the directory, not the calendar.
 */
export async function loadWorldIndex(store: CheckedStore): Promise<WorldIndex> {
  const [organizations, authorities, venues, people, grants] = await Promise.all([
    collect(allOf((q) => store.organizations.list(q))),
    collect(allOf((q) => store.authorities.list(q))),
    collect(allOf((q) => store.venues.list(q))),
    collect(allOf((q) => store.people.list(q))),
    collect(allOf((q) => store.grants.list(q))),
  ]);
  return indexWorld({ organizations, authorities, venues, people, grants });
}

/** Public events (no drafts) in start order, optionally within days `from`–`to` of their own zone. */
export async function* publicEvents(store: CheckedStore, range: { from?: string; to?: string }): AsyncGenerator<Event> {
  // The store filters on instants; widen by a day and cut precisely by each event's local day.
  const widen = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString();
  const filter = {
    status: ['published', 'cancelled', 'postponed'] as Event['status'][],
    ...(range.from ? { from: widen(range.from, -1) } : {}),
    ...(range.to ? { to: widen(range.to, 2) } : {}),
  };
  for await (const event of allOf((q) =>
    store.events.list({ ...q, filter, sort: { field: 'startsAt', direction: 'asc' } }),
  )) {
    const day = localDayOf(event.startsAt, event.timeZone);
    if (range.from && day < range.from) continue;
    if (range.to && day > range.to) continue;
    if (isPublicEvent(event)) yield event;
  }
}

/** An event or grant asked for on the command line does not exist; `nearest` are the closest slugs. */
export class UnknownSlugError extends NotFoundError {
  readonly kind: 'event' | 'grant';
  readonly nearest: readonly string[];
  constructor(kind: 'event' | 'grant', key: string, nearest: readonly string[]) {
    super(kind, key);
    this.kind = kind;
    this.nearest = nearest;
  }
}

/**
 * One record by slug or id; an unknown one is an `UnknownSlugError` naming the nearest slugs.
 */
export async function requireBySlug<T extends { slug: string }>(
  kind: 'event' | 'grant',
  key: string,
  repo: {
    get(id: string): Promise<T | null>;
    getBySlug(slug: string): Promise<T | null>;
    list(q: { search?: string; limit: number; offset: number }): Promise<Page<T>>;
  },
): Promise<T> {
  const found = (await repo.getBySlug(key)) ?? (await repo.get(key));
  if (found) return found;
  const slugs: string[] = [];
  for await (const item of allOf((q) => repo.list(q))) slugs.push(item.slug);
  throw new UnknownSlugError(kind, key, nearestMatches(key, slugs));
}
