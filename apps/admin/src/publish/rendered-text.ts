import type { Locale } from '@org/domain';
import { linkContext, renderPreview } from '@org/site';
import type { AppDeps } from '../app-env.js';
import type { StoredRecord } from '../store-contract.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The visible text of an HTML page: scripts and styles dropped (JSON-LD repeats the funding statement,
 * but nobody reads it there), tags removed, entities decoded, whitespace collapsed.
 *
 * @example
 * htmlText('<p>Zadanie&nbsp;publiczne <b>finansowane</b></p><script>x</script>') // 'Zadanie publiczne finansowane'
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of the page a record will be once published, rendered by the website's own renderer (as
 * the preview is); null when the record is not yet a valid event or post. Throws what the renderer throws.
 */
export async function renderedText(
  deps: AppDeps,
  kind: 'event' | 'post',
  record: StoredRecord,
  locale: Locale,
): Promise<string | null> {
  const ctx = { ...linkContext(deps.env.siteUrl, locale), linkOrigin: new URL(deps.env.siteUrl).origin };
  const page = await renderPreview(deps.store, kind, record, ctx, (deps.now?.() ?? new Date()).getTime(), deps.site);
  return page ? htmlText(typeof page.body === 'string' ? page.body : new TextDecoder().decode(page.body)) : null;
}
