import { type Grant, type Locale, localizedFundingStatement } from '@org/domain';

// How the line says the statement's language when it is not the one chosen: only the agreement's own
// text is ever in another language (its Polish text, when it gives no English one).
const IN_LANGUAGE: Record<Locale, Record<Locale, string>> = {
  pl: { pl: 'po polsku, jak w umowie', en: 'po angielsku, jak w umowie' },
  en: { pl: 'in Polish, as in the agreement', en: 'in English, as in the agreement' },
};

/**
 * A grant's funding statement as `show` prints it in `locale`, with its language said when it is not
 * `locale`: an English page shows the agreement's exact Polish statement when the agreement gives no
 * English one, since a derived translation could contradict it.
 *
 * @example
 * fundingLine({ ...seedGrant, attributionTextEn: undefined }, 'en')
 * // 'Zadanie publiczne sfinansowane ze środków z budżetu Województwa Mazowieckiego (in Polish, as in the agreement)'
 * fundingLine(seedGrant, 'en') // 'Public task financed from the budget of the Mazowieckie Voivodeship'
 */
export function fundingLine(
  grant: Pick<Grant, 'funderName' | 'form' | 'funderNameGenitive' | 'attributionText' | 'attributionTextEn'>,
  locale: Locale,
): string {
  const { text, lang } = localizedFundingStatement(grant, { locale });
  return lang === locale ? text : `${text} (${IN_LANGUAGE[locale][lang]})`;
}
