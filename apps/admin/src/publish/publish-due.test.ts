import { seedWorld } from '@org/demo';
import { openStore, type Store } from '@org/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harnessDeps, startHarness } from '../testing/harness.js';
import { publishDue } from './publish-due.js';

/**
 * Scheduled publishing over a real SQLite file, with two admin processes' worth of store connections
 * running the same due jobs at once.
 */
const seedEvent = seedWorld().events[0];
if (!seedEvent) throw new Error('no seed event');
const NOW = new Date('2030-01-01T12:00:00Z');
const PAST = '2029-12-31T12:00:00Z';

let h: Harness;
let second: Store;
beforeAll(async () => {
  h = await startHarness();
  second = await openStore(h.databaseUrl);
});
afterAll(async () => {
  await second?.close();
  await h?.close();
});

const draft = async (n: number, changes: Record<string, unknown> = {}) => {
  const {
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    publishedAt: _p,
    ...event
  } = seedEvent as typeof seedEvent & {
    createdAt?: string;
    updatedAt?: string;
    version?: number;
  };
  return h.store.events.create({
    ...event,
    id: `scheduled-${n}`,
    slug: `zaplanowane-wydarzenie-${n}`,
    status: 'draft',
    ...changes,
  } as Parameters<Store['events']['create']>[0]);
};
const auditOf = async (id: string) => (await h.store.audit.list({ entityId: id, limit: 50 })).items;

describe('publishDue', () => {
  it('publishes a due record once, though two processes run the same jobs at the same moment', async () => {
    const events = await Promise.all([1, 2, 3].map((n) => draft(n)));
    for (const e of events) await h.store.scheduled.schedule('event', e.id, PAST, { userId: h.users.editor.id });
    const [a, b] = await Promise.all([publishDue(harnessDeps(h.store), NOW), publishDue(harnessDeps(second), NOW)]);
    expect(a.published + b.published).toBe(3);
    expect(a.refused + b.refused + a.failed + b.failed).toBe(0);
    for (const e of events) {
      const stored = await h.store.events.get(e.id);
      expect(stored?.status).toBe('published');
      expect(stored?.publishedAt).toBe(NOW.toISOString());
      const publications = (await auditOf(e.id)).filter((x) => x.action === 'publish');
      expect(publications).toHaveLength(1);
      expect(publications[0]?.actorId).toBe(h.users.editor.id);
    }
    expect(await h.store.scheduled.due(NOW.toISOString())).toEqual([]);
    // Run again: nothing left to do.
    expect(await publishDue(harnessDeps(h.store), NOW)).toEqual({ published: 0, refused: 0, failed: 0 });
  });

  it('leaves a record public by its time as it is: a cancelled event stays cancelled, with its note', async () => {
    const event = await draft(40);
    await h.store.scheduled.schedule('event', event.id, PAST, { userId: h.users.editor.id });
    // Published by hand before its time, then cancelled.
    const cancelled = await h.store.events.update(event.id, event.version, {
      ...event,
      status: 'cancelled',
      statusNote: 'Odwołane z powodu choroby prelegentów.',
      publishedAt: '2029-12-01T10:00:00.000Z',
    });
    expect(await publishDue(harnessDeps(h.store), NOW)).toEqual({ published: 0, refused: 0, failed: 0 });
    const stored = await h.store.events.get(event.id);
    expect([stored?.status, stored?.statusNote, stored?.publishedAt, stored?.version]).toEqual([
      'cancelled',
      'Odwołane z powodu choroby prelegentów.',
      '2029-12-01T10:00:00.000Z',
      cancelled.version,
    ]);
    expect(await h.store.scheduled.due(NOW.toISOString())).toEqual([]);
  });

  it('leaves a record with problems unpublished and says why in the audit log, in Polish', async () => {
    // Neither a venue nor an online link: the compliance check refuses it ("noPlace").
    const e = await draft(4, { venueId: undefined, onlineUrl: undefined });
    await h.store.scheduled.schedule('event', e.id, PAST, { userId: h.users.editor.id });
    const result = await publishDue(harnessDeps(h.store), NOW);
    expect(result).toEqual({ published: 0, refused: 1, failed: 0 });
    expect((await h.store.events.get(e.id))?.status).toBe('draft');
    const entries = await auditOf(e.id);
    expect(entries.some((x) => x.action === 'publish')).toBe(false);
    const withheld = entries.find((x) => x.action === 'publish_refused');
    expect(withheld?.note).toBe(
      'Zaplanowana publikacja wstrzymana, bo kontrola przed publikacją znalazła problemy: Wydarzenie nie ma ani miejsca, ani linku do transmisji.',
    );
  });
});

describe('publishDue when publishing fails', () => {
  it("audits the failure in Polish as staff are told it, never the package's English message", async () => {
    // An editor in another admin process saves the event just as it is being published: the check passed,
    // then the store refuses the publication's write as stale (a real ConflictError, from a real second
    // connection), and the job is withheld with the reason staff would be shown.
    const e = await draft(5, { grantIds: [] });
    await h.store.scheduled.schedule('event', e.id, PAST, { userId: h.users.editor.id });
    const deps = harnessDeps(h.store);
    const events = deps.store.events;
    const racing = {
      ...deps,
      store: {
        ...deps.store,
        events: {
          ...events,
          update: async (...args: Parameters<typeof events.update>) => {
            const current = await second.events.get(e.id);
            if (current)
              await second.events.update(e.id, current.version, { ...current, summary: 'Poprawka redakcji' });
            return events.update(...args);
          },
        },
      },
    };
    const result = await publishDue(racing, NOW);
    expect(result).toEqual({ published: 0, refused: 0, failed: 1 });
    expect((await h.store.events.get(e.id))?.status).toBe('draft');
    const withheld = (await auditOf(e.id)).find((x) => x.action === 'publish_refused');
    expect(withheld?.note).toBe(
      'Zaplanowana publikacja nie powiodła się: Rekord zmienił się w międzyczasie. Odśwież stronę i spróbuj ponownie.',
    );
  });
});
