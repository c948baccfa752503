import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.js';
import { progress } from './progress.js';

const sink = (isTTY: boolean) => {
  const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, read: () => text };
};

describe('progress', () => {
  it('draws a bar with counts on a terminal', () => {
    const { stream, read } = sink(true);
    const bar = progress('mosty-export ics', 4, stream);
    for (let i = 0; i < 4; i++) bar.tick();
    bar.done();
    expect(read()).toContain('mosty-export ics [');
    expect(read()).toContain('4/4');
    expect(read().endsWith('\n')).toBe(true);
  });

  it('counts without a total', () => {
    const { stream, read } = sink(true);
    const bar = progress('rows', undefined, stream);
    bar.tick(3);
    bar.done();
    expect(read()).toContain('rows 3');
  });

  it("says the count in words of the CLI's language", () => {
    const { stream, read } = sink(true);
    const bar = progress('mosty-export ics', undefined, stream, MESSAGES.pl.events);
    bar.tick(5);
    bar.done();
    expect(read()).toContain('mosty-export ics: 5 wydarzeń');
  });

  it('writes nothing when the stream is not a terminal (piped or redirected)', () => {
    const { stream, read } = sink(false);
    const bar = progress('mosty-export ics', 10, stream);
    bar.tick(10);
    bar.done();
    expect(read()).toBe('');
  });
});
