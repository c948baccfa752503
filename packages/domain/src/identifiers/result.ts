/**
 * Why an identifier was refused. `format`: characters that do not belong; `length`: wrong number of
 * digits; `checksum`: the check digit does not match; `checksum10`: a NIP whose remainder is 10 (never
 * issued); `allZeros`: arithmetically valid but never issued; `prefix`: a country prefix that the
 * identifier does not allow; `registry`: syntactically fine but outside the code table.
 */
export type IdentifierFailure = 'format' | 'length' | 'checksum' | 'checksum10' | 'allZeros' | 'prefix' | 'registry';

/** The outcome of parsing an identifier: its canonical form, or why it was refused. */
export type IdentifierResult = { ok: true; value: string } | { ok: false; reason: IdentifierFailure };

export const ok = (value: string): IdentifierResult => ({ ok: true, value });
export const fail = (reason: IdentifierFailure): IdentifierResult => ({ ok: false, reason });

/** Strips the separators people write into identifiers: spaces (also non-breaking) and dashes. */
export const stripSeparators = (input: string): string => input.replace(/[\s\u00a0\u2010-\u2015-]/g, '');

/** Weighted digit sum: the core of every Polish checksum. */
export const weightedSum = (digits: string, weights: readonly number[]): number => {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
};
