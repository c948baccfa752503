import { SEED_IDS } from '@org/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, signedInHarness } from '../testing/harness.js';

// The seed event runs 2026-11-26 10:00–14:00 in Warsaw (13:00 UTC): the app's clock is half an hour past its end.
let h: Harness;
let editor: Client;
beforeAll(async () => {
  ({ h, client: editor } = await signedInHarness('editor', { now: () => new Date('2026-11-26T13:30:00Z') }));
});
afterAll(() => h?.close());

const id = SEED_IDS.event;

describe('an event that has ended', () => {
  for (const [status, refused] of [
    ['cancelled', 'Nie odwołano wydarzenia'],
    ['postponed', 'Nie przełożono wydarzenia'],
  ] as const)
    it(`is not ${status}: 409 saying it took place and what to do if it did not, the note kept`, async () => {
      const before = await h.store.events.get(id);
      await editor.request(`/events/${id}`);
      const res = await editor.post(`/events/${id}/status`, {
        status,
        note: 'Zgłoszenie po fakcie.',
        version: String(before?.version),
      });
      expect(res.status).toBe(409);
      expect(res.text).toContain(
        `${refused}: zakończyło się 26 listopada 2026, 14:00, więc już się odbyło, a odbyte wydarzenie liczy się w sprawozdaniu z dotacji.`,
      );
      expect(res.text).toContain('Jeśli się nie odbyło, popraw jego daty w formularzu powyżej');
      expect(res.text).toContain('Zgłoszenie po fakcie.');
      const after = await h.store.events.get(id);
      expect([after?.status, after?.version]).toEqual([before?.status, before?.version]);
    });
});
