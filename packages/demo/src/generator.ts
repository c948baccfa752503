/**
 * A deterministic generator of synthetic Mosty data for tests and benchmarks: the same seed gives the
 * same world. Shapes are realistic: Polish names with diacritics, valid NIP/REGON/KRS and TERC codes,
 * agendas of 3–12 items inside their events, grants funding events in their periods.
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
const CITIES = [
  'Warszawa',
  'Radom',
  'Płock',
  'Siedlce',
  'Ostrołęka',
  'Wołomin',
  'Łomianki',
  'Piaseczno',
  'Żyrardów',
  'Mińsk Mazowiecki',
  'Ciechanów',
  'Grójec',
  'Sokołów Podlaski',
  'Łódź',
  'Kraków',
  'Gdańsk',
  'Poznań',
  'Wrocław',
  'Zamość',
  'Białystok',
];
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
const ORG_KINDS = [
  { form: 'fundacja', prefix: 'Fundacja' },
  { form: 'stowarzyszenie', prefix: 'Stowarzyszenie' },
  { form: 'spoldzielnia_socjalna', prefix: 'Spółdzielnia Socjalna' },
  { form: 'stowarzyszenie_zwykle', prefix: 'Stowarzyszenie zwykłe' },
  { form: 'kolo_gospodyn_wiejskich', prefix: 'Koło Gospodyń Wiejskich w' },
] as const;
const ROLES = [
  'prezeska zarządu',
  'prezes zarządu',
  'wiceprezes zarządu',
  'skarbniczka',
  'sekretarz',
  'współzałożycielka',
  'koordynatorka projektów',
  'członek zarządu',
  'wójt',
  'starosta',
  'naczelniczka wydziału',
  'radna powiatu',
];
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
const EVENT_THEMES = [
  'Współpraca samorządu z organizacjami',
  'Forum ekonomii społecznej',
  'Dialog obywatelski w powiecie',
  'Spotkanie sieciujące organizacji',
  'Warsztaty o zadaniach publicznych',
  'Konferencja o partycypacji',
  'Seminarium o dostępności',
  'Gminne forum pożytku publicznego',
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
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
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
    const city = pick(CITIES);
    const powiat: LocalAuthority = {
      id: id(),
      slug: uniqueSlug('authority', `powiat ${city} ${terc}`),
      name: `Powiat ${feminine(city.toLowerCase()).replace(/a$/, 'ski')}`,
      kind: 'powiat',
      terc,
      parentId: wojIds[w] as string,
    };
    authorities.push(powiat);
    for (const [gmi, rodz, kind] of [
      ['01', '1', 'gmina_miejska'],
      ['02', '2', 'gmina_wiejska'],
    ] as const) {
      const name = `Gmina ${pick(CITIES)}`;
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
  for (let i = 0; i < (options.organizations ?? 50); i++) {
    const kind = pick(ORG_KINDS);
    const city = pick(CITIES);
    const name =
      kind.form === 'kolo_gospodyn_wiejskich'
        ? `${kind.prefix} ${city}`
        : `${kind.prefix} „${pick(ORG_WORDS)}” ${city}`;
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
        postalCode: `${digits(2)}-${digits(3)}`,
        city,
        country: 'PL',
      },
      description: `Organizacja działająca na rzecz społeczności lokalnej w miejscowości ${city}.`,
    });
  }
  if (organizations.length === 0) throw new RangeError('generateWorld: organizations must be at least 1');

  const venues: Venue[] = [];
  for (let i = 0; i < (options.venues ?? Math.max(1, Math.ceil((options.events ?? 20) / 20))); i++) {
    const city = pick(CITIES);
    const name = `${pick(['Centrum Kultury', 'Dom Sąsiedzki', 'Biblioteka Publiczna', 'Centrum Aktywności Lokalnej', 'Sala Konferencyjna Urzędu'])} w ${city}`;
    venues.push({
      id: id(),
      slug: uniqueSlug('venue', name),
      name,
      address: {
        street: `${pick(STREETS)} ${int(1, 120)}`,
        postalCode: `${digits(2)}-${digits(3)}`,
        city,
        country: 'PL',
      },
      accessibility:
        rnd() < 0.5 ? 'Wejście bez schodów, toaleta dostępna, pętla indukcyjna w sali głównej.' : undefined,
      rooms: rnd() < 0.3 ? ['Sala A', 'Sala B'] : [],
    });
  }

  const people: Person[] = [];
  for (let i = 0; i < (options.people ?? Math.max(10, (options.events ?? 20) * 2)); i++) {
    const woman = rnd() < 0.5;
    const givenName = pick(woman ? GIVEN_F : GIVEN_M);
    const familyName = woman ? feminine(pick(FAMILY)) : pick(FAMILY);
    const org = pick(organizations);
    people.push({
      id: id(),
      slug: uniqueSlug('person', `${givenName} ${familyName}`),
      givenName,
      familyName,
      affiliations: [{ organizationId: org.id, role: pick(ROLES) }],
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

  const events: Event[] = [];
  const MINUTE = 60_000;
  for (let i = 0; i < (options.events ?? 20); i++) {
    const dayOffset = int(-365, 365);
    // Local start between 9:00 and 11:00 Warsaw time; instants in UTC (offset known per day is not needed).
    const start = Math.floor((around + dayOffset * 86_400_000) / 86_400_000) * 86_400_000 + int(8, 10) * 3_600_000;
    const n = int(3, 12);
    const agenda: AgendaItem[] = [];
    const used = new Set<string>();
    let t = start;
    for (let k = 0; k < n; k++) {
      const len = pick([15, 30, 45, 60, 90]) * MINUTE;
      const base = { id: id(), startsAt: new Date(t).toISOString(), endsAt: new Date(t + len).toISOString() };
      const kind =
        k === 0 ? 'introduction' : pick(['panel', 'panel', 'presentation', 'discussion', 'break', 'other'] as const);
      if (kind === 'introduction')
        agenda.push({ ...base, kind, title: 'Powitanie i wprowadzenie', speakers: distinctSpeakers(1, used) });
      else if (kind === 'panel') {
        const [moderator] = distinctSpeakers(1, used);
        agenda.push({
          ...base,
          kind,
          title: `Panel: ${pick(TOPICS)}`,
          moderator,
          panelists: distinctSpeakers(int(2, 5), used),
          questions: [],
        });
      } else if (kind === 'presentation')
        agenda.push({ ...base, kind, title: `Prezentacja: ${pick(TOPICS)}`, speakers: distinctSpeakers(1, used) });
      else if (kind === 'discussion')
        agenda.push({
          ...base,
          kind,
          title: 'Dyskusja',
          format: 'groups',
          topics: Array.from({ length: int(2, 6) }, () => pick(TOPICS)),
          facilitators: [],
        });
      else if (kind === 'break') agenda.push({ ...base, kind, title: 'Przerwa kawowa' });
      else
        agenda.push({
          ...base,
          kind,
          title: pick(['Networking', 'Podsumowanie', 'Wręczenie certyfikatów']),
          speakers: [],
        });
      t += len;
    }
    const title = `${pick(EVENT_THEMES)}: ${pick(TOPICS)}`;
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
      summary: `Spotkanie o tym, jak samorządy i organizacje mogą lepiej współpracować: ${pick(TOPICS).toLowerCase()}.`,
      body: `## O wydarzeniu\n\n${pick(TOPICS)}. Zapraszamy przedstawicieli **samorządów** i **organizacji pozarządowych**.\n`,
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
      attendance: dayOffset < 0 ? { registered: int(20, 200), attended: int(10, 150) } : {},
      isFree: true,
      agenda,
    });
  }

  const posts: Post[] = [];
  for (let i = 0; i < (options.posts ?? Math.ceil(events.length / 2)); i++) {
    const event = events.length ? pick(events) : undefined;
    const title = event ? `Relacja: ${event.title}` : `Aktualności ${i + 1}`;
    posts.push({
      id: id(),
      slug: uniqueSlug('post', title),
      category: 'Aktualności',
      title,
      body: `Dziękujemy za udział w spotkaniu. ${pick(TOPICS)} — to temat, do którego wrócimy.`,
      hashtags: event ? event.hashtags : [],
      ...(event ? { eventId: event.id, grantIds: event.grantIds } : { grantIds: [] }),
      status: 'published',
      publishedAt: new Date(around + int(-365, 0) * 86_400_000).toISOString(),
      language: 'pl',
    });
  }

  return { authorities, organizations, venues, people, grants, events, posts, cooperations: [] };
}
