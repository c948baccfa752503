import {
  agendaProblems,
  EventSchema,
  GrantSchema,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  VenueSchema,
} from '@org/domain';
import { describe, expect, it } from 'vitest';
import { generateWorld } from './generator.js';

describe('generateWorld', () => {
  const world = generateWorld({ seed: 7, events: 60, organizations: 200, powiaty: 12 });

  it('is deterministic', () => {
    expect(generateWorld({ seed: 7, events: 60, organizations: 200, powiaty: 12 })).toEqual(world);
    expect(generateWorld({ seed: 8, events: 60, organizations: 200, powiaty: 12 })).not.toEqual(world);
  });

  it('produces values that pass the domain schemas', () => {
    for (const a of world.authorities) expect(LocalAuthoritySchema.safeParse(a).error).toBeUndefined();
    for (const o of world.organizations) expect(OrganizationSchema.safeParse(o).error).toBeUndefined();
    for (const v of world.venues) expect(VenueSchema.safeParse(v).error).toBeUndefined();
    for (const p of world.people) expect(PersonSchema.safeParse(p).error).toBeUndefined();
    for (const g of world.grants) expect(GrantSchema.safeParse(g).error).toBeUndefined();
    for (const e of world.events) expect(EventSchema.safeParse(e).error).toBeUndefined();
    for (const p of world.posts) expect(PostSchema.safeParse(p).error).toBeUndefined();
  });

  it('makes agendas of 3–12 items with no problems, and unique slugs', () => {
    for (const e of world.events) {
      expect(e.agenda.length).toBeGreaterThanOrEqual(3);
      expect(e.agenda.length).toBeLessThanOrEqual(12);
      expect(agendaProblems(e)).toEqual([]);
    }
    for (const kind of ['events', 'organizations', 'people', 'authorities'] as const) {
      const slugs = world[kind].map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('writes Polish names with diacritics', () => {
    expect(world.organizations.some((o) => /[ąćęłńóśźż]/i.test(o.name))).toBe(true);
  });
});
