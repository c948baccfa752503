/** A valid organisation input with a name; the store fills id and slug. */
export const orgInput = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  legalForm: 'fundacja',
  ...extra,
});

/** A fixed clock that advances one second per call: timestamps differ and tests stay exact. */
export function steppingClock(start = '2026-11-26T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}
