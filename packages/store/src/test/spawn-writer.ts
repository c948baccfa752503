import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const script = fileURLToPath(new URL('./writer-child.ts', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
// tsx's loader inside the writer's own node process (not the tsx CLI, which would put a second
// process in between and a SIGKILL would hit the wrong one). It reads ./tsconfig.json from the
// working folder, which maps @org/* to their src/ like the vitest aliases.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface Writer {
  child: ChildProcess;
  acked: string[];
  /** Resolves once the child has printed `n` acknowledgements (or rejects when it exits first). */
  acks(n: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts a writer process on a SQLite file; `count` 0 writes until killed. */
export function spawnWriter(file: string, prefix: string, count: number): Writer {
  const child = spawn(process.execPath, ['--import', tsxLoader, script, file, prefix, String(count)], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let stderr = '';
  let buffer = '';
  const waiters: { n: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    for (const w of waiters.filter((w) => acked.length >= w.n)) w.resolve();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of waiters)
        if (acked.length < w.n)
          w.reject(new Error(`writer exited (${code ?? signal}) after ${acked.length} acks: ${stderr}`));
      resolve({ code, signal, stderr });
    }),
  );
  return {
    child,
    acked,
    exited,
    acks: (n) =>
      acked.length >= n
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => waiters.push({ n, resolve, reject })),
  };
}
