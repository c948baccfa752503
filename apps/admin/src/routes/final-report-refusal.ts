import { endOfAgreementDay, type FinalReportProblem, formatDay, formatInstant, type Locale } from '@org/domain';
import { countedSentence, listText, t, tf } from '../i18n.js';

// The agreement's days are Polish (`endOfAgreementDay`): its dates are shown as Warsaw reads them.
const ZONE = 'Europe/Warsaw';

const quoted = (locale: Locale, text: string) => (locale === 'pl' ? `„${text}”` : `“${text}”`);

/**
 * The days a grant's final report waits for, as staff read them: the task's last day (`end`) and the first day
 * a final report may be drawn up (`from`, the day after).
 *
 * @example
 * finalReportDays('2026-12-15', 'pl') // { end: '15 grudnia 2026', from: '16 grudnia 2026', fromInstant: '2026-12-16T00:00:00+01:00' }
 */
export function finalReportDays(lastDay: string, locale: Locale): { end: string; from: string; fromInstant: string } {
  const fromInstant = endOfAgreementDay(lastDay);
  const end = formatDay(new Date(Date.parse(fromInstant) - 1).toISOString(), ZONE, locale);
  return { end, from: formatDay(fromInstant, ZONE, locale), fromInstant };
}

/**
 * Why a final report of a grant whose period ends on `lastDay` is refused, in the staff member's language:
 * what stands in the way (`problems`, from `finalReportProblems` of @org/domain), why a final report waits for
 * the end of the task, and what to do instead. `eventTitles` names the planned events by their ids.
 *
 * @example
 * finalReportRefusal('pl', '2026-12-15', [{ code: 'eventsPlanned', eventIds: ['e1'] }], { e1: 'Mosty' })
 * // 'Nie pobrano sprawozdania końcowego, bo zadanie jeszcze się nie zakończyło: wydarzenie „Mosty” jeszcze się nie odbyło. …'
 */
export function finalReportRefusal(
  locale: Locale,
  lastDay: string,
  problems: readonly FinalReportProblem[],
  eventTitles: Readonly<Record<string, string>>,
): string {
  const days = finalReportDays(lastDay, locale);
  const reasons = problems.map((p) => {
    if (p.code === 'asOfBeforeEnd')
      return tf(locale, 'finalReportAsOfBeforeEnd', { end: days.end, asOf: formatInstant(p.asOf, ZONE, locale) });
    if (p.code === 'periodNotWhole')
      return tf(locale, 'finalReportPeriodNotWhole', {
        periodEnd: finalReportDays(p.periodEnd, locale).end,
        end: finalReportDays(p.grantEnd, locale).end,
      });
    const titles = p.eventIds.map((id) => quoted(locale, eventTitles[id] ?? id));
    return countedSentence(
      locale,
      p.eventIds.length,
      ['finalReportEventsPlannedOne', 'finalReportEventsPlannedFew', 'finalReportEventsPlannedMany'],
      { events: listText(locale, titles) },
    );
  });
  return tf(locale, 'finalReportRefused', { reasons: listText(locale, reasons), from: days.from });
}

/** The short line at the top of the page that points to the refusal beside the report's form. */
export const finalReportRefusedFlash = (locale: Locale): string =>
  tf(locale, 'finalReportRefusedFlash', { section: t(locale, 'grantReport') });
