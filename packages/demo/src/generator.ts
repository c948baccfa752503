/**
 * A deterministic generator of synthetic Mosty data for tests and benchmarks: the same seed gives the
 * same world. Shapes are realistic: Polish names with diacritics, valid NIP/REGON/KRS and TERC codes,
 * agendas of 3–12 items inside their events, grants funding events in their periods. Polish is
 * written from tables, never by suffix rules: real powiat names, each place with its locative ("w
 * Siedlcach", "we Wrocławiu"), each role in its masculine and feminine form. A new place or role goes
 * into its table with all its forms.
 */
import {
  type AgendaItem,
  type Event,
  type Grant,
  type LocalAuthority,
  type Organization,
  type Person,
  type Post,
  type Speaker,
  slugify,
  uuidv7,
  type Venue,
} from '@org/domain';
import type { DemoWorld } from './world.js';

/** mulberry32: small, fast, good enough for test data; never for secrets. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN_F = [
  'Anna',
  'Małgorzata',
  'Katarzyna',
  'Agnieszka',
  'Barbara',
  'Zofia',
  'Jadwiga',
  'Łucja',
  'Żaneta',
  'Grażyna',
  'Urszula',
  'Weronika',
  'Bożena',
  'Halina',
  'Elżbieta',
];
const GIVEN_M = [
  'Piotr',
  'Krzysztof',
  'Tomasz',
  'Paweł',
  'Łukasz',
  'Michał',
  'Grzegorz',
  'Jerzy',
  'Wojciech',
  'Stanisław',
  'Bartłomiej',
  'Zbigniew',
  'Maciej',
  'Jędrzej',
  'Mikołaj',
];
const FAMILY = [
  'Nowak',
  'Kowalczyk',
  'Wiśniewski',
  'Wójcik',
  'Kamiński',
  'Lewandowski',
  'Zieliński',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowski',
  'Jankowski',
  'Mazur',
  'Krawczyk',
  'Piątek',
  'Grabowski',
  'Pawłowski',
  'Michalski',
  'Król',
  'Jóźwiak',
  'Żak',
  'Śliwa',
  'Łęcki',
  'Ćwik',
  'Ożóg',
];
const feminine = (name: string) => name.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');

/** A place as names need it: the nominative, "w"/"we" with the locative, and the first digits of its postal codes. */
interface Place {
  name: string;
  in: string;
  postal: string;
}
const place = (name: string, inForm: string, postal: string): Place => ({ name, in: inForm, postal });
// Towns and cities of organisations and venues ("Dom Sąsiedzki w Siedlcach", "we Wrocławiu").
const CITIES: readonly Place[] = [
  place('Warszawa', 'w Warszawie', '02'),
  place('Radom', 'w Radomiu', '26'),
  place('Płock', 'w Płocku', '09'),
  place('Siedlce', 'w Siedlcach', '08'),
  place('Ostrołęka', 'w Ostrołęce', '07'),
  place('Wołomin', 'w Wołominie', '05'),
  place('Łomianki', 'w Łomiankach', '05'),
  place('Piaseczno', 'w Piasecznie', '05'),
  place('Żyrardów', 'w Żyrardowie', '96'),
  place('Mińsk Mazowiecki', 'w Mińsku Mazowieckim', '05'),
  place('Ciechanów', 'w Ciechanowie', '06'),
  place('Grójec', 'w Grójcu', '05'),
  place('Sokołów Podlaski', 'w Sokołowie Podlaskim', '08'),
  place('Łódź', 'w Łodzi', '90'),
  place('Kraków', 'w Krakowie', '30'),
  place('Gdańsk', 'w Gdańsku', '80'),
  place('Poznań', 'w Poznaniu', '60'),
  place('Wrocław', 'we Wrocławiu', '50'),
  place('Zamość', 'w Zamościu', '22'),
  place('Białystok', 'w Białymstoku', '15'),
];
// Villages, for koła gospodyń wiejskich: a KGW is a village's, not a city's.
const VILLAGES: readonly Place[] = [
  place('Zalesie Górne', 'w Zalesiu Górnym', '05'),
  place('Jabłonna', 'w Jabłonnie', '05'),
  place('Stanisławów', 'w Stanisławowie', '05'),
  place('Dębe Wielkie', 'w Dębem Wielkim', '05'),
  place('Czosnów', 'w Czosnowie', '05'),
  place('Prażmów', 'w Prażmowie', '05'),
  place('Wiskitki', 'w Wiskitkach', '96'),
  place('Radziejowice', 'w Radziejowicach', '96'),
  place('Stara Biała', 'w Starej Białej', '09'),
  place('Korczew', 'w Korczewie', '08'),
  place('Kołbiel', 'w Kołbieli', '05'),
  place('Wierzbica', 'w Wierzbicy', '26'),
];
const postalCode = (p: Place, digit: () => string) => {
  const all = p.postal + Array.from({ length: 5 - p.postal.length }, digit).join('');
  return `${all.slice(0, 2)}-${all.slice(2)}`;
};

/**
 * Powiaty by województwo code, from the TERC register (2024-01-01): the powiat's name (an
 * adjective, "Powiat miński"), a gmina miejska in it ("Miasto Mińsk Mazowiecki") and a gmina
 * wiejska in it ("Gmina Mińsk Mazowiecki"). The generated TERC codes are synthetic; the names are real.
 */
const POWIATY: Record<string, readonly (readonly [string, string, string])[]> = {
  '02': [
    ['bolesławiecki', 'Bolesławiec', 'Bolesławiec'],
    ['dzierżoniowski', 'Dzierżoniów', 'Dzierżoniów'],
    ['głogowski', 'Głogów', 'Głogów'],
    ['kamiennogórski', 'Kamienna Góra', 'Kamienna Góra'],
  ],
  '04': [
    ['aleksandrowski', 'Aleksandrów Kujawski', 'Aleksandrów Kujawski'],
    ['brodnicki', 'Brodnica', 'Brodnica'],
    ['chełmiński', 'Chełmno', 'Chełmno'],
    ['golubsko-dobrzyński', 'Golub-Dobrzyń', 'Golub-Dobrzyń'],
  ],
  '06': [
    ['biłgorajski', 'Biłgoraj', 'Biłgoraj'],
    ['hrubieszowski', 'Hrubieszów', 'Hrubieszów'],
    ['krasnostawski', 'Krasnystaw', 'Krasnystaw'],
    ['kraśnicki', 'Kraśnik', 'Kraśnik'],
  ],
  '08': [
    ['żagański', 'Żagań', 'Żagań'],
    ['gorzowski', 'Kostrzyn nad Odrą', 'Bogdaniec'],
    ['krośnieński', 'Gubin', 'Bobrowice'],
    ['nowosolski', 'Nowa Sól', 'Kolsko'],
  ],
  '10': [
    ['bełchatowski', 'Bełchatów', 'Bełchatów'],
    ['kutnowski', 'Kutno', 'Kutno'],
    ['łęczycki', 'Łęczyca', 'Łęczyca'],
    ['łowicki', 'Łowicz', 'Łowicz'],
  ],
  '12': [
    ['bocheński', 'Bochnia', 'Bochnia'],
    ['gorlicki', 'Gorlice', 'Gorlice'],
    ['limanowski', 'Limanowa', 'Limanowa'],
    ['oświęcimski', 'Oświęcim', 'Oświęcim'],
  ],
  '14': [
    ['miński', 'Mińsk Mazowiecki', 'Mińsk Mazowiecki'],
    ['ciechanowski', 'Ciechanów', 'Ciechanów'],
    ['sokołowski', 'Sokołów Podlaski', 'Sokołów Podlaski'],
    ['wołomiński', 'Kobyłka', 'Klembów'],
    ['żyrardowski', 'Żyrardów', 'Radziejowice'],
    ['legionowski', 'Legionowo', 'Jabłonna'],
  ],
  // Only two powiaty of Opolskie have a gmina miejska; a third repeats a name (with its own code).
  '16': [
    ['brzeski', 'Brzeg', 'Skarbimierz'],
    ['kędzierzyńsko-kozielski', 'Kędzierzyn-Koźle', 'Bierawa'],
  ],
  '18': [
    ['dębicki', 'Dębica', 'Dębica'],
    ['jarosławski', 'Jarosław', 'Jarosław'],
    ['leżajski', 'Leżajsk', 'Leżajsk'],
    ['lubaczowski', 'Lubaczów', 'Lubaczów'],
  ],
  '20': [
    ['augustowski', 'Augustów', 'Augustów'],
    ['bielski', 'Bielsk Podlaski', 'Bielsk Podlaski'],
    ['grajewski', 'Grajewo', 'Grajewo'],
    ['hajnowski', 'Hajnówka', 'Hajnówka'],
  ],
  '22': [
    ['chojnicki', 'Chojnice', 'Chojnice'],
    ['człuchowski', 'Człuchów', 'Człuchów'],
    ['kościerski', 'Kościerzyna', 'Kościerzyna'],
    ['kwidzyński', 'Kwidzyn', 'Kwidzyn'],
  ],
  '24': [
    ['będziński', 'Będzin', 'Bobrowniki'],
    ['bielski', 'Szczyrk', 'Bestwina'],
    ['cieszyński', 'Cieszyn', 'Brenna'],
    ['gliwicki', 'Knurów', 'Gierałtowice'],
  ],
  '26': [
    ['ostrowiecki', 'Ostrowiec Świętokrzyski', 'Bałtów'],
    ['sandomierski', 'Sandomierz', 'Dwikozy'],
    ['skarżyski', 'Skarżysko-Kamienna', 'Bliżyn'],
    ['starachowicki', 'Starachowice', 'Brody'],
  ],
  '28': [
    ['bartoszycki', 'Bartoszyce', 'Bartoszyce'],
    ['braniewski', 'Braniewo', 'Braniewo'],
    ['działdowski', 'Działdowo', 'Działdowo'],
    ['giżycki', 'Giżycko', 'Giżycko'],
  ],
  '30': [
    ['chodzieski', 'Chodzież', 'Chodzież'],
    ['czarnkowsko-trzcianecki', 'Czarnków', 'Czarnków'],
    ['gnieźnieński', 'Gniezno', 'Gniezno'],
    ['kościański', 'Kościan', 'Kościan'],
  ],
  '32': [
    ['białogardzki', 'Białogard', 'Białogard'],
    ['kołobrzeski', 'Kołobrzeg', 'Kołobrzeg'],
    ['sławieński', 'Sławno', 'Sławno'],
    ['stargardzki', 'Stargard', 'Stargard'],
  ],
};
const STREETS = [
  'ul. Jagiellońska',
  'ul. Świętokrzyska',
  'ul. Żelazna',
  'ul. Kościuszki',
  'ul. Mickiewicza',
  'ul. Słowackiego',
  'al. Niepodległości',
  'ul. Łąkowa',
  'ul. Źródlana',
  'ul. Polna',
  'ul. Ogrodowa',
  'pl. Wolności',
];
const ORG_WORDS = [
  'Razem',
  'Dobry Start',
  'Otwarte Serca',
  'Zielony Most',
  'Żywa Pamięć',
  'Łączy Nas Wieś',
  'Wspólna Sprawa',
  'Kuźnia Inicjatyw',
  'Pod Lipą',
  'Źródło',
  'Nowe Horyzonty',
  'Sąsiedzka Pomoc',
  'Skrzydła',
  'Kwitnąca Łąka',
  'Ścieżki Rozwoju',
];

/** A role title in its masculine and feminine form: [for a man, for a woman]. */
type Role = readonly [string, string];
const same = (title: string): Role => [title, title];
const ORG_KINDS = [
  {
    form: 'fundacja',
    prefix: 'Fundacja',
    roles: [
      ['prezes zarządu', 'prezeska zarządu'],
      ['wiceprezes zarządu', 'wiceprezeska zarządu'],
      ['członek zarządu', 'członkini zarządu'],
      ['członek rady fundacji', 'członkini rady fundacji'],
      ['fundator', 'fundatorka'],
      ['koordynator projektów', 'koordynatorka projektów'],
      ['wolontariusz', 'wolontariuszka'],
    ],
  },
  {
    form: 'stowarzyszenie',
    prefix: 'Stowarzyszenie',
    roles: [
      ['prezes zarządu', 'prezeska zarządu'],
      ['wiceprezes zarządu', 'wiceprezeska zarządu'],
      ['członek zarządu', 'członkini zarządu'],
      ['skarbnik', 'skarbniczka'],
      same('sekretarz zarządu'),
      ['współzałożyciel', 'współzałożycielka'],
      ['koordynator projektów', 'koordynatorka projektów'],
      ['wolontariusz', 'wolontariuszka'],
    ],
  },
  {
    form: 'spoldzielnia_socjalna',
    prefix: 'Spółdzielnia Socjalna',
    roles: [
      ['prezes zarządu', 'prezeska zarządu'],
      ['członek zarządu', 'członkini zarządu'],
      ['członek spółdzielni', 'członkini spółdzielni'],
      ['koordynator projektów', 'koordynatorka projektów'],
    ],
  },
  {
    // An ordinary association has no board unless its rules say so; a representative acts for it.
    form: 'stowarzyszenie_zwykle',
    prefix: 'Stowarzyszenie Zwykłe',
    roles: [
      ['przedstawiciel stowarzyszenia', 'przedstawicielka stowarzyszenia'],
      ['współzałożyciel', 'współzałożycielka'],
      ['członek stowarzyszenia', 'członkini stowarzyszenia'],
      ['wolontariusz', 'wolontariuszka'],
    ],
  },
  {
    form: 'kolo_gospodyn_wiejskich',
    prefix: 'Koło Gospodyń Wiejskich',
    roles: [
      ['przewodniczący koła', 'przewodnicząca koła'],
      ['skarbnik', 'skarbniczka'],
      ['członek koła', 'członkini koła'],
    ],
  },
] as const satisfies readonly { form: string; prefix: string; roles: readonly Role[] }[];
/**
 * Roles of people who speak for an authority. `head` is the one office a JST has once (wójt,
 * starosta, marszałek: the title is the same for a woman); a gmina miejska's head is left out
 * because it is a burmistrz or a prezydent miasta depending on the town.
 */
const AUTHORITY_ROLES: Record<LocalAuthority['kind'], { head?: string; roles: readonly Role[] }> = {
  wojewodztwo: {
    head: 'marszałek województwa',
    roles: [
      ['członek zarządu województwa', 'członkini zarządu województwa'],
      ['radny województwa', 'radna województwa'],
      ['dyrektor departamentu', 'dyrektorka departamentu'],
      ['pełnomocnik marszałka ds. organizacji pozarządowych', 'pełnomocniczka marszałka ds. organizacji pozarządowych'],
    ],
  },
  powiat: {
    head: 'starosta',
    roles: [
      same('wicestarosta'),
      ['członek zarządu powiatu', 'członkini zarządu powiatu'],
      ['radny powiatu', 'radna powiatu'],
      ['naczelnik wydziału', 'naczelniczka wydziału'],
    ],
  },
  miasto_na_prawach_powiatu: {
    head: 'prezydent miasta',
    roles: [
      ['radny miasta', 'radna miasta'],
      ['naczelnik wydziału', 'naczelniczka wydziału'],
    ],
  },
  gmina_miejska: {
    roles: [
      ['radny miasta', 'radna miasta'],
      same('sekretarz miasta'),
      ['naczelnik wydziału', 'naczelniczka wydziału'],
      ['pełnomocnik ds. organizacji pozarządowych', 'pełnomocniczka ds. organizacji pozarządowych'],
    ],
  },
  gmina_miejsko_wiejska: {
    head: 'burmistrz',
    roles: [
      ['radny gminy', 'radna gminy'],
      ['naczelnik wydziału', 'naczelniczka wydziału'],
    ],
  },
  gmina_wiejska: {
    head: 'wójt',
    roles: [
      ['zastępca wójta', 'zastępczyni wójta'],
      ['radny gminy', 'radna gminy'],
      same('sekretarz gminy'),
      ['kierownik referatu', 'kierowniczka referatu'],
    ],
  },
};
const TOPICS = [
  'Jak zacząć współpracę z urzędem',
  'Konsultacje społeczne w praktyce',
  'Małe granty: szybka ścieżka',
  'Rozliczanie dotacji bez stresu',
  'Partnerstwa lokalne',
  'Wolontariat w gminie',
  'Ekonomia społeczna na wsi',
  'Cyfrowy urząd dla organizacji',
  'Dostępność wydarzeń',
  'Młodzież w organizacjach',
];
const OTHER_TITLES = ['Rozmowy kuluarowe', 'Prezentacja organizacji uczestniczących', 'Wręczenie certyfikatów'];
const EVENT_THEMES = [
  'Współpraca samorządu z organizacjami pozarządowymi',
  'Forum ekonomii społecznej',
  'Dialog obywatelski w powiecie',
  'Spotkanie sieciujące organizacji',
  'Warsztaty o zadaniach publicznych',
  'Konferencja o partycypacji',
  'Seminarium o dostępności',
  'Gminne forum organizacji pozarządowych',
];
const HASHTAGS = [
  'Współpraca',
  'EkonomiaSpołeczna',
  'NGO',
  'Samorząd',
  'Partycypacja',
  'Wolontariat',
  'Dostępność',
  'Mazowsze',
  'Dialog',
  'RazemMożemyWięcej',
];
const WOJ = ['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32'];
const WOJ_NAMES = [
  'Dolnośląskie',
  'Kujawsko-Pomorskie',
  'Lubelskie',
  'Lubuskie',
  'Łódzkie',
  'Małopolskie',
  'Mazowieckie',
  'Opolskie',
  'Podkarpackie',
  'Podlaskie',
  'Pomorskie',
  'Śląskie',
  'Świętokrzyskie',
  'Warmińsko-Mazurskie',
  'Wielkopolskie',
  'Zachodniopomorskie',
];

/** Digits with a valid check digit for the given weights, or null when the NIP rule refuses remainder 10. */
const withCheck = (digits: string, weights: number[], nip: boolean): string | null => {
  const r = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0) % 11;
  if (r === 10 && nip) return null;
  return digits + String(r % 10);
};

export interface GenerateOptions {
  /** Seed of the pseudo-random sequence; the same seed gives the same world. */
  seed?: number;
  events?: number;
  organizations?: number;
  people?: number;
  /** Powiaty to make (with their województwa); each has two gminy. */
  powiaty?: number;
  grants?: number;
  venues?: number;
  posts?: number;
  /** The instant the generated calendar centres on (events spread ±1 year around it). */
  around?: string;
}

/**
 * Generates a synthetic world. Ids are UUIDv7 from a fixed epoch; slugs are unique per kind.
 *
 * @example
 * generateWorld({ seed: 1, events: 10, organizations: 50 }).events.length // 10
 */
export function generateWorld(options: GenerateOptions = {}): DemoWorld {
  const seed = options.seed ?? 1;
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  let counter = 0;
  const epoch = Date.UTC(2026, 0, 1) + seed;
  const id = () => {
    counter++;
    const bytes = [
      0,
      0,
      0,
      0,
      (counter / 2 ** 40) & 255,
      (counter / 2 ** 32) & 255,
      (counter >>> 24) & 255,
      (counter >>> 16) & 255,
      (counter >>> 8) & 255,
      counter & 255,
    ];
    return uuidv7(epoch, bytes);
  };
  const slugs = new Map<string, Set<string>>();
  const uniqueSlug = (kind: string, text: string) => {
    const taken = slugs.get(kind) ?? new Set<string>();
    slugs.set(kind, taken);
    const base = slugify(text) || kind;
    let slug = base;
    // A slug is at most 80 characters (SlugSchema), its "-2" suffix included.
    for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 79 - String(n).length).replace(/-+$/, '')}-${n}`;
    taken.add(slug);
    return slug;
  };
  const digit = () => String(int(0, 9));
  const digits = (n: number) => Array.from({ length: n }, digit).join('');
  const nip = (): string => withCheck(`${int(1, 9)}${digits(8)}`, [6, 5, 7, 2, 3, 4, 5, 6, 7], true) ?? nip();
  const regon = (): string => withCheck(`${int(1, 9)}${digits(7)}`, [8, 9, 2, 3, 4, 5, 6, 7], false) as string;

  // Authorities: województwa, powiaty under them, two gminy per powiat.
  const authorities: LocalAuthority[] = [];
  const powiatCount = options.powiaty ?? 10;
  const wojUsed = Math.min(16, Math.max(1, Math.ceil(powiatCount / 4)));
  const wojIds: string[] = [];
  for (let w = 0; w < wojUsed; w++) {
    const name = `Województwo ${WOJ_NAMES[w]}`;
    const a: LocalAuthority = {
      id: id(),
      slug: uniqueSlug('authority', name),
      name,
      kind: 'wojewodztwo',
      terc: WOJ[w] as string,
    };
    authorities.push(a);
    wojIds.push(a.id);
  }
  for (let p = 0; p < powiatCount; p++) {
    const w = p % wojUsed;
    const pow = String(Math.floor(p / wojUsed) + 1).padStart(2, '0');
    const terc = `${WOJ[w]}${pow}`;
    const choices = POWIATY[WOJ[w] as string] ?? [];
    const [adjective, town, village] = choices[Math.floor(p / wojUsed) % choices.length] as readonly string[];
    const name = `Powiat ${adjective}`;
    const powiat: LocalAuthority = {
      id: id(),
      slug: uniqueSlug('authority', `${name} ${terc}`),
      name,
      kind: 'powiat',
      terc,
      parentId: wojIds[w] as string,
    };
    authorities.push(powiat);
    for (const [gmi, rodz, kind, name] of [
      ['01', '1', 'gmina_miejska', `Miasto ${town}`],
      ['02', '2', 'gmina_wiejska', `Gmina ${village}`],
    ] as const) {
      authorities.push({
        id: id(),
        slug: uniqueSlug('authority', `${name} ${terc}${gmi}`),
        name,
        kind,
        terc: `${terc}${gmi}${rodz}`,
        parentId: powiat.id,
      });
    }
  }

  const organizations: Organization[] = [];
  const roleChoices = new Map<string, readonly Role[]>();
  for (let i = 0; i < (options.organizations ?? 50); i++) {
    const kind = pick(ORG_KINDS);
    const rural = kind.form === 'kolo_gospodyn_wiejskich';
    const where = pick(rural ? VILLAGES : CITIES);
    const name = rural ? `${kind.prefix} ${where.in}` : `${kind.prefix} „${pick(ORG_WORDS)}” ${where.in}`;
    const inKrs = kind.form !== 'stowarzyszenie_zwykle' && kind.form !== 'kolo_gospodyn_wiejskich';
    const krs = inKrs ? String(int(1, 1_300_000)).padStart(10, '0') : undefined;
    organizations.push({
      id: id(),
      slug: uniqueSlug('organization', name),
      name,
      legalForm: kind.form,
      ...(krs ? { krs, nip: nip(), regon: regon(), opp: rnd() < 0.2 } : { opp: false }),
      ...(kind.form === 'stowarzyszenie_zwykle'
        ? { otherRegister: { register: 'ewidencja_starosty' as const, number: String(int(1, 400)) } }
        : {}),
      address: {
        street: `${pick(STREETS)} ${int(1, 120)}`,
        postalCode: postalCode(where, digit),
        city: where.name,
        country: 'PL',
      },
      description: `Organizacja działająca na rzecz społeczności lokalnej ${where.in}.`,
    });
    roleChoices.set(organizations[organizations.length - 1]?.id as string, kind.roles);
  }
  if (organizations.length === 0) throw new RangeError('generateWorld: organizations must be at least 1');

  const venues: Venue[] = [];
  for (let i = 0; i < (options.venues ?? Math.max(1, Math.ceil((options.events ?? 20) / 20))); i++) {
    const city = pick(CITIES);
    const name = `${pick(['Centrum Kultury', 'Dom Sąsiedzki', 'Biblioteka Publiczna', 'Centrum Aktywności Lokalnej', 'Centrum Organizacji Pozarządowych'])} ${city.in}`;
    venues.push({
      id: id(),
      slug: uniqueSlug('venue', name),
      name,
      address: {
        street: `${pick(STREETS)} ${int(1, 120)}`,
        postalCode: postalCode(city, digit),
        city: city.name,
        country: 'PL',
      },
      accessibility:
        rnd() < 0.5 ? 'Wejście bez schodów, toaleta dostępna, pętla indukcyjna w sali głównej.' : undefined,
      rooms: rnd() < 0.3 ? ['Sala A', 'Sala B'] : [],
    });
  }

  const people: Person[] = [];
  const headTaken = new Set<string>();
  for (let i = 0; i < (options.people ?? Math.max(10, (options.events ?? 20) * 2)); i++) {
    const woman = rnd() < 0.5;
    const givenName = pick(woman ? GIVEN_F : GIVEN_M);
    const familyName = woman ? feminine(pick(FAMILY)) : pick(FAMILY);
    // One in four speaks for an authority, in an office of that kind of JST; the rest for an organisation.
    let affiliation: Person['affiliations'][number];
    if (rnd() < 0.25) {
      const authority = pick(authorities);
      const { head, roles } = AUTHORITY_ROLES[authority.kind];
      const role = head && !headTaken.has(authority.id) && rnd() < 0.3 ? head : pick(roles)[woman ? 1 : 0];
      if (role === head) headTaken.add(authority.id);
      affiliation = { authorityId: authority.id, role };
    } else {
      const org = pick(organizations);
      affiliation = { organizationId: org.id, role: pick(roleChoices.get(org.id) ?? [])[woman ? 1 : 0] };
    }
    people.push({
      id: id(),
      slug: uniqueSlug('person', `${givenName} ${familyName}`),
      givenName,
      familyName,
      affiliations: [affiliation],
    });
  }

  const around = Date.parse(options.around ?? '2026-11-26T09:00:00Z');
  const grants: Grant[] = [];
  for (let i = 0; i < (options.grants ?? Math.max(1, Math.ceil((options.events ?? 20) / 10))); i++) {
    const funder = pick(authorities.filter((a) => a.kind === 'wojewodztwo' || a.kind === 'powiat'));
    const from = new Date(around + int(-400, 300) * 86_400_000).toISOString().slice(0, 10);
    const small = rnd() < 0.2;
    const to = new Date(Date.parse(from) + int(30, small ? 89 : 330) * 86_400_000).toISOString().slice(0, 10);
    const taskTitle = `${pick(EVENT_THEMES)} ${new Date(from).getUTCFullYear()}`;
    grants.push({
      id: id(),
      slug: uniqueSlug('grant', taskTitle),
      funderAuthorityId: funder.id,
      funderName: funder.name,
      taskTitle,
      mode: small ? 'small_grant' : 'open_competition',
      form: rnd() < 0.5 ? 'support' : 'entrustment',
      amount: { amount: small ? int(100_000, 1_000_000) : int(1_000_000, 20_000_000), currency: 'PLN' },
      period: { from, to },
      beneficiaryId: pick(organizations).id,
      hashtags: rnd() < 0.5 ? ['Mazowszepomaga'] : [],
      plannedResults: [{ name: 'Liczba uczestników spotkań', target: int(20, 300), unit: 'osoby' }],
      achievedResults: [],
    });
  }

  const speaker = (withRole: boolean): Speaker => {
    const p = pick(people);
    const aff = p.affiliations[0];
    return {
      kind: 'person',
      personId: p.id,
      ...(withRole && aff?.role ? { role: aff.role } : {}),
      ...(aff?.organizationId ? { organizationId: aff.organizationId } : {}),
      ...(aff?.authorityId ? { authorityId: aff.authorityId } : {}),
    };
  };
  const distinctSpeakers = (n: number, used: Set<string>): Speaker[] => {
    const out: Speaker[] = [];
    for (let tries = 0; out.length < n && tries < n * 5; tries++) {
      const s = speaker(true);
      if (s.kind === 'person' && !used.has(s.personId)) {
        used.add(s.personId);
        out.push(s);
      }
    }
    return out;
  };

  /** `n` different items of `xs` in random order (a partial Fisher–Yates shuffle of a copy). */
  const drawDistinct = <T>(xs: readonly T[], n: number): T[] => {
    const copy = xs.slice();
    const count = Math.min(n, copy.length);
    for (let j = 0; j < count; j++) {
      const r = j + Math.floor(rnd() * (copy.length - j));
      [copy[j], copy[r]] = [copy[r] as T, copy[j] as T];
    }
    return copy.slice(0, count);
  };
  // No more people attend than registered.
  const attendance = (registered: number) => ({ registered, attended: int(Math.ceil(registered / 2), registered) });

  const events: Event[] = [];
  const MINUTE = 60_000;
  for (let i = 0; i < (options.events ?? 20); i++) {
    const dayOffset = int(-365, 365);
    // Local start between 9:00 and 11:00 Warsaw time; instants in UTC (offset known per day is not needed).
    const start = Math.floor((around + dayOffset * 86_400_000) / 86_400_000) * 86_400_000 + int(8, 10) * 3_600_000;
    const n = int(3, 12);
    const agenda: AgendaItem[] = [];
    const used = new Set<string>();
    // Panels and presentations of one event take different topics while there are any left.
    const deck: string[] = [];
    const nextTopic = () => {
      if (deck.length === 0) deck.push(...drawDistinct(TOPICS, TOPICS.length));
      return deck.pop() as string;
    };
    let t = start;
    for (let k = 0; k < n; k++) {
      const len = pick([15, 30, 45, 60, 90]) * MINUTE;
      const base = { id: id(), startsAt: new Date(t).toISOString(), endsAt: new Date(t + len).toISOString() };
      const drawn =
        k === 0 ? 'introduction' : pick(['panel', 'panel', 'presentation', 'discussion', 'break', 'other'] as const);
      const otherTitles = OTHER_TITLES.filter((x) => !agenda.some((item) => item.title === x));
      // An agenda ends with a closing, not with a coffee break; an "other" item is not repeated.
      const kind =
        drawn === 'break' && k === n - 1
          ? 'other'
          : drawn === 'other' && k < n - 1 && !otherTitles.length
            ? 'break'
            : drawn;
      if (kind === 'introduction')
        agenda.push({ ...base, kind, title: 'Powitanie i wprowadzenie', speakers: distinctSpeakers(1, used) });
      else if (kind === 'panel') {
        const [moderator] = distinctSpeakers(1, used);
        agenda.push({
          ...base,
          kind,
          title: nextTopic(),
          moderator,
          panelists: distinctSpeakers(int(2, 5), used),
          questions: [],
        });
      } else if (kind === 'presentation')
        agenda.push({ ...base, kind, title: nextTopic(), speakers: distinctSpeakers(1, used) });
      else if (kind === 'discussion')
        agenda.push({
          ...base,
          kind,
          title: 'Dyskusja w grupach',
          format: 'groups',
          topics: drawDistinct(TOPICS, int(2, 6)),
          facilitators: [],
        });
      else if (kind === 'break') agenda.push({ ...base, kind, title: 'Przerwa kawowa' });
      else
        agenda.push({
          ...base,
          kind,
          title: k === n - 1 ? 'Podsumowanie i zakończenie' : pick(otherTitles),
          speakers: [],
        });
      t += len;
    }
    const topic = pick(TOPICS);
    const title = `${pick(EVENT_THEMES)}. ${topic}`;
    const startsAt = new Date(start).toISOString();
    const grant =
      rnd() < 0.6
        ? grants.find((g) => g.period.from <= startsAt.slice(0, 10) && startsAt.slice(0, 10) <= g.period.to)
        : undefined;
    const statusRoll = rnd();
    events.push({
      id: id(),
      slug: uniqueSlug('event', title),
      title,
      summary: `Spotkanie o tym, jak samorządy i organizacje pozarządowe mogą lepiej współpracować. Temat przewodni: „${topic}”.`,
      body: `## O wydarzeniu\n\nW programie między innymi: „${pick(TOPICS)}”. Zapraszamy przedstawicieli **samorządów** i **organizacji pozarządowych**.\n`,
      startsAt,
      endsAt: new Date(t).toISOString(),
      timeZone: 'Europe/Warsaw',
      venueId: pick(venues).id,
      organizerId: pick(organizations).id,
      partners: rnd() < 0.5 ? [{ authorityId: pick(authorities).id, role: 'partner' }] : [],
      status:
        statusRoll < 0.85 ? 'published' : statusRoll < 0.92 ? 'draft' : statusRoll < 0.97 ? 'cancelled' : 'postponed',
      language: 'pl',
      hashtags: [pick(HASHTAGS), pick(HASHTAGS)].filter((h, k, xs) => xs.indexOf(h) === k),
      grantIds: grant ? [grant.id] : [],
      attendance: dayOffset < 0 ? attendance(int(20, 200)) : {},
      isFree: true,
      agenda,
    });
  }

  const posts: Post[] = [];
  for (let i = 0; i < (options.posts ?? Math.ceil(events.length / 2)); i++) {
    const event = events.length ? pick(events) : undefined;
    const title = event ? `Relacja: ${event.title}` : `Aktualności nr ${i + 1}`;
    posts.push({
      id: id(),
      slug: uniqueSlug('post', title),
      category: 'Aktualności',
      title,
      body: `${event ? 'Dziękujemy za udział w spotkaniu.' : 'Nowe wieści o współpracy samorządów i organizacji.'} „${pick(TOPICS)}” to temat, do którego wrócimy.`,
      hashtags: event ? event.hashtags : [],
      ...(event ? { eventId: event.id, grantIds: event.grantIds } : { grantIds: [] }),
      status: 'published',
      publishedAt: new Date(around + int(-365, 0) * 86_400_000).toISOString(),
      language: 'pl',
    });
  }

  return { authorities, organizations, venues, people, grants, events, posts, cooperations: [] };
}
