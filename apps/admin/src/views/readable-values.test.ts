import { describe, expect, it } from 'vitest';
import { readableChanges, readableField, referencedIds } from './readable-values.js';

const pl = { locale: 'pl' as const, zone: 'Europe/Warsaw', names: { p1: 'Anna Nowak', o1: 'Fundacja Razem' } };

describe('readableField', () => {
  it('writes an agenda item as its time, kind, title and people by name', () => {
    const item = {
      id: 'a1',
      kind: 'panel',
      title: 'Sprawny urząd',
      startsAt: '2026-11-26T09:30:00Z',
      endsAt: '2026-11-26T11:00:00Z',
      moderator: { kind: 'person', personId: 'p1', role: 'prezeska', organizationId: 'o1' },
      panelists: [{ kind: 'representatives', description: 'urzędnicy powiatu' }],
    };
    expect(readableField('event', 'agenda', [item], pl)).toEqual([
      '10:30–12:00 Panel: Sprawny urząd — Moderator: Anna Nowak, prezeska (Fundacja Razem); Paneliści: urzędnicy powiatu',
    ]);
  });

  it('writes rows of a group, options, days and an unknown record', () => {
    expect(
      readableField('person', 'affiliations', [{ organizationId: 'o1', role: 'skarbniczka', from: '2024-03-01' }], pl),
    ).toEqual(['Organizacja: Fundacja Razem; Funkcja: skarbniczka; Od: 1 marca 2024']);
    expect(readableField('organization', 'legalForm', 'spoldzielnia_socjalna', pl)).toBe('spółdzielnia socjalna');
    expect(readableField('event', 'venueId', 'gone', pl)).toBe('nieznany rekord (gone)');
    expect(readableField('event', 'isFree', true, pl)).toBe('tak');
    expect(readableField('event', 'hashtags', [], pl)).toBe('—');
  });

  it('writes a part with nothing in it (an event without attendance) as nothing, and lists no change for it', () => {
    expect(readableField('event', 'attendance', {}, pl)).toBe('—');
    expect(readableChanges('event', null, { title: 'Spotkanie', attendance: {} }, pl).map((c) => c.label)).toEqual([
      'Tytuł',
    ]);
    expect(readableField('event', 'attendance', { registered: 40 }, pl)).toBe('Zarejestrowani: 40');
  });

  it('speaks English', () => {
    const en = { ...pl, locale: 'en' as const };
    expect(readableField('event', 'startsAt', '2026-11-26T09:00:00Z', en)).toBe('26 November 2026, 10:00');
    expect(readableField('user', 'role', 'reviewer', en)).toBe('reviewer');
    expect(readableField('event', 'isFree', false, en)).toBe('no');
  });
});

describe('readableChanges and referencedIds', () => {
  it('leaves out a change that reads the same, and finds ids at any depth', () => {
    const before = { startsAt: '2026-11-26T10:00:00+01:00', rooms: undefined, summary: 'a' };
    const after = { startsAt: '2026-11-26T09:00:00Z', rooms: [], summary: 'b' };
    expect(readableChanges('event', before, after, pl).map((c) => [c.label, c.before, c.after])).toEqual([
      ['Streszczenie', 'a', 'b'],
    ]);
    expect(
      referencedIds({ organizerId: 'o1', agenda: [{ speakers: [{ personId: 'p1' }] }], grantIds: ['g1'] }),
    ).toEqual([
      { target: 'organizations', id: 'o1' },
      { target: 'people', id: 'p1' },
      { target: 'grants', id: 'g1' },
    ]);
  });
});

describe('a speaker in their own name', () => {
  it('is written as such, in Polish and English, in place of an organisation', () => {
    const item = {
      id: 'a1',
      kind: 'panel',
      title: 'Sprawny urząd',
      startsAt: '2026-11-26T09:30:00Z',
      endsAt: '2026-11-26T11:00:00Z',
      panelists: [{ kind: 'person', personId: 'p1', independent: true }],
    };
    expect(readableField('event', 'agenda', [item], pl)).toEqual([
      '10:30–12:00 Panel: Sprawny urząd — Paneliści: Anna Nowak (we własnym imieniu)',
    ]);
    expect(readableField('event', 'agenda', [item], { ...pl, locale: 'en' })).toEqual([
      expect.stringMatching(/Anna Nowak \(in their own name\)$/),
    ]);
  });
});
