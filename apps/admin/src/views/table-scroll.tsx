import type { Locale } from '@org/domain';
import type { Child, FC } from 'hono/jsx';
import { t } from '../i18n.js';

/**
 * A table wider than a phone, in a region of its own that scrolls sideways (named, and reachable by keyboard to
 * scroll it), so the page itself never does: at 320 px, WCAG's reflow width, only the table moves.
 *
 * @example
 * <TableScroll label="Dziennik zmian" locale="pl"><table>…</table></TableScroll>
 * // <section class="table-scroll" aria-label="Dziennik zmian: tabela, na wąskim ekranie przewiń w bok" tabindex="0">…
 */
export const TableScroll: FC<{ label: string; locale: Locale; children: Child }> = ({ label, locale, children }) => (
  <section class="table-scroll" aria-label={`${label}: ${t(locale, 'tableScroll')}`} tabindex={0}>
    {children}
  </section>
);
