// One locale module each: the `date-fns/locale` barrel loads all ~100 locales (~0.7 s in Node).
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';

const LOCALES = { pl, en: enGB } as const;

/**
 * A month's name as it stands after a day number: date-fns's own names, whose Polish formatting
 * context is the genitive ("26 listopada"). `month` is 0–11. Internal: not part of the package's API.
 */
export const monthName = (month: number, locale: 'pl' | 'en'): string =>
  LOCALES[locale].localize.month(month as 0, { width: 'wide', context: 'formatting' });
