import {
  type AgendaItem,
  describePublicationProblem,
  type Event,
  EventSchema,
  formatEventTime,
  type Grant,
  GrantSchema,
  LocalAuthoritySchema,
  type Locale,
  localDayOf,
  missingAttributions,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  personName,
  publicationProblems,
  publicationWarnings,
  requiredAttributions,
  validate,
} from '@org/domain';
import { itemTitle } from '@org/formats';
import { formatDate } from '@org/site';
import type { AppDeps } from '../app-env.js';
import { errorText } from '../error-messages.js';
import { tf } from '../i18n.js';
import type { AdminRepository, AdminStore, StoredRecord } from '../store-contract.js';
import { renderedText } from './rendered-text.js';

/** One line of the compliance check, ready to show. */
export interface ComplianceLine {
  code: string;
  message: string;
}

/**
 * What the check found: problems stop publication (or need an override with a reason); warnings are
 * shown beside them but never stop it.
 */
export interface ComplianceReport {
  problems: ComplianceLine[];
  warnings: ComplianceLine[];
}

/**
 * Warnings about the grants of an event or post, in words staff can act on (`publicationWarnings`); the
 * record's own body is read too, since a funding statement typed there would show twice on its page.
 */
const warningLines = (
  subject: { grantIds: readonly string[]; body: string; agenda?: readonly AgendaItem[] },
  grants: readonly Grant[],
  locale: Locale,
): ComplianceLine[] => {
  const names: Record<string, string> = Object.fromEntries(grants.map((g) => [g.id, g.taskTitle]));
  for (const item of subject.agenda ?? []) names[item.id] = itemTitle(item, locale);
  return publicationWarnings(subject, grants).map((w) => ({
    code: w.code,
    message: describePublicationProblem(w, locale, names),
  }));
};

const PAGE = 500;

/** Every record of a repository, read in pages of the store's maximum size. */
export async function listAll(repo: AdminRepository): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repo.list({ limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}

async function grantsOf(store: AdminStore, ids: readonly string[]): Promise<Grant[]> {
  const out: Grant[] = [];
  for (const id of ids) {
    const g = await store.grants.get(id);
    const parsed = g ? GrantSchema.safeParse(g) : null;
    if (parsed?.success) out.push(parsed.data);
  }
  return out;
}

/**
 * An event funded by a grant must happen within the grant's period: costs outside it are not eligible,
 * and the grant's report counts events by that period (`grantReportFigures`). Days are the event's own, in
 * its zone.
 */
function outsideGrantPeriods(event: Event, grants: readonly Grant[], locale: Locale): ComplianceLine[] {
  const first = localDayOf(event.startsAt, event.timeZone);
  const last = localDayOf(event.endsAt, event.timeZone);
  return grants
    .filter((g) => first < g.period.from || last > g.period.to)
    .map((g) => ({
      code: 'outsideGrantPeriod',
      message: tf(locale, 'outsideGrantPeriod', {
        grant: g.taskTitle,
        from: formatDate(g.period.from, locale),
        to: formatDate(g.period.to, locale),
        when: formatEventTime(event, locale),
      }),
    }));
}

/** What the check may do beyond reading the store. */
export interface ComplianceOptions {
  /**
   * The text of the record's public page as the website will render it (null when it cannot be
   * rendered yet): funding statements are checked on it. A throw is reported as a problem.
   */
  renderText?: () => Promise<string | null>;
  /** Where an unexpected failure of `renderText` is logged. */
  log?: (message: string, cause?: unknown) => void;
}

/** The rendered text, or a problem line when rendering failed. */
async function rendered(
  options: ComplianceOptions,
  locale: Locale,
): Promise<{ text: string | null } | { problem: ComplianceLine }> {
  if (!options.renderText) return { text: null };
  try {
    return { text: await options.renderText() };
  } catch (err) {
    options.log?.('admin: the check before publishing could not render the page', err);
    return {
      problem: { code: 'renderFailed', message: tf(locale, 'renderFailed', { reason: errorText(err, locale) }) },
    };
  }
}

/**
 * A post's problems. A post about a funded event is a publication about that public task: it must
 * carry the funding statement of the event's grants as well as its own (the framework agreement's
 * information duty, DOMAIN-PL.md §6.1: "we wszystkich materiałach, publikacjach … dotyczących
 * realizowanego zadania publicznego"), so both are looked up and both must show on its page.
 */
async function postProblems(
  store: AdminStore,
  record: StoredRecord,
  locale: Locale,
  options: ComplianceOptions,
): Promise<ComplianceReport> {
  const post = validate(PostSchema, record, locale);
  if (!post.ok) return { problems: post.issues.map((i) => ({ code: i.code, message: i.message })), warnings: [] };
  const lines: ComplianceLine[] = [];
  let event: Event | null = null;
  if (post.value.eventId) {
    const stored = await store.events.get(post.value.eventId);
    const parsed = stored ? EventSchema.safeParse(stored) : null;
    if (!stored)
      lines.push({ code: 'unknownReference', message: tf(locale, 'postEventMissing', { id: post.value.eventId }) });
    else if (parsed?.success) event = parsed.data;
  }
  const eventGrantIds = event?.grantIds ?? [];
  const grantIds = [...new Set([...post.value.grantIds, ...eventGrantIds])];
  const grants = await grantsOf(store, grantIds);
  const warnings = warningLines({ grantIds, body: post.value.body }, grants, locale);
  // The Polish statement is the one the agreement prescribes; the website shows it in every language.
  const { attributions, missingGrantIds } = requiredAttributions({ grantIds }, grants);
  for (const id of missingGrantIds)
    lines.push({
      code: 'grantMissing',
      message:
        post.value.grantIds.includes(id) || !event
          ? describePublicationProblem({ code: 'grantMissing', grantId: id }, locale)
          : tf(locale, 'eventGrantMissing', { id, event: event.title }),
    });
  if (attributions.length === 0) return { problems: lines, warnings };
  const page = await rendered(options, locale);
  if ('problem' in page) return { problems: [...lines, page.problem], warnings };
  if (page.text === null) return { problems: lines, warnings };
  const titles = new Map(grants.map((g) => [g.id, g.taskTitle]));
  for (const a of missingAttributions(page.text, attributions))
    lines.push({
      code: 'fundingStatementMissing',
      message: tf(locale, 'statementMissingPost', {
        grant: titles.get(a.grantId) ?? a.grantId,
        statement: a.statement,
      }),
    });
  return { problems: lines, warnings };
}

/**
 * What stands between a record and its publication: the domain's `publicationProblems` for events
 * (agenda, grants, funding statements on the rendered page, panelists' roles, place, dangling
 * references), and records it points at that no longer pass their schema (invalid identifiers).
 * Posts: their own grants and their event's, and the funding statements of both on the rendered page.
 * Warnings (`publicationWarnings`: a grant without its agreement's exact statement, a statement repeated in the
 * body, a panel's representatives with no party named) do not stop publication.
 */
export async function complianceCheck(
  store: AdminStore,
  kind: 'event' | 'post',
  record: StoredRecord,
  locale: Locale,
  options: ComplianceOptions = {},
): Promise<ComplianceReport> {
  const lines: ComplianceLine[] = [];
  if (kind === 'post') return postProblems(store, record, locale, options);
  const parsed = validate(EventSchema, record, locale);
  if (!parsed.ok) return { problems: parsed.issues.map((i) => ({ code: i.code, message: i.message })), warnings: [] };
  const event: Event = parsed.value;
  const [people, organizations, authorities] = await Promise.all([
    listAll(store.people),
    listAll(store.organizations),
    listAll(store.authorities),
  ]).then(
    (lists) =>
      lists.map((items) => ({ items })) as [
        { items: StoredRecord[] },
        { items: StoredRecord[] },
        { items: StoredRecord[] },
      ],
  );
  const names: Record<string, string> = {};
  for (const p of people.items) names[p.id] = personName(p as never);
  for (const o of organizations.items) names[o.id] = String(o.name);
  for (const item of event.agenda) names[item.id] = itemTitle(item, locale);
  const grants = await grantsOf(store, event.grantIds);
  for (const g of grants) names[g.id] = g.taskTitle;
  lines.push(...outsideGrantPeriods(event, grants, locale));
  let renderedText: string | undefined;
  if (event.grantIds.length > 0) {
    const page = await rendered(options, locale);
    if ('problem' in page) lines.push(page.problem);
    else if (page.text !== null) renderedText = page.text;
  }
  // A panelist's role may be entered in their affiliation rather than on the agenda: the domain reads it there.
  const parsedPeople = people.items.flatMap((p) => {
    const person = PersonSchema.safeParse(p);
    return person.success ? [person.data] : [];
  });
  const problems = publicationProblems(event, {
    grants,
    people: parsedPeople,
    ...(renderedText === undefined ? {} : { renderedText }),
    knownIds: {
      people: new Set(people.items.map((p) => p.id)),
      organizations: new Set(organizations.items.map((o) => o.id)),
      authorities: new Set(authorities.items.map((a) => a.id)),
      // The one venue an event names, if it is still there.
      venues: new Set(event.venueId && (await store.venues.get(event.venueId)) ? [event.venueId] : []),
    },
  });
  for (const p of problems) lines.push({ code: p.code, message: describePublicationProblem(p, locale, names) });
  // Identifiers of the records the event shows must still pass their checksums.
  const referenced = new Set<string>([
    event.organizerId,
    ...event.partners.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
  ]);
  for (const item of event.agenda)
    for (const s of 'panelists' in item
      ? [...item.panelists, ...(item.moderator ? [item.moderator] : [])]
      : 'speakers' in item
        ? item.speakers
        : [])
      if (s.organizationId) referenced.add(s.organizationId);
  for (const o of organizations.items)
    if (referenced.has(o.id)) {
      const check = validate(OrganizationSchema, o, locale);
      if (!check.ok)
        for (const i of check.issues)
          lines.push({ code: 'invalidIdentifier', message: `${String(o.name)}: ${i.message}` });
    }
  for (const a of authorities.items) {
    const check = validate(LocalAuthoritySchema, a, locale);
    if (!check.ok && event.partners.some((p) => p.authorityId === a.id))
      for (const i of check.issues)
        lines.push({ code: 'invalidIdentifier', message: `${String(a.name)}: ${i.message}` });
  }
  return {
    problems: lines,
    warnings: warningLines(
      // The agenda too: a panel's representatives with no party named (representativesPartyMissing).
      { grantIds: event.grantIds, body: event.body, agenda: event.agenda },
      grants,
      locale,
    ),
  };
}

/** The check as the admin runs it: on the store, with the record's page rendered by the website's renderer. */
export const checkRecord = (
  deps: AppDeps,
  kind: 'event' | 'post',
  record: StoredRecord,
  locale: Locale,
): Promise<ComplianceReport> =>
  complianceCheck(deps.store, kind, record, locale, {
    renderText: () => renderedText(deps, kind, record, locale),
    ...(deps.log ? { log: deps.log } : {}),
  });
