import { readFileSync } from 'node:fs';
import {
  agendaProblems,
  CooperationSchema,
  EventSchema,
  formatEventTime,
  fundingStatement,
  GrantSchema,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  publicationProblems,
  VenueSchema,
} from '@org/domain';
import { sharedFile } from '@org/testkit';
import { describe, expect, it } from 'vitest';
import { SEED_FUNDING_STATEMENT, SEED_IDS, SEED_PROVENANCE, seedWorld } from './seed.js';

const world = seedWorld();
const event = world.events[0]!;

describe('the seed world', () => {
  it('every value passes its domain schema unchanged', () => {
    const checks = [
      [LocalAuthoritySchema, world.authorities],
      [OrganizationSchema, world.organizations],
      [VenueSchema, world.venues],
      [PersonSchema, world.people],
      [GrantSchema, world.grants],
      [EventSchema, world.events],
      [PostSchema, world.posts],
      [CooperationSchema, world.cooperations],
    ] as const;
    for (const [schema, values] of checks)
      for (const value of values) expect((schema as typeof EventSchema).parse(value)).toEqual(value);
  });

  it('the event has no agenda or publication problems', () => {
    expect(agendaProblems(event)).toEqual([]);
    expect(publicationProblems(event, { grants: world.grants })).toEqual([]);
  });

  it('models the programme in the order of the post', () => {
    expect(event.agenda.map((i) => i.kind)).toEqual(['introduction', 'panel', 'presentation', 'panel', 'discussion']);
    const [, panel1, presentation, panel2, discussion] = event.agenda;
    expect(panel1?.kind === 'panel' && panel1.title).toBe(
      'Sprawny urząd. Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi.',
    );
    expect(presentation?.kind === 'presentation' && presentation.title).toBe(
      'Polskie organizacje w dialogu społecznym',
    );
    expect(discussion?.kind === 'discussion' && discussion.topics).toHaveLength(6);
    expect(panel2?.kind === 'panel' && panel2.panelists.map((p) => p.kind === 'person' && p.role)).toEqual([
      'wiceprezes zarządu',
      'współzałożycielka',
      'skarbniczka',
    ]);
  });

  it('invents no names for the first panel: it has representatives only', () => {
    const panel1 = event.agenda[1];
    expect(panel1?.kind).toBe('panel');
    if (panel1?.kind !== 'panel') return;
    expect(panel1.panelists.every((p) => p.kind === 'representatives')).toBe(true);
    expect(panel1.panelists.some((p) => p.authorityId === SEED_IDS.powiatWolominski)).toBe(true);
  });

  it('leaves unknown identifiers empty', () => {
    for (const o of world.organizations) expect([o.krs, o.nip, o.regon]).toEqual([undefined, undefined, undefined]);
    expect(world.venues[0]?.address.postalCode).toBeUndefined();
    expect(world.grants[0]?.agreementNumber).toBeUndefined();
  });

  it('shows the funding statement exactly as the post prints it', () => {
    const grant = world.grants[0]!;
    expect(fundingStatement(grant)).toBe(SEED_FUNDING_STATEMENT);
    expect(grant.hashtags).toContain('Mazowszepomaga');
  });

  const seedPost = sharedFile('seed/000_abb1cb4d7c34630d.txt');
  it.skipIf(!seedPost)('states what the source post states, word for word (needs shared/, skipped without it)', () => {
    const text = readFileSync(seedPost as string, 'utf8');
    expect(text).toContain(SEED_FUNDING_STATEMENT);
    for (const p of world.people) expect(text).toContain(p.familyName);
    for (const item of event.agenda)
      if (item.kind === 'discussion') for (const t of item.topics) expect(text).toContain(t);
    for (const h of event.hashtags) expect(text).toContain(`#${h}`);
  });

  it('marks what the post does not state', () => {
    expect(SEED_PROVENANCE.filter((p) => p.kind === 'illustrative').map((p) => p.path)).toEqual(
      expect.arrayContaining(['event.startsAt/endsAt', 'grant.amount', 'grant.period']),
    );
    expect(formatEventTime(event, 'pl')).toBe('26 listopada 2026, 10:00–14:00');
  });
});
