import { describe, expect, it } from 'vitest';
import { RESTART_BACKOFF, restartDelay } from './restart-backoff.js';

describe('restartDelay', () => {
  it('starts at 1 s, doubles while processes keep dying young, stops at 30 s', () => {
    const waits: number[] = [];
    let wait: number | undefined;
    for (let i = 0; i < 8; i++) {
      wait = restartDelay(wait, 2_000);
      waits.push(wait);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('goes back to 1 s after a process that lived 60 s', () => {
    expect(restartDelay(30_000, RESTART_BACKOFF.resetAfterMs)).toBe(1_000);
    expect(restartDelay(30_000, RESTART_BACKOFF.resetAfterMs - 1)).toBe(30_000);
  });
});
