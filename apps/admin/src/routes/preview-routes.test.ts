import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FUNDING_STATEMENT, SEED_IDS } from '@org/demo';
import { DEMO_SITE_CONFIG, type SiteConfig, STYLESHEET, STYLESHEET_PATH } from '@org/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Harness, signedInHarness, startHarness } from '../testing/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('preview', () => {
  it("shows an edited event exactly as the website's renderer will, with a notice, noindex and its stylesheet", async () => {
    const client = await h.signIn('editor');
    const stored = await h.store.events.get(SEED_IDS.event);
    if (!stored) throw new Error('no seed event');
    await h.store.events.update(stored.id, stored.version, { ...stored, title: 'Tytuł po zmianie', status: 'draft' });
    const res = await client.request(`/events/${SEED_IDS.event}/preview`);
    expect(res.status).toBe(200);
    const t = text(res.text);
    expect(t).toContain('Tytuł po zmianie');
    expect(t).toContain('Wojciech Jóźwiak — wiceprezes zarządu, Spółdzielnia Socjalna „Kto Rano Wstaje”');
    expect(t).toContain('samorządowcy oraz urzędnicy powiatu wołomińskiego — Powiat wołomiński');
    expect(t).toContain(SEED_FUNDING_STATEMENT);
    expect(t).toContain('Podgląd: tak będzie wyglądać strona po publikacji.');
    expect(res.text).toContain(`<a href="/events/${SEED_IDS.event}/publish">Wróć do publikacji</a>`);
    expect(res.text).toContain('<meta name="robots" content="noindex"/>');
    // Links lead to the public site; the stylesheet comes from the admin, which serves the page.
    expect(res.text).toContain(`href="${STYLESHEET_PATH}"`);
    expect(res.text).toContain('href="http://127.0.0.1:9/organizacje/fundacja-kobiety-wedrowne"');
    expect(res.text).not.toMatch(/href="\/organizacje\//);
    const css = await client.request(STYLESHEET_PATH);
    expect(css.status).toBe(200);
    expect(css.text).toBe(STYLESHEET);
  });

  it('needs a signed-in user', async () => {
    const res = await new Client(h.url).request(`/events/${SEED_IDS.event}/preview`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/events/${SEED_IDS.event}/preview`)}`);
    expect(res.text).not.toContain('Tytuł po zmianie');
  });
});

/** Every publisher named in a page's JSON-LD, wherever in its graph. */
function jsonLdPublishers(html: string): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'publisher' && value && typeof value === 'object' && 'name' in value)
          names.push(String(value.name));
        walk(value);
      }
  };
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g))
    walk(JSON.parse(json ?? 'null'));
  return names;
}

describe("the preview names the publisher of the website's SITE_CONFIG", () => {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-admin-site-config-'));
  // Not the demo publisher, which is also a seed organisation and so on the page anyway.
  const config: SiteConfig = {
    ...DEMO_SITE_CONFIG,
    publisher: { ...DEMO_SITE_CONFIG.publisher, name: 'Fundacja Mostów Testowych', email: 'biuro@mosty-testowe.org' },
  };
  delete config.publisher.organizationSlug;
  const path = join(dir, 'site.json');
  writeFileSync(path, JSON.stringify(config));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("in a post's JSON-LD, and the demo's without SITE_CONFIG", async () => {
    const configured = await signedInHarness('editor', { env: { SITE_CONFIG: path } });
    try {
      const res = await configured.client.request(`/posts/${SEED_IDS.post}/preview`);
      expect(res.status).toBe(200);
      const publishers = jsonLdPublishers(res.text);
      expect(publishers).toContain('Fundacja Mostów Testowych');
      expect(publishers).not.toContain(DEMO_SITE_CONFIG.publisher.name);
      expect(res.text).toContain('biuro@mosty-testowe.org');
    } finally {
      await configured.h.close();
    }
    const demo = await h.signIn('editor');
    const res = await demo.request(`/posts/${SEED_IDS.post}/preview`);
    expect(res.status).toBe(200);
    const publishers = jsonLdPublishers(res.text);
    expect(publishers).toContain(DEMO_SITE_CONFIG.publisher.name);
    expect(publishers).not.toContain('Fundacja Mostów Testowych');
  });
});
