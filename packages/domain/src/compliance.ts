import { type AgendaProblem, agendaProblems, itemPeople } from './agenda-rules.js';
import type { Event } from './event.js';
import { requiredAttributions } from './funding-statement.js';
import type { Grant } from './grant.js';

/**
 * What stops an event from being published cleanly. Extend by adding a variant here and its check
 * in `publicationProblems`.
 */
export type PublicationProblem =
  | { code: 'agenda'; problem: AgendaProblem }
  | { code: 'grantMissing'; grantId: string }
  | { code: 'fundingStatementMissing'; grantId: string }
  | { code: 'speakerRoleMissing'; itemId: string; personId: string }
  | { code: 'noPlace' }
  | { code: 'unknownReference'; field: string; id: string };

/** What `publicationProblems` needs to know beyond the event itself. */
export interface PublicationContext {
  grants: readonly Grant[];
  /** Ids that exist in the store, to catch dangling references. */
  knownIds?: {
    people?: ReadonlySet<string>;
    organizations?: ReadonlySet<string>;
    authorities?: ReadonlySet<string>;
    venues?: ReadonlySet<string>;
  };
  /** The text of the page as rendered, to prove every funding statement is shown. */
  renderedText?: string;
}

/**
 * The compliance check before publishing: agenda problems, grants that do not exist, funding
 * statements missing from the rendered page, panelists and moderators without the role they speak in,
 * an event with neither venue nor online link, references to people, organisations, authorities or a
 * venue that do not exist.
 *
 * @example
 * publicationProblems(seedEvent, { grants: [seedGrant] }) // []
 */
export function publicationProblems(event: Event, context: PublicationContext): PublicationProblem[] {
  const problems: PublicationProblem[] = agendaProblems(event).map((problem) => ({ code: 'agenda' as const, problem }));
  const { attributions, missingGrantIds } = requiredAttributions(event, context.grants);
  for (const grantId of missingGrantIds) problems.push({ code: 'grantMissing', grantId });
  if (context.renderedText !== undefined) {
    const text = context.renderedText.replace(/\s+/g, ' ');
    for (const a of attributions)
      if (!text.includes(a.statement.replace(/\s+/g, ' ')))
        problems.push({ code: 'fundingStatementMissing', grantId: a.grantId });
  }
  for (const item of event.agenda) {
    if (item.kind !== 'panel') continue;
    for (const s of itemPeople(item))
      if (s.kind === 'person' && !s.role)
        problems.push({ code: 'speakerRoleMissing', itemId: item.id, personId: s.personId });
  }
  if (!event.venueId && !event.onlineUrl) problems.push({ code: 'noPlace' });
  const known = context.knownIds;
  if (known) {
    const check = (set: ReadonlySet<string> | undefined, field: string, id: string | undefined) => {
      if (set && id !== undefined && !set.has(id)) problems.push({ code: 'unknownReference', field, id });
    };
    check(known.organizations, 'organizerId', event.organizerId);
    check(known.venues, 'venueId', event.venueId);
    for (const p of event.partners) {
      check(known.organizations, 'partners.organizationId', p.organizationId);
      check(known.authorities, 'partners.authorityId', p.authorityId);
    }
    for (const item of event.agenda)
      for (const s of itemPeople(item)) {
        if (s.kind === 'person') check(known.people, 'agenda.personId', s.personId);
        check(known.organizations, 'agenda.organizationId', s.organizationId);
        check(known.authorities, 'agenda.authorityId', s.authorityId);
      }
  }
  return problems;
}
