import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputWriteError, requireWritableOutput, writeFileWhole, writeProblem } from './deliver.js';
import { MESSAGES } from './messages.js';
import type { ExportOutput } from './run-export.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mosty-exporter-deliver-'));
  mkdirSync(join(dir, 'folder.ics'));
  writeFileSync(join(dir, 'file'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (...chunks: string[]): ExportOutput => ({
  kind: 'text',
  chunks: (async function* () {
    yield* chunks;
  })(),
});
const refused = (run: () => unknown): OutputWriteError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputWriteError);
    return error as OutputWriteError;
  }
  throw new Error('expected an OutputWriteError');
};
const leftovers = () => readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('.partial-'));

describe('writeProblem', () => {
  it('says what a system error code means for the file, and keeps a code it has no words for', () => {
    expect(writeProblem({ code: 'ENOENT' })).toEqual({ kind: 'folder-missing' });
    expect(writeProblem({ code: 'EISDIR' })).toEqual({ kind: 'is-directory' });
    expect(writeProblem({ code: 'ENOTDIR' })).toEqual({ kind: 'not-a-folder' });
    for (const code of ['EACCES', 'EPERM', 'EROFS']) expect(writeProblem({ code })).toEqual({ kind: 'not-writable' });
    expect(writeProblem({ code: 'ENOSPC' })).toEqual({ kind: 'disk-full' });
    expect(writeProblem({ code: 'EPIPE' })).toEqual({ kind: 'closed' });
    expect(writeProblem({ code: 'EIO' })).toEqual({ kind: 'other', code: 'EIO' });
    expect(writeProblem(new Error('no code'))).toEqual({ kind: 'other', code: 'UNKNOWN' });
  });
});

describe('requireWritableOutput', () => {
  it('refuses a missing folder, a path through a file and a folder, naming the path given', () => {
    const missing = join(dir, 'no-such-folder', 'x.ics');
    const error = refused(() => requireWritableOutput(missing, MESSAGES.en));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toBe(
      `cannot write "${missing}" (--out): folder "${join(dir, 'no-such-folder')}" does not exist; nothing was written.`,
    );
    expect(refused(() => requireWritableOutput(join(dir, 'file', 'x.ics'), MESSAGES.pl)).message).toBe(
      `nie można zapisać pliku „${join(dir, 'file', 'x.ics')}” (--out): „${join(dir, 'file')}” nie jest folderem; nic nie zapisano.`,
    );
    expect(refused(() => requireWritableOutput(join(dir, 'folder.ics'), MESSAGES.en)).problem).toEqual({
      kind: 'is-directory',
    });
  });

  it('lets a new file in an existing folder through', () => {
    expect(() => requireWritableOutput(join(dir, 'new.ics'), MESSAGES.en)).not.toThrow();
  });
});

describe('writeFileWhole', () => {
  it('writes the whole output and leaves no partial file', async () => {
    const file = join(dir, 'whole.ics');
    await writeFileWhole(text('BEGIN:VCALENDAR\r\n', 'END:VCALENDAR\r\n'), file, '--out', MESSAGES.en);
    expect(readFileSync(file, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(leftovers()).toEqual([]);
  });

  it('says a failure found while writing for the path given, never the temporary one', async () => {
    const file = join(dir, 'gone', 'x.ics');
    const error = await writeFileWhole(text('x'), file, '--out', MESSAGES.pl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as OutputWriteError).message).toBe(
      `nie można zapisać pliku „${file}” (--out): nie ma folderu „${join(dir, 'gone')}”; nic nie zapisano.`,
    );
    expect((error as Error).message).not.toContain('.partial-');
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ENOENT');
    const ontoFolder = await writeFileWhole(text('x'), join(dir, 'folder.ics'), '--out', MESSAGES.en).catch(
      (e: unknown) => e,
    );
    expect((ontoFolder as OutputWriteError).problem).toEqual({ kind: 'is-directory' });
    expect(leftovers()).toEqual([]);
  });

  it('lets a failure of the output itself through as it is, leaving neither the file nor a partial one', async () => {
    const file = join(dir, 'half.ics');
    const refusal = new Error('record refused halfway');
    const half: ExportOutput = {
      kind: 'text',
      chunks: (async function* () {
        yield 'BEGIN:VCALENDAR\r\n';
        throw refusal;
      })(),
    };
    await expect(writeFileWhole(half, file, '--out', MESSAGES.en)).rejects.toBe(refusal);
    expect(existsSync(file)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
