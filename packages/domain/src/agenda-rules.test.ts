import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Speaker } from './agenda.js';
import {
  type AgendaProblem,
  agendaProblems,
  describeAgendaProblem,
  itemPeople,
  speakerHeadcount,
} from './agenda-rules.js';

const at = (hhmm: string) => `2026-11-26T${hhmm}:00+01:00`;
const person = (personId: string, role?: string): Speaker => ({ kind: 'person', personId, role });
const reps: Speaker = { kind: 'representatives', authorityId: 'wol', description: 'urzędnicy powiatu wołomińskiego' };

const item = (id: string, from: string, to: string, extra: Partial<AgendaItem> = {}): AgendaItem =>
  ({ id, kind: 'presentation', title: id, startsAt: at(from), endsAt: at(to), speakers: [], ...extra }) as AgendaItem;
const panel = (id: string, from: string, to: string, panelists: Speaker[], moderator?: Speaker): AgendaItem => ({
  id,
  kind: 'panel',
  title: id,
  startsAt: at(from),
  endsAt: at(to),
  panelists,
  moderator,
  questions: [],
});
const event = (agenda: AgendaItem[]) => ({ startsAt: at('10:00'), endsAt: at('14:00'), agenda });

describe('agendaProblems', () => {
  it('finds nothing in a consistent agenda; intervals are half-open (11:00 end, 11:00 start)', () => {
    expect(
      agendaProblems(
        event([
          item('intro', '10:00', '10:15', { speakers: [person('komuda')] }),
          panel('p1', '10:15', '11:00', [person('a', 'prezes'), reps], person('komuda', 'moderator')),
          item('talk', '11:00', '11:45', { speakers: [person('a')] }),
          { id: 'b', kind: 'break', startsAt: at('11:45'), endsAt: at('12:00') },
          {
            id: 'd',
            kind: 'discussion',
            startsAt: at('12:00'),
            endsAt: at('14:00'),
            format: 'groups',
            topics: [],
            facilitators: [person('komuda')],
          },
        ]),
      ),
    ).toEqual([]);
  });

  it('an item that ends before it starts', () => {
    expect(agendaProblems(event([item('x', '11:00', '10:30')]))).toEqual([
      { code: 'itemEndsBeforeStart', itemId: 'x' },
    ]);
  });

  it('an item outside the event, before or after', () => {
    expect(agendaProblems(event([item('early', '09:30', '10:30')]))).toEqual([
      { code: 'itemOutsideEvent', itemId: 'early' },
    ]);
    expect(agendaProblems(event([item('late', '13:30', '14:01')]))).toEqual([
      { code: 'itemOutsideEvent', itemId: 'late' },
    ]);
    expect(agendaProblems(event([item('edges', '10:00', '14:00')]))).toEqual([]);
  });

  it('items out of time order', () => {
    expect(agendaProblems(event([item('second', '11:00', '12:00'), item('first', '10:00', '11:00')]))).toEqual([
      { code: 'itemsOutOfOrder', itemId: 'first', previousItemId: 'second' },
    ]);
  });

  it('two items overlapping in one room; no room means the main room', () => {
    expect(agendaProblems(event([item('a', '10:00', '11:00'), item('b', '10:30', '11:30')]))).toEqual([
      { code: 'roomOverlap', itemIds: ['a', 'b'], room: null },
    ]);
    expect(
      agendaProblems(
        event([item('a', '10:00', '11:00', { room: 'Sala A' }), item('b', '10:30', '11:30', { room: 'Sala A' })]),
      ),
    ).toEqual([{ code: 'roomOverlap', itemIds: ['a', 'b'], room: 'Sala A' }]);
  });

  it('parallel items in different rooms are fine', () => {
    expect(
      agendaProblems(
        event([
          item('a', '10:00', '11:00', { room: 'Sala A' }),
          item('b', '10:00', '11:00', { room: 'Sala B' }),
          item('c', '10:00', '11:00'),
        ]),
      ),
    ).toEqual([]);
  });

  it('a person in two places at once, whatever their role', () => {
    expect(
      agendaProblems(
        event([
          item('a', '10:00', '11:00', { room: 'Sala A', speakers: [person('chodacz')] }),
          panel('b', '10:30', '11:30', [person('x', 'r')], person('chodacz', 'moderatorka')),
        ]),
      ),
    ).toEqual([{ code: 'personDoubleBooked', personId: 'chodacz', itemIds: ['a', 'b'] }]);
  });

  it('reports a person twice in one item, e.g. the moderator also a panelist', () => {
    expect(
      agendaProblems(event([panel('p', '10:00', '11:00', [person('a', 'r'), person('b', 'r')], person('a', 'r'))])),
    ).toEqual([{ code: 'personRepeatedInItem', personId: 'a', itemId: 'p' }]);
  });

  it('a panel without panelists (a moderator alone is not a panel)', () => {
    expect(agendaProblems(event([panel('p', '10:00', '11:00', [], person('m', 'moderator'))]))).toEqual([
      { code: 'panelWithoutPanelists', itemId: 'p' },
    ]);
  });

  it('compares instants, so offsets may differ between items', () => {
    const a = item('a', '10:00', '11:00');
    const b = {
      ...item('b', '11:00', '12:00'),
      startsAt: '2026-11-26T10:00:00Z',
      endsAt: '2026-11-26T11:00:00Z',
    } as AgendaItem;
    expect(agendaProblems(event([a, b]))).toEqual([]);
  });

  it('back-to-back items never overlap, whatever their lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }), (lengths) => {
        let minute = 600;
        const agenda = lengths.map((len, i) => {
          const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const it = item(`i${i}`, hh(minute), hh(minute + len), { speakers: [person('same')] });
          minute += len;
          return it;
        });
        expect(agendaProblems(event(agenda))).toEqual([]);
      }),
    );
  });
});

describe('itemPeople', () => {
  it('lists speakers, moderator and panelists, facilitators; a break has none', () => {
    expect(itemPeople(panel('p', '10:00', '11:00', [person('a')], person('m')))).toEqual([person('m'), person('a')]);
    expect(itemPeople(panel('p', '10:00', '11:00', [person('a')]))).toEqual([person('a')]);
    expect(itemPeople({ id: 'b', kind: 'break', startsAt: at('10:00'), endsAt: at('10:15') })).toEqual([]);
  });
});

describe('speakerHeadcount', () => {
  it('counts people, and a group of representatives as several', () => {
    const group: Speaker = { kind: 'representatives', description: 'przedstawiciele spółdzielni socjalnej' };
    expect(speakerHeadcount([])).toBe(0);
    expect(speakerHeadcount([person('a')])).toBe(1);
    expect(speakerHeadcount([person('a'), person('b'), person('c')])).toBe(3);
    expect(speakerHeadcount([group])).toBe(2);
    expect(speakerHeadcount([group, group, person('a')])).toBe(3);
  });
});

describe('describeAgendaProblem', () => {
  const problems: AgendaProblem[] = [
    { code: 'itemEndsBeforeStart', itemId: 'a' },
    { code: 'itemOutsideEvent', itemId: 'a' },
    { code: 'itemsOutOfOrder', itemId: 'a', previousItemId: 'b' },
    { code: 'roomOverlap', itemIds: ['a', 'b'], room: null },
    { code: 'roomOverlap', itemIds: ['a', 'b'], room: 'Sala A' },
    { code: 'personDoubleBooked', personId: 'p', itemIds: ['a', 'b'] },
    { code: 'personRepeatedInItem', personId: 'p', itemId: 'a' },
    { code: 'panelWithoutPanelists', itemId: 'a' },
  ];
  const names = { a: 'Sprawny urząd', b: 'Wprowadzenie', p: 'Weronika Chodacz' };

  it('says each problem in Polish and English with the names people know', () => {
    expect(problems.map((p) => describeAgendaProblem(p, 'pl', names))).toEqual([
      'Punkt „Sprawny urząd” kończy się przed rozpoczęciem.',
      'Punkt „Sprawny urząd” wykracza poza czas wydarzenia.',
      'Punkt „Sprawny urząd” zaczyna się przed poprzednim („Wprowadzenie”).',
      'Punkty „Sprawny urząd” i „Wprowadzenie” nakładają się w tej samej sali (sala główna).',
      'Punkty „Sprawny urząd” i „Wprowadzenie” nakładają się w tej samej sali (Sala A).',
      'Weronika Chodacz występuje jednocześnie w punktach „Sprawny urząd” i „Wprowadzenie”.',
      'Weronika Chodacz występuje w punkcie „Sprawny urząd” więcej niż raz.',
      'Panel „Sprawny urząd” nie ma panelistów.',
    ]);
    expect(problems.map((p) => describeAgendaProblem(p, 'en', names))).toEqual([
      'Item "Sprawny urząd" ends before it starts.',
      'Item "Sprawny urząd" lies outside the event\'s time.',
      'Item "Sprawny urząd" starts before the previous one ("Wprowadzenie").',
      'Items "Sprawny urząd" and "Wprowadzenie" overlap in the same room (main room).',
      'Items "Sprawny urząd" and "Wprowadzenie" overlap in the same room (Sala A).',
      'Weronika Chodacz is in "Sprawny urząd" and "Wprowadzenie" at the same time.',
      'Weronika Chodacz appears more than once in "Sprawny urząd".',
      'Panel "Sprawny urząd" has no panellists.',
    ]);
  });

  it('shows unknown ids as they are, in Polish by default', () => {
    expect(describeAgendaProblem({ code: 'panelWithoutPanelists', itemId: 'p1' })).toBe(
      'Panel „p1” nie ma panelistów.',
    );
  });
});
