import { once } from 'node:events';
import { accessSync, constants, createReadStream, createWriteStream, type Stats, statSync } from 'node:fs';
import { type FileHandle, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MostyError } from '@org/domain';
import { UsageError } from './args.js';
import type { Messages } from './messages.js';
import type { ExportOutput } from './run-export.js';

/** Why a file cannot be written, said for the path the user gave, never for the temporary name beside it. */
export type WriteProblem =
  | { kind: 'folder-missing' }
  | { kind: 'not-a-folder' }
  | { kind: 'is-directory' }
  | { kind: 'not-writable' }
  | { kind: 'disk-full' }
  | { kind: 'closed' }
  | { kind: 'other'; code: string };

/**
 * Where the output was going: a file (`--out`, written whole or not at all), the temporary copy of standard output
 * (`spool`), standard output itself (`stdout`), or a device or pipe named by `--out` (`--out-stream`). The last two
 * are written as the output comes, so a failure there leaves what they received incomplete.
 */
export type WriteTarget = '--out' | 'spool' | 'stdout' | '--out-stream';

/**
 * What a failed `open`, `write` or `rename` means for the file named, from its system error code.
 *
 * @example
 * writeProblem({ code: 'ENOENT' }) // { kind: 'folder-missing' }
 */
export function writeProblem(cause: unknown): WriteProblem {
  const code = String((cause as { code?: unknown } | null)?.code ?? 'UNKNOWN');
  switch (code) {
    case 'ENOENT':
      return { kind: 'folder-missing' };
    case 'ENOTDIR':
      return { kind: 'not-a-folder' };
    case 'EISDIR':
      return { kind: 'is-directory' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { kind: 'not-writable' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'disk-full' };
    // The program reading a pipe stopped (`mosty-export ics | head -1`) or a socket was closed.
    case 'EPIPE':
    case 'ECONNRESET':
      return { kind: 'closed' };
    default:
      return { kind: 'other', code };
  }
}

/**
 * The output cannot be written where it was asked to go (`--out`), or, for standard output, to the
 * temporary copy made first (`spool`). Nothing is left behind: no file, no partial file.
 */
export class OutputWriteError extends MostyError {
  constructor(
    readonly path: string,
    readonly problem: WriteProblem,
    readonly target: WriteTarget,
    m: Messages,
    options?: { cause?: unknown },
  ) {
    super('OUTPUT_UNWRITABLE', m.outputUnwritable(path, dirname(path), problem, target), options);
  }
}

/**
 * Refuses an `--out` that cannot be written, before the store is opened and the export is run: its
 * folder missing or not a folder, the path a folder, the folder not writable. A failure found only while
 * writing (the disk full, a permission `access` did not tell) is said the same way by `writeFileWhole`.
 */
export function requireWritableOutput(file: string, m: Messages): void {
  const refuse = (problem: WriteProblem, cause?: unknown): never => {
    throw new OutputWriteError(file, problem, '--out', m, { cause });
  };
  const folder = dirname(file);
  try {
    if (!statSync(folder).isDirectory()) refuse({ kind: 'not-a-folder' });
    accessSync(folder, constants.W_OK);
  } catch (cause) {
    if (cause instanceof OutputWriteError) throw cause;
    refuse(writeProblem(cause), cause);
  }
  if (existing(file)?.isDirectory()) refuse({ kind: 'is-directory' });
}

/**
 * Refuses an `--out` that is a file the export reads: the SQLite database (or its `-wal`, `-shm` or `-journal` file)
 * or the SITE_CONFIG file. The export would be renamed over it: `ics --db mosty.db --out mosty.db` replaced the
 * database with a calendar and succeeded. The same file is told by its device and inode, so a symbolic or hard link
 * to it, or another spelling of its path, is refused too.
 */
export function requireOutputNotInput(
  file: string,
  inputs: { database?: string; siteConfig?: string },
  m: Messages,
): void {
  const out = existing(file);
  // A journal file comes and goes with the store's connection: one not there now is told by its name.
  const same = (path: string | undefined) => {
    if (path === undefined) return false;
    if (resolve(file) === resolve(path)) return true;
    const there = existing(path);
    return out?.isFile() === true && there !== undefined && there.dev === out.dev && there.ino === out.ino;
  };
  const { database, siteConfig } = inputs;
  if (database !== undefined && ['', '-wal', '-shm', '-journal'].some((suffix) => same(`${database}${suffix}`)))
    throw new UsageError(m.outputIsInput(file, 'database'));
  if (same(siteConfig)) throw new UsageError(m.outputIsInput(file, 'site-config'));
}

/** What is at `path` now, or undefined when nothing is (or a part of the path is no folder). */
function existing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    // ENOTDIR: nothing can be there; writing says why, naming the path.
    return undefined;
  }
}

async function writeAll(stream: NodeJS.WritableStream, chunks: AsyncIterable<string | Uint8Array>): Promise<void> {
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
}

const chunksOf = (output: ExportOutput): AsyncIterable<string | Uint8Array> =>
  output.kind === 'bytes'
    ? (async function* () {
        yield output.bytes;
      })()
    : output.chunks;

/**
 * Writes `output` whole to `file`, or leaves no file: it is written under a temporary name beside it and
 * renamed at the end. A failure of the file system is an `OutputWriteError` naming `file`; a failure of
 * the output itself (a record refused halfway) comes through as it is. Either way the temporary file goes.
 */
export async function writeFileWhole(
  output: ExportOutput,
  file: string,
  target: '--out' | 'spool',
  m: Messages,
): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  const fs = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (cause) {
      throw new OutputWriteError(file, writeProblem(cause), target, m, { cause });
    }
  };
  let handle: FileHandle | undefined;
  try {
    handle = await fs(open(partial, 'w'));
    const opened = handle;
    for await (const chunk of chunksOf(output))
      await fs<unknown>(typeof chunk === 'string' ? opened.write(chunk) : opened.write(chunk));
    await fs(handle.close());
    handle = undefined;
    await fs(rename(partial, file));
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Delivers the export whole or not at all. With FILE, through a temporary name beside it. On standard
 * output, text is spooled to a temporary file first: records are read (and checked) while the output
 * is written, so a record refused halfway would otherwise leave half a calendar in a pipe or a
 * `> file` redirection. The spool keeps memory flat for large exports; bytes (XLSX, DOCX) are whole already.
 * A FILE that exists and is no regular file (`/dev/null`, a named pipe) is written like standard output:
 * renaming onto it would replace the device or pipe with a file.
 */
export async function deliver(output: ExportOutput, out: string | undefined, m: Messages): Promise<void> {
  const there = out === undefined ? undefined : existing(out);
  if (out !== undefined && (there === undefined || there.isFile() || there.isDirectory()))
    return writeFileWhole(output, out, '--out', m);
  const destination = async (): Promise<NodeJS.WritableStream> => {
    if (out === undefined) return process.stdout;
    const stream = createWriteStream(out, { flags: 'a' });
    try {
      await once(stream, 'open');
    } catch (cause) {
      throw new OutputWriteError(out, writeProblem(cause), '--out', m, { cause });
    }
    return stream;
  };
  // A failure of the stream written to (the disk under a `> file` full, the reader of a pipe gone) is said for it,
  // in the CLI's language, not as Node's "write EPIPE".
  const failed = (cause: unknown) =>
    out === undefined
      ? new OutputWriteError('-', writeProblem(cause), 'stdout', m, { cause })
      : new OutputWriteError(out, writeProblem(cause), '--out-stream', m, { cause });
  if (output.kind === 'bytes') return copy(chunksOf(output), await destination(), out !== undefined, failed);
  const folder = await mkdtemp(join(tmpdir(), 'mosty-export-'));
  try {
    const spool = join(folder, 'output');
    await writeFileWhole(output, spool, 'spool', m);
    await copy(createReadStream(spool), await destination(), out !== undefined, failed);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function copy(
  chunks: AsyncIterable<string | Uint8Array>,
  stream: NodeJS.WritableStream,
  close: boolean,
  failed: (cause: unknown) => Error,
): Promise<void> {
  // What the stream itself refused, told from a failure of reading the spool.
  let refused: unknown;
  const onError = (error: unknown) => {
    refused ??= error;
  };
  stream.on('error', onError);
  try {
    await writeAll(stream, chunks);
    if (!close) return;
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    throw error === refused ? failed(error) : error;
  } finally {
    stream.off('error', onError);
  }
}
