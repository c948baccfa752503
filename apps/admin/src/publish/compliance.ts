import {
  describeAgendaProblem,
  type Event,
  EventSchema,
  type Grant,
  GrantSchema,
  LocalAuthoritySchema,
  type Locale,
  OrganizationSchema,
  PostSchema,
  type PublicationProblem,
  personName,
  publicationProblems,
  requiredAttributions,
  validate,
} from '@org/domain';
import type { AdminRepository, AdminStore, StoredRecord } from '../store-contract.js';

/** One line of the compliance check, ready to show. */
export interface ComplianceLine {
  code: string;
  message: string;
}

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

function describe(p: PublicationProblem, locale: Locale, names: Record<string, string>): string {
  const pl = locale === 'pl';
  const n = (id: string) => names[id] ?? id;
  switch (p.code) {
    case 'agenda':
      return describeAgendaProblem(p.problem, locale, names);
    case 'grantMissing':
      return pl ? `Dotacja ${n(p.grantId)} nie istnieje.` : `Grant ${n(p.grantId)} does not exist.`;
    case 'fundingStatementMissing':
      return pl
        ? `Brak informacji o finansowaniu z dotacji ${n(p.grantId)}.`
        : `The funding statement of grant ${n(p.grantId)} is missing.`;
    case 'speakerRoleMissing':
      return pl
        ? `${n(p.personId)} w punkcie „${n(p.itemId)}” nie ma funkcji, w której występuje.`
        : `${n(p.personId)} in "${n(p.itemId)}" has no role they speak in.`;
    case 'noPlace':
      return pl
        ? 'Wydarzenie nie ma ani miejsca, ani linku do transmisji.'
        : 'The event has neither a venue nor an online link.';
    case 'unknownReference':
      return pl
        ? `Pole ${p.field} wskazuje nieistniejący rekord ${p.id}.`
        : `${p.field} points at a missing record ${p.id}.`;
  }
}

/**
 * What stands between a record and its publication: the domain's `publicationProblems` for events
 * (agenda, grants, funding statements, panelists' roles, place, dangling references), and records
 * it points at that no longer pass their schema (invalid identifiers). Posts: their grants.
 */
export async function complianceCheck(
  store: AdminStore,
  kind: 'event' | 'post',
  record: StoredRecord,
  locale: Locale,
): Promise<ComplianceLine[]> {
  const lines: ComplianceLine[] = [];
  if (kind === 'post') {
    const post = validate(PostSchema, record, locale);
    if (!post.ok) return post.issues.map((i) => ({ code: i.code, message: i.message }));
    const grants = await grantsOf(store, post.value.grantIds);
    for (const id of requiredAttributions(post.value, grants).missingGrantIds)
      lines.push({ code: 'grantMissing', message: describe({ code: 'grantMissing', grantId: id }, locale, {}) });
    return lines;
  }
  const parsed = validate(EventSchema, record, locale);
  if (!parsed.ok) return parsed.issues.map((i) => ({ code: i.code, message: i.message }));
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
  for (const item of event.agenda) names[item.id] = ('title' in item && item.title) || item.kind;
  const grants = await grantsOf(store, event.grantIds);
  for (const g of grants) names[g.id] = g.taskTitle;
  const problems = publicationProblems(event, {
    grants,
    knownIds: {
      people: new Set(people.items.map((p) => p.id)),
      organizations: new Set(organizations.items.map((o) => o.id)),
      authorities: new Set(authorities.items.map((a) => a.id)),
    },
  });
  for (const p of problems) lines.push({ code: p.code, message: describe(p, locale, names) });
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
  return lines;
}
