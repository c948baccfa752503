import { describe, expect, it } from 'vitest';
import type { Speaker } from './agenda.js';
import { speakerStanding } from './speaker-standing.js';

const DAY = '2026-11-26';
const jozwiak = {
  affiliations: [
    { organizationId: 'krw', role: 'wiceprezes zarządu' },
    { authorityId: 'wol', role: 'członek rady' },
  ],
};
const person = (over: Partial<Extract<Speaker, { kind: 'person' }>> = {}): Speaker => ({
  kind: 'person',
  personId: 'jozwiak',
  ...over,
});

describe('speakerStanding', () => {
  it('the role written on the agenda wins', () => {
    expect(speakerStanding(person({ role: 'prezes', organizationId: 'krw' }), jozwiak, DAY)).toEqual({
      role: 'prezes',
      organizationId: 'krw',
    });
  });

  it('else the role of the affiliation with the organisation (or authority) the entry names', () => {
    expect(speakerStanding(person({ organizationId: 'krw' }), jozwiak, DAY)).toEqual({
      role: 'wiceprezes zarządu',
      organizationId: 'krw',
    });
    expect(speakerStanding(person({ authorityId: 'wol' }), jozwiak, DAY)).toEqual({
      role: 'członek rady',
      authorityId: 'wol',
    });
    expect(speakerStanding(person({ organizationId: 'other' }), jozwiak, DAY)).toEqual({ organizationId: 'other' });
  });

  it('an entry naming no one: the only affiliation, never a guess among several', () => {
    const alieva = { affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] };
    expect(speakerStanding(person(), alieva, DAY)).toEqual({ role: 'współzałożycielka', organizationId: 'kw' });
    expect(speakerStanding(person(), jozwiak, DAY)).toEqual({});
    expect(speakerStanding(person(), undefined, DAY)).toEqual({});
  });

  it('only affiliations valid on the day', () => {
    const past = { affiliations: [{ organizationId: 'krw', role: 'prezes zarządu', to: '2025-12-31' }] };
    expect(speakerStanding(person({ organizationId: 'krw' }), past, DAY)).toEqual({ organizationId: 'krw' });
    expect(speakerStanding(person({ organizationId: 'krw' }), past, '2025-06-01').role).toBe('prezes zarządu');
  });

  it('a person in their own name: the entry’s role only, never an affiliation’s party or role', () => {
    const alieva = { affiliations: [{ organizationId: 'kw', role: 'współzałożycielka' }] };
    expect(speakerStanding(person({ independent: true }), alieva, DAY)).toEqual({ independent: true });
    expect(speakerStanding(person({ independent: true, role: 'ekspertka' }), alieva, DAY)).toEqual({
      role: 'ekspertka',
      independent: true,
    });
    // `false` is what an unticked box gives: the affiliation counts as before.
    expect(speakerStanding(person({ independent: false }), alieva, DAY)).toEqual({
      role: 'współzałożycielka',
      organizationId: 'kw',
    });
  });

  it('representatives: their entry is all there is', () => {
    expect(
      speakerStanding({ kind: 'representatives', authorityId: 'wol', description: 'urzędnicy' }, undefined, DAY),
    ).toEqual({ authorityId: 'wol' });
  });
});
