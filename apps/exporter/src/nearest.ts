import { searchKey } from '@org/domain';

/** Edit distance (Levenshtein) with a cut-off, on diacritics-folded lower-case text. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidates closest to what was typed, best first: those containing it, then by edit distance,
 * ignoring case and diacritics. Used to name the nearest slugs when one is unknown.
 *
 * @example
 * nearestMatches('sprawny-urzad', ['sprawny-urzad-sprawna-organizacja', 'forum-ngo']) // ['sprawny-urzad-sprawna-organizacja']
 */
export function nearestMatches(query: string, candidates: readonly string[], limit = 3): string[] {
  const q = searchKey(query);
  const scored = candidates.map((c) => {
    const k = searchKey(c);
    const score = k.includes(q) || q.includes(k) ? 0 : distance(q, k) / Math.max(q.length, k.length, 1);
    return { c, score };
  });
  return scored
    .filter((s) => s.score <= 0.5)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((s) => s.c);
}
