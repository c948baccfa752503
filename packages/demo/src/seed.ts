/**
 * The seed: the news post in shared/seed/000_abb1cb4d7c34630d.txt, modelled completely as domain values.
 *
 * Everything here is stated by the post unless `SEED_PROVENANCE` lists it. The post gives no date,
 * times, event title, post title, grant amount or period: those are ILLUSTRATIVE (plausible, chosen
 * by us) and marked so below and in `SEED_PROVENANCE`. Identifiers the post does not give (KRS, NIP,
 * REGON, postal codes, agreement number) stay empty rather than made up. Where the post names no
 * person (the first panel), the agenda says "representatives of" an organisation or authority.
 */
import {
  type Cooperation,
  CooperationSchema,
  type Event,
  EventSchema,
  type Grant,
  GrantSchema,
  type LocalAuthority,
  LocalAuthoritySchema,
  type Organization,
  OrganizationSchema,
  type Person,
  PersonSchema,
  type Post,
  PostSchema,
  uuidv7,
  type Venue,
  VenueSchema,
} from '@org/domain';
import type { DemoWorld } from './world.js';

// Stable ids: UUIDv7 at a fixed instant with a counter in place of randomness.
const SEED_EPOCH = Date.UTC(2026, 10, 1);
const seedId = (n: number) => uuidv7(SEED_EPOCH, [0, 0, 0, 0, 0, 0, 0, 0, 0, n]);

export const SEED_IDS = {
  wojewodztwoMazowieckie: seedId(1),
  powiatWolominski: seedId(2),
  fise: seedId(10),
  ktoRanoWstaje: seedId(11),
  kobietyWedrowne: seedId(12),
  otwarteDrzwi: seedId(13),
  transferHub: seedId(14),
  mcps: seedId(15),
  venue: seedId(20),
  lukaszKomuda: seedId(30),
  weronikaChodacz: seedId(31),
  wojciechJozwiak: seedId(32),
  khediAlieva: seedId(33),
  martaSkrobacka: seedId(34),
  grant: seedId(40),
  event: seedId(50),
  itemIntroduction: seedId(51),
  itemPanelOffice: seedId(52),
  itemPresentation: seedId(53),
  itemPanelOrganization: seedId(54),
  itemDiscussion: seedId(55),
  post: seedId(60),
  cooperationWolomin: seedId(70),
  cooperationGrant: seedId(71),
} as const;
const I = SEED_IDS;

/** What in the seed the post does not state, and where it comes from instead. */
export interface ProvenanceNote {
  path: string;
  kind: 'illustrative' | 'inferred' | 'external';
  note: string;
}

export const SEED_PROVENANCE: readonly ProvenanceNote[] = [
  {
    path: 'event.startsAt/endsAt',
    kind: 'illustrative',
    note: 'The post says only "Dzisiaj"; 26 November 2026, 10:00–14:00 is our choice.',
  },
  {
    path: 'event.agenda[*].startsAt/endsAt',
    kind: 'illustrative',
    note: 'The post gives the order of the programme, not its times.',
  },
  {
    path: 'event.title',
    kind: 'illustrative',
    note: 'The post has no title for the event; ours joins the titles of its two panels.',
  },
  { path: 'event.summary', kind: 'illustrative', note: 'Condensed from the post’s first paragraph.' },
  { path: 'post.title', kind: 'illustrative', note: 'The post’s title is not in the source text.' },
  { path: 'grant.amount', kind: 'illustrative', note: 'The post states no amount; 40 000,00 zł is an example.' },
  {
    path: 'grant.period',
    kind: 'illustrative',
    note: 'The post states no period; September–December 2026 is an example.',
  },
  { path: 'grant.taskTitle', kind: 'illustrative', note: 'The post does not give the task’s title.' },
  {
    path: 'grant.mode',
    kind: 'illustrative',
    note: 'The post does not say how the grant was awarded; an open competition is the usual mode.',
  },
  {
    path: 'grant.form',
    kind: 'inferred',
    note: '"sfinansowane" (not "współfinansowane") is the wording of entrustment (powierzenie), art. 11 ust. 1 pkt 2 u.d.p.p.',
  },
  {
    path: 'grant.funderUnitId',
    kind: 'inferred',
    note: 'The hashtags #MCPSpomaga and #MCPS point to the Mazowieckie Centrum Polityki Społecznej as the unit handling the grant.',
  },
  {
    path: 'organizations[mcps]',
    kind: 'external',
    note: 'MCPS and its address (ul. Grzybowska 80/82, Warszawa) come from shared/DOMAIN-PL.md §3.3, not from the post.',
  },
  {
    path: 'authorities[*].terc',
    kind: 'external',
    note: 'TERC codes 14 and 1434 come from the GUS TERC register (shared/data/TERC_2024-01-01.csv).',
  },
  {
    path: 'cooperations[grant]',
    kind: 'inferred',
    note: 'A grant for a public task is cooperation in the form of zlecanie realizacji zadań publicznych (art. 5 ust. 2 pkt 1).',
  },
];

const authorities: LocalAuthority[] = [
  {
    id: I.wojewodztwoMazowieckie,
    slug: 'wojewodztwo-mazowieckie',
    name: 'Województwo Mazowieckie',
    nameGenitive: 'Województwa Mazowieckiego',
    kind: 'wojewodztwo',
    terc: '14',
    officeName: 'Urząd Marszałkowski Województwa Mazowieckiego w Warszawie',
  },
  {
    id: I.powiatWolominski,
    slug: 'powiat-wolominski',
    name: 'Powiat wołomiński',
    nameGenitive: 'Powiatu wołomińskiego',
    kind: 'powiat',
    terc: '1434',
    parentId: I.wojewodztwoMazowieckie,
  },
].map((a) => LocalAuthoritySchema.parse(a));

const organizations: Organization[] = [
  {
    id: I.fise,
    slug: 'fundacja-inicjatyw-spoleczno-ekonomicznych',
    name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych',
    legalForm: 'fundacja',
    description:
      'Organizatorka spotkania o współpracy jednostek samorządu terytorialnego z organizacjami pozarządowymi i ekonomią społeczną.',
  },
  {
    id: I.ktoRanoWstaje,
    slug: 'spoldzielnia-socjalna-kto-rano-wstaje',
    name: 'Spółdzielnia Socjalna „Kto Rano Wstaje”',
    shortName: 'Kto Rano Wstaje',
    legalForm: 'spoldzielnia_socjalna',
  },
  {
    id: I.kobietyWedrowne,
    slug: 'fundacja-kobiety-wedrowne',
    name: 'Fundacja Kobiety Wędrowne',
    legalForm: 'fundacja',
  },
  {
    id: I.otwarteDrzwi,
    slug: 'stowarzyszenie-otwarte-drzwi',
    name: 'Stowarzyszenie Otwarte Drzwi',
    legalForm: 'stowarzyszenie',
  },
  {
    id: I.transferHub,
    slug: 'transfer-hub',
    name: 'Transfer HUB',
    // The post calls it "inkubator innowacji społecznych" and does not give its legal form.
    legalForm: 'inna',
    description: 'Inkubator innowacji społecznych.',
  },
  {
    id: I.mcps,
    slug: 'mazowieckie-centrum-polityki-spolecznej',
    name: 'Mazowieckie Centrum Polityki Społecznej',
    shortName: 'MCPS',
    legalForm: 'jednostka_samorzadowa',
    parentAuthorityId: I.wojewodztwoMazowieckie,
    // External fact (shared/DOMAIN-PL.md §3.3); its postal code was not found, so none is given.
    address: { street: 'ul. Grzybowska 80/82', city: 'Warszawa', voivodeship: 'mazowieckie', country: 'PL' },
    website: 'https://mcps.com.pl/',
    description: 'Regionalny ośrodek polityki społecznej samorządu Województwa Mazowieckiego.',
  },
].map((o) => OrganizationSchema.parse(o));

const venues: Venue[] = [
  VenueSchema.parse({
    id: I.venue,
    slug: 'centrum-wielokulturowe-w-warszawie',
    name: 'Centrum Wielokulturowe w Warszawie',
    // The post gives the street and city only; the postal code stays empty rather than guessed.
    address: { street: 'ul. Jagiellońska 54', city: 'Warszawa', voivodeship: 'mazowieckie', country: 'PL' },
  }),
];

const people: Person[] = [
  { id: I.lukaszKomuda, slug: 'lukasz-komuda', givenName: 'Łukasz', familyName: 'Komuda' },
  {
    id: I.weronikaChodacz,
    slug: 'weronika-chodacz',
    givenName: 'Weronika',
    familyName: 'Chodacz',
    affiliations: [{ organizationId: I.transferHub }],
  },
  {
    id: I.wojciechJozwiak,
    slug: 'wojciech-jozwiak',
    givenName: 'Wojciech',
    familyName: 'Jóźwiak',
    affiliations: [{ organizationId: I.ktoRanoWstaje, role: 'wiceprezes zarządu' }],
  },
  {
    id: I.khediAlieva,
    slug: 'khedi-alieva',
    givenName: 'Khedi',
    familyName: 'Alieva',
    affiliations: [{ organizationId: I.kobietyWedrowne, role: 'współzałożycielka' }],
  },
  {
    id: I.martaSkrobacka,
    slug: 'marta-skrobacka',
    givenName: 'Marta',
    familyName: 'Skrobacka',
    affiliations: [{ organizationId: I.otwarteDrzwi, role: 'skarbniczka' }],
  },
].map((p) => PersonSchema.parse(p));

/** The statement exactly as the post prints it. */
export const SEED_FUNDING_STATEMENT = 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego';

const grants: Grant[] = [
  GrantSchema.parse({
    id: I.grant,
    slug: 'wspolpraca-jst-i-ngo-2026',
    funderAuthorityId: I.wojewodztwoMazowieckie,
    funderUnitId: I.mcps, // inferred from #MCPSpomaga
    funderName: 'Województwo Mazowieckie',
    funderNameGenitive: 'Województwa Mazowieckiego',
    // ILLUSTRATIVE: the post does not name the task.
    taskTitle:
      'Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi i podmiotami ekonomii społecznej',
    mode: 'open_competition', // ILLUSTRATIVE
    form: 'entrustment', // inferred from "sfinansowane"
    amount: { amount: 4_000_000, currency: 'PLN' }, // ILLUSTRATIVE: 40 000,00 zł
    period: { from: '2026-09-01', to: '2026-12-15' }, // ILLUSTRATIVE
    beneficiaryId: I.fise,
    attributionText: SEED_FUNDING_STATEMENT,
    attributionTextEn: 'Public task financed from the budget of the Mazowieckie Voivodeship',
    // As written in the post, the spelling "programywspacia" included.
    hashtags: ['Mazowszepomaga', 'MCPSpomaga', 'MCPS', 'programywspacia', 'solidarnośćmazowiecka', 'ESjakSukcES'],
  }),
];

const SEED_HASHTAGS = [
  'Współpraca',
  'EkonomiaSpołeczna',
  'RazemMożemyWięcej',
  'CentrumWielokulturowe',
  'FundacjaInicjatywSpołecznoEkonomicznych',
];

// ILLUSTRATIVE times: 26 November 2026 is in CET (UTC+1), so 10:00 local is 09:00Z.
const at = (hhmm: string) => `2026-11-26T${hhmm}:00+01:00`;

const DISCUSSION_TOPICS = [
  'Co organizacje mogą załatwić w urzędzie.',
  'Co by pomogło urzędom w kontakcie/pracy z organizacjami.',
  'Dobre praktyki współpracy urzędu z organizacjami.',
  'Czego organizacje potrzebują od urzędu.',
  'Co by pomogło organizacjom w kontakcie/pracy z urzędem.',
  'Dobre praktyki współpracy organizacji z urzędem.',
];

const events: Event[] = [
  EventSchema.parse({
    id: I.event,
    slug: 'sprawny-urzad-sprawna-organizacja',
    // ILLUSTRATIVE title, joined from the two panels' titles.
    title: 'Sprawny urząd, sprawna organizacja. Współpraca samorządów z organizacjami pozarządowymi',
    summary:
      'Spotkanie przedstawicieli jednostek samorządu terytorialnego, organizacji pozarządowych oraz ekonomii społecznej o efektywnej współpracy pomiędzy tymi sektorami na rzecz społeczności lokalnej.',
    body: [
      'Spotkanie, zorganizowane przez Fundację Inicjatyw Społeczno-Ekonomicznych, skupia się na tematyce efektywnej współpracy pomiędzy jednostkami samorządu terytorialnego a organizacjami pozarządowymi i podmiotami ekonomii społecznej, ukazując potencjał wspólnych działań na rzecz społeczności lokalnej.',
    ].join('\n\n'),
    startsAt: at('10:00'),
    endsAt: at('14:00'),
    timeZone: 'Europe/Warsaw',
    venueId: I.venue,
    organizerId: I.fise,
    status: 'published',
    language: 'pl',
    hashtags: SEED_HASHTAGS,
    grantIds: [I.grant],
    publishedAt: '2026-11-20T12:00:00+01:00', // ILLUSTRATIVE
    agenda: [
      {
        id: I.itemIntroduction,
        kind: 'introduction',
        title: 'Wprowadzenie',
        startsAt: at('10:00'),
        endsAt: at('10:15'),
        // The post names him without a role or organisation.
        speakers: [{ kind: 'person', personId: I.lukaszKomuda }],
      },
      {
        id: I.itemPanelOffice,
        kind: 'panel',
        title: 'Sprawny urząd. Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi.',
        startsAt: at('10:15'),
        endsAt: at('11:15'),
        description:
          'Inspirująca współpraca pomiędzy spółdzielnią socjalną a samorządowcami oraz urzędnikami powiatu wołomińskiego: jakie korzyści przynosi efektywna kooperacja.',
        // The post names no panelist here: representatives, described as written, and no names invented.
        panelists: [
          {
            // The post does not name the cooperative either: said so, rather than warned about on every publish.
            kind: 'representatives',
            description: 'przedstawiciele spółdzielni socjalnej współpracującej z powiatem wołomińskim',
            partyUnnamed: true,
          },
          {
            kind: 'representatives',
            authorityId: I.powiatWolominski,
            description: 'samorządowcy oraz urzędnicy powiatu wołomińskiego',
          },
        ],
      },
      {
        id: I.itemPresentation,
        kind: 'presentation',
        title: 'Polskie organizacje w dialogu społecznym',
        startsAt: at('11:15'),
        endsAt: at('11:45'),
        description:
          'Wyniki badań o relacjach między organizacjami pozarządowymi a urzędami, dostarczające spostrzeżeń na temat dialogu społecznego.',
        speakers: [{ kind: 'person', personId: I.weronikaChodacz, organizationId: I.transferHub }],
      },
      {
        id: I.itemPanelOrganization,
        kind: 'panel',
        title: 'Sprawna organizacja. Współpraca organizacji pozarządowych z jednostkami samorządu terytorialnego',
        startsAt: at('11:45'),
        endsAt: at('12:45'),
        description:
          'Przedstawiciele trzech podmiotów ekonomii społecznej o swoich doświadczeniach oraz perspektywach w relacjach NGO-sów z jednostkami samorządu terytorialnego.',
        panelists: [
          { kind: 'person', personId: I.wojciechJozwiak, role: 'wiceprezes zarządu', organizationId: I.ktoRanoWstaje },
          { kind: 'person', personId: I.khediAlieva, role: 'współzałożycielka', organizationId: I.kobietyWedrowne },
          { kind: 'person', personId: I.martaSkrobacka, role: 'skarbniczka', organizationId: I.otwarteDrzwi },
        ],
      },
      {
        id: I.itemDiscussion,
        kind: 'discussion',
        title: 'Dyskusja w grupach',
        format: 'groups',
        startsAt: at('12:45'),
        endsAt: at('14:00'),
        topics: DISCUSSION_TOPICS,
      },
    ],
  }),
];

const SEED_POST_BODY = `Dzisiaj Centrum Wielokulturowe w Warszawie przy ul. Jagiellońskiej 54 gościło niezwykłe wydarzenie, które zgromadziło przedstawicieli jednostek samorządu terytorialnego, organizacji pozarządowych oraz ekonomii społecznej. Spotkanie, zorganizowane przez Fundację Inicjatyw Społeczno-Ekonomicznych, skupiło się na tematyce efektywnej współpracy pomiędzy tymi dwoma sektorami, ukazując potencjał wspólnych działań na rzecz społeczności lokalnej.

Wprowadzenie do wydarzenia wygłosił Łukasz Komuda, otwierając drogę do pierwszego panelu, zatytułowanego “Sprawny urząd. Współpraca jednostek samorządu terytorialnego z organizacjami pozarządowymi.” Uczestnicy mieli okazję przyjrzeć się inspirującej współpracy pomiędzy spółdzielnią socjalną a samorządowcami oraz urzędnikami powiatu wołomińskiego, dowiadując się, jakie korzyści przynosi efektywna kooperacja.

Kolejnym ważnym punktem programu było przedstawienie wyników badań pt. “Polskie organizacje w dialogu społecznym” przez Weronikę Chodacz z Transfer HUB – inkubatora innowacji społecznych. Prezentacja rzuciła światło na relacje między organizacjami pozarządowymi a urzędami, dostarczając cennych spostrzeżeń na temat dialogu społecznego.

Drugi panel “Sprawna organizacja. Współpraca organizacji pozarządowych z jednostkami samorządu terytorialnego” dał głos przedstawicielom trzech podmiotów ekonomii społecznej, byli nimi:

- Wojciech Jóźwiak, wiceprezes zarządu Spółdzielni Socjalnej “Kto Rano Wstaje”,
- Khedi Alieva, współzałożycielka Fundacji Kobiety Wędrowne,
- Marta Skrobacka, skarbniczka, Stowarzyszenie Otwarte Drzwi.

Przedstawili oni swoje doświadczenia oraz perspektywy w relacjach NGO-sów z jednostkami samorządu terytorialnego.

Po panelach uczestnicy przejęli inicjatywę, biorąc udział w grupowej dyskusji na temat:

${DISCUSSION_TOPICS.map((t) => `- ${t}`).join('\n')}

To inspirujące spotkanie jednoznacznie podkreśliło, że współpraca między organizacjami a urzędami może przynieść liczne korzyści społeczności lokalnej. Dziękujemy wszystkim uczestnikom za zaangażowanie i udział w konstruktywnej wymianie myśli!`;

const posts: Post[] = [
  PostSchema.parse({
    id: I.post,
    slug: 'wspolpraca-samorzadow-i-organizacji-w-centrum-wielokulturowym',
    category: 'Aktualności',
    // ILLUSTRATIVE title: the source text starts with the category only.
    title: 'Współpraca samorządów i organizacji: spotkanie w Centrum Wielokulturowym',
    body: SEED_POST_BODY,
    hashtags: SEED_HASHTAGS,
    eventId: I.event,
    grantIds: [I.grant],
    status: 'published',
    publishedAt: '2026-11-26T16:00:00+01:00', // ILLUSTRATIVE: "Dzisiaj", the day of the event
    language: 'pl',
  }),
];

const cooperations: Cooperation[] = [
  CooperationSchema.parse({
    id: I.cooperationWolomin,
    slug: 'powiat-wolominski-spoldzielnia-socjalna',
    authorityId: I.powiatWolominski,
    // The post does not name the cooperative.
    organizationDescription: 'spółdzielnia socjalna (nazwy nie podano)',
    organizationLegalForm: 'spoldzielnia_socjalna',
    form: 'inna',
    description:
      'Współpraca spółdzielni socjalnej z samorządowcami oraz urzędnikami powiatu wołomińskiego, przedstawiona w panelu „Sprawny urząd”.',
    eventIds: [I.event],
  }),
  CooperationSchema.parse({
    id: I.cooperationGrant,
    slug: 'wojewodztwo-mazowieckie-fise-zadanie-publiczne-2026',
    authorityId: I.wojewodztwoMazowieckie,
    organizationId: I.fise,
    form: 'zlecanie_zadan',
    period: { from: '2026-09-01', to: '2026-12-15' }, // ILLUSTRATIVE, the grant's period
    description: 'Zadanie publiczne finansowane z budżetu Województwa Mazowieckiego.',
    grantIds: [I.grant],
    eventIds: [I.event],
  }),
];

/**
 * The seed world: the event of the source post and everything around it, validated by the domain
 * schemas. Returns fresh copies, so callers may change them.
 *
 * @example
 * seedWorld().events[0].agenda.length // 5
 */
export function seedWorld(): DemoWorld {
  return structuredClone({ authorities, organizations, venues, people, grants, events, posts, cooperations });
}
