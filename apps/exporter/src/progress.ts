/**
 * A progress bar on stderr for long exports: drawn only when stderr is a terminal, so piped and
 * redirected runs stay silent and their output stays clean.
 */
export interface Progress {
  tick(n?: number): void;
  done(): void;
}

/**
 * `counted` says a count in words in the CLI's language (e.g. `5 wydarzeń`); without it, the bare number.
 *
 * @example
 * progress('mosty-export ics', undefined, process.stderr, MESSAGES.pl.events) // draws "mosty-export ics: 5 wydarzeń"
 */
export function progress(
  label: string,
  total: number | undefined,
  stream: NodeJS.WriteStream = process.stderr,
  counted?: (n: number) => string,
): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  const draw = () => {
    const width = 30;
    if (total && total > 0) {
      const filled = Math.round((count / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
    } else {
      stream.write(`\r${label}${counted ? `: ${counted(count)}` : ` ${count}`}`);
    }
  };
  return {
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}
