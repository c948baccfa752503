import { ValidationError } from '@org/domain';

// URLs already checked: writers run per record, and a site passes the same few (its share image, its
// licence, its feed links) to every one, so each is parsed once.
const checked = new Set<string>();

/**
 * A value that must be an absolute http(s) URL (a feed's icon, a licence, an image), returned as given, or a
 * `ValidationError` at `path`, whose message names it as `label` (an option by default): a relative or
 * `javascript:` URL would be published in every document.
 */
export function checkedHttpUrl(given: string, path: string, label = `options.${path}`): string {
  if (checked.has(given)) return given;
  const protocol = URL.canParse(given) ? new URL(given).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ValidationError(`@org/formats: ${label} must be an absolute http(s) URL, got "${given}"`, [
      { path, field: path, code: 'url', message: 'not an absolute http(s) URL' },
    ]);
  if (checked.size < 64) checked.add(given);
  return given;
}
