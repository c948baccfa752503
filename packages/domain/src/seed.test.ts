import { SEED_FUNDING_STATEMENT, SEED_IDS, seedWorld } from '@org/demo';
import { describe, expect, it } from 'vitest';
import { agendaProblems } from './agenda-rules.js';
import { publicationProblems, publicationWarnings } from './compliance.js';
import { type Event, EventSchema } from './event.js';
import { formatEventTime } from './format-time.js';
import { fundingStatement, requiredAttributions } from './funding-statement.js';
import { GrantSchema } from './grant.js';
import { authorityParentProblems, LocalAuthoritySchema } from './local-authority.js';
import { OrganizationSchema } from './organization.js';
import { grantReportFigures } from './report.js';
import { validate } from './validation.js';

// The seed event of shared/seed/000_abb1cb4d7c34630d.txt, as @org/demo models it.
const world = seedWorld();
const event = world.events[0]!;
const grant = world.grants[0]!;

describe('the seed event', () => {
  it('parses cleanly with EventSchema, unchanged', () => {
    const result = validate(EventSchema, event);
    expect(result).toEqual({ ok: true, value: event });
    expect(EventSchema.safeParse(JSON.parse(JSON.stringify(event))).success).toBe(true);
  });

  it('has no agenda problems', () => {
    expect(event.agenda).toHaveLength(5);
    expect(agendaProblems(event)).toEqual([]);
  });

  it('is ready to publish with its grant', () => {
    expect(GrantSchema.parse(grant)).toEqual(grant);
    expect(publicationProblems(event, { grants: world.grants, renderedText: `… ${SEED_FUNDING_STATEMENT} …` })).toEqual(
      [],
    );
  });

  it('says the post does not name the first panel’s cooperative, so it is not warned of; without that it would be', () => {
    const warnings = (e: Event) =>
      publicationWarnings(e, world.grants).filter((w) => w.code === 'representativesPartyMissing');
    expect(warnings(event)).toEqual([]);
    const unsaid = {
      ...event,
      agenda: event.agenda.map((item) =>
        item.kind === 'panel'
          ? {
              ...item,
              panelists: item.panelists.map((p) =>
                p.kind === 'representatives' ? (({ partyUnnamed: _, ...rest }) => rest)(p) : p,
              ),
            }
          : item,
      ),
    } as Event;
    expect(warnings(unsaid)).toEqual([
      {
        code: 'representativesPartyMissing',
        itemId: SEED_IDS.itemPanelOffice,
        description: 'przedstawiciele spółdzielni socjalnej współpracującej z powiatem wołomińskim',
      },
    ]);
  });

  it('shows its time and funding statement', () => {
    expect(formatEventTime(event, 'pl')).toBe('26 listopada 2026, 10:00–14:00');
    expect(formatEventTime(event, 'en')).toBe('26 November 2026, 10:00–14:00');
    expect(fundingStatement(grant)).toBe(SEED_FUNDING_STATEMENT);
    expect(requiredAttributions(event, world.grants).attributions[0]?.hashtags).toContain('Mazowszepomaga');
  });

  it('its authorities and organisations pass their schemas and their parent links hold', () => {
    for (const a of world.authorities) expect(LocalAuthoritySchema.parse(a)).toEqual(a);
    for (const o of world.organizations) expect(OrganizationSchema.parse(o)).toEqual(o);
    const byId = new Map(world.authorities.map((a) => [a.id, a]));
    for (const a of world.authorities)
      expect(authorityParentProblems(a, a.parentId ? byId.get(a.parentId) : undefined)).toEqual([]);
  });

  it('gives the report figures of its grant', () => {
    expect(grantReportFigures(grant, world.events)).toMatchObject({
      eventIds: [SEED_IDS.event],
      events: 1,
      agendaItems: 5,
      panels: 2,
      speakers: 5,
      eventsWithoutAttendance: 1,
    });
  });
});
