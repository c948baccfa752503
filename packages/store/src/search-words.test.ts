import { seedWorld } from '@org/demo';
import { EventSchema, GrantSchema, LocalAuthoritySchema, OrganizationSchema, searchKey } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { searchWords } from './index.js';

const world = seedWorld();

describe('searchWords', () => {
  it('gives an organisation’s words as search compares them: name, short name, town and identifiers, folded', () => {
    const org = OrganizationSchema.parse({
      id: 'o1',
      slug: 'o1',
      name: 'Spółdzielnia Socjalna „Łączy Nas”',
      shortName: 'SSŁN',
      legalForm: 'spoldzielnia_socjalna',
      krs: '0000127506',
      address: { street: 'ul. Długa 1', postalCode: '00-950', city: 'Łódź' },
    });
    expect(searchWords.organization(org)).toEqual([
      'spoldzielnia',
      'socjalna',
      'laczy',
      'nas',
      'ssln',
      '0000127506',
      'lodz',
    ]);
  });

  it('gives an authority’s name and TERC code, and a grant’s task title and hashtags, folded', () => {
    const authority = world.authorities.find((a) => a.terc);
    if (!authority) throw new Error('the seed has no authority with a TERC code');
    const authorityWords = searchWords.authority(LocalAuthoritySchema.parse(authority));
    expect(authorityWords).toContain(authority.terc);
    expect(authorityWords).toContain(searchKey(authority.name).split(' ')[0]);
    const grant = GrantSchema.parse(world.grants[0]);
    const words = searchWords.grant(grant);
    expect(words.slice(0, 2)).toEqual(searchKey(grant.taskTitle).split(' ').slice(0, 2));
    expect(grant.hashtags.length).toBeGreaterThan(0);
    for (const tag of grant.hashtags) expect(words).toContain(searchKey(tag));
  });

  it('gives an event’s title, summary and hashtags, folded, each word once', () => {
    const event = EventSchema.parse(world.events[0]);
    const words = searchWords.event(event);
    expect(words.slice(0, 3)).toEqual(
      searchKey(event.title)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .slice(0, 3),
    );
    expect(event.hashtags.length).toBeGreaterThan(0);
    for (const tag of event.hashtags) expect(words).toContain(searchKey(tag));
    if (!event.summary) throw new Error('the seed event has no summary');
    expect(words).toContain(
      searchKey(event.summary)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .at(-1),
    );
    expect(new Set(words).size).toBe(words.length);
  });
});
