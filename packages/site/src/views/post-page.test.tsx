import { seedWorld } from '@org/demo';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../locale.js';
import { relatedOf } from '../related.js';
import { linkContext } from '../routes.js';
import { documentHtml, Layout } from './layout.js';
import { PostPage } from './post-page.js';

const world = seedWorld();
const post = world.posts[0];
if (!post) throw new Error('seed has no post');

const render = (body: string) => {
  const ctx = linkContext('http://localhost:3000', 'pl');
  const html = documentHtml(
    <Layout ctx={ctx} meta={{ title: post.title, description: 'x', route: { kind: 'post', slug: post.slug } }}>
      <PostPage ctx={ctx} post={{ ...post, body }} attributions={[]} related={relatedOf({})} />
    </Layout>,
  );
  // Markdown writes no <div>, so the body ends at the first one closed after it.
  const start = html.indexOf('<div class="body"');
  return html.slice(start, html.indexOf('</div>', start));
};

/** The line above the title: "Kategoria: …", as rendered on a page of `locale`. */
const categoryLine = (locale: Locale, changes: Partial<typeof post>) => {
  const ctx = linkContext('http://localhost:3000', locale);
  const html = documentHtml(
    <PostPage ctx={ctx} post={{ ...post, ...changes }} attributions={[]} related={relatedOf({})} />,
  );
  const start = html.indexOf('<p class="meta">');
  return html.slice(start, html.indexOf('</p>', start));
};

describe('PostPage', () => {
  it('shows the default category as the site’s word for news in the page’s language', () => {
    expect(post.category).toBe('Aktualności');
    expect(categoryLine('pl', {})).toMatch(/^<p class="meta">Kategoria: Aktualności( · |$)/);
    expect(categoryLine('en', {})).toMatch(/^<p class="meta">Category: News( · |$)/);
    expect(categoryLine('en', {})).not.toContain('Aktualności');
    // An English post with no category of its own is not marked as English words on Polish pages.
    expect(categoryLine('pl', { language: 'en' })).toMatch(/^<p class="meta">Kategoria: Aktualności( · |$)/);
  });

  it('keeps any other category as the editors wrote it, marked Polish on English pages', () => {
    expect(categoryLine('en', { category: 'Relacje' })).toContain('Category: <span lang="pl">Relacje</span>');
    expect(categoryLine('pl', { category: 'Relacje' })).toMatch(/Kategoria: <span>Relacje<\/span>/);
  });

  it('renders the seed post’s Markdown: its lists become lists', () => {
    const body = render(post.body);
    expect(body).toMatch(/<ul>\n<li>/);
    expect(body).not.toMatch(/^- /m);
  });

  it('renders the body with the safe renderer: headings under the title, no raw HTML, no unsafe links', () => {
    const body = render(
      '## Relacja\n\n<img src=x onerror=alert(1)> [zły](vbscript:msgbox(1)) [proto](//evil.example/) [poczta](mailto:a@example.org)',
    );
    // The body's highest heading stands right under the page's h1, whatever level it was written at.
    expect(body).toContain('<h2>Relacja</h2>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toMatch(/<img|href="(?!mailto:)/i);
    expect(body).toContain('<a href="mailto:a@example.org">poczta</a>');
  });
});
