import { type DemoWorld, generateWorld, seedWorld } from '@org/demo';
import { type Person, PersonSchema } from '@org/domain';
import { indexWorld, type WorldIndex } from '../src/world-index.js';

export const SITE = 'https://mosty.example.org';
export const PL = { locale: 'pl', siteUrl: SITE } as const;
export const EN = { locale: 'en', siteUrl: SITE } as const;
/** The 360Giving writers' options: a publisher with its own (made-up) 360Giving prefix. */
export const PUBLISHER_360 = { name: 'Fundacja Inicjatyw Społeczno-Ekonomicznych', prefix: '360G-fise-test' };
export const PL360 = { ...PL, publisher: PUBLISHER_360 } as const;
export const EN360 = { ...EN, publisher: PUBLISHER_360 } as const;

/** The seed world and its index. */
export function seed(): { world: DemoWorld; index: WorldIndex } {
  const world = seedWorld();
  return { world, index: indexWorld(world) };
}

/** A generated world of `events` events and its index. */
export function generated(events = 60, seedNumber = 7): { world: DemoWorld; index: WorldIndex } {
  const world = generateWorld({ seed: seedNumber, events });
  return { world, index: indexWorld(world) };
}

/**
 * The seed world as the staff-workflow audit found grants: the agreement's Polish statement
 * ("sfinansowane") and no English one, entered as support, so a statement derived in English would say
 * "co-financed" and contradict the agreement.
 */
export function seedPolishStatementOnly(): { world: DemoWorld; index: WorldIndex } {
  const world = seedWorld();
  const grants = world.grants.map(({ attributionTextEn: _dropped, ...grant }) => ({
    ...grant,
    form: 'support' as const,
  }));
  const polishOnly = { ...world, grants };
  return { world: polishOnly, index: indexWorld(polishOnly) };
}

/**
 * Two speakers the seed does not hold, for the tests of who speaks for whom: Anna Niezależna (`p-ind`), a
 * prezeska of `first`, and Jan Zmienny (`p-aff`), a członek of `first` until 30 June 2026 and a dyrektor of
 * `second` from 1 July, so which organisation he speaks for depends on the day.
 */
export function speakersWithAffiliations(first: { id: string }, second: { id: string }, janPrefix?: string): Person[] {
  return [
    PersonSchema.parse({
      id: 'p-ind',
      slug: 'anna-niezalezna',
      givenName: 'Anna',
      familyName: 'Niezależna',
      affiliations: [{ organizationId: first.id, role: 'prezeska' }],
    }),
    PersonSchema.parse({
      id: 'p-aff',
      slug: 'jan-zmienny',
      ...(janPrefix ? { honorificPrefix: janPrefix } : {}),
      givenName: 'Jan',
      familyName: 'Zmienny',
      affiliations: [
        { organizationId: first.id, role: 'członek', to: '2026-06-30' },
        { organizationId: second.id, role: 'dyrektor', from: '2026-07-01' },
      ],
    }),
  ];
}
