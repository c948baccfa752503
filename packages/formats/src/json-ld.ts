import {
  type AgendaItem,
  type Event,
  fundingStatement,
  type Grant,
  itemPeople,
  type LocalAuthority,
  type Organization,
  type Person,
  type PostalAddress,
  personName,
  type Speaker,
  type Venue,
} from '@org/domain';
import { agendaLines, fundingGrants, fundingStatements, itemTitle } from './describe.js';
import { markdownToText } from './markdown.js';
import { checkOptions, type FormatOptions } from './options.js';
import { type PageKind, pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** A JSON-LD node: plain JSON, ready for `JSON.stringify` or a `<script type="application/ld+json">`. */
export type JsonLdNode = { [key: string]: unknown };

const S = 'https://schema.org/';
const CONTEXT = 'https://schema.org';

// Every exported builder returns a document (`@context` first); the nodes it embeds come from the
// private builders below, without a context of their own: one document, one context.
const asDocument = (node: JsonLdNode): JsonLdNode => ({ '@context': CONTEXT, ...node });

/**
 * The `@id` of a record's node: the URL of its Polish page with a fragment saying what the node is, in
 * every language. One entity, one identifier: search engines and linked-data stores merge nodes by
 * `@id`, so the Polish and the English page describe the same organisation instead of two, and
 * every `@id` published before the site had English pages stays valid. `url` is the page in the
 * document's language.
 *
 * @example
 * jsonLdId('organization', 'fise', { siteUrl: 'https://mosty.example' }, 'organization')
 * // 'https://mosty.example/organizacje/fise#organization'
 */
export const jsonLdId = (
  kind: PageKind,
  slug: string,
  options: Pick<FormatOptions, 'siteUrl'>,
  fragment: string,
): string => `${pageUrl(kind, slug, { siteUrl: options.siteUrl, locale: 'pl' })}#${fragment}`;

const postalAddress = (a: PostalAddress): JsonLdNode => ({
  '@type': 'PostalAddress',
  streetAddress: a.street,
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  addressLocality: a.city,
  ...(a.voivodeship ? { addressRegion: a.voivodeship } : {}),
  addressCountry: a.country,
});

const propertyValue = (propertyID: string, value: string): JsonLdNode => ({
  '@type': 'PropertyValue',
  propertyID,
  value,
});

// Public units and JST offices are government bodies; NGOs and social-economy entities are NGO; the rest Organization.
const ORG_TYPE: Partial<Record<Organization['legalForm'], string>> = {
  jednostka_samorzadowa: 'GovernmentOrganization',
  instytucja_publiczna: 'GovernmentOrganization',
  stowarzyszenie_jst: 'Organization',
  przedsiebiorstwo: 'Organization',
  inna: 'Organization',
};

function organizationNode(org: Organization, options: FormatOptions): JsonLdNode {
  const url = pageUrl('organization', org.slug, options);
  const identifiers = [
    org.krs ? propertyValue('KRS', org.krs) : undefined,
    org.regon ? propertyValue('REGON', org.regon) : undefined,
    org.nip ? propertyValue('NIP', org.nip) : undefined,
    org.otherRegister ? propertyValue(org.otherRegister.register, org.otherRegister.number) : undefined,
  ].filter(Boolean);
  return {
    '@type': ORG_TYPE[org.legalForm] ?? 'NGO',
    '@id': jsonLdId('organization', org.slug, options, 'organization'),
    name: org.name,
    legalName: org.name,
    ...(org.shortName ? { alternateName: org.shortName } : {}),
    url,
    ...(org.website ? { sameAs: org.website } : {}),
    ...(org.nip ? { taxID: org.nip } : {}),
    ...(identifiers.length ? { identifier: identifiers } : {}),
    ...(org.address ? { address: postalAddress(org.address) } : {}),
    ...(org.description ? { description: org.description } : {}),
  };
}

function authorityNode(authority: LocalAuthority, options: FormatOptions): JsonLdNode {
  const url = pageUrl('authority', authority.slug, options);
  const teryt = propertyValue('TERYT', authority.terc);
  return {
    '@type': 'GovernmentOrganization',
    '@id': jsonLdId('authority', authority.slug, options, 'authority'),
    name: authority.name,
    url,
    ...(authority.website ? { sameAs: authority.website } : {}),
    ...(authority.nip ? { taxID: authority.nip } : {}),
    identifier: [teryt, ...(authority.regon ? [propertyValue('REGON', authority.regon)] : [])],
    areaServed: { '@type': 'AdministrativeArea', name: authority.name, identifier: teryt },
    ...(authority.address ? { address: postalAddress(authority.address) } : {}),
  };
}

const venueNode = (venue: Venue, options: FormatOptions): JsonLdNode => ({
  '@type': 'Place',
  '@id': jsonLdId('venue', venue.slug, options, 'place'),
  name: venue.name,
  url: pageUrl('venue', venue.slug, options),
  address: postalAddress(venue.address),
  ...(venue.geo
    ? { geo: { '@type': 'GeoCoordinates', latitude: venue.geo.latitude, longitude: venue.geo.longitude } }
    : {}),
  ...(venue.accessibility ? { description: venue.accessibility } : {}),
});

function grantNode(grant: Grant, world: WorldIndex, options: FormatOptions): JsonLdNode {
  const funder = world.authorities.get(grant.funderAuthorityId);
  const url = pageUrl('grant', grant.slug, options);
  return {
    '@type': 'MonetaryGrant',
    '@id': jsonLdId('grant', grant.slug, options, 'grant'),
    name: grant.taskTitle,
    url,
    ...(grant.agreementNumber ? { identifier: grant.agreementNumber } : {}),
    // The Polish statement is the agreement's wording: English documents carry it with their translation.
    description: [
      fundingStatement(grant),
      ...(options.locale === 'en' ? [fundingStatement(grant, { locale: 'en' })] : []),
    ].join('\n'),
    funder: funder ? authorityNode(funder, options) : { '@type': 'GovernmentOrganization', name: grant.funderName },
    amount: { '@type': 'MonetaryAmount', currency: grant.amount.currency, value: grant.amount.amount / 100 },
  };
}

/**
 * How much of each organisation or authority a speaker represents goes into an event's JSON-LD:
 * `full` (the default) embeds the whole node (identifiers, address, description) for readers of a
 * stand-alone file; `reference` writes `@type`, `@id`, `name` and `url` only, for a page whose linked
 * profiles carry the full nodes under the same `@id` (a crawler merges them), which keeps the page small.
 */
export type JsonLdDetail = 'full' | 'reference';

/** The organisation (first) or authority a speaker, partner or affiliation names, as its full node. */
function partyJsonLd(
  world: WorldIndex,
  party: { organizationId?: string | undefined; authorityId?: string | undefined },
  options: FormatOptions,
): JsonLdNode | undefined {
  const org = party.organizationId ? world.organizations.get(party.organizationId) : undefined;
  if (org) return organizationNode(org, options);
  const authority = party.authorityId ? world.authorities.get(party.authorityId) : undefined;
  return authority ? authorityNode(authority, options) : undefined;
}

const reference = (node: JsonLdNode): JsonLdNode => ({
  '@type': node['@type'],
  '@id': node['@id'],
  name: node.name,
  url: node.url,
});

function performer(
  speaker: Speaker,
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode | undefined {
  const node = partyJsonLd(world, speaker, options);
  const party = node && detail === 'reference' ? reference(node) : node;
  if (speaker.kind === 'representatives')
    return party
      ? { ...party, description: speaker.description }
      : { '@type': 'Organization', name: speaker.description, description: speaker.description };
  const person = world.people.get(speaker.personId);
  if (!person) return undefined;
  return {
    '@type': 'Person',
    '@id': jsonLdId('person', person.slug, options, 'person'),
    name: personName(person),
    url: pageUrl('person', person.slug, options),
    givenName: person.givenName,
    familyName: person.familyName,
    ...(person.honorificPrefix ? { honorificPrefix: person.honorificPrefix } : {}),
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
    ...(party ? { affiliation: party } : {}),
  };
}

const performers = (
  speakers: readonly Speaker[],
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode[] =>
  speakers.map((s) => performer(s, world, options, detail)).filter((p): p is JsonLdNode => p !== undefined);

/**
 * A speaker as a schema.org `Person`: name parts, bio, website and, as references, the organisations
 * and authorities of their affiliations (`affiliation`); their pages carry the full nodes.
 *
 * @example
 * personJsonLd(wojciech, world, options).affiliation // [{ '@type': 'NGO', name: 'Spółdzielnia Socjalna „Kto Rano Wstaje”', … }]
 */
export function personJsonLd(person: Person, world: WorldIndex, options: FormatOptions): JsonLdNode {
  const url = pageUrl('person', person.slug, options);
  const parties = new Map<string, JsonLdNode>();
  for (const a of person.affiliations) {
    const node = partyJsonLd(world, a, options);
    if (node) parties.set(node['@id'] as string, reference(node));
  }
  return asDocument({
    '@type': 'Person',
    '@id': jsonLdId('person', person.slug, options, 'person'),
    name: personName(person),
    givenName: person.givenName,
    familyName: person.familyName,
    ...(person.honorificPrefix ? { honorificPrefix: person.honorificPrefix } : {}),
    url,
    ...(person.website ? { sameAs: person.website } : {}),
    ...(person.bio ? { description: person.bio } : {}),
    ...(parties.size ? { affiliation: [...parties.values()] } : {}),
  });
}

const STATUS: Record<Event['status'], string> = {
  draft: `${S}EventScheduled`,
  published: `${S}EventScheduled`,
  cancelled: `${S}EventCancelled`,
  postponed: `${S}EventPostponed`,
};
const MODE = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
};

function subEvent(
  event: Event,
  item: AgendaItem,
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode {
  const people = performers(itemPeople(item), world, options, detail);
  const topics = item.kind === 'discussion' ? item.topics : item.kind === 'panel' ? item.questions : [];
  const description = [item.description, ...topics.map((t) => `- ${t}`)].filter(Boolean).join('\n');
  return {
    // ConferenceEvent is pending in schema.org (shared/DOMAIN-PL.md §7.1); breaks are plain Events.
    '@type': item.kind === 'break' ? 'Event' : 'EducationEvent',
    '@id': jsonLdId('event', event.slug, options, item.id),
    name: itemTitle(item, options.locale),
    startDate: item.startsAt,
    endDate: item.endsAt,
    ...(description ? { description } : {}),
    ...(people.length ? { performer: people } : {}),
    ...(item.room ? { location: { '@type': 'Place', name: item.room } } : {}),
  };
}

/**
 * An event as schema.org JSON-LD: `EducationEvent` with a `subEvent` per agenda item, performers with
 * their roles (`jobTitle`) and organisations (`affiliation`), organiser, `Place` with `PostalAddress`,
 * `eventStatus`, `eventAttendanceMode`, `inLanguage`, hashtags as `keywords`, and each grant as
 * `funder` plus `funding` (`MonetaryGrant`). The funding statement ends the description. `detail`
 * says how much of each speaker's organisation is embedded (see `JsonLdDetail`).
 *
 * @example
 * eventJsonLd(seedEvent, world, options).subEvent.length // 5
 */
export const eventJsonLd = (
  event: Event,
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail = 'full',
): JsonLdNode => asDocument(eventNode(event, world, checkOptions(options), detail));

function eventNode(event: Event, world: WorldIndex, opts: FormatOptions, detail: JsonLdDetail): JsonLdNode {
  const url = pageUrl('event', event.slug, opts);
  // What the event is about, in words: its summary, else the start of its body as text (never an empty
  // string, which tells a reader there is nothing to say), and its funding statements.
  const about = event.summary || (event.body ? markdownToText(event.body) : '');
  const description = [about, ...fundingStatements('event', event, world, opts.locale)].filter(Boolean).join('\n\n');
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const organizer = world.organizations.get(event.organizerId);
  const grants = fundingGrants('event', event, world);
  const mode = event.venueId && event.onlineUrl ? 'mixed' : event.onlineUrl ? 'online' : 'offline';
  const locations = [
    venue ? venueNode(venue, opts) : undefined,
    event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined,
  ].filter(Boolean);
  const partners = event.partners.map((p) => partyJsonLd(world, p, opts)).filter(Boolean);
  return {
    '@type': 'EducationEvent',
    '@id': jsonLdId('event', event.slug, opts, 'event'),
    name: event.title,
    url,
    ...(description ? { description } : {}),
    startDate: event.startsAt,
    endDate: event.endsAt,
    inLanguage: event.language,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: `${S}${MODE[mode]}`,
    isAccessibleForFree: event.isFree,
    ...(event.capacity ? { maximumAttendeeCapacity: event.capacity } : {}),
    ...(event.hashtags.length ? { keywords: event.hashtags.join(', ') } : {}),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length ? { location: locations } : {}),
    ...(organizer ? { organizer: organizationNode(organizer, opts) } : {}),
    ...(partners.length ? { sponsor: partners } : {}),
    ...(grants.length
      ? {
          funder: grants.map((g) => {
            const a = world.authorities.get(g.funderAuthorityId);
            return a ? authorityNode(a, opts) : { '@type': 'GovernmentOrganization', name: g.funderName };
          }),
          funding: grants.map((g) => grantNode(g, world, opts)),
        }
      : {}),
    ...(event.agenda.length
      ? {
          subEvent: event.agenda.map((item) => subEvent(event, item, world, opts, detail)),
          // The agenda as text too, for readers that ignore subEvent.
          about: { '@type': 'Thing', name: 'Program', description: agendaLines(event, world, opts.locale).join('\n') },
        }
      : {}),
  };
}

/**
 * An organisation as a schema.org document: `NGO` (or `GovernmentOrganization` for public units) with
 * `legalName`, `taxID` (NIP) and `identifier`s for KRS and REGON, its address and page.
 *
 * @example
 * organizationJsonLd(fise, options) // { '@context': 'https://schema.org', '@type': 'NGO', name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych', … }
 */
export const organizationJsonLd = (org: Organization, options: FormatOptions): JsonLdNode =>
  asDocument(organizationNode(org, options));

/**
 * A local authority (JST) as a schema.org `GovernmentOrganization` document with its TERYT code, NIP
 * and REGON, and the territory it serves as an `AdministrativeArea`.
 *
 * @example
 * authorityJsonLd(mazowieckie, options).areaServed // { '@type': 'AdministrativeArea', name: 'Województwo Mazowieckie', … }
 */
export const authorityJsonLd = (authority: LocalAuthority, options: FormatOptions): JsonLdNode =>
  asDocument(authorityNode(authority, options));

/**
 * A venue as a schema.org `Place` document with its `PostalAddress`, coordinates and accessibility notes.
 *
 * @example
 * venueJsonLd(centrumWielokulturowe, options).address.addressLocality // 'Warszawa'
 */
export const venueJsonLd = (venue: Venue, options: FormatOptions): JsonLdNode => asDocument(venueNode(venue, options));

/**
 * A grant as a schema.org `MonetaryGrant` document: task title, agreement number, funder, amount in
 * złoty (a decimal number, as schema.org asks) and the funding statement.
 *
 * @example
 * grantJsonLd(seedGrant, world, options).amount // { '@type': 'MonetaryAmount', currency: 'PLN', value: 40000 }
 */
export const grantJsonLd = (grant: Grant, world: WorldIndex, options: FormatOptions): JsonLdNode =>
  asDocument(grantNode(grant, world, options));
