import { randomBytes } from 'node:crypto';
import { uuidv7 } from '@org/domain';

/** A fresh UUIDv7 from the clock and the system's randomness. */
export const newId = (now: () => Date = () => new Date()): string => uuidv7(now().getTime(), randomBytes(10));
