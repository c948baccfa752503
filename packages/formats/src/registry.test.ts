import { describe, expect, it } from 'vitest';
import { PL, seed } from '../test/fixtures.js';
import { FORMATS } from './registry.js';

describe('FORMATS', () => {
  // The agenda table lists items, not publications; the events table beside it carries the statement.
  it.each(Object.entries(FORMATS).filter(([name]) => name !== 'agenda-csv'))(
    '%s writes the seed world with its funding statement',
    (_name, format) => {
      const { world, index } = seed();
      const out = format.write({ events: world.events, posts: world.posts, grants: world.grants, world: index }, PL);
      expect(out.length).toBeGreaterThan(0);
      // Unfold iCalendar lines and unescape JSON so the statement is searchable as text.
      const text = out.replace(/\r\n /g, '').replace(/\\n/g, '\n');
      expect(text).toContain('Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego');
    },
  );
});
