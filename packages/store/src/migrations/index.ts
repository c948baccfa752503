import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-sorted-search.js';
import { migration0003 } from './0003-event-order-and-compact-words.js';
import { migration0004 } from './0004-rate-limits-and-comments.js';
import { migration0005 } from './0005-speaker-organization-links.js';
import { migration0006 } from './0006-search-words-beside-each-word.js';
import { migration0007 } from './0007-reference-links.js';
import { migration0008 } from './0008-former-slugs.js';
import { migration0009 } from './0009-updated-since.js';
import { migration0010 } from './0010-user-erasure.js';
import { migration0011 } from './0011-events-by-venue.js';
import type { Migration } from './migration.js';

/**
 * Every migration, in the order it runs. Registered in code rather than found on disk, so the built
 * package (one bundle) carries them. Append only.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
];
