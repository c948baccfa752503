import { type DemoWorld, seedWorld } from '@org/demo';

/** The seed world plus a cancelled event whose title tries to inject a script. Tests only. */
export function demoWorldWithCancelled(): DemoWorld {
  const world = seedWorld();
  const seed = world.events[0];
  if (!seed) throw new Error('the seed world has no event');
  world.events.push({
    ...seed,
    id: 'cancelled-1',
    slug: 'odwolane-spotkanie',
    title: '<script>alert(1)</script> Odwołane spotkanie',
    status: 'cancelled',
    statusNote: 'Choroba prelegentów',
    agenda: [],
  });
  return world;
}
