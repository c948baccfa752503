import {
  type AgendaItem,
  type Event,
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
import { checkedHttpUrl } from './absolute-url.js';
import {
  agendaLines,
  type FundingNotice,
  fundingGrants,
  fundingNotice,
  fundingNoticeText,
  itemTitle,
} from './describe.js';
import { checkedMissing, JSON_LD_LEFT_OUT, requireEventReferences } from './event-references.js';
import { markdownToText } from './markdown.js';
import { fullName } from './names.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent } from './parsed-records.js';
import { type PageKind, pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/** A value in a JSON-LD document: plain JSON. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/** A JSON-LD node: plain JSON, ready for `JSON.stringify` or a `<script type="application/ld+json">`. */
export interface JsonLdNode {
  '@type'?: string;
  '@id'?: string;
  [property: string]: JsonLdValue | undefined;
}

/** A whole JSON-LD document, as every exported `…JsonLd` builder returns it: `@context` first, then a typed node. */
export interface JsonLdDocument extends JsonLdNode {
  '@context': 'https://schema.org';
  '@type': string;
}

/** An event's node as another document embeds it (a news post's `about`): `eventJsonLd`'s without `@context`. */
export interface EventJsonLdNode extends JsonLdNode {
  '@type': 'EducationEvent';
  '@id': string;
  name: string;
  url: string;
  description?: string;
  startDate: string;
  endDate: string;
  inLanguage: string;
  eventStatus: string;
  eventAttendanceMode: string;
  isAccessibleForFree: boolean;
  /** `JsonLdOptions.image`, when given. */
  image?: string;
  /** A free event's entry: an `Offer` at price 0 on the event's page (schema.org and search engines' form for "free"). */
  offers?: JsonLdNode & { '@type': 'Offer'; price: number; priceCurrency: string; url: string };
  /** One node per agenda item. */
  subEvent?: JsonLdNode[];
  /** The agenda as text (`Thing` named "Program"), for readers that ignore `subEvent`. */
  about?: JsonLdNode & { '@type': 'Thing'; name: string; description: string };
}

/** The document `eventJsonLd` returns. */
export interface EventJsonLd extends EventJsonLdNode {
  '@context': 'https://schema.org';
}

const S = 'https://schema.org/';
const CONTEXT = 'https://schema.org' as const;

// Every exported builder returns a document (`@context` first); the nodes it embeds come from the
// private builders below, without a context of their own: one document, one context.
// Every private builder's node has a type; '@type' is written first, as the nodes themselves have it.
const asDocument = (node: JsonLdNode): JsonLdDocument => ({
  '@context': CONTEXT,
  '@type': node['@type'] ?? 'Thing',
  ...node,
});

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
  ].filter((node): node is JsonLdNode => node !== undefined);
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

function grantNode(
  grant: Grant,
  world: WorldIndex,
  options: FormatOptions,
  notice: FundingNotice = fundingNotice(grant, options.locale),
  detail: JsonLdDetail = 'full',
): JsonLdNode {
  const funder = world.authorities.get(grant.funderAuthorityId);
  const url = pageUrl('grant', grant.slug, options);
  return {
    '@type': 'MonetaryGrant',
    '@id': jsonLdId('grant', grant.slug, options, 'grant'),
    name: grant.taskTitle,
    url,
    ...(grant.agreementNumber ? { identifier: grant.agreementNumber } : {}),
    // The Polish statement is the agreement's wording: English documents carry it with their translation,
    // or, when the agreement gives none, alone and tagged as Polish, since the document's text is English.
    description: notice.translation
      ? `${notice.statement}\n${notice.translation}`
      : options.locale === 'en'
        ? { '@value': notice.statement, '@language': 'pl' }
        : notice.statement,
    funder: funder
      ? detail === 'reference'
        ? authorityReference(funder, options)
        : authorityNode(funder, options)
      : { '@type': 'GovernmentOrganization', name: grant.funderName },
    amount: { '@type': 'MonetaryAmount', currency: grant.amount.currency, value: grant.amount.amount / 100 },
  };
}

/**
 * How much of each organisation or authority an event names (its organiser, partners, funders and the
 * parties its speakers represent) goes into the event's JSON-LD: `full` (the default) embeds the whole
 * node (identifiers, address, description) for readers of a stand-alone file; `reference` writes
 * `@type`, `@id`, `name` and `url` only, for a page whose linked profiles carry the full nodes under the
 * same `@id` (a crawler merges them), which keeps the page small. The venue is written in full either
 * way: search engines read an event's address from the event.
 */
export type JsonLdDetail = 'full' | 'reference';

/**
 * What `eventJsonLd` and `postJsonLd` do with a record the event or post names by id and the world does not
 * hold (a deleted organiser, venue, partner or speaker; a post's event): `'omit'` (the default) leaves it out of
 * the document, as a public page must still render when an organiser was deleted; `'throw'` refuses with a
 * `ReferenceMissingError` (`FORMAT_REFERENCE_MISSING`) naming the record, the field and the id, for an export
 * that must not publish a document with a hole in it. A grant's funder is never missing: without its authority
 * the grant's own `funderName` is written.
 */
export type MissingReferencePolicy = 'omit' | 'throw';

/** Options of `eventJsonLd` and `postJsonLd`: `FormatOptions`, what to do with a missing reference, and an image. */
export interface JsonLdOptions extends FormatOptions {
  /** `'omit'` (default) or `'throw'`: see `MissingReferencePolicy`. */
  missing?: MissingReferencePolicy | undefined;
  /**
   * The absolute http(s) URL of the image that stands for the event or post (schema.org `image`): records hold no
   * pictures, so a site gives its share image, the one its Open Graph tags name. Search engines ask for an image
   * before they show an event or an article as a rich result.
   */
  image?: string | undefined;
}

type PartyRef = { organizationId?: string | undefined; authorityId?: string | undefined };

/** The organisation (first) or authority a speaker, partner or affiliation names, as its full node. */
function partyJsonLd(world: WorldIndex, party: PartyRef, options: FormatOptions): JsonLdNode | undefined {
  const org = party.organizationId ? world.organizations.get(party.organizationId) : undefined;
  if (org) return organizationNode(org, options);
  const authority = party.authorityId ? world.authorities.get(party.authorityId) : undefined;
  return authority ? authorityNode(authority, options) : undefined;
}

/**
 * The same party as a reference (`@type`, `@id`, `name`, `url` of its full node), made without making
 * the full node first: identifiers and addresses that would be thrown away cost most of an event page's
 * JSON-LD.
 */
function partyReference(world: WorldIndex, party: PartyRef, options: FormatOptions): JsonLdNode | undefined {
  const org = party.organizationId ? world.organizations.get(party.organizationId) : undefined;
  if (org) return organizationReference(org, options);
  const authority = party.authorityId ? world.authorities.get(party.authorityId) : undefined;
  return authority ? authorityReference(authority, options) : undefined;
}

const organizationReference = (org: Organization, options: FormatOptions): JsonLdNode => ({
  '@type': ORG_TYPE[org.legalForm] ?? 'NGO',
  '@id': jsonLdId('organization', org.slug, options, 'organization'),
  name: org.name,
  url: pageUrl('organization', org.slug, options),
});

const authorityReference = (authority: LocalAuthority, options: FormatOptions): JsonLdNode => ({
  '@type': 'GovernmentOrganization',
  '@id': jsonLdId('authority', authority.slug, options, 'authority'),
  name: authority.name,
  url: pageUrl('authority', authority.slug, options),
});

/** A party an event names, whole or as a reference (`JsonLdDetail`). */
const partyNode = (world: WorldIndex, party: PartyRef, options: FormatOptions, detail: JsonLdDetail) =>
  detail === 'reference' ? partyReference(world, party, options) : partyJsonLd(world, party, options);

function performer(
  speaker: Speaker,
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode | undefined {
  const party = partyNode(world, speaker, options, detail);
  if (speaker.kind === 'representatives') {
    if (!party) return { '@type': 'Organization', name: speaker.description, description: speaker.description };
    party.description = speaker.description;
    return party;
  }
  const person = world.people.get(speaker.personId);
  if (!person) return undefined;
  // Assigned one by one rather than spread from conditional objects: this runs per speaker per page.
  const node: JsonLdNode = {
    '@type': 'Person',
    '@id': jsonLdId('person', person.slug, options, 'person'),
    name: fullName(person),
    url: pageUrl('person', person.slug, options),
    givenName: person.givenName,
    familyName: person.familyName,
  };
  if (person.honorificPrefix) node.honorificPrefix = person.honorificPrefix;
  if (speaker.role) node.jobTitle = speaker.role;
  if (party) node.affiliation = party;
  return node;
}

function performers(
  speakers: readonly Speaker[],
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const s of speakers) {
    const node = performer(s, world, options, detail);
    if (node) nodes.push(node);
  }
  return nodes;
}

/**
 * A speaker as a schema.org `Person`: name parts, bio, website and, as references, the organisations
 * and authorities of their affiliations (`affiliation`); their pages carry the full nodes.
 *
 * @example
 * personJsonLd(wojciech, world, options).affiliation // [{ '@type': 'NGO', name: 'Spółdzielnia Socjalna „Kto Rano Wstaje”', … }]
 */
export function personJsonLd(person: Person, world: WorldIndex, given: FormatOptions): JsonLdDocument {
  const options = checkOptions(given);
  const url = pageUrl('person', person.slug, options);
  const parties = new Map<string, JsonLdNode>();
  for (const a of person.affiliations) {
    const node = partyReference(world, a, options);
    if (node) parties.set(node['@id'] as string, node);
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
  eventId: string,
  item: AgendaItem,
  world: WorldIndex,
  options: FormatOptions,
  detail: JsonLdDetail,
): JsonLdNode {
  const people = performers(itemPeople(item), world, options, detail);
  const topics = item.kind === 'discussion' ? item.topics : item.kind === 'panel' ? item.questions : [];
  let description = item.description ?? '';
  for (const t of topics) description = description ? `${description}\n- ${t}` : `- ${t}`;
  const node: JsonLdNode = {
    // ConferenceEvent is pending in schema.org (shared/DOMAIN-PL.md §7.1); breaks are plain Events.
    '@type': item.kind === 'break' ? 'Event' : 'EducationEvent',
    '@id': `${eventId}${item.id}`,
    name: itemTitle(item, options.locale),
    startDate: item.startsAt,
    endDate: item.endsAt,
  };
  if (description) node.description = description;
  if (people.length) node.performer = people;
  if (item.room) node.location = { '@type': 'Place', name: item.room };
  return node;
}

/**
 * An event as schema.org JSON-LD: `EducationEvent` with a `subEvent` per agenda item, performers with
 * their roles (`jobTitle`) and organisations (`affiliation`), organiser, `Place` with `PostalAddress`,
 * `eventStatus`, `eventAttendanceMode`, `inLanguage`, hashtags as `keywords`, and each grant as
 * `funder` plus `funding` (`MonetaryGrant`). The funding statement ends the description. `detail`
 * says how much of each organisation and authority the event names is embedded (see `JsonLdDetail`).
 *
 * An organiser, venue, partner or speaker the world does not hold is left out (a page about the event still
 * renders after its organiser was deleted); pass `missing: 'throw'` to get a `ReferenceMissingError`
 * (`FORMAT_REFERENCE_MISSING`) naming the event, the field and the id instead, as an export should. A grant
 * the event names and the world lacks always throws (`GrantMissingError`), and so does an event not parsed
 * with `EventSchema` (`FORMAT_RECORD_UNPARSED`).
 *
 * @example
 * eventJsonLd(seedEvent, world, options).subEvent.length // 5
 * eventJsonLd(seedEvent, indexWorld({ grants }), { ...options, missing: 'throw' })
 * // throws ReferenceMissingError { code: 'FORMAT_REFERENCE_MISSING', path: 'organizerId', reference: { kind: 'organization', id: '…' } }
 */
export function eventJsonLd(
  event: Event,
  world: WorldIndex,
  options: JsonLdOptions,
  detail: JsonLdDetail = 'full',
): EventJsonLd {
  const opts = checkOptions(options);
  checkParsedEvent(event);
  if (checkedMissing(opts.missing) === 'throw') requireEventReferences(event, world, JSON_LD_LEFT_OUT);
  return eventNode(event, world, opts, detail);
}

// A document built in place, '@context' first, properties assigned in their order rather than spread
// from conditional objects: the website builds it per uncached event page.
function eventNode(event: Event, world: WorldIndex, opts: JsonLdOptions, detail: JsonLdDetail): EventJsonLd {
  // What the event is about, in words: its summary, else the start of its body as text (never an empty
  // string, which tells a reader there is nothing to say), and its funding statements.
  let description = event.summary || (event.body ? markdownToText(event.body) : '');
  const grants = fundingGrants('event', event, world);
  const notices = grants.map((g) => fundingNotice(g, opts.locale));
  for (const notice of notices) {
    const text = fundingNoticeText(notice);
    description = description ? `${description}\n\n${text}` : text;
  }
  const node: JsonLdNode = {
    '@context': CONTEXT,
    '@type': 'EducationEvent',
    '@id': jsonLdId('event', event.slug, opts, 'event'),
    name: event.title,
    url: pageUrl('event', event.slug, opts),
  };
  if (description) node.description = description;
  const mode = event.venueId && event.onlineUrl ? 'mixed' : event.onlineUrl ? 'online' : 'offline';
  node.startDate = event.startsAt;
  node.endDate = event.endsAt;
  node.inLanguage = event.language;
  node.eventStatus = STATUS[event.status];
  node.eventAttendanceMode = `${S}${MODE[mode]}`;
  node.isAccessibleForFree = event.isFree;
  if (opts.image !== undefined) node.image = checkedHttpUrl(opts.image, 'image');
  // A free event says so as an offer at 0 too: search engines read the price from `offers`, not from
  // isAccessibleForFree. A paid one has none, since no record holds its price. PLN: a price 0 in any currency.
  if (event.isFree) node.offers = { '@type': 'Offer', price: 0, priceCurrency: 'PLN', url: node.url as string };
  if (event.capacity) node.maximumAttendeeCapacity = event.capacity;
  if (event.hashtags.length) node.keywords = event.hashtags.join(', ');
  const venue = event.venueId ? world.venues.get(event.venueId) : undefined;
  const place = venue ? venueNode(venue, opts) : undefined;
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  if (place || online) node.location = place && online ? [place, online] : (place ?? online);
  const organizer = world.organizations.get(event.organizerId);
  if (organizer)
    node.organizer =
      detail === 'reference' ? organizationReference(organizer, opts) : organizationNode(organizer, opts);
  const partners: JsonLdNode[] = [];
  for (const p of event.partners) {
    const partner = partyNode(world, p, opts, detail);
    if (partner) partners.push(partner);
  }
  if (partners.length) node.sponsor = partners;
  if (grants.length) {
    node.funder = grants.map((g) => {
      const a = world.authorities.get(g.funderAuthorityId);
      if (!a) return { '@type': 'GovernmentOrganization', name: g.funderName };
      return detail === 'reference' ? authorityReference(a, opts) : authorityNode(a, opts);
    });
    node.funding = grants.map((g, i) => grantNode(g, world, opts, notices[i], detail));
  }
  if (event.agenda.length) {
    // The agenda items' @ids: the event's page and the item's id as the fragment (jsonLdId's form).
    const itemIds = jsonLdId('event', event.slug, opts, '');
    node.subEvent = event.agenda.map((item) => subEvent(itemIds, item, world, opts, detail));
    // The agenda as text too, for readers that ignore subEvent.
    node.about = { '@type': 'Thing', name: 'Program', description: agendaLines(event, world, opts.locale).join('\n') };
  }
  // Built as a plain node in the order its keys are written; every property EventJsonLd names is set above.
  return node as EventJsonLd;
}

/**
 * An organisation as a schema.org document: `NGO` (or `GovernmentOrganization` for public units) with
 * `legalName`, `taxID` (NIP) and `identifier`s for KRS and REGON, its address and page.
 *
 * @example
 * organizationJsonLd(fise, options) // { '@context': 'https://schema.org', '@type': 'NGO', name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych', … }
 */
export const organizationJsonLd = (org: Organization, options: FormatOptions): JsonLdDocument =>
  asDocument(organizationNode(org, checkOptions(options)));

/**
 * A local authority (JST) as a schema.org `GovernmentOrganization` document with its TERYT code, NIP
 * and REGON, and the territory it serves as an `AdministrativeArea`.
 *
 * @example
 * authorityJsonLd(mazowieckie, options).areaServed // { '@type': 'AdministrativeArea', name: 'Województwo Mazowieckie', … }
 */
export const authorityJsonLd = (authority: LocalAuthority, options: FormatOptions): JsonLdDocument =>
  asDocument(authorityNode(authority, checkOptions(options)));

/**
 * A venue as a schema.org `Place` document with its `PostalAddress`, coordinates and accessibility notes.
 *
 * @example
 * venueJsonLd(centrumWielokulturowe, options).address.addressLocality // 'Warszawa'
 */
export const venueJsonLd = (venue: Venue, options: FormatOptions): JsonLdDocument =>
  asDocument(venueNode(venue, checkOptions(options)));

/**
 * A grant as a schema.org `MonetaryGrant` document: task title, agreement number, funder, amount in
 * złoty (a decimal number, as schema.org asks) and the funding statement.
 *
 * @example
 * grantJsonLd(seedGrant, world, options).amount // { '@type': 'MonetaryAmount', currency: 'PLN', value: 40000 }
 */
export const grantJsonLd = (grant: Grant, world: WorldIndex, options: FormatOptions): JsonLdDocument =>
  asDocument(grantNode(grant, world, options));
