import { type DemoWorld, seedWorld } from '@org/demo';
import fc from 'fast-check';

/** Pieces that break careless writers: markup, CDATA ends, entities, emoji, Polish letters, controls, CSV and ICS syntax. */
const PIECES = [
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<![CDATA[',
  '🎉',
  '👩‍👩‍👧',
  'żółć',
  'ŁÓDŹ',
  'ę',
  '"',
  "'",
  ';',
  ',',
  '\\',
  '\\n',
  '\u0001',
  '\u000b',
  '\u007f',
  '\u0085',
  '\t',
  '\r\n',
  ' ',
  'a',
  '#',
  '*',
  '`',
] as const;

/** A non-empty text of hostile pieces and any graphemes, trimmed-safe (starts and ends with a letter). */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    minLength: 1,
    maxLength: 24,
  })
  .map((parts) => `A${parts.join('')}z`);

/** A body of about 10 000 characters built from a hostile text. */
export const hostileBody = hostileText.map((t) => `${t}\n\n`.repeat(Math.ceil(10_000 / (t.length + 2))));

/** The hostile strings a world is rewritten with. */
export interface HostileStrings {
  title: string;
  summary: string;
  body: string;
  itemTitle: string;
  topic: string;
  venue: string;
  organization: string;
  givenName: string;
  role: string;
  taskTitle: string;
}

export const hostileStrings: fc.Arbitrary<HostileStrings> = fc.record({
  title: hostileText,
  summary: hostileText,
  body: hostileBody,
  itemTitle: hostileText,
  topic: hostileText,
  venue: hostileText,
  organization: hostileText,
  givenName: hostileText,
  role: hostileText,
  taskTitle: hostileText,
});

/** The seed world with its event, agenda, venue, organiser, a speaker, the grant and the post rewritten. */
export function hostileWorld(s: HostileStrings): DemoWorld {
  const world = seedWorld();
  const event = world.events[0]!;
  event.title = s.title;
  event.summary = s.summary;
  event.body = s.body;
  for (const item of event.agenda) {
    if (item.kind === 'panel' || item.kind === 'presentation') item.title = s.itemTitle;
    if (item.kind === 'discussion') item.topics = [s.topic, ...item.topics];
    if (item.kind === 'panel') {
      item.questions = [s.topic];
      for (const p of item.panelists) if (p.kind === 'person') p.role = s.role;
    }
  }
  world.venues[0]!.name = s.venue;
  const organizer = world.organizations.find((o) => o.id === event.organizerId)!;
  organizer.name = s.organization;
  world.people[1]!.givenName = s.givenName;
  world.grants[0]!.taskTitle = s.taskTitle;
  world.posts[0]!.title = s.title;
  world.posts[0]!.body = s.body;
  return world;
}
