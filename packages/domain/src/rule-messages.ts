/**
 * The domain's own Polish and English messages for its rules (a wrong NIP check digit, an end before the
 * start, a small grant over its limit), keyed by the `code` a schema puts in an issue's `params`. Each is a
 * predicate of the field it follows ("NIP: ma błędną cyfrę kontrolną…"), so it starts in lower case;
 * `validate` and `errorFor` add what was got and the full stop. Internal. To add a rule, give its code a
 * message here in both languages and raise it with `params: { code }`.
 */
type Locale = 'pl' | 'en';

const IDENTIFIER_FORMS: Record<string, { pl: string; en: string }> = {
  nip: { pl: '10 cyfr, np. 525-208-72-27', en: '10 digits, e.g. 525-208-72-27' },
  regon: { pl: '9 lub 14 cyfr', en: '9 or 14 digits' },
  krs: { pl: 'do 10 cyfr, np. 0000030897', en: 'up to 10 digits, e.g. 0000030897' },
  terc: { pl: '2, 4 lub 7 cyfr kodu TERYT, np. 1434', en: 'a 2, 4 or 7 digit TERYT code, e.g. 1434' },
  postalCode: { pl: 'NN-NNN, np. 03-719', en: 'NN-NNN, e.g. 03-719' },
  iban: { pl: 'PL i 26 cyfr', en: 'PL and 26 digits' },
};

const REASONS: Record<string, { pl: string; en: string }> = {
  format: { pl: 'ma niewłaściwy format', en: 'is not in the right format' },
  length: { pl: 'ma złą liczbę cyfr', en: 'has the wrong number of digits' },
  checksum: {
    pl: 'ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki',
    en: 'has a wrong check digit — check it for a typo',
  },
  checksum10: {
    pl: 'daje resztę 10 przy liczeniu sumy kontrolnej — takie numery nie są nadawane',
    en: 'gives remainder 10 in its checksum — such numbers are never issued',
  },
  allZeros: { pl: 'nie może składać się z samych zer', en: 'cannot be all zeros' },
  prefix: { pl: 'ma niedozwolony prefiks kraju', en: 'has a country prefix, which is not allowed here' },
  registry: { pl: 'nie występuje w rejestrze', en: 'is not in the register' },
};

const FORM_REASONS = new Set(['format', 'length', 'prefix']);

// Reasons whose words depend on the identifier, the expected form included. A German IBAN is no typo in
// a country prefix but an account of a country this check does not take, and should be called that.
const KIND_REASONS: Record<string, { pl: string; en: string }> = {
  'iban.prefix': {
    pl: 'nie jest polskim rachunkiem — przyjmowane są tylko polskie rachunki: PL i 26 cyfr (IBAN) albo 26 cyfr (NRB)',
    en: 'is not a Polish account — only Polish accounts are accepted: PL and 26 digits (IBAN) or 26 digits (NRB)',
  },
};

const MESSAGES: Record<string, { pl: string; en: string }> = {
  id: { pl: 'musi być identyfikatorem (litery, cyfry, - i _)', en: 'must be an identifier (letters, digits, - and _)' },
  slug: {
    pl: 'może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze myślniki, np. spotkanie-w-warszawie',
    en: 'may contain only lower-case letters without accents, digits and single hyphens, e.g. spotkanie-w-warszawie',
  },
  timeZone: {
    pl: 'nie jest znaną strefą czasową (np. Europe/Warsaw)',
    en: 'is not a known time zone (e.g. Europe/Warsaw)',
  },
  hashtag: { pl: 'może zawierać tylko litery, cyfry i _', en: 'may contain only letters, digits and _' },
  currency: {
    pl: 'musi być trzyliterowym kodem istniejącej waluty, pisanym wielkimi literami (np. PLN, EUR)',
    en: 'must be the three-letter code of a currency in use, in capitals (e.g. PLN, EUR)',
  },
  currencyNotInHundredths: {
    pl: 'kwoty zapisujemy w setnych częściach waluty (jak grosze), a ta waluta ich nie ma (np. JPY) albo dzieli się na tysięczne (np. KWD); podaj kwotę w PLN lub EUR',
    en: 'amounts are kept in hundredths of a currency (like cents), and this currency has none (e.g. JPY) or thousandths (e.g. KWD); give the amount in PLN or EUR',
  },
  country: { pl: 'musi być dwuliterowym kodem kraju (np. PL)', en: 'must be a two-letter country code (e.g. PL)' },
  periodOrder: { pl: 'nie może być wcześniej niż data początkowa', en: 'cannot be before the start date' },
  endsBeforeStart: { pl: 'musi być później niż początek', en: 'must be after the start' },
  duplicateId: { pl: 'zawiera powtórzone identyfikatory', en: 'contains repeated identifiers' },
  oppNeedsKrs: {
    pl: 'jest wymagany, gdy organizacja ma status OPP (status wpisuje się do KRS)',
    en: 'is required when the organisation has public benefit status (it is entered in KRS)',
  },
  krsOrdinaryAssociation: {
    pl: 'stowarzyszenie zwykłe nie ma numeru KRS: wpisuje się je do ewidencji stowarzyszeń zwykłych prowadzonej przez starostę (podaj jej numer w polu „Inny rejestr”)',
    en: 'an ordinary association has no KRS number: it is entered in the register kept by the starosta (give that number under "Other register")',
  },
  krsRuralWomensCircle: {
    pl: 'koło gospodyń wiejskich nie ma numeru KRS: wpisuje się je do Krajowego Rejestru Kół Gospodyń Wiejskich prowadzonego przez ARiMR (podaj jego numer w polu „Inny rejestr”)',
    en: 'a rural women\'s circle has no KRS number: it is entered in the national register of rural women\'s circles kept by ARiMR (give that number under "Other register")',
  },
  oppOutsideKrs: {
    pl: 'status OPP wpisuje się do KRS, a stowarzyszenie zwykłe i koło gospodyń wiejskich nie są wpisywane do KRS',
    en: "public benefit status is entered in KRS, and ordinary associations and rural women's circles are not in KRS",
  },
  tercKind: {
    pl: 'nie odpowiada rodzajowi samorządu: województwo ma kod z 2 cyfr (np. 14), powiat z 4 cyfr (np. 1434), miasto na prawach powiatu z 4 cyfr, z których dwie ostatnie to liczba od 61 do 79 (np. 1465), a gmina z 7 cyfr, z których ostatnia oznacza rodzaj gminy: 1 miejska, 2 wiejska, 3 miejsko-wiejska (np. 1434011)',
    en: 'does not match the kind of authority: a voivodeship has a 2-digit code (e.g. 14), a county (powiat) a 4-digit one (e.g. 1434), a city with county rights 4 digits whose last two are 61 to 79 (e.g. 1465), and a municipality (gmina) 7 digits, the last of which gives its kind: 1 urban, 2 rural, 3 urban-rural (e.g. 1434011)',
  },
  speakerIndependentParty: {
    pl: 'osoba występująca we własnym imieniu nie reprezentuje organizacji ani samorządu: usuń organizację i samorząd przy tej osobie albo odznacz to pole',
    en: 'a person speaking in their own name represents no organisation or authority: remove the organisation and the authority beside them, or untick this field',
  },
  representativesPartyNamed: {
    pl: 'przy przedstawicielach wskazano organizację albo samorząd, więc źródło mówi, kogo reprezentują: usuń organizację i samorząd przy tym wierszu albo odznacz to pole',
    en: 'an organisation or an authority is named beside these representatives, so the source does say whom they represent: remove the organisation and the authority from this row, or untick this field',
  },
  affiliationParty: { pl: 'wskaż organizację albo samorząd', en: 'name an organisation or an authority' },
  smallGrantAmount: {
    pl: 'mały grant (art. 19a) nie może przekroczyć 10 000 zł',
    en: 'a small grant (art. 19a) cannot exceed 10,000 PLN',
  },
  smallGrantDays: {
    pl: 'mały grant (art. 19a) trwa najwyżej 90 dni',
    en: 'a small grant (art. 19a) lasts at most 90 days',
  },
  funderNameGenitiveRequired: {
    pl: 'jest wymagany: z nazwy dotującego nie da się utworzyć dopełniacza nazwy samorządu, a oświadczenie o finansowaniu wymienia budżet samorządu (np. „Województwa Mazowieckiego”), nie jego jednostki ani urzędu; podaj go albo treść oświadczenia z umowy',
    en: "is required: the genitive of the local authority's name cannot be derived from the funder's name, and the funding statement names the authority's budget (e.g. \"Województwa Mazowieckiego\"), not a unit's or an office's; give it, or the agreement's statement",
  },
  smallGrantCurrency: {
    pl: 'mały grant (art. 19a) udziela się w złotych (PLN), a jego limit to 10 000 zł',
    en: 'a small grant (art. 19a) is awarded in złoty (PLN), up to 10,000 PLN',
  },
  grantAmountZero: {
    pl: 'musi być większa od zera: dotacja przekazuje środki na zadanie',
    en: 'must be above zero: a grant transfers money for the task',
  },
  supportOwnContribution: {
    pl: 'przy wsparciu zadania (dofinansowaniu) wkład własny musi być większy od zera; przy powierzeniu może wynosić 0',
    en: 'must be above zero when the task is supported (co-financed); only an entrusted task may have none',
  },
  currencyMismatch: { pl: 'musi być tą samą walutą co kwota dotacji', en: 'must be the currency of the grant amount' },
  webUrlEmail: {
    pl: 'jest adresem e-mail, a nie adresem strony internetowej (np. https://fundacja.org.pl)',
    en: 'is an e-mail address, not the address of a website (e.g. https://fundacja.org.pl)',
  },
  webUrlScheme: {
    pl: 'może zaczynać się tylko od https:// albo http:// (np. https://fundacja.org.pl); adresy innego rodzaju, np. javascript: czy ftp:, nie są przyjmowane',
    en: 'may only start with https:// or http:// (e.g. https://fundacja.org.pl); addresses of other kinds, such as javascript: or ftp:, are not accepted',
  },
  webUrlSpace: {
    pl: 'zawiera spację, a adres strony nie może jej zawierać (np. https://fundacja.org.pl)',
    en: 'contains a space, which a web address cannot contain (e.g. https://fundacja.org.pl)',
  },
  webUrlDomain: {
    pl: 'musi zawierać nazwę domeny z kropką, np. fundacja.org.pl',
    en: 'must contain a domain name with a dot, e.g. fundacja.org.pl',
  },
  webUrlUserinfo: {
    pl: 'zawiera przed nazwą domeny nazwę użytkownika zakończoną znakiem @, której adres strony nie powinien mieć; wpisz sam adres, np. https://fundacja.org.pl',
    en: 'has a user name ending in @ before the domain name, which the address of a website should not have; give the address alone, e.g. https://fundacja.org.pl',
  },
  webUrlInvalid: {
    pl: 'nie jest prawidłowym adresem strony internetowej (np. https://fundacja.org.pl)',
    en: 'is not a valid web address (e.g. https://fundacja.org.pl)',
  },
  controlCharacters: {
    pl: 'zawiera niewidoczne znaki sterujące, które trafiają do tekstu zwykle przy wklejaniu z innego programu; wklej tekst jeszcze raz jako zwykły tekst albo przepisz go (tabulator i końce wierszy są dozwolone)',
    en: 'contains invisible control characters, which usually come with text pasted from another program; paste it again as plain text or retype it (tab and line ends are allowed)',
  },
};

/**
 * Every code with a message here: each identifier's kind with each reason (`nip.checksum`), and the codes
 * of the other rules (`endsBeforeStart`), for tests that hold every message to one form.
 */
export const RULE_CODES: readonly string[] = [
  ...Object.keys(IDENTIFIER_FORMS).flatMap((kind) => Object.keys(REASONS).map((reason) => `${kind}.${reason}`)),
  ...Object.keys(MESSAGES),
];

/** The message of one of the domain's own rules, without the full stop and what was got that `validate` adds. */
export function ruleMessage(code: string, locale: Locale): string {
  const [kind = '', reason] = code.split('.');
  const own = KIND_REASONS[code]?.[locale];
  if (own) return own;
  if (reason) {
    // The expected form helps with a wrong form or length; a wrong check digit or an unknown code has
    // the form already, and telling its author "10 digits" would point away from the typo.
    const form = FORM_REASONS.has(reason) ? IDENTIFIER_FORMS[kind]?.[locale] : undefined;
    const why = REASONS[reason]?.[locale] ?? reason;
    if (!form) return why;
    // A dash, not brackets: `validate` adds what was got in brackets, and two in a row read badly.
    return locale === 'pl' ? `${why} — oczekiwano: ${form}` : `${why} — expected ${form}`;
  }
  return MESSAGES[code]?.[locale] ?? code;
}
