import {
  type Event,
  type Grant,
  grantReportFigures,
  type LocalAuthority,
  type Organization,
  ValidationError,
} from '@org/domain';
import { type CsvOptions, type CsvValue, toCsv } from './csv.js';
import { eventTimeText, fundingNotice, joinClauses } from './describe.js';
import { type FormatRecordRef, ReferenceMissingError } from './errors.js';
import { checkOptions, type FormatOptions } from './options.js';
import { checkParsedEvent, checkParsedGrant } from './parsed-records.js';
import { pageUrl } from './urls.js';
import type { WorldIndex } from './world-index.js';

/**
 * 360Giving's form of a publisher prefix: `360G-` then letters and digits, in parts joined by single hyphens
 * (`360G-fundacja-fise`). 360Giving gives each publisher its own: every grant id starts with it.
 */
export const THREE_SIXTY_GIVING_PREFIX = /^360G-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * Who publishes a 360Giving file: the package's `publisher` (`name`, and the publisher's own org-id as
 * `identifier` and its `website` when known) and the `prefix` 360Giving registered for it, which every grant
 * id and every organisation id in our own namespace starts with.
 */
export interface ThreeSixtyGivingPublisher {
  name: string;
  /** The publisher's 360Giving prefix (`THREE_SIXTY_GIVING_PREFIX`), e.g. `360G-fundacja-fise`. */
  prefix: string;
  /** The publisher's organisation identifier (org-id.guide), e.g. `PL-KRS-0000123456`. */
  identifier?: string | undefined;
  /** The publisher's website, absolute. */
  website?: string | undefined;
}

/**
 * Options of the 360Giving writers: the page links' (`FormatOptions`), the publisher, and the package
 * metadata the 360Giving package schema defines: `license` (the canonical URL of the data's licence, which
 * 360Giving strongly recommends), `issued` and `modified` (`YYYY-MM-DD` or a date-time with offset).
 */
export interface ThreeSixtyGivingOptions extends FormatOptions {
  publisher: ThreeSixtyGivingPublisher;
  license?: string | undefined;
  issued?: string | undefined;
  modified?: string | undefined;
}

const refuse = (path: string, message: string, got: unknown): never => {
  throw new ValidationError(`@org/formats: options.${path} ${message}, got ${JSON.stringify(got)}`, [
    { path, field: path, code: 'invalid', message },
  ]);
};
const isHttpUrl = (value: unknown) =>
  typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The publisher and package metadata checked, each wrong one a `ValidationError` naming the option. */
function checkPublication(options: ThreeSixtyGivingOptions): ThreeSixtyGivingOptions {
  const p = options.publisher as Partial<ThreeSixtyGivingPublisher> | undefined;
  if (!p || typeof p !== 'object')
    refuse('publisher', 'is required: the name and the 360Giving prefix of whoever publishes the file', p);
  const publisher = p as Partial<ThreeSixtyGivingPublisher>;
  if (typeof publisher.name !== 'string' || publisher.name.trim() === '')
    refuse('publisher.name', 'must be a non-empty name', publisher.name);
  if (typeof publisher.prefix !== 'string' || !THREE_SIXTY_GIVING_PREFIX.test(publisher.prefix))
    refuse(
      'publisher.prefix',
      "must be the publisher's own 360Giving prefix: 360G- then letters, digits or hyphens (360G-fundacja-fise)",
      publisher.prefix,
    );
  if (publisher.website !== undefined && !isHttpUrl(publisher.website))
    refuse('publisher.website', 'must be an absolute http(s) URL', publisher.website);
  if (options.license !== undefined && !isHttpUrl(options.license))
    refuse('license', 'must be the absolute http(s) URL of the licence', options.license);
  for (const key of ['issued', 'modified'] as const) {
    const value = options[key];
    if (
      value !== undefined &&
      !(typeof value === 'string' && DATE_OR_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    )
      refuse(key, 'must be a date (YYYY-MM-DD) or a date-time with its offset', value);
  }
  return options;
}

/**
 * Organisation identifiers (org-id.guide): `PL-KRS-<10 digits>` when the KRS number is known. Bodies
 * without a registered identifier list (JST, which are not in KRS; unregistered NGOs) get an id in the
 * publisher's own 360Giving namespace, as 360Giving's guidance says for organisations without one:
 * `<prefix>-jst-<TERC>` for authorities (TERC is stable and public) and `<prefix>-org-<our id>` for
 * organisations.
 *
 * @example
 * orgId({ ...org, krs: undefined, id: 'a1' }, '360G-fise') // '360G-fise-org-a1'
 */
export const orgId = (org: Organization, prefix: string): string =>
  org.krs ? `PL-KRS-${org.krs}` : `${prefix}-org-${org.id}`;

/**
 * The 360Giving organisation id of a local authority (see `orgId` for why it is in the publisher's namespace).
 *
 * @example
 * authorityOrgId(wojewodztwoMazowieckie, '360G-fise') // '360G-fise-jst-14'
 */
export const authorityOrgId = (authority: LocalAuthority, prefix: string): string => `${prefix}-jst-${authority.terc}`;

/**
 * The events a grant funded, for 360Giving: of the events the grant report lists (`grantReportFigures`:
 * naming the grant in `grantIds`, not drafts, starting within its period on their own day in their own zone),
 * those realised or still planned, that is published ones. A cancelled or postponed event was not delivered
 * with the grant (a postponed one is not held in the period), and a grant-data reader takes a related document
 * for an activity the money paid for. Realised and planned together are every published event of the period
 * whatever the date, so the file needs no `asOf`. The stored instant's UTC date would put
 * 2026-08-31T22:30:00Z (1 September in Warsaw) outside a September grant.
 */
const fundedEvents = (grant: Grant, world: WorldIndex): Event[] => {
  const events = [...world.events.values()];
  // grantReportFigures reads every event's grantIds, agenda and attendance.
  for (const e of events) checkParsedEvent(e);
  // The grant report's figures, people included, though only its event lists are read here.
  const figures = grantReportFigures(grant, events, { people: [...world.people.values()] });
  const ids = new Set([...figures.realisedEventIds, ...figures.plannedEventIds]);
  // In date order, whatever order the world holds them in: the CSV's one related document is the first event.
  return events
    .filter((e) => ids.has(e.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));
};

/**
 * What a 360Giving file of these grants says that a reader should know, without refusing it:
 * - `awardDateFromPeriod`: the grant has no agreement date, so `awardDate` (required by the schema) is the start of
 *   its period, which is not the date the grant was awarded (the file's description says so, `AWARD_DATE_FROM_PERIOD`):
 *   enter the agreement date (`agreementDate`);
 * - `relatedDocumentsCut` (CSV only): the grant funded `total` events, and a CSV row holds one related document,
 *   the first in date order; the JSON package lists them all.
 */
export type ThreeSixtyGivingNotice =
  | { code: 'awardDateFromPeriod'; grantId: string; slug: string; periodFrom: string }
  | { code: 'relatedDocumentsCut'; grantId: string; slug: string; kept: 1; total: number };

/**
 * The notices (`ThreeSixtyGivingNotice`) of a 360Giving file of `grants`, for the caller to show: the JSON or the CSV.
 *
 * @example
 * threeSixtyGivingNotices(world.grants, index, 'csv')
 * // [{ code: 'awardDateFromPeriod', grantId: '…', slug: 'wspolpraca-jst-i-ngo-2026', periodFrom: '2026-09-01' }]
 */
export function threeSixtyGivingNotices(
  grants: Iterable<Grant>,
  world: WorldIndex,
  format: 'json' | 'csv',
): ThreeSixtyGivingNotice[] {
  const notices: ThreeSixtyGivingNotice[] = [];
  for (const g of grants) {
    checkParsedGrant(g);
    if (!g.agreementDate)
      notices.push({ code: 'awardDateFromPeriod', grantId: g.id, slug: g.slug, periodFrom: g.period.from });
    const total = format === 'csv' ? fundedEvents(g, world).length : 0;
    if (total > 1) notices.push({ code: 'relatedDocumentsCut', grantId: g.id, slug: g.slug, kept: 1, total });
  }
  return notices;
}

/**
 * 360Giving's `awardDate`, "when the decision to award this grant was made", which its schema requires: the
 * agreement date (`agreementDate`, the day the umowa was signed, the decision the record holds), else the start of
 * the grant's period, the nearest date the record has. Not left out, which would make the file invalid, nor
 * refused, which would stop every export of a grant whose agreement date is not entered yet; the grant's
 * description then says the date is the period's start (`AWARD_DATE_FROM_PERIOD`), since the notice
 * `awardDateFromPeriod` reaches whoever exports the file and never its readers.
 *
 * @example
 * awardDate({ agreementDate: '2026-08-20', period: { from: '2026-09-01', to: '2026-12-15' } }) // '2026-08-20'
 * awardDate({ period: { from: '2026-09-01', to: '2026-12-15' } }) // '2026-09-01'
 */
export const awardDate = (grant: Pick<Grant, 'agreementDate' | 'period'>): string =>
  grant.agreementDate ?? grant.period.from;

/**
 * The sentence a grant's 360Giving description ends with when its `awardDate` is the start of its period (no
 * agreement date), in the file's language: readers of the file learn that the date is not the award decision's.
 */
export const AWARD_DATE_FROM_PERIOD = {
  pl: 'Data przyznania to początek okresu realizacji zadania: data zawarcia umowy nie została podana',
  en: 'The award date is the start of the task period: the date of the agreement was not given',
} as const;

/**
 * The organisation or authority a grant names, or a `ReferenceMissingError`: a 360Giving file has no way to
 * leave out its recipient or funder (both required), and naming one by our bare id would publish a wrong
 * name and identifier.
 */
function named<T>(
  map: ReadonlyMap<string, T>,
  grant: Grant,
  reference: { kind: 'organization' | 'authority'; id: string; path: string },
  consequence: string,
): T {
  const found = map.get(reference.id);
  if (found) return found;
  const record: FormatRecordRef = { kind: 'grant', id: grant.id, slug: grant.slug };
  throw new ReferenceMissingError(record, { kind: reference.kind, id: reference.id }, reference.path, consequence);
}

/**
 * One grant as a 360Giving grant record: `<prefix>-<grant id>` (the publisher's 360Giving prefix), amount in złoty, award date (the
 * agreement date, else the start of the period, which the description then states: `awardDate`), planned dates, recipient and funder org-ids, and each
 * funded event (held or planned in the grant's period; not cancelled or postponed ones) as a `relatedDocument`
 * pointing at its page. A beneficiary (`beneficiaryId`), funder (`funderAuthorityId`) or funder's unit
 * (`funderUnitId`) the world does not hold is a `ReferenceMissingError` (`FORMAT_REFERENCE_MISSING`) naming
 * the grant, the field and the id: the file would otherwise name it wrongly or leave it out.
 *
 * @example
 * threeSixtyGivingGrant(seedGrant, world, { ...options, publisher: { name: 'FISE', prefix: '360G-fise' } }).id // '360G-fise-…'
 */
export function threeSixtyGivingGrant(
  grant: Grant,
  world: WorldIndex,
  options: ThreeSixtyGivingOptions,
): Record<string, unknown> {
  checkParsedGrant(grant);
  const prefix = checkPublication(options).publisher.prefix;
  const recipient = named(
    world.organizations,
    grant,
    { kind: 'organization', id: grant.beneficiaryId, path: 'beneficiaryId' },
    'a 360Giving grant cannot name its recipient organisation without it',
  );
  const funder = named(
    world.authorities,
    grant,
    { kind: 'authority', id: grant.funderAuthorityId, path: 'funderAuthorityId' },
    "a 360Giving grant's funding organisation id is made from its authority's TERC code",
  );
  const unit = grant.funderUnitId
    ? named(
        world.organizations,
        grant,
        { kind: 'organization', id: grant.funderUnitId, path: 'funderUnitId' },
        "the funding organisation's department would be left out",
      )
    : undefined;
  const events = fundedEvents(grant, world);
  const notice = fundingNotice(grant, options.locale);
  return {
    id: `${prefix}-${grant.id}`,
    title: grant.taskTitle,
    // The Polish statement is the agreement's wording; an English file adds its translation, when there
    // is one that cannot contradict it (`fundingNotice`). 360Giving has no field for a text's language.
    description: joinClauses(
      [
        grant.taskTitle,
        notice.statement,
        ...(notice.translation ? [notice.translation] : []),
        ...(grant.agreementDate ? [] : [AWARD_DATE_FROM_PERIOD[options.locale === 'en' ? 'en' : 'pl']]),
      ],
      '. ',
    ),
    currency: grant.amount.currency,
    amountAwarded: grant.amount.amount / 100,
    awardDate: awardDate(grant),
    url: pageUrl('grant', grant.slug, options),
    plannedDates: [{ startDate: grant.period.from, endDate: grant.period.to }],
    recipientOrganization: [
      {
        id: orgId(recipient, prefix),
        name: recipient.name,
        ...(recipient.address
          ? {
              streetAddress: recipient.address.street,
              addressLocality: recipient.address.city,
              ...(recipient.address.postalCode ? { postalCode: recipient.address.postalCode } : {}),
              addressCountry: recipient.address.country === 'PL' ? 'Poland' : recipient.address.country,
            }
          : {}),
      },
    ],
    fundingOrganization: [
      {
        id: authorityOrgId(funder, prefix),
        name: grant.funderName,
        ...(unit ? { department: unit.name } : {}),
      },
    ],
    ...(grant.programme ? { grantProgramme: [{ title: grant.programme }] } : {}),
    ...(events.length
      ? {
          relatedDocument: events.map((e) => ({
            id: e.id,
            title: e.title,
            url: pageUrl('event', e.slug, options),
            description: eventTimeText(e, options.locale),
          })),
        }
      : {}),
  };
}

/**
 * A 360Giving data package (JSON) of grants, valid against the standard's package schema: the package's
 * `publisher` (name, and `identifier` and `website` when given), `license`, `issued` and `modified` when given,
 * then the grants, whose ids start with the publisher's 360Giving prefix.
 *
 * @example
 * JSON.parse(grantsTo360Giving(world.grants, index, { ...options, publisher: { name: 'FISE', prefix: '360G-fise' }, license: 'https://creativecommons.org/licenses/by/4.0/' }))
 * // { publisher: { name: 'FISE' }, license: 'https://creativecommons.org/licenses/by/4.0/', grants: [{ id: '360G-fise-…', … }] }
 */
export function grantsTo360Giving(
  grants: Iterable<Grant>,
  world: WorldIndex,
  options: ThreeSixtyGivingOptions,
): string {
  const opts = { ...checkPublication(options), ...checkOptions(options) };
  const { name, identifier, website } = opts.publisher;
  const doc = {
    publisher: { name, ...(identifier ? { identifier } : {}), ...(website ? { website } : {}) },
    ...(opts.license ? { license: opts.license } : {}),
    ...(opts.issued ? { issued: opts.issued } : {}),
    ...(opts.modified ? { modified: opts.modified } : {}),
    grants: [...grants].map((g) => threeSixtyGivingGrant(g, world, opts)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Column titles of the 360Giving spreadsheet template, in the order we write them. */
export const THREE_SIXTY_GIVING_COLUMNS = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Award Date',
  'URL',
  'Planned Dates:Start Date',
  'Planned Dates:End Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
  'Funding Org:Department',
  'Grant Programme:Title',
  'Related Document:Identifier',
  'Related Document:Title',
  'Related Document:Web Address',
] as const;

/**
 * The same grants as a 360Giving CSV with the standard's column titles (the `title`s of its JSON schema,
 * joined by `:` as its flatten-tool does). One row per grant; a single CSV sheet holds one related
 * document per grant, so it names the first funded event in date order, and the JSON package lists them all
 * (`threeSixtyGivingNotices` says which rows were cut).
 *
 * @example
 * grantsTo360GivingCsv(world.grants, index, { ...options, publisher: { name: 'FISE', prefix: '360G-fise' } }, { delimiter: ',' }).split('\r\n')[0] // '\uFEFFIdentifier,Title,…'
 */
export function grantsTo360GivingCsv(
  grants: Iterable<Grant>,
  world: WorldIndex,
  options: ThreeSixtyGivingOptions,
  csv: CsvOptions = { delimiter: ',' },
): string {
  const opts = { ...checkPublication(options), ...checkOptions(options) };
  const rows = [...grants].map((g) => {
    const r = threeSixtyGivingGrant(g, world, opts) as Record<string, CsvValue & unknown>;
    const rec = (r.recipientOrganization as unknown as Record<string, string>[])[0] ?? {};
    const fun = (r.fundingOrganization as unknown as Record<string, string>[])[0] ?? {};
    const docs = (r.relatedDocument as unknown as { id: string; title: string; url: string }[] | undefined) ?? [];
    return [
      r.id,
      r.title,
      r.description,
      r.currency,
      r.amountAwarded,
      r.awardDate,
      r.url,
      g.period.from,
      g.period.to,
      rec.id,
      rec.name,
      fun.id,
      fun.name,
      fun.department,
      g.programme,
      docs[0]?.id,
      docs[0]?.title,
      docs[0]?.url,
    ];
  });
  return toCsv(THREE_SIXTY_GIVING_COLUMNS, rows, csv);
}
