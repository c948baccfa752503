import type { AgendaItem } from './agenda.js';
import { type AgendaProblem, agendaProblems, describeAgendaProblem, itemPeople } from './agenda-rules.js';
import type { Event } from './event.js';
import { localDayOf } from './format-time.js';
import { jstNameGenitive, localizedFundingStatement, requiredAttributions } from './funding-statement.js';
import type { Grant } from './grant.js';
import { FIELD_LABELS } from './labels.js';
import type { Person } from './person.js';
import { speakerStanding } from './speaker-standing.js';

/**
 * What stops an event from being published cleanly. Extend by adding a variant here and its check
 * in `publicationProblems`.
 */
export type PublicationProblem =
  | { code: 'agenda'; problem: AgendaProblem }
  | { code: 'grantMissing'; grantId: string }
  | { code: 'fundingStatementMissing'; grantId: string }
  /** `moderator` when the person is the panel's moderator, whose fields the form keeps apart from the panelists'. */
  | { code: 'speakerRoleMissing'; itemId: string; personId: string; moderator?: true }
  | { code: 'speakerPartyMissing'; itemId: string; personId: string; moderator?: true }
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
  /**
   * The people on the agenda, so a role entered in a person's affiliation counts (`speakerStanding`).
   * Without them only the roles written on the agenda count.
   */
  people?: readonly Pick<Person, 'id' | 'affiliations'>[];
}

/**
 * The compliance check before publishing: agenda problems, grants that do not exist, funding
 * statements missing from the rendered page, panelists and moderators without the role they speak in
 * (on the agenda, or else in their affiliation valid on the event's day: `speakerStanding`), panelists
 * and moderators who speak for no organisation or authority (`speakerPartyMissing`: none on the agenda
 * nor a single affiliation valid that day) and are not marked as speaking in their own name
 * (`independent`; such a person needs no role either), an event with neither venue nor online link, references to people, organisations,
 * authorities or a venue that do not exist.
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
  // A panel's people speak as representatives of their organisations, so the role they speak in is
  // part of what the panel is. Introductions, presentations and discussions are checked nowhere: the
  // seed post names their speakers without a role ("wprowadzenie wygłosił Łukasz Komuda", "Weronika
  // Chodacz z Transfer HUB") and a role is never invented to fill the gap. For the same reason a panel's
  // person speaks for an organisation or an authority, or is marked as speaking in their own name: a
  // panelist for no one is a form left half filled, not a standing.
  const people = new Map((context.people ?? []).map((p) => [p.id, p]));
  for (const item of event.agenda) {
    if (item.kind !== 'panel') continue;
    const day = localDayOf(item.startsAt, event.timeZone);
    for (const s of itemPeople(item)) {
      if (s.kind !== 'person') continue;
      const standing = speakerStanding(s, people.get(s.personId), day);
      // In their own name (a resident, an independent expert) a person holds no function to be named by.
      if (standing.independent) continue;
      const who = {
        itemId: item.id,
        personId: s.personId,
        ...(s === item.moderator ? { moderator: true as const } : {}),
      };
      if (!standing.role) problems.push({ code: 'speakerRoleMissing', ...who });
      if (standing.organizationId === undefined && standing.authorityId === undefined)
        problems.push({ code: 'speakerPartyMissing', ...who });
    }
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

/**
 * What a staff member should know before publishing, but that does not stop it. Extend by adding a
 * variant here, its check in `publicationWarnings` and its message in `describePublicationProblem`.
 */
export type PublicationWarning =
  | { code: 'attributionTextMissing'; grantId: string }
  | { code: 'fundingStatementInBody'; grantId: string }
  | { code: 'representativesPartyMissing'; itemId: string; description: string };

// Characters that show nothing (soft hyphen, zero-width space and joiners, word joiner, BOM): pasted text
// carries them inside words.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The words of a text, in lower case, one space between them: Markdown emphasis (`*`, `_`, `~`, `` ` ``),
 * link targets, HTML tags and all other punctuation are left out, so "**Zadanie publiczne** sfinansowane…"
 * has the words of "Zadanie publiczne sfinansowane…".
 */
const wordsOf = (text: string): string =>
  text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_~`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What `publicationWarnings` reads of a grant; the funder and form let it find a derived statement in a body. */
export type WarningGrant = Pick<Grant, 'id' | 'attributionText'> &
  Partial<Pick<Grant, 'funderName' | 'form' | 'funderNameGenitive' | 'attributionTextEn'>>;

/**
 * Warnings for an event or post, funded or not:
 * - `attributionTextMissing`: a grant without the exact statement of its agreement (`attributionText`). The
 *   statement is then derived from the grant's form ("finansowane" for powierzenie, "współfinansowane" for
 *   wsparcie), but the agreement prescribes the wording (its "obowiązki informacyjne" clause, Dz.U. 2018
 *   poz. 2057), so it should be copied from the signed umowa.
 * - `fundingStatementInBody`: the Markdown `body`, when given, contains a grant's funding statement, in Polish
 *   or in English as pages show it (`localizedFundingStatement`), in the same words whatever the case,
 *   spacing, punctuation or Markdown emphasis. The page prints the statement itself, so readers would see it
 *   twice. The derived statements are looked for only when the grants carry `funderName` and `form`.
 * - `representativesPartyMissing`: given the event's `agenda`, a row of representatives on a panel (a moderator
 *   or panelists) that names no organisation and no authority, only its description. It is the counterpart
 *   of `publicationProblems`' `speakerPartyMissing`, but a warning: a source may describe representatives
 *   without naming whom they represent (the seed's "przedstawiciele spółdzielni socjalnej współpracującej z
 *   powiatem wołomińskim"), and the description then says all that is known. A row whose source does not say
 *   whom they represent carries `partyUnnamed` and is not warned about, as a person row for no one has
 *   `independent`.
 *
 * Grant ids with no grant are `publicationProblems`'.
 *
 * @example
 * publicationWarnings({ grantIds: ['g1'] }, [{ ...seedGrant, attributionText: undefined }])
 * // [{ code: 'attributionTextMissing', grantId: 'g1' }]
 * publicationWarnings(
 *   { grantIds: ['g1'], body: 'Dziękujemy!\n\n*Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego.*' },
 *   [{ ...seedGrant, attributionText: 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego' }],
 * )
 * // [{ code: 'fundingStatementInBody', grantId: 'g1' }]
 * publicationWarnings(seedEvent, [seedGrant]) // an event is a subject: its grants, body and agenda
 * // [] (the seed's cooperative carries partyUnnamed; without it:
 * // [{ code: 'representativesPartyMissing', itemId: seedEvent.agenda[1].id, description: 'przedstawiciele spółdzielni socjalnej współpracującej z powiatem wołomińskim' }])
 */
export function publicationWarnings(
  subject: { grantIds: readonly string[]; body?: string; agenda?: readonly AgendaItem[] },
  grants: readonly WarningGrant[],
): PublicationWarning[] {
  const byId = new Map(grants.map((g) => [g.id, g]));
  const warnings: PublicationWarning[] = [];
  const body = subject.body?.trim() ? ` ${wordsOf(subject.body)} ` : undefined;
  for (const id of subject.grantIds) {
    const grant = byId.get(id);
    if (!grant) continue;
    if (!grant.attributionText?.trim()) warnings.push({ code: 'attributionTextMissing', grantId: id });
    if (body !== undefined && statementsOf(grant).some((statement) => body.includes(` ${statement} `)))
      warnings.push({ code: 'fundingStatementInBody', grantId: id });
  }
  // Panels only, as speakerPartyMissing: elsewhere a source's speakers stand as it names them.
  for (const item of subject.agenda ?? []) {
    if (item.kind !== 'panel') continue;
    for (const s of itemPeople(item))
      if (
        s.kind === 'representatives' &&
        s.organizationId === undefined &&
        s.authorityId === undefined &&
        !s.partyUnnamed
      )
        warnings.push({ code: 'representativesPartyMissing', itemId: item.id, description: s.description });
  }
  return warnings;
}

/** The words of a grant's funding statements as pages show them, Polish and English, none empty. */
function statementsOf(grant: WarningGrant): string[] {
  const { funderName, form } = grant;
  const texts: (string | undefined)[] = [grant.attributionText, grant.attributionTextEn];
  if (funderName !== undefined && form !== undefined) {
    const from = { ...grant, funderName, form };
    texts.push(localizedFundingStatement(from, { locale: 'en' }).text);
    // A grant GrantSchema would refuse (a funder not named as a JST, no genitive, no exact text) has no Polish
    // statement to derive: a warning is no place to throw for it (`publicationProblems` does).
    if (grant.attributionText?.trim() || (grant.funderNameGenitive ?? jstNameGenitive(funderName)) !== null)
      texts.push(localizedFundingStatement(from).text);
  }
  return [...new Set(texts.flatMap((text) => (text?.trim() ? [wordsOf(text)] : [])))].filter((w) => w !== '');
}

/**
 * A sentence describing a publication problem or warning for staff, in Polish or English, saying where
 * to put it right. `names` turns ids into what people recognise (grant titles, item titles, person
 * names); unknown ids are shown as they are.
 *
 * @example
 * describePublicationProblem({ code: 'attributionTextMissing', grantId: 'g1' }, 'pl', { g1: 'Mosty 2026' })
 * // 'Dotacja „Mosty 2026” nie ma dokładnej informacji o finansowaniu z umowy: strona pokazuje tekst wywiedziony z formy dotacji. Przepisz go z umowy w polu „Informacja o finansowaniu” dotacji.'
 */
export function describePublicationProblem(
  problem: PublicationProblem | PublicationWarning,
  locale: 'pl' | 'en' = 'pl',
  names: Readonly<Record<string, string>> = {},
): string {
  const pl = locale === 'pl';
  const n = (id: string) => names[id] ?? id;
  const q = (text: string) => (pl ? `„${text}”` : `"${text}"`);
  const field = (key: string) => q(FIELD_LABELS[key]?.[locale] ?? key);
  // Who lacks what, and where the form keeps their fields: a moderator's sit apart from the panelists', under
  // their own heading.
  const speakerPlace = (p: { itemId: string; personId: string; moderator?: true }) => {
    const [name, item] = [n(p.personId), q(n(p.itemId))];
    if (p.moderator)
      return pl
        ? { who: `${name}, moderator punktu ${item},`, beside: `w części ${field('moderator')} tego punktu` }
        : { who: `${name}, the moderator of ${item},`, beside: `under ${field('moderator')} in that item of` };
    return pl
      ? { who: `${name} w punkcie ${item}`, beside: 'przy tej osobie' }
      : { who: `${name} in ${item}`, beside: 'beside them in' };
  };
  switch (problem.code) {
    case 'agenda':
      return describeAgendaProblem(problem.problem, locale, names);
    case 'grantMissing':
      return pl ? `Dotacja ${q(n(problem.grantId))} nie istnieje.` : `Grant ${q(n(problem.grantId))} does not exist.`;
    case 'fundingStatementMissing':
      return pl
        ? `Brak informacji o finansowaniu z dotacji ${q(n(problem.grantId))}.`
        : `The funding statement of grant ${q(n(problem.grantId))} is missing.`;
    case 'speakerRoleMissing': {
      const { who, beside } = speakerPlace(problem);
      return pl
        ? `${who} nie ma funkcji, w której występuje. Wpisz ją w polu ${field('role')} ${beside} w programie wydarzenia albo w afiliacji tej osoby z organizacją, którą reprezentuje (pole ${field('affiliations')} w danych osoby).`
        : `${who} has no role they speak in. Enter it in the ${field('role')} field ${beside} the event's agenda, or in their affiliation with the organisation they represent (${field('affiliations')} in the person's record).`;
    }
    case 'speakerPartyMissing': {
      const { who, beside } = speakerPlace(problem);
      return pl
        ? `${who} nie ma wskazanej organizacji ani samorządu, w których imieniu występuje. Wybierz organizację w polu ${field('organizationId')} albo samorząd w polu ${field('authorityId')} ${beside} w programie wydarzenia; jeśli ta osoba występuje we własnym imieniu, zaznacz pole ${field('independent')}.`
        : `${who} speaks for no organisation or authority. Choose the organisation in the ${field('organizationId')} field or the authority in the ${field('authorityId')} field ${beside} the event's agenda; if they speak in their own name, tick ${field('independent')}.`;
    }
    case 'noPlace':
      return pl
        ? 'Wydarzenie nie ma ani miejsca, ani linku do transmisji.'
        : 'The event has neither a venue nor an online link.';
    case 'unknownReference': {
      const label = FIELD_LABELS[problem.field.split('.').pop() ?? problem.field]?.[locale] ?? problem.field;
      return pl
        ? `Pole ${q(label)} wskazuje nieistniejący rekord ${problem.id}.`
        : `The field ${q(label)} points at a missing record ${problem.id}.`;
    }
    case 'fundingStatementInBody':
      return pl
        ? `Treść zawiera informację o finansowaniu z dotacji ${q(n(problem.grantId))}, którą strona i tak pokazuje, więc czytelnicy zobaczą ją dwa razy. Usuń ją z pola ${field('body')}.`
        : `The body contains the funding statement of grant ${q(n(problem.grantId))}, which the page shows anyway, so readers would see it twice. Remove it from the ${field('body')} field.`;
    case 'representativesPartyMissing':
      return pl
        ? `Przedstawiciele opisani jako ${q(problem.description)} w punkcie ${q(n(problem.itemId))} nie mają wskazanej organizacji ani samorządu, które reprezentują. Jeśli wiadomo, kogo reprezentują, wybierz organizację w polu ${field('organizationId')} albo samorząd w polu ${field('authorityId')} przy tym wierszu w programie wydarzenia; jeśli źródło tego nie podaje, zaznacz tam pole ${field('partyUnnamed')} (strona pokaże sam opis).`
        : `The representatives described as ${q(problem.description)} in ${q(n(problem.itemId))} have no organisation or authority they represent. If it is known whom they represent, choose the organisation in the ${field('organizationId')} field or the authority in the ${field('authorityId')} field beside that row in the event's agenda; if the source does not say, tick ${field('partyUnnamed')} there (pages show the description alone).`;
    case 'attributionTextMissing':
      return pl
        ? `Dotacja ${q(n(problem.grantId))} nie ma dokładnej informacji o finansowaniu z umowy: strona pokazuje tekst wywiedziony z formy dotacji. Przepisz go z umowy w polu ${field('attributionText')} dotacji.`
        : `Grant ${q(n(problem.grantId))} has no exact funding statement from its agreement: pages show one derived from the grant's form. Copy it from the agreement into the grant's ${field('attributionText')} field.`;
  }
}
