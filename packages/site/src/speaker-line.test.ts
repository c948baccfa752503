import { seedWorld } from '@org/demo';
import { describe, expect, it } from 'vitest';
import { relatedOf } from './related.js';
import { speakerLine, speakerText } from './speaker-line.js';

const world = seedWorld();
const [fise, krw] = world.organizations;
const person = world.people[0]!;
const AT = '2026-11-26T10:00:00+01:00';
const ZONE = 'Europe/Warsaw';

describe('speakerLine', () => {
  it('takes the role from the affiliation with the organisation the agenda names', () => {
    const someone = {
      ...person,
      affiliations: [
        { organizationId: fise!.id, role: 'prezes' },
        { organizationId: krw!.id, role: 'wolontariuszka' },
      ],
    };
    const related = relatedOf({ ...world, people: [someone] });
    const line = speakerLine({ kind: 'person', personId: someone.id, organizationId: krw!.id }, related, AT, ZONE);
    expect(speakerText(line)).toBe(`${line.name} — wolontariuszka, ${krw!.name}`);
  });

  it('takes the only affiliation when the agenda names none, and guesses nothing among several', () => {
    const one = { ...person, affiliations: [{ organizationId: fise!.id, role: 'prezes' }] };
    const only = speakerLine({ kind: 'person', personId: one.id }, relatedOf({ ...world, people: [one] }), AT, ZONE);
    expect(speakerText(only)).toBe(`${only.name} — prezes, ${fise!.name}`);
    const two = {
      ...person,
      affiliations: [
        { organizationId: fise!.id, role: 'prezes' },
        { organizationId: krw!.id, role: 'wolontariuszka' },
      ],
    };
    const line = speakerLine({ kind: 'person', personId: two.id }, relatedOf({ ...world, people: [two] }), AT, ZONE);
    expect(line.role).toBeUndefined();
    expect(line.party).toBeUndefined();
  });
});
