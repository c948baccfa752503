import { pluralPl } from '@org/domain';

/** The two languages of the site: Polish by default, English under `/en/`. */
export type Locale = 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['pl', 'en'];

// Written as a month (year, dash, two digits) but numbered past the year's months: "2026-13", "2026-00".
const MONTH_NUMBERED = /^\d{4}-\d{2}$/;

/**
 * Interface strings in both languages. Extend by adding a key to both objects: the type of `en`
 * follows `pl`, so a missing translation fails the type check.
 */
const pl = {
  siteName: 'Mosty',
  siteTagline: 'Współpraca samorządów z organizacjami pozarządowymi i ekonomią społeczną',
  // The name and the tagline as one heading: Polish goes on in lower case after a colon.
  homeHeading: 'Mosty: współpraca samorządów z organizacjami pozarządowymi i ekonomią społeczną',
  skipToContent: 'Przejdź do treści',
  mainNav: 'Nawigacja główna',
  home: 'Strona główna',
  events: 'Wydarzenia',
  news: 'Aktualności',
  organizations: 'Organizacje',
  authorities: 'Samorządy',
  grants: 'Dotacje',
  accessibility: 'Deklaracja dostępności',
  openData: 'Otwarte dane',
  openDataDescription:
    'Kanały RSS, Atom i JSON Feed, kalendarz iCalendar, mapa witryny, API JSON i JSON-LD serwisu Mosty oraz licencja danych.',
  // Followed by the licence's name, linked, and the publisher: "… na licencji CC BY 4.0 — Fundacja …".
  dataLicense: 'Dane udostępniane na licencji',
  switchLanguage: 'English',
  upcomingEvents: 'Nadchodzące wydarzenia',
  pastEvents: 'Minione wydarzenia',
  latestNews: 'Najnowsze aktualności',
  mostInvolvedOrganizations: 'Najaktywniejsze organizacje',
  mostInvolvedAuthorities: 'Najaktywniejsze samorządy',
  allEvents: 'Wszystkie wydarzenia',
  allNews: 'Wszystkie aktualności',
  noEvents: 'Brak wydarzeń.',
  noUpcomingEvents: 'Brak nadchodzących wydarzeń.',
  recentEvents: 'Ostatnie wydarzenia',
  noNews: 'Brak aktualności.',
  when: 'Kiedy',
  // A postponed event's new date is not known yet (schema.org EventPostponed): the date shown is the one given up.
  originallyWhen: 'Pierwotny termin',
  where: 'Gdzie',
  online: 'Online',
  onlineLink: 'Link do wydarzenia online',
  showOnMap: 'Pokaż na mapie',
  organizer: 'Organizator',
  partners: 'Partnerzy',
  agenda: 'Program',
  moderator: 'Moderacja',
  // One panelist's noun has a gender the data does not give (panelista, panelistka): "W panelu" has none.
  panelists: (n: number) => (n === 1 ? 'W panelu' : 'Paneliści'),
  // Above the names of who speaks at an introduction or a presentation: "Występuje: Weronika Chodacz".
  speakers: (n: number) => (n === 1 ? 'Występuje' : 'Występują'),
  facilitators: 'Prowadzenie dyskusji',
  questions: 'Pytania',
  topics: 'Tematy dyskusji',
  groups: 'w grupach',
  hashtags: 'Hasztagi',
  addToCalendar: 'Dodaj do kalendarza',
  downloadIcs: 'Pobierz plik .ics',
  googleCalendar: 'Kalendarz Google',
  funding: 'Finansowanie',
  fundedBy: 'Dotacja',
  cancelled: 'Wydarzenie odwołane',
  postponed: 'Wydarzenie przełożone',
  relatedNews: 'Aktualności o tym wydarzeniu',
  aboutEvent: 'Wydarzenie',
  identifiers: 'Dane rejestrowe',
  legalForm: 'Forma prawna',
  kind: 'Rodzaj',
  terc: 'Kod TERYT',
  address: 'Adres',
  website: 'Strona internetowa',
  opp: 'Organizacja pożytku publicznego',
  eventsTakenPart: 'Udział w wydarzeniach',
  speaksFor: 'Funkcje i reprezentowane podmioty',
  since: 'od',
  until: 'do',
  eventsHere: 'Wydarzenia w tym miejscu',
  accessibilityInfo: 'Dostępność',
  rooms: 'Sale',
  cooperation: 'Historia współpracy',
  cooperationWith: 'Z kim',
  cooperationForm: 'Forma współpracy',
  cooperationPeriod: 'Okres',
  cooperationFunding: 'Finansowanie',
  noCooperation: 'Brak zapisanej współpracy.',
  parentAuthority: 'Jednostka nadrzędna',
  office: 'Urząd',
  units: 'Jednostki organizacyjne',
  grant: 'Dotacja',
  funder: 'Dotujący',
  handledBy: 'Jednostka obsługująca',
  programme: 'Program',
  amount: 'Kwota dotacji',
  period: 'Okres realizacji',
  mode: 'Tryb',
  form: 'Forma zlecenia',
  beneficiary: 'Zleceniobiorca',
  agreement: 'Numer umowy',
  fundedEvents: 'Sfinansowane wydarzenia',
  grantsOf: 'Dotacje',
  grantsHandled: 'Dotacje, które obsługuje jako jednostka grantodawcy',
  filter: 'Filtruj',
  filterEvents: 'Filtruj wydarzenia',
  hashtag: 'Hasztag',
  organization: 'Organizacja',
  authority: 'Samorząd',
  month: 'Miesiąc',
  // "Any" agrees with the noun it stands beside: hasztag, miesiąc and samorząd are masculine, organizacja feminine.
  anyHashtag: 'dowolny',
  anyMonth: 'dowolny',
  anyOrganization: 'dowolna',
  anyAuthority: 'dowolny',
  apply: 'Pokaż',
  clearFilters: 'Wyczyść filtry',
  // The search box of the lists of organisations, authorities and grants: each kind's own words, as
  // "Znaleziono" takes the accusative (1 organizację, 2 organizacje, 5 organizacji).
  quoted: (text: string) => `„${text}”`,
  search: {
    button: 'Szukaj',
    showAll: 'Pokaż wszystkie',
    noWords: (query: string) => `„${query}” nie zawiera liter ani cyfr: wpisz nazwę albo jej początek.`,
    // A static copy's search box, which searches in the browser (static-search.ts).
    staticMore: (n: number) =>
      `Pokazano pierwsze ${n.toLocaleString('pl')}: dopisz kolejne słowo, żeby zawęzić wyniki.`,
    staticError: 'Nie udało się wczytać danych do wyszukiwania. Spróbuj ponownie za chwilę albo przejrzyj listę.',
    events: {
      label: 'Szukaj w tytułach i opisach',
      hint: 'Tytuł, opis albo hasztag. Wystarczy początek słowa; polskie znaki można pominąć.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Znaleziono ${atLeast ? 'co najmniej ' : ''}${n.toLocaleString('pl')} ${pluralPl(n, ['wydarzenie', 'wydarzenia', 'wydarzeń'])} dla „${query}”.`,
      none: (query: string) => `Nie znaleziono żadnego wydarzenia dla „${query}”.`,
    },
    organizations: {
      label: 'Szukaj organizacji',
      hint: 'Nazwa, skrót, miejscowość, KRS, NIP albo REGON. Wystarczy początek słowa; polskie znaki można pominąć.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Znaleziono ${atLeast ? 'co najmniej ' : ''}${n.toLocaleString('pl')} ${pluralPl(n, ['organizację', 'organizacje', 'organizacji'])} dla „${query}”.`,
      none: (query: string) => `Nie znaleziono żadnej organizacji dla „${query}”.`,
    },
    authorities: {
      label: 'Szukaj samorządu',
      hint: 'Nazwa, kod TERC albo nazwa urzędu. Wystarczy początek słowa; polskie znaki można pominąć.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Znaleziono ${atLeast ? 'co najmniej ' : ''}${n.toLocaleString('pl')} ${pluralPl(n, ['samorząd', 'samorządy', 'samorządów'])} dla „${query}”.`,
      none: (query: string) => `Nie znaleziono żadnego samorządu dla „${query}”.`,
    },
    grants: {
      label: 'Szukaj dotacji',
      hint: 'Tytuł zadania, grantodawca, program, numer umowy albo hasztag. Wystarczy początek słowa; polskie znaki można pominąć.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Znaleziono ${atLeast ? 'co najmniej ' : ''}${n.toLocaleString('pl')} ${pluralPl(n, ['dotację', 'dotacje', 'dotacji'])} dla „${query}”.`,
      none: (query: string) => `Nie znaleziono żadnej dotacji dla „${query}”.`,
    },
  },
  eventsTagged: 'Wydarzenia z hasztagiem',
  page: 'Strona',
  pagination: 'Stronicowanie',
  previous: 'Poprzednia',
  next: 'Następna',
  notFoundTitle: 'Nie znaleziono strony',
  notFoundText:
    'Pod tym adresem nie ma strony. Mogła zostać przeniesiona albo adres zawiera literówkę. Oto miejsca, od których można zacząć:',
  badRequestTitle: 'Nieprawidłowe zapytanie',
  // The heading of a list's or calendar's answer to a filter that names nothing, by the filter at fault.
  filterErrorTitle: {
    hashtag: 'Nie ma takiego hasztagu',
    organization: 'Nie ma takiej organizacji',
    authority: 'Nie ma takiego samorządu',
    month: 'Nie ma takiego miesiąca',
    name: 'Nie ma takiego filtra',
    repeated: 'Filtr podany kilka razy',
  },
  filterErrorText: 'Bez tego filtra można przejrzeć:',
  unfilteredEvents: 'Wszystkie wydarzenia',
  unfilteredCalendar: 'Kalendarz wszystkich wydarzeń (.ics)',
  badHashtag: (tag: string) =>
    `„${tag}” nie jest hasztagiem: hasztag to litery i cyfry (także z polskimi znakami) oraz podkreślenia, bez spacji.`,
  badMonth: (month: string) =>
    MONTH_NUMBERED.test(month)
      ? `„${month}” nie jest miesiącem: miesiące mają numery od 01 do 12.`
      : `„${month}” nie jest miesiącem: miesiąc zapisuje się jako rok i miesiąc, np. 2026-11.`,
  monthOutOfRange: (month: string, first: string, last: string) =>
    `Miesiąc ${month} jest poza zakresem serwisu: wydarzenia można przeglądać od ${first} do ${last}.`,
  unknownOrganization: (slug: string) => `Nie znamy organizacji o adresie „${slug}”.`,
  unknownAuthority: (slug: string) => `Nie znamy samorządu o adresie „${slug}”.`,
  feeds: 'Kanały i dane',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON Feed',
  calendar: 'Kalendarz (.ics)',
  subscribeFiltered: 'Subskrybuj te wydarzenia — kalendarz będzie sam pobierał zmiany:',
  api: 'API (OpenAPI)',
  readMore: 'Więcej',
  publishedOn: 'Opublikowano',
  category: 'Kategoria',
  about: 'Dotyczy wydarzenia',
  status: 'Status',
  none: '—',
} as const;

// The shape of `pl` with its words widened to `string`, at any depth: `en` must have every key, nothing else.
type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };
type Strings = Widen<typeof pl>;

/**
 * The filter at fault when an event list or calendar names nothing: one of its four, a parameter's name no
 * filter has (`name`), or a filter given several values (`repeated`).
 */
export type FilterFault = keyof (typeof pl)['filterErrorTitle'];

const en: Strings = {
  siteName: 'Mosty',
  siteTagline: 'Cooperation between local governments, NGOs and the social economy',
  homeHeading: 'Mosty: cooperation between local governments, NGOs and the social economy',
  skipToContent: 'Skip to content',
  mainNav: 'Main navigation',
  home: 'Home',
  events: 'Events',
  news: 'News',
  organizations: 'Organisations',
  authorities: 'Local authorities',
  grants: 'Grants',
  accessibility: 'Accessibility statement',
  openData: 'Open data',
  openDataDescription:
    'The RSS, Atom and JSON Feed feeds, iCalendar calendar, sitemap, JSON API and JSON-LD of Mosty, and the licence of its data.',
  dataLicense: 'Data available under the licence',
  switchLanguage: 'Polski',
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  latestNews: 'Latest news',
  mostInvolvedOrganizations: 'Most involved organisations',
  mostInvolvedAuthorities: 'Most involved local authorities',
  allEvents: 'All events',
  allNews: 'All news',
  noEvents: 'No events.',
  noUpcomingEvents: 'No upcoming events.',
  recentEvents: 'Recent events',
  noNews: 'No news.',
  when: 'When',
  originallyWhen: 'Originally planned',
  where: 'Where',
  online: 'Online',
  onlineLink: 'Link to the online event',
  showOnMap: 'Show on a map',
  organizer: 'Organiser',
  partners: 'Partners',
  agenda: 'Agenda',
  moderator: 'Moderator',
  // British spelling, the house's: panellist (US panelist).
  panelists: (n: number) => (n === 1 ? 'Panellist' : 'Panellists'),
  speakers: (n: number) => (n === 1 ? 'Speaker' : 'Speakers'),
  facilitators: 'Facilitators',
  questions: 'Questions',
  topics: 'Discussion topics',
  groups: 'in groups',
  hashtags: 'Hashtags',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download the .ics file',
  googleCalendar: 'Google Calendar',
  funding: 'Funding',
  fundedBy: 'Grant',
  cancelled: 'Event cancelled',
  postponed: 'Event postponed',
  relatedNews: 'News about this event',
  aboutEvent: 'Event',
  identifiers: 'Registration data',
  legalForm: 'Legal form',
  kind: 'Kind',
  terc: 'TERYT code',
  address: 'Address',
  website: 'Website',
  opp: 'Public benefit organisation (OPP)',
  eventsTakenPart: 'Events',
  speaksFor: 'Roles and whom they represent',
  since: 'from',
  until: 'until',
  eventsHere: 'Events at this venue',
  accessibilityInfo: 'Accessibility',
  rooms: 'Rooms',
  cooperation: 'Cooperation history',
  cooperationWith: 'With',
  cooperationForm: 'Form of cooperation',
  cooperationPeriod: 'Period',
  cooperationFunding: 'Funding',
  noCooperation: 'No cooperation recorded.',
  parentAuthority: 'Parent authority',
  office: 'Office',
  units: 'Organisational units',
  grant: 'Grant',
  funder: 'Funder',
  handledBy: 'Handled by',
  programme: 'Programme',
  amount: 'Amount',
  period: 'Period',
  mode: 'Mode',
  form: 'Form',
  beneficiary: 'Beneficiary',
  agreement: 'Agreement number',
  fundedEvents: 'Events funded',
  grantsOf: 'Grants',
  grantsHandled: 'Grants it handles for the funder',
  filter: 'Filter',
  filterEvents: 'Filter events',
  hashtag: 'Hashtag',
  organization: 'Organisation',
  authority: 'Local authority',
  month: 'Month',
  anyHashtag: 'any',
  anyMonth: 'any',
  anyOrganization: 'any',
  anyAuthority: 'any',
  apply: 'Show',
  clearFilters: 'Clear filters',
  quoted: (text: string) => `“${text}”`,
  search: {
    button: 'Search',
    showAll: 'Show all',
    noWords: (query: string) => `“${query}” has no letters or digits: type a name or its beginning.`,
    staticMore: (n: number) => `Showing the first ${n.toLocaleString('en')}: add another word to narrow it down.`,
    staticError: 'The data to search could not be loaded. Try again in a moment or browse the list.',
    events: {
      label: 'Search titles and summaries',
      hint: 'Title, summary or hashtag. The start of a word is enough; Polish letters are optional.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Found ${atLeast ? 'at least ' : ''}${n.toLocaleString('en')} ${n === 1 ? 'event' : 'events'} for “${query}”.`,
      none: (query: string) => `No event found for “${query}”.`,
    },
    organizations: {
      label: 'Search organisations',
      hint: 'Name, short name, town, KRS, NIP or REGON. The start of a word is enough; Polish letters are optional.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Found ${atLeast ? 'at least ' : ''}${n.toLocaleString('en')} ${n === 1 ? 'organisation' : 'organisations'} for “${query}”.`,
      none: (query: string) => `No organisation found for “${query}”.`,
    },
    authorities: {
      label: 'Search local authorities',
      hint: 'Name, TERC code or office name. The start of a word is enough; Polish letters are optional.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Found ${atLeast ? 'at least ' : ''}${n.toLocaleString('en')} ${n === 1 ? 'local authority' : 'local authorities'} for “${query}”.`,
      none: (query: string) => `No local authority found for “${query}”.`,
    },
    grants: {
      label: 'Search grants',
      hint: 'Task title, funder, programme, agreement number or hashtag. The start of a word is enough; Polish letters are optional.',
      found: (n: number, atLeast: boolean, query: string) =>
        `Found ${atLeast ? 'at least ' : ''}${n.toLocaleString('en')} ${n === 1 ? 'grant' : 'grants'} for “${query}”.`,
      none: (query: string) => `No grant found for “${query}”.`,
    },
  },
  eventsTagged: 'Events tagged',
  page: 'Page',
  pagination: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the address has a typo. Places to start:',
  badRequestTitle: 'Bad request',
  filterErrorTitle: {
    hashtag: 'No such hashtag',
    organization: 'No such organisation',
    authority: 'No such local authority',
    month: 'No such month',
    name: 'No such filter',
    repeated: 'A filter given more than once',
  },
  filterErrorText: 'Without this filter, see:',
  unfilteredEvents: 'All events',
  unfilteredCalendar: 'Calendar of all events (.ics)',
  badHashtag: (tag: string) =>
    `“${tag}” is not a hashtag: a hashtag is letters (Polish ones too), digits and underscores, without spaces.`,
  badMonth: (month: string) =>
    MONTH_NUMBERED.test(month)
      ? `“${month}” is not a month: months are numbered 01 to 12.`
      : `“${month}” is not a month: a month is written as year and month, e.g. 2026-11.`,
  monthOutOfRange: (month: string, first: string, last: string) =>
    `The month ${month} is outside what the site lists: events can be browsed from ${first} to ${last}.`,
  unknownOrganization: (slug: string) => `There is no organisation at “${slug}”.`,
  unknownAuthority: (slug: string) => `There is no local authority at “${slug}”.`,
  feeds: 'Feeds and data',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON Feed',
  calendar: 'Calendar (.ics)',
  subscribeFiltered: 'Subscribe to these events and your calendar picks up every change by itself:',
  api: 'API (OpenAPI)',
  readMore: 'More',
  publishedOn: 'Published',
  category: 'Category',
  about: 'About the event',
  status: 'Status',
  none: '—',
};

const STRINGS: Record<Locale, Strings> = { pl, en };

/**
 * The interface strings of a language.
 *
 * @example
 * strings('en').events // 'Events'
 */
export const strings = (locale: Locale): Strings => STRINGS[locale];
