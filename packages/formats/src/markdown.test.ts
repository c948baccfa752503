import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE_MARKDOWN } from '../test/hostile-markdown.js';
import { scanHtml, unsafeHtml } from '../test/html-scan.js';
import { markdownToHtml, markdownToText } from './markdown.js';

describe('markdownToHtml', () => {
  it('renders lists, emphasis, links, code and headings (one level down)', () => {
    const html = markdownToHtml(
      '# Panel\n\nTematy:\n\n- Co **organizacje** mogą\n- _Dobre_ praktyki\n\n1. raz\n2. dwa\n\n[Strona FISE](https://fise.org.pl) i `kod`',
    );
    expect(html).toContain('<h2>Panel</h2>');
    expect(html).toContain(
      '<ul>\n<li>Co <strong>organizacje</strong> mogą</li>\n<li><em>Dobre</em> praktyki</li>\n</ul>',
    );
    expect(html).toContain('<ol>\n<li>raz</li>');
    expect(html).toContain('<a href="https://fise.org.pl" rel="noopener noreferrer">Strona FISE</a>');
    expect(html).toContain('<code>kod</code>');
    expect(html).not.toMatch(/\*\*|\]\(/);
    // Read back by an independent renderer's structure: every tag is one a reader shows.
    expect(unsafeHtml(html)).toEqual([]);
  });

  it.each(HOSTILE_MARKDOWN)('lets nothing executable through: %s', (source) => {
    const html = markdownToHtml(`Tekst ${source} koniec`);
    expect(unsafeHtml(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|iframe|svg|style|img[^>]*onerror)/i);
    // Refused links stay as text, so the reader still sees what was written.
    expect(html).toContain('Tekst');
  });

  it('the check itself flags what a careless renderer lets through', () => {
    const careless = new MarkdownIt({ html: true });
    careless.validateLink = () => true;
    const problems = HOSTILE_MARKDOWN.map((source) => unsafeHtml(careless.render(source)).join('; '));
    expect(problems.filter(Boolean).length).toBeGreaterThanOrEqual(16);
    const all = problems.join('\n');
    for (const problem of [
      'tag <script>',
      'stray markup <img',
      'javascript: URL in href',
      'javascript: URL in src',
      'vbscript:',
      'data: URL',
      'file: URL',
      'protocol-relative',
    ])
      expect(all).toContain(problem);
  });

  it('keeps hostile links as text, not as links', () => {
    const { tags } = scanHtml(markdownToHtml(HOSTILE_MARKDOWN.join('\n\n')));
    const targets = tags.flatMap((t) => [t.attrs.href, t.attrs.src]).filter(Boolean);
    // Only the https address inside the escaped <iframe> becomes a link (linkify), as on the website.
    expect(targets).toEqual(['https://evil.example']);
  });

  it('never lets an unsafe URL or tag through, for any mix of Markdown and hostile pieces', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...HOSTILE_MARKDOWN,
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '!',
        '&',
        '#x09;',
        'javascript:',
        '\n',
        '\n\n',
        '- ',
        '**',
        ':',
        ' ',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(
          unsafeHtml(markdownToHtml(parts.join(''), { baseUrl: 'https://mosty.example.org/aktualnosci/a' })),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('resolves site-relative links and images against baseUrl, as the page would', () => {
    const html = markdownToHtml('[program](/wydarzenia/x) [niżej](#program) ![logo](/logo.png) [mail](mailto:a@b.pl)', {
      baseUrl: 'https://mosty.example.org/aktualnosci/post',
    });
    expect(html).toContain('href="https://mosty.example.org/wydarzenia/x"');
    expect(html).toContain('href="https://mosty.example.org/aktualnosci/post#program"');
    expect(html).toContain('src="https://mosty.example.org/logo.png"');
    expect(html).toContain('href="mailto:a@b.pl"');
  });

  it('renders what the website renders: same rules as packages/site (markdown-it, html off)', () => {
    const reference = new MarkdownIt({ html: false, linkify: true, typographer: false });
    const source = '## A\n\n- x\n- **y**\n\n> cytat\n\nhttps://fise.org.pl';
    const strip = (s: string) => s.replace(/ rel="noopener noreferrer"/g, '').replace(/<(\/?)h(\d)>/g, '<$1h>');
    expect(strip(markdownToHtml(source))).toBe(strip(reference.render(source)));
  });
});

describe('markdownToText', () => {
  it('is the text a reader sees, without markup', () => {
    expect(markdownToText('- **Co** organizacje\n- [urząd](https://x.pl) & <b>')).toBe('Co organizacje urząd & <b>');
  });

  it('cuts at a word with an ellipsis, within maxLength', () => {
    const text = markdownToText('Współpraca samorządów z organizacjami pozarządowymi w powiecie', 30);
    expect(text).toBe('Współpraca samorządów z…');
    expect(text.length).toBeLessThanOrEqual(30);
  });
});
