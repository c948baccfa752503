import type { AgendaItemKind } from './agenda.js';
import type { CooperationForm } from './cooperation.js';
import type { EventStatus } from './event.js';
import type { GrantForm, GrantMode } from './grant.js';
import type { AuthorityKind } from './local-authority.js';
import type { LegalForm } from './organization.js';
import type { GrantReportCount } from './report.js';
import type { AuditAction, EntityKind, UserRole } from './user.js';

/** Polish and English labels for one value. */
export interface Label {
  pl: string;
  en: string;
}

export const LEGAL_FORM_LABELS: Record<LegalForm, Label> = {
  fundacja: { pl: 'fundacja', en: 'foundation' },
  stowarzyszenie: { pl: 'stowarzyszenie', en: 'association' },
  stowarzyszenie_zwykle: { pl: 'stowarzyszenie zwykłe', en: 'ordinary association' },
  spoldzielnia_socjalna: { pl: 'spółdzielnia socjalna', en: 'social cooperative' },
  kolo_gospodyn_wiejskich: { pl: 'koło gospodyń wiejskich', en: "rural women's circle" },
  spolka_non_profit: { pl: 'spółka non-profit', en: 'non-profit company' },
  koscielna_osoba_prawna: { pl: 'kościelna osoba prawna', en: 'church legal person' },
  stowarzyszenie_jst: {
    pl: 'stowarzyszenie jednostek samorządu terytorialnego',
    en: 'association of local governments',
  },
  jednostka_samorzadowa: { pl: 'jednostka organizacyjna samorządu', en: 'local government organisational unit' },
  instytucja_publiczna: { pl: 'instytucja publiczna', en: 'public institution' },
  przedsiebiorstwo: { pl: 'przedsiębiorstwo', en: 'business' },
  inna: { pl: 'inna forma', en: 'other form' },
};

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, Label> = {
  gmina_miejska: { pl: 'gmina miejska', en: 'urban municipality' },
  gmina_wiejska: { pl: 'gmina wiejska', en: 'rural municipality' },
  gmina_miejsko_wiejska: { pl: 'gmina miejsko-wiejska', en: 'urban-rural municipality' },
  miasto_na_prawach_powiatu: { pl: 'miasto na prawach powiatu', en: 'city with county rights' },
  powiat: { pl: 'powiat', en: 'county (powiat)' },
  wojewodztwo: { pl: 'województwo', en: 'voivodeship' },
};

export const EVENT_STATUS_LABELS: Record<EventStatus, Label> = {
  draft: { pl: 'szkic', en: 'draft' },
  published: { pl: 'opublikowane', en: 'published' },
  cancelled: { pl: 'odwołane', en: 'cancelled' },
  postponed: { pl: 'przełożone', en: 'postponed' },
};

/** Kinds of records, as the audit log and the admin name them. */
export const ENTITY_KIND_LABELS: Record<EntityKind, Label> = {
  event: { pl: 'wydarzenie', en: 'event' },
  organization: { pl: 'organizacja', en: 'organisation' },
  authority: { pl: 'samorząd', en: 'local authority' },
  venue: { pl: 'miejsce', en: 'venue' },
  person: { pl: 'osoba', en: 'person' },
  grant: { pl: 'dotacja', en: 'grant' },
  post: { pl: 'wpis', en: 'post' },
  cooperation: { pl: 'współpraca', en: 'cooperation' },
  user: { pl: 'użytkownik', en: 'user' },
};

/**
 * The kinds of records in the Polish genitive, for sentences that need it ("brak organizacji
 * o identyfikatorze…", "nie można usunąć wydarzenia…"); English has no case, so `ENTITY_KIND_LABELS.en`
 * serves there.
 *
 * @example
 * `nie znaleziono ${ENTITY_KIND_GENITIVE_PL.organization}` // 'nie znaleziono organizacji'
 */
export const ENTITY_KIND_GENITIVE_PL: Record<EntityKind, string> = {
  event: 'wydarzenia',
  organization: 'organizacji',
  authority: 'samorządu',
  venue: 'miejsca',
  person: 'osoby',
  grant: 'dotacji',
  post: 'wpisu',
  cooperation: 'współpracy',
  user: 'użytkownika',
};

/** Roles of staff in the admin area. */
export const USER_ROLE_LABELS: Record<UserRole, Label> = {
  administrator: { pl: 'administrator', en: 'administrator' },
  editor: { pl: 'redaktor', en: 'editor' },
  reviewer: { pl: 'recenzent', en: 'reviewer' },
};

/** What an audit entry says was done. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, Label> = {
  create: { pl: 'utworzenie', en: 'created' },
  update: { pl: 'zmiana', en: 'updated' },
  delete: { pl: 'usunięcie', en: 'deleted' },
  publish: { pl: 'publikacja', en: 'published' },
  unpublish: { pl: 'wycofanie publikacji', en: 'unpublished' },
  import: { pl: 'import', en: 'imported' },
  login: { pl: 'logowanie', en: 'signed in' },
  logout: { pl: 'wylogowanie', en: 'signed out' },
  override: { pl: 'publikacja mimo braków', en: 'published despite problems' },
  comment: { pl: 'komentarz', en: 'comment' },
  publish_refused: { pl: 'publikacja wstrzymana', en: 'publication withheld' },
  schedule: { pl: 'zaplanowanie publikacji', en: 'publication scheduled' },
  unschedule: { pl: 'odwołanie zaplanowanej publikacji', en: 'scheduled publication cancelled' },
  erase: { pl: 'usunięcie danych osobowych', en: 'personal data erased' },
};

export const AGENDA_KIND_LABELS: Record<AgendaItemKind, Label> = {
  introduction: { pl: 'Wprowadzenie', en: 'Introduction' },
  panel: { pl: 'Panel', en: 'Panel' },
  presentation: { pl: 'Prezentacja', en: 'Presentation' },
  discussion: { pl: 'Dyskusja', en: 'Discussion' },
  break: { pl: 'Przerwa', en: 'Break' },
  other: { pl: 'Inne', en: 'Other' },
};

export const GRANT_FORM_LABELS: Record<GrantForm, Label> = {
  support: { pl: 'wsparcie realizacji zadania', en: 'support (co-financing)' },
  entrustment: { pl: 'powierzenie realizacji zadania', en: 'entrustment (full financing)' },
};

export const GRANT_MODE_LABELS: Record<GrantMode, Label> = {
  open_competition: { pl: 'otwarty konkurs ofert', en: 'open competition' },
  small_grant: { pl: 'tryb pozakonkursowy (art. 19a, mały grant)', en: 'small grant (art. 19a)' },
  other: { pl: 'inny tryb', en: 'other mode' },
};

export const COOPERATION_FORM_LABELS: Record<CooperationForm, Label> = {
  // Each Polish label is its point of u.d.p.p. art. 5 ust. 2 in the nominative ("w formach: 1) zlecania…"
  // → "zlecanie…"), in the act's words, without its cross-references (art. 3 ust. 3, art. 4) and
  // conditions (cooperation.test.ts pins them). Points 6–8 as research notes give them, not yet checked
  // against the act (see cooperation.ts).
  zlecanie_zadan: { pl: 'zlecanie realizacji zadań publicznych', en: 'commissioning public tasks' },
  wzajemne_informowanie: {
    pl: 'wzajemne informowanie się o planowanych kierunkach działalności',
    en: 'mutual information on planned activities',
  },
  konsultowanie_aktow: {
    pl: 'konsultowanie z organizacjami pozarządowymi projektów aktów normatywnych w dziedzinach dotyczących działalności statutowej tych organizacji',
    en: 'consultation of NGOs on draft legal acts in the fields of their statutory activity',
  },
  konsultowanie_z_radami: {
    pl: 'konsultowanie projektów aktów normatywnych dotyczących sfery zadań publicznych z radami działalności pożytku publicznego',
    en: 'consultation of public benefit councils on draft legal acts concerning public tasks',
  },
  wspolne_zespoly: {
    pl: 'tworzenie wspólnych zespołów o charakterze doradczym i inicjatywnym',
    en: 'joint advisory and initiative teams',
  },
  inicjatywa_lokalna: {
    pl: 'umowa o wykonanie inicjatywy lokalnej',
    en: 'agreement to carry out a local initiative',
  },
  umowa_partnerska: { pl: 'umowa partnerska', en: 'partnership agreement (development policy)' },
  porozumienie_o_partnerstwie: {
    pl: 'porozumienie albo umowa o partnerstwie',
    en: 'accord or agreement on partnership (cohesion policy)',
  },
  inna: { pl: 'inna forma współpracy', en: 'other form of cooperation' },
};

/**
 * What each count of `grantReportFigures` is called in a grant report (Part I.1 of the 2018 form), so
 * every writer names the figures alike: realised events apart from cancelled, postponed and planned ones.
 *
 * @example
 * label(GRANT_REPORT_FIGURE_LABELS, 'postponedEvents') // 'Wydarzenia przełożone'
 * label(GRANT_REPORT_FIGURE_LABELS, 'plannedEvents', 'en') // 'Events planned'
 */
export const GRANT_REPORT_FIGURE_LABELS: Record<GrantReportCount, Label> = {
  events: { pl: 'Wydarzenia zrealizowane', en: 'Events held' },
  cancelledEvents: { pl: 'Wydarzenia odwołane', en: 'Events cancelled' },
  postponedEvents: { pl: 'Wydarzenia przełożone', en: 'Events postponed' },
  plannedEvents: { pl: 'Wydarzenia zaplanowane', en: 'Events planned' },
  agendaItems: { pl: 'Punkty programu', en: 'Agenda items' },
  panels: { pl: 'Panele', en: 'Panels' },
  speakers: { pl: 'Prelegenci, moderatorzy i prowadzący', en: 'Speakers, moderators and facilitators' },
  // The grantee (Zleceniobiorca) is not counted: grantReportFigures leaves the grant's beneficiary out.
  organizations: {
    pl: 'Organizacje partnerskie (bez Zleceniobiorcy)',
    en: 'Partner organisations (excluding the grantee)',
  },
  authorities: { pl: 'Samorządy zaangażowane', en: 'Local authorities involved' },
  registered: { pl: 'Uczestnicy zarejestrowani', en: 'Registered participants' },
  attended: { pl: 'Uczestnicy obecni', en: 'Participants who attended' },
  eventsWithoutAttendance: { pl: 'Wydarzenia bez danych o frekwencji', en: 'Events without attendance figures' },
};

/** Field names as people read them, for error messages and forms. Unknown fields show their key. */
export const FIELD_LABELS: Record<string, Label> = {
  id: { pl: 'Identyfikator', en: 'ID' },
  slug: { pl: 'Adres strony w serwisie', en: 'Page address on the site' },
  name: { pl: 'Nazwa', en: 'Name' },
  shortName: { pl: 'Nazwa skrócona', en: 'Short name' },
  nameGenitive: { pl: 'Nazwa w dopełniaczu', en: 'Name (genitive)' },
  legalForm: { pl: 'Forma prawna', en: 'Legal form' },
  krs: { pl: 'KRS', en: 'KRS number' },
  nip: { pl: 'NIP', en: 'NIP (tax ID)' },
  regon: { pl: 'REGON', en: 'REGON' },
  terc: { pl: 'Kod TERYT', en: 'TERYT code' },
  iban: { pl: 'Numer rachunku', en: 'Bank account' },
  postalCode: { pl: 'Kod pocztowy', en: 'Postal code' },
  street: { pl: 'Ulica i numer', en: 'Street and number' },
  city: { pl: 'Miejscowość', en: 'City' },
  country: { pl: 'Kraj', en: 'Country' },
  voivodeship: { pl: 'Województwo', en: 'Voivodeship' },
  address: { pl: 'Adres', en: 'Address' },
  website: { pl: 'Strona internetowa', en: 'Website' },
  email: { pl: 'E-mail', en: 'E-mail' },
  password: { pl: 'Hasło', en: 'Password' },
  description: { pl: 'Opis', en: 'Description' },
  kind: { pl: 'Rodzaj', en: 'Kind' },
  parentId: { pl: 'Jednostka nadrzędna', en: 'Parent authority' },
  title: { pl: 'Tytuł', en: 'Title' },
  summary: { pl: 'Streszczenie', en: 'Summary' },
  lead: { pl: 'Wstęp', en: 'Introduction' },
  body: { pl: 'Treść', en: 'Body' },
  startsAt: { pl: 'Początek', en: 'Start' },
  endsAt: { pl: 'Koniec', en: 'End' },
  timeZone: { pl: 'Strefa czasowa', en: 'Time zone' },
  venueId: { pl: 'Miejsce', en: 'Venue' },
  onlineUrl: { pl: 'Link do transmisji', en: 'Online link' },
  organizerId: { pl: 'Organizator', en: 'Organiser' },
  organizationId: { pl: 'Organizacja', en: 'Organisation' },
  authorityId: { pl: 'Samorząd', en: 'Local authority' },
  personId: { pl: 'Osoba', en: 'Person' },
  givenName: { pl: 'Imię', en: 'Given name' },
  familyName: { pl: 'Nazwisko', en: 'Family name' },
  role: { pl: 'Funkcja', en: 'Role' },
  independent: { pl: 'Występuje we własnym imieniu', en: 'Speaks in their own name' },
  partyUnnamed: {
    pl: 'Źródło nie podaje, kogo reprezentują',
    en: 'The source does not say whom they represent',
  },
  from: { pl: 'Od', en: 'From' },
  to: { pl: 'Do', en: 'To' },
  status: { pl: 'Status', en: 'Status' },
  hashtags: { pl: 'Hasztagi', en: 'Hashtags' },
  grantIds: { pl: 'Dotacje', en: 'Grants' },
  agenda: { pl: 'Program', en: 'Agenda' },
  panelists: { pl: 'Paneliści', en: 'Panellists' },
  moderator: { pl: 'Moderator', en: 'Moderator' },
  speakers: { pl: 'Prelegenci', en: 'Speakers' },
  topics: { pl: 'Tematy', en: 'Topics' },
  room: { pl: 'Sala', en: 'Room' },
  amount: { pl: 'Kwota', en: 'Amount' },
  currency: { pl: 'Waluta', en: 'Currency' },
  period: { pl: 'Okres', en: 'Period' },
  funderName: { pl: 'Dotujący', en: 'Funder' },
  funderAuthorityId: { pl: 'Dotujący samorząd', en: 'Funding authority' },
  taskTitle: { pl: 'Tytuł zadania publicznego', en: 'Public task title' },
  agreementNumber: { pl: 'Numer umowy', en: 'Agreement number' },
  form: { pl: 'Forma', en: 'Form' },
  mode: { pl: 'Tryb', en: 'Mode' },
  beneficiaryId: { pl: 'Zleceniobiorca', en: 'Beneficiary' },
  attributionText: { pl: 'Informacja o finansowaniu', en: 'Funding statement' },
  category: { pl: 'Kategoria', en: 'Category' },
  eventId: { pl: 'Wydarzenie', en: 'Event' },
  latitude: { pl: 'Szerokość geograficzna', en: 'Latitude' },
  longitude: { pl: 'Długość geograficzna', en: 'Longitude' },
  registered: { pl: 'Zarejestrowani', en: 'Registered' },
  attended: { pl: 'Obecni', en: 'Attended' },
  opp: { pl: 'Status OPP', en: 'Public benefit status (OPP)' },
  otherRegister: { pl: 'Inny rejestr', en: 'Other register' },
  register: { pl: 'Rejestr', en: 'Register' },
  number: { pl: 'Numer', en: 'Number' },
  keptBy: { pl: 'Organ prowadzący rejestr', en: 'Kept by' },
  parentAuthorityId: { pl: 'Samorząd nadrzędny', en: 'Parent authority' },
  officeName: { pl: 'Nazwa urzędu', en: 'Office name' },
  organizationDescription: { pl: 'Opis organizacji', en: 'Organisation (as described)' },
  organizationLegalForm: { pl: 'Forma prawna organizacji', en: "Organisation's legal form" },
  honorificPrefix: { pl: 'Tytuł', en: 'Honorific' },
  bio: { pl: 'Biogram', en: 'Biography' },
  affiliations: { pl: 'Afiliacje', en: 'Affiliations' },
  geo: { pl: 'Współrzędne', en: 'Coordinates' },
  accessibility: { pl: 'Dostępność', en: 'Accessibility' },
  rooms: { pl: 'Sale', en: 'Rooms' },
  partners: { pl: 'Partnerzy', en: 'Partners' },
  statusNote: { pl: 'Uwagi do statusu', en: 'Status note' },
  language: { pl: 'Język', en: 'Language' },
  attendance: { pl: 'Frekwencja', en: 'Attendance' },
  capacity: { pl: 'Liczba miejsc', en: 'Capacity' },
  isFree: { pl: 'Wstęp wolny', en: 'Free admission' },
  publishedAt: { pl: 'Data publikacji', en: 'Published at' },
  questions: { pl: 'Pytania', en: 'Questions' },
  facilitators: { pl: 'Prowadzący', en: 'Facilitators' },
  format: { pl: 'Forma dyskusji', en: 'Format' },
  funderUnitId: { pl: 'Jednostka dotującego', en: "Funder's unit" },
  funderNameGenitive: { pl: 'Dotujący w dopełniaczu', en: 'Funder (genitive)' },
  programme: { pl: 'Program dotacyjny', en: 'Programme' },
  agreementDate: { pl: 'Data umowy', en: 'Agreement date' },
  ownContribution: { pl: 'Wkład własny', en: 'Own contribution' },
  attributionTextEn: { pl: 'Informacja o finansowaniu (angielski)', en: 'Funding statement (English)' },
  logo: { pl: 'Logo', en: 'Logo' },
  url: { pl: 'Adres internetowy', en: 'Web address' },
  alt: { pl: 'Tekst alternatywny', en: 'Alternative text' },
  reportingDeadline: { pl: 'Termin sprawozdania', en: 'Reporting deadline' },
  reportSubmittedOn: { pl: 'Sprawozdanie złożono', en: 'Report submitted on' },
  publicBenefitSphere: { pl: 'Sfera pożytku publicznego', en: 'Public benefit sphere' },
  plannedResults: { pl: 'Zakładane rezultaty', en: 'Planned results' },
  achievedResults: { pl: 'Osiągnięte rezultaty', en: 'Achieved results' },
  target: { pl: 'Wartość docelowa', en: 'Target' },
  value: { pl: 'Wartość', en: 'Value' },
  unit: { pl: 'Jednostka', en: 'Unit' },
  monitoring: { pl: 'Sposób monitorowania', en: 'Monitoring' },
  note: { pl: 'Uwagi', en: 'Note' },
  author: { pl: 'Autor', en: 'Author' },
  eventIds: { pl: 'Wydarzenia', en: 'Events' },
  disabled: { pl: 'Konto zablokowane', en: 'Account disabled' },
  at: { pl: 'Czas', en: 'Time' },
  actorId: { pl: 'Wykonane przez', en: 'Done by' },
  action: { pl: 'Czynność', en: 'Action' },
  entity: { pl: 'Rodzaj rekordu', en: 'Kind of record' },
  entityId: { pl: 'Identyfikator rekordu', en: 'Record ID' },
  before: { pl: 'Przed', en: 'Before' },
  after: { pl: 'Po', en: 'After' },
  version: { pl: 'Wersja', en: 'Version' },
  createdAt: { pl: 'Utworzono', en: 'Created at' },
  updatedAt: { pl: 'Zmieniono', en: 'Updated at' },
};

/**
 * The label of a value in a language.
 *
 * @example
 * label(LEGAL_FORM_LABELS, 'spoldzielnia_socjalna', 'en') // 'social cooperative'
 */
export function label<K extends string>(table: Record<K, Label>, key: K, locale: 'pl' | 'en' = 'pl'): string {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  // A value no schema lets through: a bug upstream, said with the value rather than "reading 'en'".
  if (entry === undefined)
    throw new RangeError(`label: no label for ${JSON.stringify(key)}; known: ${Object.keys(table).join(', ')}.`);
  return entry[locale];
}
