import { htmlText } from './field-error.js';

/**
 * What a browser would post from a page's record form left as it is: text and hidden inputs, checked
 * boxes, the selected options and the text areas, in document order.
 */
export function formOf(html: string): URLSearchParams {
  const form = /<form method="post" action="[^"]*" class="entity-form"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error('the page has no record form');
  const attrs = (tag: string) =>
    new Map([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', htmlText(m[2] ?? '')]));
  const out = new URLSearchParams();
  for (const m of form.matchAll(/<(input|select|textarea)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/g)) {
    const [, tag, rawAttrs = '', content = ''] = m;
    const a = attrs(rawAttrs);
    const name = a.get('name');
    if (!name || a.has('disabled')) continue;
    if (tag === 'textarea') out.append(name, htmlText(content));
    else if (tag === 'select') {
      const options = [...content.matchAll(/<option([^>]*)>/g)].map((o) => attrs(o[1] ?? ''));
      const chosen = options.filter((o) => o.has('selected'));
      // A single select with nothing marked posts its first option, as a browser shows it.
      for (const o of chosen.length || a.has('multiple') ? chosen : options.slice(0, 1))
        out.append(name, o.get('value') ?? '');
    } else if (['checkbox', 'radio'].includes(a.get('type') ?? '')) {
      if (a.has('checked')) out.append(name, a.get('value') ?? 'on');
    } else if (!['submit', 'button', 'file'].includes(a.get('type') ?? '')) out.append(name, a.get('value') ?? '');
  }
  return out;
}
