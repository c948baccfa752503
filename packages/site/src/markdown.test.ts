import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](//evil.example/)',
    '<javascript:alert(1)>',
    '![x](javascript:alert(1))',
  ])('refuses the unsafe link in %s', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/href="(?!https?:|mailto:|\/[^/]|#)/i);
    expect(html).not.toMatch(/src=/i);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it('keeps http, mailto and site links, and marks external ones noopener', () => {
    const html = renderMarkdown('[a](https://example.org/) [b](mailto:a@example.org) [c](/wydarzenia)');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="mailto:a@example.org">b</a>');
    expect(html).toContain('<a href="/wydarzenia">c</a>');
  });

  it('shifts headings below the page title', () => {
    expect(renderMarkdown('# Title\n\n## Sub')).toBe('<h2>Title</h2>\n<h3>Sub</h3>\n');
  });

  it('renders the seed post lists', () => {
    expect(renderMarkdown('Tematy:\n\n- Jeden.\n- Dwa.')).toBe(
      '<p>Tematy:</p>\n<ul>\n<li>Jeden.</li>\n<li>Dwa.</li>\n</ul>\n',
    );
  });
});

describe('markdownToText', () => {
  it('strips markup and shortens', () => {
    expect(markdownToText('**Zażółć** _gęślą_ <b>jaźń</b>')).toBe('Zażółć gęślą <b>jaźń</b>');
    expect(markdownToText('a '.repeat(200), 11)).toBe('a a a a a…');
  });
});
