/** The site as the crawl reaches it: `get` a path on a running site. Tests only. */
export interface Crawlable {
  get(path: string): Promise<Response>;
}

/**
 * Links a page makes to its own site: href, src and action attributes, site-relative or under
 * `siteUrl`, and absolute URLs under `siteUrl` in meta content (og:url, og:image).
 */
export function siteLinks(html: string, siteUrl: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(href|src|action|content)="([^"]+)"/g)) {
    const value = (m[2] ?? '').replace(/&amp;/g, '&');
    if (value.startsWith(siteUrl)) links.push(value.slice(siteUrl.length) || '/');
    else if (m[1] !== 'content' && value.startsWith('/') && !value.startsWith('//')) links.push(value);
  }
  return links;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links in data the site serves (feeds, sitemaps, calendars, JSON, robots.txt): absolute URLs under
 * `siteUrl`, after unfolding iCalendar lines (RFC 5545 folds them at 75 octets) and XML's `&amp;`.
 */
export function dataLinks(body: string, siteUrl: string): string[] {
  const text = body.replace(/\r?\n[ \t]/g, '').replace(/&amp;/g, '&');
  const links: string[] = [];
  for (const m of text.matchAll(new RegExp(`${escapeRegExp(siteUrl)}(\\/[^\\s"'<>\\\\]*)?`, 'g')))
    links.push(m[1] ?? '/');
  return links;
}

/**
 * Follows every link from `/` and `/robots.txt` (pages, feeds, sitemaps, calendars; not the API, which
 * is data for programs and disallowed in robots.txt) and returns what it saw and every answer ≥ 400.
 */
export async function crawl(site: Crawlable, siteUrl: string): Promise<{ seen: Set<string>; failures: string[] }> {
  const seen = new Set<string>(['/', '/robots.txt']);
  const queue = ['/', '/robots.txt'];
  const failures: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const res = await site.get(path);
    if (res.status >= 400) failures.push(`${res.status} ${path}`);
    const type = res.headers.get('content-type') ?? '';
    const body = await res.text();
    const links = type.startsWith('text/html') ? siteLinks(body, siteUrl) : dataLinks(body, siteUrl);
    for (const link of links) {
      const target = link.split('#')[0] as string;
      if (target && !seen.has(target) && !target.startsWith('/api/')) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { seen, failures };
}
