import { type AgendaItem, EventSchema } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { seed, speakersWithAffiliations } from '../test/fixtures.js';
import { itemPeopleOnDay } from './item-people-on-day.js';
import { indexWorld } from './world-index.js';

const { world } = seed();
const event = world.events[0]!;
const [firstOrg, secondOrg] = world.organizations;
const authority = world.authorities[0]!;

// Jan Zmienny (`p-aff`) speaks for whichever organisation he belonged to on the day.
const people = speakersWithAffiliations(firstOrg!, secondOrg!, 'dr');
const index = indexWorld({ ...world, people: [...world.people, ...people] });

/** A panel at `startsAt` (an hour long) in the seed event, parsed as the domain parses an agenda. */
function panel(startsAt: string, endsAt: string, fields: Record<string, unknown>): AgendaItem {
  const parsed = EventSchema.parse({
    ...event,
    startsAt,
    endsAt,
    agenda: [{ id: 'i-panel', kind: 'panel', title: 'Panel', startsAt, endsAt, ...fields }],
  });
  return parsed.agenda[0]!;
}

describe('itemPeopleOnDay', () => {
  it('names each person with their part, the role and party from the agenda or the affiliation valid that day', () => {
    const item = panel('2026-11-26T13:00:00+01:00', '2026-11-26T14:00:00+01:00', {
      moderator: { kind: 'person', personId: 'p-ind', role: 'dziennikarka', organizationId: secondOrg!.id },
      panelists: [
        { kind: 'person', personId: 'p-ind', role: 'ekspertka', independent: true },
        { kind: 'person', personId: 'p-aff' },
        { kind: 'representatives', description: 'urzędnicy powiatu', authorityId: authority.id },
        { kind: 'representatives', description: 'mieszkańcy' },
      ],
    });
    expect(itemPeopleOnDay(item, 'Europe/Warsaw', index, 'pl')).toEqual([
      { name: 'Anna Niezależna', part: 'moderator', role: 'dziennikarka', party: secondOrg!.name },
      // Independent: her affiliation on record is not whom she speaks for.
      { name: 'Anna Niezależna', part: 'panelist', role: 'ekspertka', party: 'we własnym imieniu' },
      { name: 'dr Jan Zmienny', part: 'panelist', role: 'dyrektor', party: secondOrg!.name },
      { name: 'urzędnicy powiatu', part: 'panelist', party: authority.name },
      { name: 'mieszkańcy', part: 'panelist' },
    ]);
    expect(itemPeopleOnDay(item, 'Europe/Warsaw', index, 'en')[1]!.party).toBe('in their own name');
  });

  it('reads the affiliation valid on the item’s day in the event’s zone, not in UTC', () => {
    // 00:30 on 1 July in Warsaw is still 30 June in UTC: the affiliation that starts on 1 July speaks.
    const item = panel('2026-07-01T00:30:00+02:00', '2026-07-01T01:30:00+02:00', {
      moderator: { kind: 'person', personId: 'p-aff' },
      panelists: [],
    });
    expect(itemPeopleOnDay(item, 'Europe/Warsaw', index, 'pl')).toEqual([
      { name: 'dr Jan Zmienny', part: 'moderator', role: 'dyrektor', party: secondOrg!.name },
    ]);
    expect(itemPeopleOnDay(item, 'UTC', index, 'pl')).toEqual([
      { name: 'dr Jan Zmienny', part: 'moderator', role: 'członek', party: firstOrg!.name },
    ]);
  });

  it('gives the id of a person or organisation the world lacks, so a reader sees what is missing', () => {
    const item = panel('2026-11-26T13:00:00+01:00', '2026-11-26T14:00:00+01:00', {
      moderator: { kind: 'person', personId: 'p-gone', organizationId: 'o-gone' },
      panelists: [],
    });
    expect(itemPeopleOnDay(item, 'Europe/Warsaw', index, 'pl')).toEqual([
      { name: 'p-gone', part: 'moderator', party: 'o-gone' },
    ]);
  });

  it('lists no one for an item that names no one', () => {
    const item: AgendaItem = {
      id: 'i-break',
      kind: 'break',
      startsAt: '2026-11-26T12:45:00+01:00',
      endsAt: '2026-11-26T13:00:00+01:00',
    };
    expect(itemPeopleOnDay(item, 'Europe/Warsaw', index, 'pl')).toEqual([]);
  });
});
