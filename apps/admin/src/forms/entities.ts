/**
 * Every entity staff edit, described once: its route, schema, form fields, list columns, filters and
 * how its slug is made. Forms, parsing, lists and routes are generated from these descriptions.
 * Extend by adding an `EntityDef` to `ENTITIES` (its repository must exist in `@org/store`).
 */
import {
  AGENDA_KIND_LABELS,
  type AgendaItemKind,
  AUTHORITY_KIND_LABELS,
  COOPERATION_FORM_LABELS,
  CooperationSchema,
  type EntityKind,
  EVENT_STATUS_LABELS,
  EventSchema,
  GRANT_FORM_LABELS,
  GRANT_MODE_LABELS,
  GrantSchema,
  type Label,
  LEGAL_FORM_LABELS,
  LocalAuthoritySchema,
  OrganizationSchema,
  PersonSchema,
  PostSchema,
  personName,
  VenueSchema,
} from '@org/domain';
import type { z } from 'zod';

/** The kinds a relation field can point at (the route segment of the target entity). */
export type RefTarget = 'people' | 'organizations' | 'authorities' | 'venues' | 'grants' | 'events';

/**
 * A narrower set of a relation's records, offered by its select and searched by `/lookup/:ref?scope=`:
 * `funderUnits`, the organisations that can fund a public task (`routes/ref-options.ts`). Extend there.
 */
export type RefScope = 'funderUnits';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'markdown'
  | 'number'
  | 'money'
  | 'checkbox'
  | 'select'
  | 'datetime'
  | 'date'
  | 'lines'
  | 'ref'
  | 'refs';

export interface FieldDef {
  /** Path in the domain value and name of the form field, e.g. `address.postalCode`. */
  name: string;
  type: FieldType;
  options?: Record<string, Label>;
  ref?: RefTarget;
  /** Only these of `ref`'s records are offered (a record already chosen stays offered). */
  refScope?: RefScope;
  required?: boolean;
  /** Required once any field of this part of the record is filled (an optional address needs its street and city). */
  requiredWith?: 'address';
  /** A number that has a fractional part (coordinates); other number fields are counts. See `parseNumber`. */
  decimal?: boolean;
  /** What to type and where to find it, in plain words: shown under the field and read with it (`aria-describedby`). */
  hint?: Label;
  /**
   * What a new record's form starts with ('PLN', 'PL'). A part of the record holding nothing but such
   * values (an optional address with only its country) counts as left empty.
   */
  initial?: string;
}

/** A repeatable group of fields, e.g. a person's affiliations: rendered as rows `name[i].field`. */
export interface GroupDef {
  name: string;
  fields: FieldDef[];
  /** Empty rows the form offers for new entries when JavaScript is off. */
  blankRows: number;
}

export interface EntityDef {
  kind: Exclude<EntityKind, 'user'>;
  /** Route segment and `Store` repository name. */
  route: 'events' | 'organizations' | 'authorities' | 'venues' | 'people' | 'grants' | 'posts' | 'cooperations';
  schema: z.ZodType;
  title: Label;
  singular: Label;
  /** The heading of a new record's form, agreeing in gender with the kind: „Nowa organizacja”, „Nowe miejsce”. */
  newTitle: Label;
  fields: FieldDef[];
  groups: GroupDef[];
  /** Whether the form has the agenda editor. */
  agenda?: boolean;
  /** Whether records go through draft → published. */
  publishable?: boolean;
  /** Text the slug is made from when staff leave it empty. */
  slugSource: (input: Record<string, unknown>) => string;
  /**
   * How a record is named in lists, pickers, titles and the audit log. `names` holds the display names
   * of the records its `namesFrom` fields point at, where the caller loaded them (`displayNames`).
   */
  display: (record: Record<string, unknown>, names?: Readonly<Record<string, string>>) => string;
  /** Relation fields whose records' names `display` uses (a cooperation is named by its parties). */
  namesFrom?: string[];
  /** Labels of sort fields that are no form field ("periodFrom") or mean something else here. */
  sortLabels?: Record<string, Label>;
  /** Extra list columns beside the display name. */
  columns: FieldDef[];
  /** Fields the list can filter on: selects (`options`) or relations (`ref`, one record's id). */
  filters: FieldDef[];
  sorts: string[];
}

const s = (v: unknown): string => (typeof v === 'string' ? v : '');
/** A postal address: street and city required (a venue), or required once any of it is given (`optional`). */
const address = (optional: boolean): FieldDef[] => [
  { name: 'address.street', type: 'text', ...(optional ? { requiredWith: 'address' } : { required: true }) },
  { name: 'address.postalCode', type: 'text' },
  { name: 'address.city', type: 'text', ...(optional ? { requiredWith: 'address' } : { required: true }) },
  { name: 'address.voivodeship', type: 'text' },
  { name: 'address.country', type: 'text', initial: 'PL' },
];
const LANGUAGES: Record<string, Label> = { pl: { pl: 'polski', en: 'Polish' }, en: { pl: 'angielski', en: 'English' } };
const PARTNER_ROLES: Record<string, Label> = {
  partner: { pl: 'partner', en: 'partner' },
  patron: { pl: 'patronat', en: 'patron' },
  host: { pl: 'gospodarz', en: 'host' },
  media: { pl: 'patronat medialny', en: 'media' },
};
/*
 * Hints for fields whose meaning or format is not obvious from the label to staff who are not lawyers
 * or programmers. The genitive and funding statement ones quote the wording they end up in.
 */
const HINTS = {
  reportSubmittedOn: {
    pl: 'Dzień, w którym sprawozdanie końcowe trafiło do dotującego. Wpisany zdejmuje termin sprawozdania z pulpitu.',
    en: "The day the final report reached the funder. Once entered, the report's deadline leaves the dashboard.",
  },
  terc: {
    pl: 'Urzędowy kod samorządu z rejestru TERYT prowadzonego przez GUS: 2 cyfry dla województwa, 4 dla powiatu, 7 dla gminy (np. 1434 to powiat wołomiński). Znajdziesz go w wyszukiwarce rejestru TERYT na stronie eteryt.stat.gov.pl.',
    en: 'The official code of the authority in the TERYT register kept by Statistics Poland (GUS): 2 digits for a voivodeship, 4 for a county, 7 for a municipality (e.g. 1434 is Wołomin county). Look it up in the TERYT register at eteryt.stat.gov.pl.',
  },
  nameGenitive: {
    pl: 'Nazwa w formie „kogo? czego?”, np. „Województwa Mazowieckiego”. Trafia do informacji o finansowaniu: „ze środków budżetu Województwa Mazowieckiego”.',
    en: 'The name in the Polish genitive ("kogo? czego?"), e.g. "Województwa Mazowieckiego". It is used in the funding statement: "ze środków budżetu Województwa Mazowieckiego".',
  },
  funderName: {
    pl: 'Zostaw puste, a przy zapisie zostanie tu przepisana nazwa wybranego samorządu (a jeśli i pole „Dotujący w dopełniaczu” jest puste, także jej dopełniacz). Wpisz inną nazwę tylko wtedy, gdy umowa nazywa dotującego inaczej.',
    en: 'Left empty, it is filled on save with the chosen authority\'s name (and, when "Funder (genitive)" is empty too, its genitive). Type another name only when the agreement names the funder otherwise.',
  },
  funderNameGenitive: {
    pl: 'Nazwa dotującego w formie „kogo? czego?”, np. „Województwa Mazowieckiego”. Trafia do informacji o finansowaniu: „ze środków budżetu Województwa Mazowieckiego”.',
    en: 'The funder\'s name in the Polish genitive ("kogo? czego?"), e.g. "Województwa Mazowieckiego". It is used in the funding statement: "ze środków budżetu Województwa Mazowieckiego".',
  },
  hashtags: {
    pl: 'Z # albo bez, oddzielone spacjami lub przecinkami, np. #MCPS, #mosty. Gdy wkleisz zdanie z #, liczą się tylko słowa z #.',
    en: 'With or without #, separated by spaces or commas, e.g. #MCPS, #mosty. When you paste a sentence with #, only the words with # count.',
  },
  body: {
    pl: 'Pusta linia zaczyna nowy akapit. Linia zaczynająca się od „- ” to punkt listy.',
    en: 'A blank line starts a new paragraph. A line starting with "- " is a list item.',
  },
  attributionText: {
    pl: 'Wklej dokładne brzmienie z umowy dotacji. Gdy zostawisz puste, strona pokaże tekst ułożony z formy dotacji (finansowanie albo współfinansowanie).',
    en: "Paste the exact wording from the grant agreement. Left empty, pages show a statement written from the grant's form (financed or co-financed).",
  },
  onePerLine: {
    pl: 'Jeden w wierszu. Myślnik lub punktor na początku wiersza (np. „– ” z wklejonego tekstu) jest pomijany: strona sama pokazuje listę.',
    en: 'One per line. A dash or bullet at the start of a line (e.g. "– " from pasted text) is left out: the page shows a list itself.',
  },
  pickSeveral: {
    pl: 'Aby wybrać kilka, przytrzymaj Ctrl (na Macu Cmd) i klikaj kolejne pozycje.',
    en: 'To pick several, hold Ctrl (Cmd on a Mac) and click each one.',
  },
} as const satisfies Record<string, Label>;

const POST_STATUSES: Record<string, Label> = {
  draft: EVENT_STATUS_LABELS.draft,
  published: EVENT_STATUS_LABELS.published,
};

export const ENTITIES: readonly EntityDef[] = [
  {
    kind: 'event',
    route: 'events',
    schema: EventSchema,
    title: { pl: 'Wydarzenia', en: 'Events' },
    singular: { pl: 'Wydarzenie', en: 'Event' },
    newTitle: { pl: 'Nowe wydarzenie', en: 'New event' },
    publishable: true,
    agenda: true,
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      { name: 'summary', type: 'textarea' },
      { name: 'body', type: 'markdown', hint: HINTS.body },
      { name: 'timeZone', type: 'text', required: true },
      { name: 'startsAt', type: 'datetime', required: true },
      { name: 'endsAt', type: 'datetime', required: true },
      { name: 'venueId', type: 'ref', ref: 'venues' },
      { name: 'onlineUrl', type: 'text' },
      { name: 'organizerId', type: 'ref', ref: 'organizations', required: true },
      { name: 'language', type: 'select', options: LANGUAGES },
      { name: 'hashtags', type: 'lines', hint: HINTS.hashtags },
      { name: 'grantIds', type: 'refs', ref: 'grants', hint: HINTS.pickSeveral },
      { name: 'capacity', type: 'number' },
      { name: 'isFree', type: 'checkbox' },
      { name: 'attendance.registered', type: 'number' },
      { name: 'attendance.attended', type: 'number' },
    ],
    groups: [
      {
        name: 'partners',
        blankRows: 1,
        fields: [
          { name: 'organizationId', type: 'ref', ref: 'organizations' },
          { name: 'authorityId', type: 'ref', ref: 'authorities' },
          { name: 'role', type: 'select', options: PARTNER_ROLES },
        ],
      },
    ],
    slugSource: (e) => s(e.title),
    display: (e) => s(e.title),
    columns: [
      { name: 'startsAt', type: 'datetime' },
      { name: 'status', type: 'select', options: EVENT_STATUS_LABELS },
    ],
    filters: [{ name: 'status', type: 'select', options: EVENT_STATUS_LABELS }],
    sorts: ['startsAt', 'title', 'updatedAt'],
  },
  {
    kind: 'organization',
    route: 'organizations',
    schema: OrganizationSchema,
    title: { pl: 'Organizacje', en: 'Organisations' },
    singular: { pl: 'Organizacja', en: 'Organisation' },
    newTitle: { pl: 'Nowa organizacja', en: 'New organisation' },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      { name: 'shortName', type: 'text' },
      { name: 'legalForm', type: 'select', options: LEGAL_FORM_LABELS, required: true },
      { name: 'krs', type: 'text' },
      { name: 'nip', type: 'text' },
      { name: 'regon', type: 'text' },
      { name: 'opp', type: 'checkbox' },
      ...address(true),
      { name: 'website', type: 'text' },
      { name: 'email', type: 'text' },
      { name: 'description', type: 'textarea' },
      { name: 'parentAuthorityId', type: 'ref', ref: 'authorities' },
    ],
    groups: [],
    slugSource: (o) => s(o.name),
    display: (o) => s(o.name),
    columns: [
      { name: 'legalForm', type: 'select', options: LEGAL_FORM_LABELS },
      { name: 'krs', type: 'text' },
      { name: 'nip', type: 'text' },
    ],
    filters: [{ name: 'legalForm', type: 'select', options: LEGAL_FORM_LABELS }],
    sorts: ['name', 'updatedAt'],
  },
  {
    kind: 'authority',
    route: 'authorities',
    schema: LocalAuthoritySchema,
    title: { pl: 'Samorządy (JST)', en: 'Local authorities' },
    singular: { pl: 'Samorząd', en: 'Local authority' },
    newTitle: { pl: 'Nowy samorząd', en: 'New local authority' },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      { name: 'nameGenitive', type: 'text', hint: HINTS.nameGenitive },
      { name: 'kind', type: 'select', options: AUTHORITY_KIND_LABELS, required: true },
      { name: 'terc', type: 'text', required: true, hint: HINTS.terc },
      { name: 'parentId', type: 'ref', ref: 'authorities' },
      { name: 'officeName', type: 'text' },
      { name: 'nip', type: 'text' },
      { name: 'regon', type: 'text' },
      ...address(true),
      { name: 'website', type: 'text' },
      { name: 'description', type: 'textarea' },
    ],
    groups: [],
    slugSource: (a) => s(a.name),
    display: (a) => s(a.name),
    columns: [
      { name: 'kind', type: 'select', options: AUTHORITY_KIND_LABELS },
      { name: 'terc', type: 'text' },
    ],
    filters: [{ name: 'kind', type: 'select', options: AUTHORITY_KIND_LABELS }],
    sorts: ['name', 'terc', 'updatedAt'],
  },
  {
    kind: 'venue',
    route: 'venues',
    schema: VenueSchema,
    title: { pl: 'Miejsca', en: 'Venues' },
    singular: { pl: 'Miejsce', en: 'Venue' },
    newTitle: { pl: 'Nowe miejsce', en: 'New venue' },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      ...address(false),
      { name: 'geo.latitude', type: 'number', decimal: true },
      { name: 'geo.longitude', type: 'number', decimal: true },
      { name: 'accessibility', type: 'textarea' },
      { name: 'website', type: 'text' },
      { name: 'rooms', type: 'lines' },
    ],
    groups: [],
    slugSource: (v) => s(v.name),
    display: (v) => s(v.name),
    columns: [{ name: 'address.city', type: 'text' }],
    filters: [],
    sorts: ['name', 'updatedAt'],
  },
  {
    kind: 'person',
    route: 'people',
    schema: PersonSchema,
    title: { pl: 'Osoby', en: 'People' },
    singular: { pl: 'Osoba', en: 'Person' },
    newTitle: { pl: 'Nowa osoba', en: 'New person' },
    fields: [
      { name: 'givenName', type: 'text', required: true },
      { name: 'familyName', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      { name: 'honorificPrefix', type: 'text' },
      { name: 'bio', type: 'textarea' },
      { name: 'website', type: 'text' },
    ],
    groups: [
      {
        name: 'affiliations',
        blankRows: 1,
        fields: [
          { name: 'organizationId', type: 'ref', ref: 'organizations' },
          { name: 'authorityId', type: 'ref', ref: 'authorities' },
          { name: 'role', type: 'text' },
          { name: 'from', type: 'date' },
          { name: 'to', type: 'date' },
        ],
      },
    ],
    slugSource: (p) => `${s(p.givenName)} ${s(p.familyName)}`,
    display: (p) => personName({ givenName: s(p.givenName), familyName: s(p.familyName) }),
    // The store sorts people by family name, then given name.
    sortLabels: { name: { pl: 'Nazwisko', en: 'Family name' } },
    columns: [],
    filters: [],
    sorts: ['name', 'updatedAt'],
  },
  {
    kind: 'grant',
    route: 'grants',
    schema: GrantSchema,
    title: { pl: 'Dotacje', en: 'Grants' },
    singular: { pl: 'Dotacja', en: 'Grant' },
    newTitle: { pl: 'Nowa dotacja', en: 'New grant' },
    fields: [
      { name: 'taskTitle', type: 'textarea', required: true },
      { name: 'slug', type: 'text' },
      { name: 'funderAuthorityId', type: 'ref', ref: 'authorities', required: true },
      { name: 'funderUnitId', type: 'ref', ref: 'organizations', refScope: 'funderUnits' },
      // Left empty, it is filled from the chosen authority on save (`routes/funder-name.ts`): no star, a hint.
      { name: 'funderName', type: 'text', hint: HINTS.funderName },
      { name: 'funderNameGenitive', type: 'text', hint: HINTS.funderNameGenitive },
      { name: 'programme', type: 'text' },
      { name: 'agreementNumber', type: 'text' },
      { name: 'agreementDate', type: 'date' },
      { name: 'mode', type: 'select', options: GRANT_MODE_LABELS },
      { name: 'form', type: 'select', options: GRANT_FORM_LABELS, required: true },
      { name: 'amount.amount', type: 'money', required: true },
      { name: 'amount.currency', type: 'text', required: true, initial: 'PLN' },
      { name: 'ownContribution.amount', type: 'money' },
      { name: 'ownContribution.currency', type: 'text', initial: 'PLN' },
      { name: 'period.from', type: 'date', required: true },
      { name: 'period.to', type: 'date', required: true },
      { name: 'beneficiaryId', type: 'ref', ref: 'organizations', required: true },
      { name: 'attributionText', type: 'textarea', hint: HINTS.attributionText },
      { name: 'attributionTextEn', type: 'textarea' },
      { name: 'hashtags', type: 'lines', hint: HINTS.hashtags },
      { name: 'reportingDeadline', type: 'date' },
      { name: 'reportSubmittedOn', type: 'date', hint: HINTS.reportSubmittedOn },
      { name: 'publicBenefitSphere', type: 'text' },
    ],
    groups: [
      {
        name: 'plannedResults',
        blankRows: 1,
        fields: [
          { name: 'name', type: 'text' },
          { name: 'target', type: 'number' },
          { name: 'unit', type: 'text' },
          { name: 'monitoring', type: 'text' },
        ],
      },
      {
        name: 'achievedResults',
        blankRows: 1,
        fields: [
          { name: 'name', type: 'text' },
          { name: 'value', type: 'number' },
          { name: 'note', type: 'textarea' },
        ],
      },
    ],
    slugSource: (g) => s(g.taskTitle),
    display: (g) => s(g.taskTitle),
    columns: [
      { name: 'funderName', type: 'text' },
      { name: 'form', type: 'select', options: GRANT_FORM_LABELS },
    ],
    filters: [
      { name: 'funderAuthorityId', type: 'ref', ref: 'authorities' },
      { name: 'beneficiaryId', type: 'ref', ref: 'organizations' },
    ],
    sorts: ['periodFrom', 'taskTitle', 'updatedAt'],
    sortLabels: { periodFrom: { pl: 'Początek okresu', en: 'Start of the period' } },
  },
  {
    kind: 'post',
    route: 'posts',
    schema: PostSchema,
    title: { pl: 'Aktualności', en: 'Posts' },
    singular: { pl: 'Wpis', en: 'Post' },
    newTitle: { pl: 'Nowy wpis', en: 'New post' },
    publishable: true,
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'slug', type: 'text' },
      { name: 'category', type: 'text' },
      { name: 'lead', type: 'textarea' },
      { name: 'body', type: 'markdown', hint: HINTS.body },
      { name: 'hashtags', type: 'lines', hint: HINTS.hashtags },
      { name: 'eventId', type: 'ref', ref: 'events' },
      { name: 'grantIds', type: 'refs', ref: 'grants', hint: HINTS.pickSeveral },
      { name: 'language', type: 'select', options: LANGUAGES },
      { name: 'author', type: 'text' },
    ],
    groups: [],
    slugSource: (p) => s(p.title),
    display: (p) => s(p.title),
    columns: [{ name: 'status', type: 'select', options: POST_STATUSES }],
    filters: [{ name: 'status', type: 'select', options: POST_STATUSES }],
    // News: the post being written or just published first, not A to Z by title.
    sorts: ['updatedAt', 'title'],
  },
  {
    kind: 'cooperation',
    route: 'cooperations',
    schema: CooperationSchema,
    title: { pl: 'Współpraca', en: 'Cooperation' },
    singular: { pl: 'Rekord współpracy', en: 'Cooperation record' },
    newTitle: { pl: 'Nowy rekord współpracy', en: 'New cooperation record' },
    fields: [
      { name: 'authorityId', type: 'ref', ref: 'authorities', required: true },
      { name: 'organizationId', type: 'ref', ref: 'organizations' },
      { name: 'organizationDescription', type: 'text' },
      { name: 'organizationLegalForm', type: 'select', options: LEGAL_FORM_LABELS },
      { name: 'form', type: 'select', options: COOPERATION_FORM_LABELS, required: true },
      { name: 'slug', type: 'text' },
      { name: 'period.from', type: 'date' },
      { name: 'period.to', type: 'date' },
      { name: 'description', type: 'textarea' },
      { name: 'grantIds', type: 'refs', ref: 'grants', hint: HINTS.pickSeveral },
      { name: 'eventIds', type: 'refs', ref: 'events', hint: HINTS.pickSeveral },
    ],
    groups: [],
    slugSource: (c) => `${s(c.form)} ${s(c.organizationDescription)}`,
    // "Powiat wołomiński — Fundacja…": the parties, as staff look a record up; without their names
    // (where none were loaded), what the record says of the organisation, or its description.
    display: (c, names = {}) => {
      const organization = names[s(c.organizationId)] ?? s(c.organizationDescription);
      const parties = [names[s(c.authorityId)], organization].filter(Boolean).join(' — ');
      const description = s(c.description);
      return parties || (description.length > 80 ? `${description.slice(0, 79)}…` : description) || s(c.slug);
    },
    namesFrom: ['authorityId', 'organizationId'],
    columns: [{ name: 'form', type: 'select', options: COOPERATION_FORM_LABELS }],
    filters: [
      { name: 'authorityId', type: 'ref', ref: 'authorities' },
      { name: 'organizationId', type: 'ref', ref: 'organizations' },
    ],
    sorts: ['updatedAt', 'name'],
  },
];

/** The entity described for a route segment. */
export const entityByRoute = (route: string): EntityDef | undefined => ENTITIES.find((e) => e.route === route);
/** The entity described for a kind. */
export const entityByKind = (kind: string): EntityDef | undefined => ENTITIES.find((e) => e.kind === kind);

/** Agenda item fields as the agenda editor names them: `agenda[i].<name>`. */
export const AGENDA_FIELDS: FieldDef[] = [
  { name: 'kind', type: 'select', options: AGENDA_KIND_LABELS },
  { name: 'title', type: 'text' },
  { name: 'startsAt', type: 'datetime' },
  { name: 'endsAt', type: 'datetime' },
  { name: 'room', type: 'text' },
  { name: 'description', type: 'textarea' },
  {
    name: 'format',
    type: 'select',
    options: { plenary: { pl: 'plenarna', en: 'plenary' }, groups: { pl: 'w grupach', en: 'in groups' } },
  },
  { name: 'topics', type: 'lines', hint: HINTS.onePerLine },
  { name: 'questions', type: 'lines', hint: HINTS.onePerLine },
];

/**
 * Which kinds of agenda item have which of the editor's fields (the domain's `AgendaItemSchema`): the
 * editor shows a field only for its kinds, and parsing refuses data in a field the kind does not have,
 * rather than let the schema drop it. `people` are panelists, speakers or facilitators by kind.
 */
export const AGENDA_KIND_FIELDS: Record<'questions' | 'topics' | 'format' | 'moderator' | 'people', AgendaItemKind[]> =
  {
    questions: ['panel'],
    topics: ['discussion'],
    format: ['discussion'],
    moderator: ['panel'],
    people: ['introduction', 'panel', 'presentation', 'discussion', 'other'],
  };

/** Fields of one speaker on an agenda item: `agenda[i].people[j].<name>` or `agenda[i].moderator.<name>`. */
export const SPEAKER_FIELDS: FieldDef[] = [
  {
    name: 'kind',
    type: 'select',
    options: {
      person: { pl: 'osoba', en: 'person' },
      representatives: { pl: 'przedstawiciele', en: 'representatives' },
    },
  },
  { name: 'personId', type: 'ref', ref: 'people' },
  { name: 'role', type: 'text' },
  { name: 'organizationId', type: 'ref', ref: 'organizations' },
  { name: 'authorityId', type: 'ref', ref: 'authorities' },
  // Labelled "Występuje we własnym imieniu" (FIELD_LABELS), the words speakerPartyMissing tells staff to tick.
  { name: 'independent', type: 'checkbox' },
  { name: 'description', type: 'text' },
  // "Źródło nie podaje, kogo reprezentują" (FIELD_LABELS): representatives only, the words their warning names.
  { name: 'partyUnnamed', type: 'checkbox' },
];
