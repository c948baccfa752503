import type { AgendaItem, Speaker } from './agenda.js';
import type { Event } from './event.js';

/**
 * An inconsistency in an agenda, as data. Show it with `describeAgendaProblem`.
 * Extend by adding a variant here, its check in `agendaProblems` and its message there.
 */
export type AgendaProblem =
  | { code: 'itemEndsBeforeStart'; itemId: string }
  | { code: 'itemOutsideEvent'; itemId: string }
  | { code: 'itemsOutOfOrder'; itemId: string; previousItemId: string }
  | { code: 'roomOverlap'; itemIds: [string, string]; room: string | null }
  | { code: 'personDoubleBooked'; personId: string; itemIds: [string, string] }
  | { code: 'personRepeatedInItem'; personId: string; itemId: string }
  | { code: 'panelWithoutPanelists'; itemId: string };

/**
 * Everyone on an agenda item: speakers, a panel's moderator and panelists, a discussion's facilitators.
 *
 * @example
 * itemPeople({ kind: 'break', ... }) // []
 */
export function itemPeople(item: AgendaItem): Speaker[] {
  switch (item.kind) {
    case 'panel':
      return item.moderator ? [item.moderator, ...item.panelists] : item.panelists;
    case 'discussion':
      return item.facilitators;
    case 'break':
      return [];
    default:
      return item.speakers;
  }
}

/**
 * How many people a list of speakers stands for, to choose a label's number ("Występuje" or
 * "Występują"): one per person, and at least two when an entry names a group of representatives
 * ("przedstawiciele spółdzielni socjalnej"), which is several people whatever its count.
 *
 * @example
 * speakerHeadcount([{ kind: 'person', personId }]) // 1
 * speakerHeadcount([{ kind: 'representatives', description: 'przedstawiciele gminy' }]) // 2
 */
export function speakerHeadcount(speakers: readonly Speaker[]): number {
  return speakers.some((s) => s.kind === 'representatives') ? Math.max(2, speakers.length) : speakers.length;
}

const personIds = (item: AgendaItem): string[] =>
  itemPeople(item).flatMap((s) => (s.kind === 'person' ? [s.personId] : []));

/**
 * Every inconsistency of an event's agenda: an item that ends before it starts or lies outside the
 * event, items out of time order, two items overlapping in one room (no room means the main room),
 * one person in two overlapping items or twice in one item, a panel without panelists.
 * Intervals are half-open: an item ending at 11:00 does not overlap one starting at 11:00.
 *
 * @example
 * agendaProblems(seedEvent) // []
 */
export function agendaProblems(event: Pick<Event, 'startsAt' | 'endsAt' | 'agenda'>): AgendaProblem[] {
  const problems: AgendaProblem[] = [];
  const eventStart = Date.parse(event.startsAt);
  const eventEnd = Date.parse(event.endsAt);
  const spans = event.agenda.map((item) => ({ item, start: Date.parse(item.startsAt), end: Date.parse(item.endsAt) }));

  spans.forEach(({ item, start, end }, i) => {
    if (end <= start) problems.push({ code: 'itemEndsBeforeStart', itemId: item.id });
    if (start < eventStart || end > eventEnd) problems.push({ code: 'itemOutsideEvent', itemId: item.id });
    const previous = spans[i - 1];
    if (previous && start < previous.start)
      problems.push({ code: 'itemsOutOfOrder', itemId: item.id, previousItemId: previous.item.id });
    if (item.kind === 'panel' && item.panelists.length === 0)
      problems.push({ code: 'panelWithoutPanelists', itemId: item.id });
    const seen = new Set<string>();
    for (const id of personIds(item)) {
      if (seen.has(id)) problems.push({ code: 'personRepeatedInItem', personId: id, itemId: item.id });
      seen.add(id);
    }
  });

  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i];
      const b = spans[j];
      if (!a || !b || !(a.start < b.end && b.start < a.end)) continue;
      const ids: [string, string] = [a.item.id, b.item.id];
      if ((a.item.room ?? null) === (b.item.room ?? null))
        problems.push({ code: 'roomOverlap', itemIds: ids, room: a.item.room ?? null });
      const inB = new Set(personIds(b.item));
      for (const personId of new Set(personIds(a.item)))
        if (inB.has(personId)) problems.push({ code: 'personDoubleBooked', personId, itemIds: ids });
    }
  }
  return problems;
}

/**
 * A sentence describing an agenda problem for staff, in Polish or English. `names` turns ids into
 * what people recognise (item titles, person names); unknown ids are shown as they are.
 *
 * @example
 * describeAgendaProblem({ code: 'panelWithoutPanelists', itemId: 'p1' }, 'pl', { p1: 'Sprawny urząd' })
 * // 'Panel „Sprawny urząd” nie ma panelistów.'
 */
export function describeAgendaProblem(
  problem: AgendaProblem,
  locale: 'pl' | 'en' = 'pl',
  names: Readonly<Record<string, string>> = {},
): string {
  const n = (id: string) => names[id] ?? id;
  const q = (id: string) => (locale === 'pl' ? `„${n(id)}”` : `"${n(id)}"`);
  const pl = locale === 'pl';
  switch (problem.code) {
    case 'itemEndsBeforeStart':
      return pl
        ? `Punkt ${q(problem.itemId)} kończy się przed rozpoczęciem.`
        : `Item ${q(problem.itemId)} ends before it starts.`;
    case 'itemOutsideEvent':
      return pl
        ? `Punkt ${q(problem.itemId)} wykracza poza czas wydarzenia.`
        : `Item ${q(problem.itemId)} lies outside the event's time.`;
    case 'itemsOutOfOrder':
      return pl
        ? `Punkt ${q(problem.itemId)} zaczyna się przed poprzednim (${q(problem.previousItemId)}).`
        : `Item ${q(problem.itemId)} starts before the previous one (${q(problem.previousItemId)}).`;
    case 'roomOverlap': {
      const [a, b] = problem.itemIds;
      const room = problem.room ?? (pl ? 'sala główna' : 'main room');
      return pl
        ? `Punkty ${q(a)} i ${q(b)} nakładają się w tej samej sali (${room}).`
        : `Items ${q(a)} and ${q(b)} overlap in the same room (${room}).`;
    }
    case 'personDoubleBooked': {
      const [a, b] = problem.itemIds;
      return pl
        ? `${n(problem.personId)} występuje jednocześnie w punktach ${q(a)} i ${q(b)}.`
        : `${n(problem.personId)} is in ${q(a)} and ${q(b)} at the same time.`;
    }
    case 'personRepeatedInItem':
      return pl
        ? `${n(problem.personId)} występuje w punkcie ${q(problem.itemId)} więcej niż raz.`
        : `${n(problem.personId)} appears more than once in ${q(problem.itemId)}.`;
    case 'panelWithoutPanelists':
      return pl ? `Panel ${q(problem.itemId)} nie ma panelistów.` : `Panel ${q(problem.itemId)} has no panellists.`;
  }
}
