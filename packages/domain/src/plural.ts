/**
 * The three forms a Polish noun takes after a whole number: after 1; after 2–4, 22–24, 32–34… (but
 * not 12–14); and after everything else (0, 5–21, 25–31…, 111–114…).
 */
export type PolishPluralForms = readonly [one: string, few: string, many: string];

/**
 * The form of a Polish noun that agrees with a whole number `n` (its sign ignored). Give nominative
 * forms where the count is the subject or object ("1 znak, 2 znaki, 5 znaków") and genitive forms
 * after a word that takes the genitive ("dla 1 wydarzenia, dla 2 wydarzeń, dla 5 wydarzeń":
 * `['wydarzenia', 'wydarzeń', 'wydarzeń']`). A fraction takes the genitive singular ("1,5 znaku"),
 * which is not among the three forms: this helper is for counts.
 *
 * @example
 * pluralPl(22, ['znak', 'znaki', 'znaków']) // 'znaki'
 * pluralPl(12, ['znak', 'znaki', 'znaków']) // 'znaków'
 * pluralPl(1, ['wydarzenia', 'wydarzeń', 'wydarzeń']) // 'wydarzenia' (dla 1 wydarzenia)
 */
export function pluralPl(n: number, forms: PolishPluralForms): string {
  const abs = Math.abs(n);
  if (abs === 1) return forms[0];
  const units = abs % 10;
  const tens = abs % 100;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? forms[1] : forms[2];
}
