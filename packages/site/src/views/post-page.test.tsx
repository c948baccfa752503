import { seedWorld } from '@org/demo';
import { describe, expect, it } from 'vitest';
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

describe('PostPage', () => {
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
