import { type Locale, type PolishPluralForms, pluralPl } from '@org/domain';

/**
 * The admin's interface strings in Polish (default) and English. Field labels and validation
 * messages come from `@org/domain`; these are the words around them.
 * Extend by adding a key to both languages (the type makes a missing one a compile error).
 */
const pl = {
  appName: 'Mosty — panel',
  skip: 'Przejdź do treści',
  signIn: 'Zaloguj się',
  signOut: 'Wyloguj',
  email: 'E-mail',
  password: 'Hasło',
  name: 'Imię i nazwisko',
  role: 'Rola',
  badLogin: 'Nieprawidłowy e-mail lub hasło.',
  tooMany: 'Zbyt wiele prób logowania. Spróbuj ponownie za {minutes} min.',
  setupTitle: 'Pierwsze uruchomienie: utwórz konto administratora',
  setupDone: 'Konto administratora utworzone. Zaloguj się.',
  setupInvalid: 'Link konfiguracyjny jest nieważny albo został już użyty.',
  dashboard: 'Pulpit',
  upcomingEvents: 'Najbliższe wydarzenia',
  upcomingNone: 'Nie ma nadchodzących wydarzeń.',
  eventColumn: 'Wydarzenie',
  reportDeadlines: 'Terminy sprawozdań',
  reportDeadlinesHint:
    'Dotacje, z których sprawozdanie trzeba złożyć w ciągu {ahead} dni, i te, których termin minął w ciągu ostatnich {past} dni. Termin to ten z umowy, a gdy go nie wpisano, 30 dni po zakończeniu zadania.',
  reportDeadlinesNone:
    'W ciągu najbliższych {ahead} dni nie przypada żaden termin sprawozdania i żaden nie minął w ciągu ostatnich {past} dni.',
  publicTaskColumn: 'Zadanie publiczne',
  reportDueColumn: 'Termin sprawozdania',
  scheduledPublications: 'Zaplanowane publikacje',
  scheduledNone: 'Nie zaplanowano żadnej publikacji.',
  recordColumn: 'Rekord',
  kindColumn: 'Rodzaj',
  publishesAt: 'Publikacja',
  postKind: 'Aktualność',
  today: 'dziś',
  tomorrow: 'jutro',
  yesterday: 'wczoraj',
  inDays: 'za {n}\u00a0dni',
  daysAgo: '{n}\u00a0dni temu',
  mainNav: 'Nawigacja główna',
  search: 'Szukaj',
  filter: 'Filtruj',
  sortBy: 'Sortuj według',
  sortOrder: 'Kolejność',
  ascending: 'rosnąco',
  descending: 'malejąco',
  apply: 'Zastosuj',
  newRecord: 'Dodaj',
  edit: 'Edytuj',
  save: 'Zapisz',
  delete: 'Usuń',
  deleteConfirm: 'Czy na pewno usunąć ten rekord? Tej operacji nie można cofnąć.',
  deleted: 'Usunięto.',
  saved: 'Zapisano.',
  cancel: 'Anuluj',
  history: 'Historia',
  audit: 'Dziennik zmian',
  users: 'Użytkownicy',
  importTerc: 'Import TERC',
  dataCheck: 'Kontrola danych',
  dataCheckIntro:
    'Każdy zapisany rekord, szkice też, sprawdzony tak, jak sprawdziłby go dziś zapis: według reguł danych i odwołań do innych rekordów. Rekordy zapisane przed nową regułą, poprawione ręcznie w bazie albo wskazujące rekord usunięty mimo odwołań pojawiają się tutaj.',
  dataCheckEmpty: 'Nie ma jeszcze żadnych rekordów do sprawdzenia.',
  dataCheckFineOne: 'Jedyny zapisany rekord jest w porządku.',
  dataCheckFineFew: 'Wszystkie {n} rekordy są w porządku.',
  dataCheckFineMany: 'Wszystkich {n} rekordów jest w porządku.',
  dataCheckFoundOne: '{n} rekord z {total} nie spełnia reguł:',
  dataCheckFoundFew: '{n} rekordy z {total} nie spełniają reguł:',
  dataCheckFoundMany: '{n} rekordów z {total} nie spełnia reguł:',
  wholeRecord: 'Cały zapis',
  previous: 'Poprzednia',
  next: 'Następna',
  results: 'Wyniki',
  noResults: 'Brak wyników.',
  page: 'Strona',
  of: 'z',
  actions: 'Akcje',
  fixErrors: 'Formularz zawiera błędy. Popraw zaznaczone pola.',
  storedIssues: 'Ten rekord nie spełnia dzisiejszych reguł',
  storedIssuesHint:
    'Zapisano go przed wprowadzeniem reguły albo zmieniono w bazie z pominięciem panelu. Popraw zaznaczone pola i zapisz.',
  conflictTitle: 'Konflikt: ktoś inny zmienił ten rekord',
  duplicateTitle: 'Nie zapisano: sprawdź, czy to nie powtórka',
  duplicateOrganization: 'Istnieje już organizacja o tej nazwie:',
  duplicateVenue: 'Istnieje już miejsce o tej nazwie:',
  duplicatePerson: 'Istnieje już osoba o tym imieniu i nazwisku:',
  duplicateQuestion: 'Zapisać mimo to?',
  duplicateConfirm: 'Tak, to ktoś lub coś innego: zapisz mimo to',
  savedVersion: 'Wersja zapisana',
  yourVersion: 'Twoja wersja',
  notFound: 'Nie znaleziono.',
  forbidden: 'Brak uprawnień do tej czynności.',
  badRequest: 'Nieprawidłowe żądanie.',
  crossOrigin: 'Formularz spoza panelu: niczego nie zapisano',
  crossOriginText:
    'To żądanie przyszło z innej witryny ({origin}), a panel przyjmuje formularze tylko ze swoich stron ({admin}), więc niczego nie zapisano. Jeśli wysłano je z panelu, otwórz formularz pod adresem {admin} i wyślij go ponownie.',
  versionMissing:
    'Niczego nie zapisano: formularz nie podał, którą wersję rekordu zmienia (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. To, co wpisano, jest w formularzu: sprawdź to i wyślij ponownie.',
  deleteVersionMissing:
    'Nie usunięto: formularz nie podał, którą wersję rekordu usunąć (brakuje pola version albo nie jest ono liczbą), więc nie da się sprawdzić, czy ktoś nie zmienił go w międzyczasie. Sprawdź rekord i usuń go ponownie.',
  statusUnknown:
    'Nie zmieniono statusu: formularz nie powiedział, czy wydarzenie odwołać, czy przełożyć (otrzymano „{status}”). Wybierz „{cancel}” albo „{postpone}”; wpisana uwaga jest w polu.',
  methodNotAllowed: 'Metoda niedozwolona',
  methodNotAllowedText: 'Pod tym adresem panel nie przyjmuje żądań {method}, tylko: {allow}.',
  csrf: 'Formularz wygasł lub pochodzi spoza panelu. Odśwież stronę i spróbuj ponownie.',
  publish: 'Opublikuj',
  unpublish: 'Wycofaj publikację',
  schedule: 'Zaplanuj publikację',
  scheduleAt: 'Data i godzina publikacji (czas warszawski)',
  scheduleAtZone: 'Data i godzina publikacji (strefa czasowa {zone})',
  scheduleField: 'Data i godzina publikacji',
  scheduled: 'Publikacja zaplanowana.',
  preview: 'Podgląd',
  previewNotice: 'Podgląd: tak będzie wyglądać strona po publikacji. Linki prowadzą do strony publicznej.',
  backToPublish: 'Wróć do publikacji',
  backToList: 'Wróć do listy: {list}',
  compliance: 'Kontrola przed publikacją',
  noProblems: 'Nie znaleziono problemów.',
  warningsHeading: 'Uwagi (nie blokują publikacji)',
  override: 'Publikuję mimo problemów (zostanie zapisane w dzienniku)',
  overrideNote: 'Uzasadnienie',
  needOverride: 'Są problemy: zaznacz świadome obejście, aby opublikować.',
  overrideNoteRequired: 'Uzasadnienie (wymagane przy publikacji mimo problemów)',
  needOverrideNote:
    'Podaj uzasadnienie: publikacja mimo problemów (np. bez wymaganej informacji o finansowaniu z dotacji) trafia do dziennika zmian z powodem. Niczego nie opublikowano.',
  overrideNoteTooLong:
    'Uzasadnienie ma {count}, a może mieć najwyżej {max}. Skróć je: niczego nie opublikowano, wpisany tekst jest w polu.',
  notPublished: 'Nie opublikowano.',
  publishVersionMissing:
    'Nie opublikowano: formularz nie podał, którą wersję rekordu sprawdzono (brakuje pola version albo nie jest ono liczbą), więc nie wiadomo, czy opublikowano by to, co sprawdzono. Sprawdź wynik kontroli poniżej i opublikuj ponownie.',
  publishChanged:
    'Nie opublikowano: rekord zmienił się od otwarcia tej strony (wersja {seen}, teraz {now}), więc opublikowano by treść, której nie sprawdzono. Sprawdź go (podgląd) i wynik kontroli poniżej, a potem opublikuj ponownie.',
  published: 'Opublikowano.',
  unpublished: 'Publikacja wycofana.',
  unpublishConfirm:
    'Czy na pewno wycofać publikację? Rekord wróci do szkiców i zniknie z serwisu: jego strona, kanały i kalendarze przestaną go pokazywać. Opublikować go można ponownie na stronie kontroli przed publikacją.',
  unpublishUnconfirmed:
    'Nie wycofano publikacji: formularz nie potwierdził, którą wersję rekordu wycofać (brakuje pola version albo nie jest ono liczbą). Jeśli chcesz ją wycofać, potwierdź poniżej.',
  unpublishChanged:
    'Nie wycofano publikacji: rekord zmienił się od otwarcia strony potwierdzenia (wersja {seen}, teraz {now}). Sprawdź go i potwierdź ponownie.',
  agenda: 'Program',
  addItem: 'Dodaj punkt',
  newItem: 'Nowy punkt',
  publicPage: 'Strona publiczna (w serwisie)',
  tableScroll: 'tabela, na wąskim ekranie przewiń w bok',
  moveUp: 'W górę',
  moveDown: 'W dół',
  remove: 'Usuń',
  addPerson: 'Dodaj osobę',
  agendaProblems: 'Problemy programu',
  noAgendaProblems: 'Nie znaleziono problemów programu.',
  who: 'Kto',
  when: 'Kiedy',
  what: 'Co',
  before: 'Przed',
  after: 'Po',
  upload: 'Plik CSV rejestru TERC',
  runImport: 'Importuj',
  added: 'Dodano',
  updated: 'Zaktualizowano',
  unchanged: 'Bez zmian',
  refused: 'Odrzucono',
  importSkipped: 'Pominięto (nie są samorządami)',
  importSkippedWhy:
    'Pominięte wiersze to części gmin miejsko-wiejskich (miasto i obszar wiejski, RODZ 4 i 5) oraz dzielnice Warszawy i delegatury miast (RODZ 8 i 9): rejestr TERC je wymienia, ale nie są jednostkami samorządu terytorialnego, więc ich nie dodano.',
  importNoFile:
    'Nie wybrano pliku: wybierz plik CSV rejestru TERC (np. TERC_Urzedowy_2024-01-01.csv) i zaimportuj go. Niczego nie zmieniono.',
  importEmptyFile:
    'Plik „{name}” jest pusty: wybierz plik CSV rejestru TERC i zaimportuj go ponownie. Niczego nie zmieniono.',
  importFileTooLarge:
    'Plik „{name}” ma {size}, a import przyjmuje najwyżej {max} (cały rejestr TERC ma około 4 MB), więc to nie jest plik TERC. Niczego nie zmieniono.',
  line: 'Wiersz',
  reason: 'Powód',
  language: 'Język',
  pickHint: 'Szukaj po nazwie, KRS, NIP lub TERYT',
  status: 'Status',
  updatedAt: 'Zmieniono',
  disabled: 'Zablokowany',
  yes: 'tak',
  no: 'nie',
  dataVersion: 'Wersja danych',
  comments: 'Komentarze',
  noComments: 'Brak komentarzy.',
  addComment: 'Dodaj komentarz',
  commented: 'Komentarz dodany.',
  commentEmpty: 'Komentarz jest pusty: wpisz od 1 do {max} znaków. Niczego nie zapisano.',
  commentTooLong:
    'Komentarz ma {count}, a może mieć najwyżej {max}. Skróć go: niczego nie zapisano, wpisany tekst jest w polu.',
  comment: 'Komentarz',
  typedCut: 'Pominięto dalszą część:',
  formTooLarge: 'Formularz jest za duży: niczego nie zapisano',
  formTooLargeText:
    'Przesłano {size}, a ten formularz przyjmuje najwyżej {max}, więc go nie odczytano i niczego nie zapisano. Skróć to, co wysyłasz (najdłuższe pola albo plik), i wyślij ponownie.',
  formTooLargeUnknown:
    'Przesłano ponad {max}, najwięcej, ile przyjmuje ten formularz, więc go nie odczytano i niczego nie zapisano. Skróć to, co wysyłasz (najdłuższe pola albo plik), i wyślij ponownie.',
  notAForm: 'To nie jest formularz: niczego nie zapisano',
  notAFormText:
    'Żądanie ma typ treści „{type}”, a panel przyjmuje tylko formularze (application/x-www-form-urlencoded albo multipart/form-data), więc niczego nie zapisano. Wyślij dane formularzem panelu.',
  notAFormNoType:
    'Żądanie ma treść bez nagłówka Content-Type, a panel przyjmuje tylko formularze (application/x-www-form-urlencoded albo multipart/form-data), więc niczego nie zapisano. Wyślij dane formularzem panelu.',
  badForm: 'Nie można odczytać formularza: niczego nie zapisano',
  noBoundaryText:
    'Żądanie ma typ multipart/form-data bez parametru boundary, więc nie da się podzielić go na pola i niczego nie zapisano. Wyślij formularz ponownie z przeglądarki.',
  unreadableFormText:
    'Treść żądania nie jest poprawnie zakodowanym formularzem, więc nie da się odczytać jego pól i niczego nie zapisano. Wyślij formularz ponownie z przeglądarki.',
  formTooManyFields: 'Formularz ma za dużo pól: niczego nie zapisano',
  formTooManyFieldsText:
    'Formularz ma ponad {max} pól, a panel przyjmuje najwyżej tyle, żeby nikt nie mógł go zablokować formularzem z setkami tysięcy pól; nie odczytano go i niczego nie zapisano. Zapisz zmiany w mniejszych częściach (np. najpierw część programu) i wyślij ponownie.',
  sessionEndedUnreadBytes:
    'Twoja sesja wygasła albo wylogowano się w innej karcie, więc tego formularza nie zapisano. Nie możemy też pokazać tu, co wpisano: bez zalogowania panel odczytuje najwyżej {max} formularza, a przesłano {size}. Wróć do formularza przyciskiem „Wstecz” przeglądarki (wiele przeglądarek zachowuje wpisany tekst), skopiuj to, co wpisano, zaloguj się i wklej to ponownie w formularzu.',
  sessionEndedUnreadBytesUnknown:
    'Twoja sesja wygasła albo wylogowano się w innej karcie, więc tego formularza nie zapisano. Nie możemy też pokazać tu, co wpisano: bez zalogowania panel odczytuje najwyżej {max} formularza, a przesłano więcej. Wróć do formularza przyciskiem „Wstecz” przeglądarki (wiele przeglądarek zachowuje wpisany tekst), skopiuj to, co wpisano, zaloguj się i wklej to ponownie w formularzu.',
  sessionEndedUnreadFields:
    'Twoja sesja wygasła albo wylogowano się w innej karcie, więc tego formularza nie zapisano. Nie możemy też pokazać tu, co wpisano: bez zalogowania panel odczytuje najwyżej {max} pól formularza, a przesłano więcej. Wróć do formularza przyciskiem „Wstecz” przeglądarki (wiele przeglądarek zachowuje wpisany tekst), skopiuj to, co wpisano, zaloguj się i wklej to ponownie w formularzu.',
  signInBusy:
    'Zbyt wiele logowań naraz: panel nie sprawdził hasła i nie liczy tej próby. Spróbuj ponownie za {seconds} s.',
  eventStatus: 'Status wydarzenia',
  statusNoteLabel: 'Uwaga o statusie (pokazywana na stronie wydarzenia)',
  cancelEvent: 'Odwołaj wydarzenie',
  postponeEvent: 'Przełóż wydarzenie',
  statusChanged: 'Status wydarzenia zmieniony.',
  eventCancelled: 'Wydarzenie odwołane.',
  eventPostponed: 'Wydarzenie przełożone.',
  needStatusNote: 'Podaj uwagę o statusie (od 1 do 1000 znaków): dlaczego wydarzenie jest odwołane lub przełożone.',
  grantReport: 'Sprawozdanie z wykonania zadania',
  grantReportHint:
    'Projekt sprawozdania (wzór: Dz.U. 2018 poz. 2057, zał. 5) z publicznych wydarzeń finansowanych z tej dotacji. Pola, których dane nie podają, są oznaczone „[do uzupełnienia]”.',
  grantReportDocx: 'Pobierz sprawozdanie (Word, .docx)',
  grantReportKind: 'Rodzaj sprawozdania',
  grantReportKindNone: 'nie zaznaczaj (do uzupełnienia)',
  grantReportPartial: 'częściowe',
  grantReportFinal: 'końcowe',
  grantReportMarkdown: 'Pobierz sprawozdanie (Markdown, .md)',
  grantReportFinalFrom:
    'Sprawozdanie końcowe rozlicza całe zadanie: można je pobrać od {from}, gdy zadanie (do {end}) się zakończy i odbędą się wszystkie jego wydarzenia. Do tego czasu pobierz sprawozdanie częściowe.',
  finalReportRefused:
    'Nie pobrano sprawozdania końcowego, bo zadanie jeszcze się nie zakończyło: {reasons}. Sprawozdanie końcowe rozlicza całe zadanie, więc sporządza się je dopiero po jego zakończeniu. Pobierz teraz sprawozdanie częściowe albo wróć po końcowe od {from}, gdy odbędą się wszystkie wydarzenia.',
  finalReportRefusedFlash:
    'Nie pobrano sprawozdania końcowego: zadanie jeszcze trwa. Powód i co zrobić: w sekcji „{section}”.',
  finalReportAsOfBeforeEnd: 'zadanie trwa do {end} włącznie, a sprawozdanie byłoby sporządzone na {asOf}',
  finalReportEventsPlannedOne: 'wydarzenie {events} jeszcze się nie odbyło',
  finalReportEventsPlannedFew: '{n} wydarzenia jeszcze się nie odbyły ({events})',
  finalReportEventsPlannedMany: '{n} wydarzeń jeszcze się nie odbyło ({events})',
  finalReportPeriodNotWhole: 'okres sprawozdania kończy się {periodEnd}, przed końcem zadania ({end})',
  requiredWithAddress: 'wymagane, gdy podano adres',
  requiredField: 'To pole jest wymagane.',
  statusNoteTooLong:
    'Uwaga o statusie ma {count}, a może mieć najwyżej {max}. Skróć ją: niczego nie zapisano, wpisany tekst jest w polu.',
  statusDraftRefused:
    'To wydarzenie jest szkicem, więc nie jest publiczne: nie można go odwołać ani przełożyć. Opublikuj je (po kontroli przed publikacją) albo usuń szkic.',
  statusDraftHint: 'Szkic nie jest publiczny: odwołać lub przełożyć można tylko opublikowane wydarzenie.',
  cannotRender: 'Nie można pokazać strony',
  grantMissingError:
    'Rekord powołuje się na dotację, której nie ma w bazie, więc strona nie może pokazać wymaganej informacji o finansowaniu. Sprawdź dotacje rekordu (a we wpisie także dotacje wydarzenia, którego dotyczy).',
  grantMissingNamed:
    'Rekord „{slug}” powołuje się na dotację {id}, której nie ma w bazie, więc strona nie może pokazać wymaganej informacji o finansowaniu. Sprawdź dotacje rekordu (a we wpisie także dotacje wydarzenia, którego dotyczy).',
  conflictRetry: 'Rekord zmienił się w międzyczasie. Odśwież stronę i spróbuj ponownie.',
  uniqueTaken: '{field}: wartość „{value}” ma już inny rekord.',
  serverError: 'Błąd serwera',
  corruptRecord:
    'Zapis w bazie danych jest uszkodzony ({entity} {id}) i nie da się go odczytać. Zgłoś to administratorowi; szczegóły są w dzienniku serwera.',
  unknownError:
    'Nie udało się wykonać tej czynności (kod błędu: {code}). Zgłoś to administratorowi; szczegóły są w dzienniku serwera.',
  unexpectedError: 'Nie udało się wykonać tej czynności. Zgłoś to administratorowi; szczegóły są w dzienniku serwera.',
  renderFailed: 'Strony nie da się wyrenderować: {reason}',
  postEventMissing: 'Wpis dotyczy wydarzenia {id}, którego nie ma w bazie.',
  eventGrantMissing:
    'Dotacja {id} wydarzenia „{event}” nie istnieje: wpis o tym wydarzeniu nie pokaże informacji o jej finansowaniu.',
  statementMissingPost: 'Strona wpisu nie pokazuje informacji o finansowaniu z dotacji „{grant}”: „{statement}”.',
  slugTakenBy:
    'Adres strony w serwisie „{value}” jest już zajęty przez „{name}”. Wpisz inny albo zostaw pole puste, a adres zostanie nadany automatycznie.',
  slugTaken:
    'Adres strony w serwisie „{value}” jest już zajęty. Wpisz inny albo zostaw pole puste, a adres zostanie nadany automatycznie.',
  tercTakenBy: 'Kod TERYT {value} ma już samorząd „{name}”.',
  moderatorHint: 'Tylko w panelu. W dyskusji moderator zostanie zapisany jako pierwszy z prowadzących.',
  newUser: 'Dodaj użytkownika',
  errorPrefix: 'Błąd',
  deleteConflict:
    'Nie usunięto: rekord zmienił się, odkąd otwarto stronę usuwania. Sprawdź zmiany poniżej i usuń go ponownie, jeśli nadal trzeba.',
  referencedBy: 'Na ten rekord wskazują inne',
  deleteBlocked:
    'Tego rekordu nie można usunąć: wskazują na niego rekordy poniżej, a ich strony (także opublikowane) straciłyby te dane. Najpierw zmień lub usuń te odwołania.',
  deleteRefused: 'Nie usunięto: na ten rekord wskazują inne rekordy.',
  referencedByMoreOne: 'I jeszcze {n} {noun}, którego tu nie wymieniono.',
  referencedByMore: 'I jeszcze {n} {noun}, których tu nie wymieniono.',
  notScheduled: 'Nie zaplanowano publikacji.',
  scheduleMissing: 'Data i godzina publikacji: podaj datę i godzinę, np. 2027-02-28T10:00.',
  scheduleInvalid:
    'Data i godzina publikacji: „{value}” nie jest istniejącą datą i godziną. Podaj ją jako rrrr-mm-ddTgg:mm, np. 2027-02-28T10:00.',
  scheduleSkipped:
    'Data i godzina publikacji: {time} nie istnieje tego dnia (zmiana czasu: zegary przestawia się o godzinę do przodu). Wpisz inną godzinę, np. {moved}.',
  schedulePast:
    'Data i godzina publikacji: ten termin już minął. Podaj przyszłą datę i godzinę albo opublikuj od razu.',
  scheduleHasProblems:
    'Kontrola przed publikacją znalazła problemy (lista powyżej): zaplanowana publikacja nie może ich obejść i zostałaby wstrzymana. Popraw je, a potem zaplanuj publikację.',
  scheduleNeedsCheck: 'Zaplanować publikację można dopiero, gdy kontrola nie znajduje problemów.',
  scheduledList: 'Zaplanowane publikacje',
  noneScheduled: 'Brak zaplanowanych publikacji.',
  scheduledBy: 'zaplanował(a)',
  cancelScheduled: 'Anuluj tę publikację',
  scheduleCancelled: 'Anulowano zaplanowaną publikację.',
  scheduleGone:
    'Nie anulowano: tej publikacji nie ma już wśród zaplanowanych (opublikowano ją, wstrzymano albo anulowano wcześniej).',
  withheldList: 'Wstrzymane zaplanowane publikacje',
  outsideGrantPeriod:
    'Wydarzenie poza okresem dotacji „{grant}” ({from} – {to}): odbywa się {when}. Koszty poza okresem dotacji nie są kwalifikowalne, a sprawozdanie go nie policzy.',
  accountEmailInvalid: 'Podaj prawidłowy adres e-mail, np. jan.kowalski@example.org.',
  accountNameInvalid: 'Podaj imię i nazwisko (od 1 do 200 znaków).',
  accountRoleInvalid: 'Wybierz rolę z listy.',
  accountPasswordInvalid: 'Hasło musi mieć od 12 do 256 znaków.',
  emailTaken: 'Ten adres e-mail ma już konto.',
  passwordNew: 'Hasło (co najmniej 12 znaków)',
  passwordKeep: 'Nowe hasło (zostaw puste, aby nie zmieniać)',
  lastAdminRole:
    'Nie można odebrać roli administratora: to jedyny aktywny administrator. Najpierw nadaj tę rolę komuś innemu, inaczej nikt nie będzie mógł zarządzać użytkownikami.',
  lastAdminDisabled:
    'Nie można zablokować jedynego aktywnego administratora. Najpierw nadaj rolę administratora komuś innemu, inaczej nikt nie będzie mógł zarządzać użytkownikami.',
  userConflictText:
    'Konto zmieniło się od chwili otwarcia formularza (np. w innej karcie lub przez innego administratora). Niczego nie zapisano. Poniżej wersja zapisana; Twoje wartości są w formularzu — sprawdź je i zapisz ponownie.',
  sessionEnded: 'Sesja zakończona: niczego nie zapisano',
  sessionEndedText:
    'Twoja sesja wygasła albo wylogowano się w innej karcie, więc tego formularza nie zapisano. Skopiuj poniżej to, co wpisano, zaloguj się i wklej to ponownie w formularzu.',
  csrfTypedText: 'Niczego nie zapisano. Skopiuj poniżej to, co wpisano, otwórz formularz ponownie i wklej to w nim.',
  typedValues: 'Co wpisano (niezapisane)',
  backToForm: 'Wróć do formularza',
  userConflictPassword: 'Nowego hasła nie zapisano i nie pokazujemy go: wpisz je ponownie.',
  unknownRecord: 'nieznany rekord',
  unknownUser: 'nieznany użytkownik',
  erasedAccount: 'konto usunięte',
  eraseTitle: 'Usunięcie danych osobowych',
  eraseLink: 'Usuń dane osobowe tego konta…',
  eraseExplain:
    'Imię i nazwisko oraz adres e-mail konta zostaną usunięte na stałe, także z dziennika zmian (RODO, art. 17). Konto zostanie jako „konto usunięte”, żeby dziennik i komentarze nadal pokazywały, że działało jedno i to samo konto. Tego nie można cofnąć, a na to konto nie będzie można się już zalogować.',
  eraseBlockFirst: 'Aby usunąć dane osobowe tego konta, najpierw je zablokuj i zapisz.',
  eraseConfirm: 'Usunąć na stałe dane osobowe konta {email}?',
  eraseButton: 'Usuń dane osobowe',
  eraseActive:
    'Niczego nie usunięto: konto jest aktywne (ktoś mógł je właśnie odblokować). Najpierw je zablokuj i zapisz, potem usuń dane.',
  eraseConflict:
    'Niczego nie usunięto: konto zmieniło się od chwili otwarcia tej strony (np. w innej karcie lub przez innego administratora). Sprawdź je i spróbuj ponownie.',
  erasedNotice:
    'Dane osobowe tego konta usunięto {date}. Konto zostało tylko po to, by dziennik zmian i komentarze mogły je wskazać: nie można go zmienić ani się na nie zalogować. Dla tej osoby utwórz nowe konto.',
  userErased: 'Usunięto dane osobowe konta.',
  recordDeleted: 'usunięty',
  rawData: 'Dane źródłowe (JSON)',
  accountEntryHidden: 'Zmiana konta użytkownika: kto, którego konta i co zmieniono, widzą tylko administratorzy.',
  passwordChanged: 'zmienione',
  scheduledPublication: 'Zaplanowana publikacja',
  field: 'Pole',
  conflictSame: 'Wersje nie różnią się w polach formularza.',
  savedVersionBy: 'Wersja zapisana przez {name}',
  someoneElse: 'inna osoba',
  conflictNothingSaved:
    'Rekord zmienił się od chwili otwarcia formularza. Nic nie zostało zapisane: formularz poniżej łączy obie wersje.',
  conflictTaken: 'Przyjęto zmiany, które zapisał(a) {name}, w polach: {fields}.',
  conflictKept: 'Zachowano Twoje zmiany w polach: {fields}.',
  conflictConfirm: 'Sprawdź połączoną wersję i kliknij „Zapisz”, aby ją zapisać.',
  conflictClashes: 'Te same pola zmieniłeś(-aś) Ty i {name}. Wybierz w każdym wierszu, którą wersję zachować:',
  conflictKeepMine: 'Zachowaj moją',
  conflictKeepTheirs: 'Przyjmij zapisaną',
  conflictChoose: 'Nie zapisano: wybierz wersję w polach: {fields}.',
  chosenEarlier: 'wybrana wcześniej, spoza jednostek publicznych',
  eventPeople: 'Uczestnicy i prelegenci',
  backToEvent: 'Wróć do wydarzenia',
  eventPeopleNone: 'Program wydarzenia nie wymienia jeszcze żadnych osób.',
  inOwnName: 'we własnym imieniu',
  eventPeopleCaption: 'Osoby wymienione w programie, w kolejności punktów',
  eventPeoplePerson: 'Osoba',
  eventPeoplePart: 'Udział',
  eventPeopleRole: 'Funkcja',
  eventPeopleOrganisation: 'Organizacja lub samorząd',
  eventPeopleItem: 'Punkt programu',
  eventPeopleFiles: 'Pliki do pobrania',
  eventPeopleFileByItem: 'Osoby w programie (wiersz na osobę w punkcie, jak w tabeli powyżej)',
  eventPeopleFilePeople: 'Osoby (z funkcjami i organizacjami)',
  eventPeopleFileAgenda: 'Program z osobami',
  // Audit notes: stored once, as written, in the language of the staff member acting, or in Polish (the
  // house's first language) where nobody is (a command, a scheduled job); the audit log shows them as they are.
  noteSetupLink: 'link konfiguracyjny',
  noteUserCreate: 'polecenie user:create',
  noteImportTerc: 'polecenie import-terc, plik {file}',
  noteQuickCreate: 'utworzono z formularza',
  noteCancelled: 'Odwołano wydarzenie: {note}',
  notePostponed: 'Przełożono wydarzenie: {note}',
  grantRemoved:
    'Ta zmiana odłącza dotację „{grant}” od rekordu, który jest już publiczny: jego strona przestanie pokazywać wymaganą informację o finansowaniu z tej dotacji, a wydarzenie wypadnie z jej sprawozdania. Jeśli dotacja naprawdę go nie finansuje, zaznacz zapis mimo problemów i podaj powód; jeśli nie, zaznacz ją z powrotem.',
  statusEndedCancelled:
    'Nie odwołano wydarzenia: zakończyło się {end}, więc już się odbyło, a odbyte wydarzenie liczy się w sprawozdaniu z dotacji. Jeśli się nie odbyło, popraw jego daty w formularzu powyżej (np. na nowy termin) albo wycofaj jego publikację na stronie „Kontrola przed publikacją”.',
  statusEndedPostponed:
    'Nie przełożono wydarzenia: zakończyło się {end}, więc już się odbyło, a odbyte wydarzenie liczy się w sprawozdaniu z dotacji. Jeśli się nie odbyło, popraw jego daty w formularzu powyżej (np. na nowy termin) albo wycofaj jego publikację na stronie „Kontrola przed publikacją”.',
  formAlreadySent: 'Ten formularz został już wysłany: to rekord utworzony za pierwszym razem, drugi nie powstał.',
  formAlreadySentTitle: 'Ten formularz został już wysłany',
  formAlreadySentBody:
    'Ten formularz został już wysłany (np. podwójne kliknięcie albo ponowne wysłanie po wolnej odpowiedzi), więc drugi rekord nie powstał. Pierwsze wysłanie jeszcze się nie zakończyło albo zostało odrzucone: sprawdź, czy rekord jest na liście. Jeśli go nie ma, otwórz formularz nowego rekordu ponownie.',
  alreadyPublished: 'Ten rekord jest już opublikowany: zrobiło to Twoje wcześniejsze kliknięcie „Opublikuj”.',
  publicSince: 'Opublikowano {since}: strona jest publiczna w serwisie.',
  publicSinceUnknown: 'Opublikowano (daty publikacji nie zapisano): strona jest publiczna w serwisie.',
  publicEditsHint:
    'Zmiany zapisane w formularzu od razu trafiają na stronę publiczną, po tej samej kontroli co publikacja:',
  restoreHint:
    'Jeśli wydarzenie jednak odbędzie się tak, jak je opisano, przywróć status „opublikowane”: uwaga o odwołaniu lub przełożeniu zniknie z jego strony, a data publikacji zostanie ta sama.',
  restorePublished: 'Przywróć status „opublikowane”',
  scheduleAlreadyPublic:
    'Nie zaplanowano publikacji: ten rekord jest już publiczny w serwisie, więc nie ma czego publikować. Zaplanować można publikację szkicu; zmiany rekordu publicznego zapisane w formularzu trafiają na stronę od razu.',
  publicSaveHint:
    'Ten rekord jest publiczny w serwisie: zapisane zmiany od razu się tam pojawią (po kontroli przed publikacją).',
  savedWithAgendaProblems: 'Zapisano. Przed publikacją trzeba poprawić: {problems}',
  agendaMoved: 'Program przesunięto o {days} razem z wydarzeniem (na {date}).',
  noteOverrideSave:
    'Zapisano zmianę rekordu publicznego mimo problemów kontroli przed publikacją. Uzasadnienie: „{reason}”. Problemy: {problems}',
  publicSaveRefused:
    'Nie zapisano: ten rekord jest publiczny (widoczny w serwisie), a po tej zmianie kontrola przed publikacją znajduje problemy (lista nad przyciskiem „Zapisz”), które od razu trafiłyby na stronę publiczną. Popraw je albo zaznacz zapis mimo problemów i podaj uzasadnienie. Wpisane wartości są w formularzu.',
  publicCheckHeading: 'Problemy, które ta zmiana wprowadziłaby na stronę publiczną',
  publicOverride: 'Zapisuję mimo problemów (zostanie zapisane w dzienniku)',
  publicOverrideNote: 'Uzasadnienie (wymagane przy zapisie mimo problemów)',
  needPublicOverrideNote:
    'Podaj uzasadnienie: zmiana rekordu publicznego mimo problemów (np. bez wymaganej informacji o finansowaniu z dotacji) trafia do dziennika zmian z powodem. Niczego nie zapisano, wpisane wartości są w formularzu.',
  publicOverrideNoteTooLong:
    'Uzasadnienie ma {count}, a może mieć najwyżej {max}. Skróć je: niczego nie zapisano, wpisany tekst jest w polu.',
  noteOverride: 'Opublikowano mimo problemów. Uzasadnienie: „{reason}”. Problemy: {problems}',
  noteWithheldProblems: 'Zaplanowana publikacja wstrzymana, bo kontrola przed publikacją znalazła problemy: {problems}',
  noteWithheldFailed: 'Zaplanowana publikacja nie powiodła się: {reason}',
} as const;

type Strings = { readonly [K in keyof typeof pl]: string };

const en: Strings = {
  appName: 'Mosty — admin',
  skip: 'Skip to content',
  signIn: 'Sign in',
  signOut: 'Sign out',
  email: 'E-mail',
  password: 'Password',
  name: 'Full name',
  role: 'Role',
  badLogin: 'Wrong e-mail or password.',
  tooMany: 'Too many sign-in attempts. Try again in {minutes} min.',
  setupTitle: 'First start: create the administrator account',
  setupDone: 'Administrator account created. Sign in.',
  setupInvalid: 'The setup link is invalid or has been used.',
  dashboard: 'Dashboard',
  upcomingEvents: 'Upcoming events',
  upcomingNone: 'There are no upcoming events.',
  eventColumn: 'Event',
  reportDeadlines: 'Report deadlines',
  reportDeadlinesHint:
    "Grants whose report is due within {ahead} days, and those whose deadline passed within the last {past} days. The deadline is the agreement's or, when none was entered, 30 days after the task ends.",
  reportDeadlinesNone: 'No report is due within the next {ahead} days, and no deadline passed in the last {past} days.',
  publicTaskColumn: 'Public task',
  reportDueColumn: 'Report due',
  scheduledPublications: 'Scheduled publications',
  scheduledNone: 'No publication is scheduled.',
  recordColumn: 'Record',
  kindColumn: 'Kind',
  publishesAt: 'Publishes',
  postKind: 'News post',
  today: 'today',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  inDays: 'in {n}\u00a0days',
  daysAgo: '{n}\u00a0days ago',
  mainNav: 'Main navigation',
  search: 'Search',
  filter: 'Filter',
  sortBy: 'Sort by',
  sortOrder: 'Order',
  ascending: 'ascending',
  descending: 'descending',
  apply: 'Apply',
  newRecord: 'Add',
  edit: 'Edit',
  save: 'Save',
  delete: 'Delete',
  deleteConfirm: 'Delete this record? This cannot be undone.',
  deleted: 'Deleted.',
  saved: 'Saved.',
  cancel: 'Cancel',
  history: 'History',
  audit: 'Audit log',
  users: 'Users',
  importTerc: 'TERC import',
  dataCheck: 'Data check',
  dataCheckIntro:
    'Every stored record, drafts too, checked as a save would check it today: against the rules for its data and its references to other records. Records stored before a new rule, edited by hand in the database or pointing at a record deleted despite references show up here.',
  dataCheckEmpty: 'There are no records to check yet.',
  dataCheckFineOne: 'The one stored record is fine.',
  dataCheckFineFew: 'All {n} records are fine.',
  dataCheckFineMany: 'All {n} records are fine.',
  dataCheckFoundOne: '{n} record of {total} breaks a rule:',
  dataCheckFoundFew: '{n} records of {total} break a rule:',
  dataCheckFoundMany: '{n} records of {total} break a rule:',
  wholeRecord: 'Whole record',
  previous: 'Previous',
  next: 'Next',
  results: 'Results',
  noResults: 'No results.',
  page: 'Page',
  of: 'of',
  actions: 'Actions',
  fixErrors: 'The form has errors. Correct the marked fields.',
  storedIssues: "This record breaks today's rules",
  storedIssuesHint:
    'It was stored before a rule existed, or changed in the database outside the admin. Correct the marked fields and save.',
  conflictTitle: 'Conflict: someone else changed this record',
  duplicateTitle: 'Not saved: check that this is not entered twice',
  duplicateOrganization: 'An organisation with this name already exists:',
  duplicateVenue: 'A venue with this name already exists:',
  duplicatePerson: 'A person with this name already exists:',
  duplicateQuestion: 'Save anyway?',
  duplicateConfirm: 'Yes, this is a different one: save anyway',
  savedVersion: 'Stored version',
  yourVersion: 'Your version',
  notFound: 'Not found.',
  forbidden: 'You may not do this.',
  badRequest: 'Bad request.',
  crossOrigin: 'A form from outside the admin: nothing was saved',
  crossOriginText:
    'This request came from another site ({origin}), and the admin takes forms only from its own pages ({admin}), so nothing was saved. If it was sent from the admin, open the form at {admin} and send it again.',
  versionMissing:
    'Nothing was saved: the form did not say which version of the record it changes (the version field is missing or not a number), so whether someone changed it meanwhile cannot be checked. What you typed is in the form: check it and send it again.',
  deleteVersionMissing:
    'Not deleted: the form did not say which version of the record to delete (the version field is missing or not a number), so whether someone changed it meanwhile cannot be checked. Check the record and delete it again.',
  statusUnknown:
    'The status was not changed: the form did not say whether to cancel or to postpone the event (got "{status}"). Choose "{cancel}" or "{postpone}"; the note you typed is in its field.',
  methodNotAllowed: 'Method not allowed',
  methodNotAllowedText: 'At this address the admin does not take {method} requests, only: {allow}.',
  csrf: 'The form expired or came from outside the admin. Reload the page and try again.',
  publish: 'Publish',
  unpublish: 'Unpublish',
  schedule: 'Schedule publishing',
  scheduleAt: 'Publish at (Warsaw time)',
  scheduleAtZone: 'Publish at (time zone {zone})',
  scheduleField: 'Publish at',
  scheduled: 'Publishing scheduled.',
  preview: 'Preview',
  previewNotice: 'Preview: this is how the page will look once published. Links lead to the public site.',
  backToPublish: 'Back to publishing',
  backToList: 'Back to the list: {list}',
  compliance: 'Check before publishing',
  noProblems: 'No problems found.',
  warningsHeading: 'Notes (they do not stop publication)',
  override: 'Publish despite the problems (recorded in the audit log)',
  overrideNote: 'Reason',
  needOverride: 'There are problems: tick the override to publish.',
  overrideNoteRequired: 'Reason (required to publish despite problems)',
  needOverrideNote:
    'Give a reason: publishing despite problems (without the funding statement a grant requires, say) goes into the audit log with the reason. Nothing was published.',
  overrideNoteTooLong:
    'The reason has {count}, and may have at most {max}. Shorten it: nothing was published, what you typed is in the field.',
  notPublished: 'Not published.',
  publishVersionMissing:
    'Not published: the form did not say which version of the record was checked (the version field is missing or not a number), so whether what was checked would be published is unknown. Check the result below and publish again.',
  publishChanged:
    'Not published: the record has changed since this page was opened (version {seen}, now {now}), so what was not checked would be published. Check it (preview) and the result below, then publish again.',
  published: 'Published.',
  unpublished: 'Unpublished.',
  unpublishConfirm:
    'Unpublish it? The record goes back to drafts and leaves the website: its page, feeds and calendars stop showing it. It can be published again from the check before publishing.',
  unpublishUnconfirmed:
    'Not unpublished: the form did not confirm which version of the record to unpublish (the version field is missing or not a number). To unpublish it, confirm below.',
  unpublishChanged:
    'Not unpublished: the record has changed since the confirmation page was opened (version {seen}, now {now}). Check it and confirm again.',
  agenda: 'Agenda',
  addItem: 'Add item',
  newItem: 'New item',
  publicPage: 'Public page (on the website)',
  tableScroll: 'table, scroll sideways on a narrow screen',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  addPerson: 'Add person',
  agendaProblems: 'Agenda problems',
  noAgendaProblems: 'No agenda problems found.',
  who: 'Who',
  when: 'When',
  what: 'What',
  before: 'Before',
  after: 'After',
  upload: 'TERC register CSV file',
  runImport: 'Import',
  added: 'Added',
  updated: 'Updated',
  unchanged: 'Unchanged',
  refused: 'Refused',
  importSkipped: 'Skipped (not local authorities)',
  importSkippedWhy:
    'The skipped rows are parts of urban-rural gminas (the town and the rural area, RODZ 4 and 5) and the districts of Warsaw and delegations of cities (RODZ 8 and 9): the TERC register lists them, but they are not local authorities, so they were not added.',
  importNoFile:
    'No file was chosen: choose the CSV file of the TERC register (e.g. TERC_Urzedowy_2024-01-01.csv) and import it. Nothing was changed.',
  importEmptyFile:
    'The file "{name}" is empty: choose the CSV file of the TERC register and import it again. Nothing was changed.',
  importFileTooLarge:
    'The file "{name}" has {size}, and the import takes at most {max} (the whole TERC register is about 4 MB), so it is no TERC file. Nothing was changed.',
  line: 'Line',
  reason: 'Reason',
  language: 'Language',
  pickHint: 'Search by name, KRS, NIP or TERYT',
  status: 'Status',
  updatedAt: 'Updated',
  disabled: 'Disabled',
  yes: 'yes',
  no: 'no',
  dataVersion: 'Data version',
  comments: 'Comments',
  noComments: 'No comments.',
  addComment: 'Add a comment',
  commented: 'Comment added.',
  commentEmpty: 'The comment is empty: type 1 to {max} characters. Nothing was saved.',
  commentTooLong:
    'The comment has {count}, and may have at most {max}. Shorten it: nothing was saved, what you typed is in the field.',
  comment: 'Comment',
  typedCut: 'Left out after this:',
  formTooLarge: 'The form is too large: nothing was saved',
  formTooLargeText:
    '{size} was sent, and this form takes at most {max}, so it was not read and nothing was saved. Send less (shorten the longest fields, or a smaller file) and try again.',
  formTooLargeUnknown:
    'More than {max} was sent, the most this form takes, so it was not read and nothing was saved. Send less (shorten the longest fields, or a smaller file) and try again.',
  notAForm: 'This is not a form: nothing was saved',
  notAFormText:
    'The request\'s content type is "{type}", and the admin takes only forms (application/x-www-form-urlencoded or multipart/form-data), so nothing was saved. Send the data with the admin\'s form.',
  notAFormNoType:
    "The request has a body but no Content-Type header, and the admin takes only forms (application/x-www-form-urlencoded or multipart/form-data), so nothing was saved. Send the data with the admin's form.",
  badForm: 'The form cannot be read: nothing was saved',
  noBoundaryText:
    'The request is multipart/form-data without a boundary parameter, so it cannot be split into fields and nothing was saved. Send the form again from the browser.',
  unreadableFormText:
    "The request's body is not a well-formed form, so its fields cannot be read and nothing was saved. Send the form again from the browser.",
  formTooManyFields: 'The form has too many fields: nothing was saved',
  formTooManyFieldsText:
    'The form has more than {max} fields, the most the admin takes, so that nobody can stall it with a form of hundreds of thousands of fields; it was not read and nothing was saved. Save your changes in smaller parts (part of the agenda first, say) and send again.',
  sessionEndedUnreadBytes:
    "Your session expired or you signed out in another tab, so this form was not saved. What you typed cannot be shown here either: signed out, the admin reads at most {max} of a form, and {size} was sent. Go back to the form with the browser's Back button (many browsers keep what was typed), copy what you typed, sign in and paste it into the form again.",
  sessionEndedUnreadBytesUnknown:
    "Your session expired or you signed out in another tab, so this form was not saved. What you typed cannot be shown here either: signed out, the admin reads at most {max} of a form, and more was sent. Go back to the form with the browser's Back button (many browsers keep what was typed), copy what you typed, sign in and paste it into the form again.",
  sessionEndedUnreadFields:
    "Your session expired or you signed out in another tab, so this form was not saved. What you typed cannot be shown here either: signed out, the admin reads at most {max} fields of a form, and more were sent. Go back to the form with the browser's Back button (many browsers keep what was typed), copy what you typed, sign in and paste it into the form again.",
  signInBusy:
    'Too many sign-ins at once: the admin did not check the password and does not count this attempt. Try again in {seconds} s.',
  eventStatus: 'Event status',
  statusNoteLabel: 'Status note (shown on the event page)',
  cancelEvent: 'Cancel the event',
  postponeEvent: 'Postpone the event',
  statusChanged: 'Event status changed.',
  eventCancelled: 'Event cancelled.',
  eventPostponed: 'Event postponed.',
  needStatusNote: 'Give a status note (1 to 1,000 characters): why the event is cancelled or postponed.',
  grantReport: 'Public task report',
  grantReportHint:
    'A draft of the report (template: Dz.U. 2018 poz. 2057, annex 5) from the public events this grant funds. What the data cannot give is marked "[do uzupełnienia]". The report is in Polish.',
  grantReportDocx: 'Download the report (Word, .docx)',
  grantReportKind: 'Kind of report',
  grantReportKindNone: 'leave unticked (to fill in)',
  grantReportPartial: 'partial',
  grantReportFinal: 'final',
  grantReportMarkdown: 'Download the report (Markdown, .md)',
  grantReportFinalFrom:
    'A final report accounts for the whole task: it can be downloaded from {from}, when the task (until {end}) is over and all its events have taken place. Until then, download a partial report.',
  finalReportRefused:
    'The final report was not downloaded because the task is not over yet: {reasons}. A final report accounts for the whole task, so it is drawn up only once the task is over. Download a partial report now, or come back for the final one from {from}, when all events have taken place.',
  finalReportRefusedFlash:
    'The final report was not downloaded: the task is not over yet. Why, and what to do: see "{section}".',
  finalReportAsOfBeforeEnd: 'the task runs until {end} inclusive, and the report would be drawn up as of {asOf}',
  finalReportEventsPlannedOne: 'the event {events} has not taken place yet',
  finalReportEventsPlannedFew: '{n} events have not taken place yet ({events})',
  finalReportEventsPlannedMany: '{n} events have not taken place yet ({events})',
  finalReportPeriodNotWhole: 'the reporting period ends on {periodEnd}, before the task does ({end})',
  requiredWithAddress: 'required when an address is given',
  requiredField: 'This field is required.',
  statusNoteTooLong:
    'The status note has {count}; at most {max} are allowed. Shorten it: nothing was saved, the text is in the field.',
  statusDraftRefused:
    'This event is a draft, so it is not public: it cannot be cancelled or postponed. Publish it (after the check before publishing) or delete the draft.',
  statusDraftHint: 'A draft is not public: only a published event can be cancelled or postponed.',
  cannotRender: 'The page cannot be shown',
  grantMissingError:
    'The record names a grant that is not in the database, so the page cannot show the required funding statement. Check the grants of the record (and, for a post, those of its event).',
  grantMissingNamed:
    'Record "{slug}" names grant {id}, which is not in the database, so the page cannot show the required funding statement. Check the grants of the record (and, for a post, those of its event).',
  conflictRetry: 'The record has changed in the meantime. Reload the page and try again.',
  uniqueTaken: '{field}: another record already has "{value}".',
  serverError: 'Server error',
  corruptRecord:
    'A record in the database is damaged ({entity} {id}) and cannot be read. Tell the administrator; the details are in the server log.',
  unknownError:
    'This could not be done (error code: {code}). Tell the administrator; the details are in the server log.',
  unexpectedError: 'This could not be done. Tell the administrator; the details are in the server log.',
  renderFailed: 'The page cannot be rendered: {reason}',
  postEventMissing: 'The post is about event {id}, which is not in the database.',
  eventGrantMissing:
    'Grant {id} of the event "{event}" does not exist: a post about that event will not show its funding statement.',
  statementMissingPost: 'The post\'s page does not show the funding statement of grant "{grant}": "{statement}".',
  slugTakenBy:
    'The page address "{value}" is already taken by "{name}". Type another, or leave the field empty to get one automatically.',
  slugTaken:
    'The page address "{value}" is already taken. Type another, or leave the field empty to get one automatically.',
  tercTakenBy: 'TERYT code {value} already belongs to "{name}".',
  moderatorHint: 'Panels only. In a discussion the moderator is saved as the first facilitator.',
  newUser: 'Add a user',
  errorPrefix: 'Error',
  deleteConflict:
    'Not deleted: the record has changed since the delete page was opened. Check the changes below and delete it again if still needed.',
  referencedBy: 'Other records point at this one',
  deleteBlocked:
    'This record cannot be deleted: the records below point at it, and their pages (published ones too) would lose it. Change or remove those references first.',
  deleteRefused: 'Not deleted: other records point at this one.',
  referencedByMoreOne: 'And {n} more {noun} not listed here.',
  referencedByMore: 'And {n} more {noun} not listed here.',
  notScheduled: 'Publishing was not scheduled.',
  scheduleMissing: 'Publish at: give a date and time, e.g. 2027-02-28T10:00.',
  scheduleInvalid:
    'Publish at: "{value}" is not an existing date and time. Give it as yyyy-mm-ddThh:mm, e.g. 2027-02-28T10:00.',
  scheduleSkipped:
    'Publish at: {time} does not exist on that day (clock change: clocks go forward an hour). Enter another time, e.g. {moved}.',
  schedulePast: 'Publish at: that time has passed. Give a future date and time, or publish now.',
  scheduleHasProblems:
    'The check before publishing found problems (listed above): a scheduled publication cannot override them and would be withheld. Fix them, then schedule.',
  scheduleNeedsCheck: 'Publishing can be scheduled once the check finds no problems.',
  scheduledList: 'Scheduled publications',
  noneScheduled: 'No publication is scheduled.',
  scheduledBy: 'scheduled by',
  cancelScheduled: 'Cancel this publication',
  scheduleCancelled: 'Scheduled publication cancelled.',
  scheduleGone:
    'Not cancelled: this publication is no longer scheduled (it was published, withheld or cancelled before).',
  withheldList: 'Withheld scheduled publications',
  outsideGrantPeriod:
    'The event is outside the period of grant "{grant}" ({from} – {to}): it takes place {when}. Costs outside the grant period are not eligible, and the report will not count it.',
  accountEmailInvalid: 'Give a valid e-mail address, e.g. jan.kowalski@example.org.',
  accountNameInvalid: 'Give a full name (1 to 200 characters).',
  accountRoleInvalid: 'Choose a role from the list.',
  accountPasswordInvalid: 'A password must have 12 to 256 characters.',
  emailTaken: 'This e-mail address already has an account.',
  passwordNew: 'Password (at least 12 characters)',
  passwordKeep: 'New password (leave empty to keep the current one)',
  lastAdminRole:
    'The administrator role cannot be removed: this is the only active administrator. Give the role to someone else first, or nobody could manage users.',
  lastAdminDisabled:
    'The only active administrator cannot be disabled. Give the administrator role to someone else first, or nobody could manage users.',
  userConflictText:
    'The account has changed since the form was opened (in another tab or by another administrator). Nothing was saved. The saved version is below; your values are in the form: check them and save again.',
  sessionEnded: 'Session ended: nothing was saved',
  sessionEndedText:
    'Your session expired or you signed out in another tab, so this form was not saved. Copy what you typed from below, sign in and paste it into the form again.',
  csrfTypedText: 'Nothing was saved. Copy what you typed from below, open the form again and paste it there.',
  typedValues: 'What you typed (not saved)',
  backToForm: 'Back to the form',
  userConflictPassword: 'The new password was not saved and is not shown: type it again.',
  unknownRecord: 'unknown record',
  unknownUser: 'unknown user',
  erasedAccount: 'erased account',
  eraseTitle: 'Erase personal data',
  eraseLink: 'Erase this account’s personal data…',
  eraseExplain:
    'The account’s name and e-mail address will be erased for good, from the audit log too (GDPR, Art. 17). The account stays as an “erased account”, so that the log and comments still show that one and the same account acted. This cannot be undone, and nobody can sign in to the account again.',
  eraseBlockFirst: 'To erase this account’s personal data, block it first and save.',
  eraseConfirm: 'Erase the personal data of {email} for good?',
  eraseButton: 'Erase personal data',
  eraseActive:
    'Nothing was erased: the account is active (someone may have just unblocked it). Block it and save first, then erase the data.',
  eraseConflict:
    'Nothing was erased: the account changed since this page was opened (in another tab or by another administrator). Check it and try again.',
  erasedNotice:
    'This account’s personal data was erased on {date}. The account is kept only so the audit log and comments can name it: it cannot be changed or signed in to. Create a new account for this person.',
  userErased: 'The account’s personal data was erased.',
  recordDeleted: 'deleted',
  rawData: 'Source data (JSON)',
  accountEntryHidden:
    'A change of a staff account: who, whose account and what changed are shown to administrators only.',
  passwordChanged: 'changed',
  scheduledPublication: 'Scheduled publication',
  field: 'Field',
  conflictSame: 'The versions do not differ in the fields of the form.',
  savedVersionBy: 'Version saved by {name}',
  someoneElse: 'someone else',
  conflictNothingSaved:
    'The record has changed since the form was opened. Nothing has been saved: the form below combines both versions.',
  conflictTaken: 'Changes saved by {name} were taken in: {fields}.',
  conflictKept: 'Your changes were kept in: {fields}.',
  conflictConfirm: 'Check the combined version and click “Save” to save it.',
  conflictClashes: 'You and {name} changed the same fields. Choose in each row which version to keep:',
  conflictKeepMine: 'Keep mine',
  conflictKeepTheirs: 'Take the saved one',
  conflictChoose: 'Not saved: choose a version for: {fields}.',
  chosenEarlier: 'chosen earlier, not a public body',
  eventPeople: 'Participants and speakers',
  backToEvent: 'Back to the event',
  eventPeopleNone: "The event's agenda names nobody yet.",
  inOwnName: 'in their own name',
  eventPeopleCaption: 'People named in the agenda, in the order of its items',
  eventPeoplePerson: 'Person',
  eventPeoplePart: 'Part',
  eventPeopleRole: 'Role',
  eventPeopleOrganisation: 'Organisation or local authority',
  eventPeopleItem: 'Agenda item',
  eventPeopleFiles: 'Files to download',
  eventPeopleFileByItem: 'People on the agenda (a row per person and item, as in the table above)',
  eventPeopleFilePeople: 'People (with roles and organisations)',
  eventPeopleFileAgenda: 'Agenda with its people',
  noteSetupLink: 'setup link',
  noteUserCreate: 'user:create command',
  noteImportTerc: 'import-terc command, file {file}',
  noteQuickCreate: 'created from a form',
  noteCancelled: 'Event cancelled: {note}',
  notePostponed: 'Event postponed: {note}',
  grantRemoved:
    'This change detaches the grant "{grant}" from a record that is already public: its page will stop showing the funding statement that grant requires, and the event will drop out of the grant\'s report. If the grant really does not fund it, tick saving despite the problems and give the reason; if it does, tick it again.',
  statusEndedCancelled:
    'The event was not cancelled: it ended {end}, so it has taken place, and an event that took place counts in the grant report. If it did not take place, correct its dates in the form above (e.g. to the new date) or unpublish it on the "Check before publishing" page.',
  statusEndedPostponed:
    'The event was not postponed: it ended {end}, so it has taken place, and an event that took place counts in the grant report. If it did not take place, correct its dates in the form above (e.g. to the new date) or unpublish it on the "Check before publishing" page.',
  formAlreadySent: 'This form was already sent: this is the record made the first time; no second one was created.',
  formAlreadySentTitle: 'This form was already sent',
  formAlreadySentBody:
    'This form was already sent (e.g. a double click, or sending again after a slow answer), so no second record was created. The first sending has not finished yet or was refused: check whether the record is in the list. If it is not, open the new record form again.',
  alreadyPublished: 'This record is already published: your earlier click on "Publish" did it.',
  publicSince: 'Published {since}: the page is public on the website.',
  publicSinceUnknown: 'Published (the date was not recorded): the page is public on the website.',
  publicEditsHint: 'Changes saved in the form go to the public page at once, after the same check as publishing:',
  restoreHint:
    'If the event takes place as described after all, restore the status "published": the note about cancelling or postponing disappears from its page, and the publication date stays the same.',
  restorePublished: 'Restore the status "published"',
  scheduleAlreadyPublic:
    "Publishing was not scheduled: this record is public on the website already, so there is nothing to publish. Only a draft's publication can be scheduled; changes to a public record saved in the form go to its page at once.",
  publicSaveHint:
    'This record is public on the website: saved changes appear there at once (after the check before publishing).',
  savedWithAgendaProblems: 'Saved. Before publishing, fix: {problems}',
  agendaMoved: 'The agenda moved {days} with the event (to {date}).',
  noteOverrideSave:
    'Saved a change to a public record despite problems found by the check before publishing. Reason: "{reason}". Problems: {problems}',
  publicSaveRefused:
    'Not saved: this record is public (shown on the website), and with this change the check before publishing finds problems (listed above the "Save" button) that would go straight onto the public page. Fix them, or tick saving despite the problems and give a reason. What you typed is in the form.',
  publicCheckHeading: 'Problems this change would put on the public page',
  publicOverride: 'Save despite the problems (recorded in the audit log)',
  publicOverrideNote: 'Reason (required to save despite the problems)',
  needPublicOverrideNote:
    'Give a reason: a change to a public record despite problems (e.g. without the required grant funding statement) goes into the audit log with its reason. Nothing was saved; what you typed is in the form.',
  publicOverrideNoteTooLong:
    'The reason has {count} and may have at most {max}. Shorten it: nothing was saved, the text you typed is in the field.',
  noteOverride: 'Published despite problems. Reason: "{reason}". Problems: {problems}',
  noteWithheldProblems: 'Scheduled publication withheld: the check before publishing found problems: {problems}',
  noteWithheldFailed: 'Scheduled publication failed: {reason}',
};

export type UiKey = keyof typeof pl;
const STRINGS: Record<Locale, Strings> = { pl, en };

/** The interface string `key` in `locale`. */
export const t = (locale: Locale, key: UiKey): string => STRINGS[locale][key];

/**
 * The interface string `key` with its `{name}` placeholders filled in.
 *
 * @example
 * tf('pl', 'tooMany', { minutes: '15' }) // 'Zbyt wiele prób logowania. Spróbuj ponownie za 15 min.'
 */
export const tf = (locale: Locale, key: UiKey, values: Record<string, string>): string =>
  t(locale, key).replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);

/** Parses a language cookie or query value; anything else is Polish. */
export const parseLocale = (value: string | undefined | null): Locale => (value === 'en' ? 'en' : 'pl');

/** Nouns counted in interface strings: Polish forms after 1, 2–4 and 5+ (`pluralPl`), English singular and plural. */
const COUNTED = {
  character: { pl: ['znak', 'znaki', 'znaków'], en: ['character', 'characters'] },
  record: { pl: ['rekord', 'rekordy', 'rekordów'], en: ['record', 'records'] },
  day: { pl: ['dzień', 'dni', 'dni'], en: ['day', 'days'] },
} as const satisfies Record<string, { pl: PolishPluralForms; en: readonly [string, string] }>;

/** A whole number as the locale writes it: "1002" and "10 000" in Polish, "1,002" in English. */
export const numberText = (locale: Locale, n: number): string => new Intl.NumberFormat(locale).format(n);

/**
 * The form of a counted noun that agrees with `n`.
 *
 * @example
 * nounText('pl', 22, 'record') // 'rekordy'
 * nounText('en', 1, 'record') // 'record'
 */
export function nounText(locale: Locale, n: number, noun: keyof typeof COUNTED): string {
  const forms = COUNTED[noun];
  return locale === 'pl' ? pluralPl(n, forms.pl) : Math.abs(n) === 1 ? forms.en[0] : forms.en[1];
}

/**
 * The one of three sentences that agrees with `n`: Polish after 1, 2–4 and 5+ (`pluralPl`), English
 * singular or plural (the third is then the plural too), with `{n}` and `values` filled in.
 *
 * @example
 * countedSentence('pl', 5, ['dataCheckFineOne', 'dataCheckFineFew', 'dataCheckFineMany']) // 'Wszystkich 5 rekordów jest w porządku.'
 */
export function countedSentence(
  locale: Locale,
  n: number,
  keys: readonly [UiKey, UiKey, UiKey],
  values: Record<string, string> = {},
): string {
  const key = locale === 'pl' ? pluralPl(n, keys) : Math.abs(n) === 1 ? keys[0] : keys[1];
  return tf(locale, key as UiKey, { ...values, n: numberText(locale, n) });
}

/**
 * A count with its noun in the form that agrees with it.
 *
 * @example
 * countText('pl', 1002, 'character') // '1002 znaki'
 * countText('en', 1, 'character') // '1 character'
 */
export const countText = (locale: Locale, n: number, noun: keyof typeof COUNTED): string =>
  `${numberText(locale, n)} ${nounText(locale, n, noun)}`;

/** English as the admin writes it (British: "organisation", no serial comma). */
const INTL_LOCALE: Record<Locale, string> = { pl: 'pl', en: 'en-GB' };

/**
 * Items joined as a sentence lists them: commas, and the conjunction before the last.
 *
 * @example
 * listText('pl', ['panel', 'prezentacja', 'dyskusja']) // 'panel, prezentacja i dyskusja'
 * listText('en', ['people', 'questions'], 'or') // 'people or questions'
 */
export const listText = (locale: Locale, items: readonly string[], join: 'and' | 'or' = 'and'): string =>
  new Intl.ListFormat(INTL_LOCALE[locale], { type: join === 'and' ? 'conjunction' : 'disjunction' }).format(items);
