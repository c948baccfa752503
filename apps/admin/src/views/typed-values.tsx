import type { FC } from 'hono/jsx';
import { t } from '../i18n.js';
import type { ViewContext } from './view-context.js';

/** Fields never given back: the CSRF token, the record's version and where to go next are no one's typing; a password is never shown. */
const NOT_TYPED = /^(_csrf|version|next)$|password/i;

/**
 * What a refused POST carried, as read-only text staff can copy: a form refused before its route ran
 * (the session ended, the CSRF token went stale) must not lose what was typed. Escaped like any text;
 * nothing here is replayed.
 */
export const TypedValues: FC<{ ctx: ViewContext; entries: readonly [string, string][] }> = ({ ctx, entries }) => {
  const shown = entries.filter(([name, value]) => value.trim() !== '' && !NOT_TYPED.test(name)).slice(0, 500);
  if (shown.length === 0) return null;
  return (
    <section class="typed-values" aria-labelledby="typed-h">
      <h2 id="typed-h">{t(ctx.locale, 'typedValues')}</h2>
      {shown.map(([name, value], i) => (
        <div class="field">
          <label for={`typed-${i}`}>{name}</label>
          <textarea id={`typed-${i}`} readonly rows={Math.min(12, value.split('\n').length + 1)}>
            {/* A newline right after <textarea> is dropped by the HTML parser: a leading one needs another. */}
            {value.startsWith('\n') ? `\n${value}` : value}
          </textarea>
        </div>
      ))}
    </section>
  );
};
