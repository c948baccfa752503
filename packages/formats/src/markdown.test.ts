import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE_MARKDOWN } from '../test/hostile-markdown.js';
import { scanHtml, unsafeHtml } from '../test/html-scan.js';
import {
  markdownTextBlocks,
  markdownToHtml,
  markdownToText,
  plainParagraphs,
  renderHtml,
  simpleHtml,
} from './markdown.js';

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

  it('renders as plain markdown-it with html off, apart from rel and heading levels', () => {
    const reference = new MarkdownIt({ html: false, linkify: true, typographer: false });
    const source = '## A\n\n- x\n- **y**\n\n> cytat\n\nhttps://fise.org.pl';
    const strip = (s: string) => s.replace(/ rel="noopener noreferrer"/g, '').replace(/<(\/?)h(\d)>/g, '<$1h>');
    expect(strip(markdownToHtml(source))).toBe(strip(reference.render(source)));
  });
});

// The website's own guarantees for event and post bodies (they were packages/site/src/markdown.test.ts
// when the site had its own renderer); the site's pages render with markdownToHtml.
describe('markdownToHtml: what the website guarantees on its pages', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const html = markdownToHtml('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
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
    const html = markdownToHtml(source);
    expect(html).not.toMatch(/href="(?!https?:|mailto:|\/[^/]|#)/i);
    expect(html).not.toMatch(/src=/i);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it('keeps http, mailto and site links, and marks external ones noopener', () => {
    const html = markdownToHtml('[a](https://example.org/) [b](mailto:a@example.org) [c](/wydarzenia)');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="mailto:a@example.org">b</a>');
    expect(html).toContain('<a href="/wydarzenia">c</a>');
  });

  it('puts the highest heading below the page title and the others after it, never skipping a level', () => {
    expect(markdownToHtml('# Title\n\n## Sub')).toBe('<h2>Title</h2>\n<h3>Sub</h3>\n');
    // An author who starts at "##" (as most bodies do) gets h2, not h3 straight after the page's h1.
    expect(markdownToHtml('## O wydarzeniu\n\ntekst\n\n#### Szczegóły')).toBe(
      '<h2>O wydarzeniu</h2>\n<p>tekst</p>\n<h3>Szczegóły</h3>\n',
    );
    expect(markdownToHtml('### A\n\n# B\n\n###### C\n\n### D')).toBe(
      '<h3>A</h3>\n<h2>B</h2>\n<h4>C</h4>\n<h3>D</h3>\n',
    );
    expect(markdownToHtml('# Title\n\n## Sub', { headingLevel: 3 })).toBe('<h3>Title</h3>\n<h4>Sub</h4>\n');
    expect(markdownToHtml('## Title', { headingLevel: 1 })).toBe('<h1>Title</h1>\n');
    expect(markdownToHtml('# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6')).toBe(
      '<h2>1</h2>\n<h3>2</h3>\n<h4>3</h4>\n<h5>4</h5>\n<h6>5</h6>\n<h6>6</h6>\n',
    );
  });

  it('refuses a heading level outside 1–6, naming the option', () => {
    for (const headingLevel of [0, 7, 2.5, Number.NaN])
      expect(() => markdownToHtml('tekst', { headingLevel })).toThrow(
        /options\.headingLevel must be an integer from 1 to 6/,
      );
  });

  it('never skips a heading level, whatever levels a body uses (fast-check)', () => {
    const heading = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('a', 'Ż b', 'c'))
      .map(([n, t]) => `${'#'.repeat(n)} ${t}`);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(heading, fc.constant('tekst')), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (blocks, top) => {
          const html = markdownToHtml(blocks.join('\n\n'), { headingLevel: top });
          const levels = [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
          if (levels.length === 0) return;
          expect(Math.min(...levels)).toBe(top);
          // The levels used are top, top + 1, … in order of depth, with no gap (h6 at most).
          const distinct = [...new Set(levels)].sort((a, b) => a - b);
          expect(distinct).toEqual(distinct.map((_, k) => Math.min(6, top + k)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renders the seed post lists', () => {
    expect(markdownToHtml('Tematy:\n\n- Jeden.\n- Dwa.')).toBe(
      '<p>Tematy:</p>\n<ul>\n<li>Jeden.</li>\n<li>Dwa.</li>\n</ul>\n',
    );
  });

  it('leaves site links relative without baseUrl, as a page of the site needs them', () => {
    expect(markdownToHtml('[c](/wydarzenia) [d](#program)')).toBe(
      '<p><a href="/wydarzenia">c</a> <a href="#program">d</a></p>\n',
    );
  });
});

describe('markdownTextBlocks', () => {
  it('keeps blocks apart and list items on lines of their own, markup gone', () => {
    expect(
      markdownTextBlocks(
        '## O wydarzeniu\n\nW programie **między** innymi: [urząd](https://x.pl).\n\n- Co organizacje\n- Jak\n  1. raz\n  2. dwa\n\n> cyt\n> dalej\n\n```\nkod\n```\n\n---\n\nZażółć  gęślą',
      ),
    ).toEqual([
      'O wydarzeniu',
      'W programie między innymi: urząd.',
      '- Co organizacje\n- Jak\n  1. raz\n  2. dwa',
      'cyt dalej',
      'kod',
      'Zażółć gęślą',
    ]);
    expect(markdownTextBlocks('Zażółć gęślą jaźń.\n\nDrugi  akapit.')).toEqual(['Zażółć gęślą jaźń.', 'Drugi akapit.']);
    expect(markdownTextBlocks('')).toEqual([]);
  });

  it('says what markdownToText says, block by block', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              'Ala',
              'żółć',
              ' ',
              '\n',
              '\n\n',
              '**',
              '_',
              '- ',
              '1. ',
              '## ',
              '> ',
              '`',
              '[x](https://y.pl)',
            ),
          )
          .map((parts) => parts.join('')),
        (source) => {
          // List markers aside (markdownToText has none; a literal "- " looks the same), the same words.
          const words = (text: string) => text.split(/\s+/).filter((w) => w && !/^(-|\d+\.)$/.test(w));
          expect(words(markdownTextBlocks(source).join('\n'))).toEqual(
            words(markdownToText(source, Number.POSITIVE_INFINITY)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('markdownToText', () => {
  it('is the text a reader sees, without markup', () => {
    expect(markdownToText('- **Co** organizacje\n- [urząd](https://x.pl) & <b>')).toBe('Co organizacje urząd & <b>');
  });

  it('strips markup and shortens (the website’s descriptions)', () => {
    expect(markdownToText('**Zażółć** _gęślą_ <b>jaźń</b>')).toBe('Zażółć gęślą <b>jaźń</b>');
    expect(markdownToText('a '.repeat(200), 11)).toBe('a a a a a…');
  });

  it('cuts at a word with an ellipsis, within maxLength', () => {
    const text = markdownToText('Współpraca samorządów z organizacjami pozarządowymi w powiecie', 30);
    expect(text).toBe('Współpraca samorządów z…');
    expect(text.length).toBeLessThanOrEqual(30);
  });
});

describe('the plain-text path', () => {
  // Words and separators that plain text is made of, and pieces that make it Markdown or a link: the
  // generated sources mix them, so both sides of the plain-text test are exercised near its edge.
  const plainBits = [
    'Współpraca',
    'samorządów',
    'Łódź',
    'ŻÓŁĆ',
    'e\u0301',
    '2026',
    ' ',
    ' ',
    ', ',
    '. ',
    ': ',
    '; ',
    '? ',
    '! ',
    '„cytat”',
    '"x"',
    "'y'",
    '(a)',
    '–',
    '—',
    '-',
    '/',
    '%',
    '«z»',
    'ul.',
    'fise.org.pl',
    'mosty.pl',
    'www.fise',
    'a.b',
  ];
  const markdownBits = [
    '*',
    '**',
    '_',
    '`',
    '~~',
    '#',
    '# ',
    '> ',
    '- ',
    '+ ',
    '1. ',
    '1) ',
    '[a](b)',
    '<b>',
    '&amp;',
    '&',
    '\\',
    '|',
    '\n',
    '\n\n',
    '\n\n\n',
    '  ',
    '    ',
    '\t',
    '\u00a0',
    'http://x.pl',
    'https://fise.org.pl',
    'mailto:a@b.pl',
    'a@b.pl',
    '//host',
    '\r\n',
    '\u0000',
    '\ud83d\ude00',
    '=',
    '===',
    '---',
    ':',
    '!',
    '![a](b)',
    '<http://x>',
    'Київ',
    '×',
    'a:b',
    'x:/y',
    'ftp://f.pl',
    'www.fise.pl',
    '_',
    '„',
    '(',
  ];
  const source = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...plainBits) },
        { weight: 1, arbitrary: fc.constantFrom(...markdownBits) },
      ),
      { maxLength: 40 },
    )
    .map((bits) => bits.join(''));
  const paragraphs = fc
    .array(
      fc.array(fc.constantFrom(...plainBits), { minLength: 1, maxLength: 20 }).map((b) => `Ala ${b.join('')}.`),
      { minLength: 1, maxLength: 4 },
    )
    .chain((ps) => fc.constantFrom(ps.join('\n\n'), `${ps.join('\n\n')}\n`));

  it('gives what markdown-it gives, for every source it takes (fast-check)', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.oneof(source, paragraphs),
        fc.constantFrom(undefined, 'https://mosty.example.org/wydarzenia/x'),
        (text, baseUrl) => {
          const options = baseUrl ? { baseUrl, headingLevel: 3 } : {};
          if (plainParagraphs(text)) taken++;
          expect(markdownToHtml(text, options)).toBe(renderHtml(text, options));
        },
      ),
      { numRuns: 3000 },
    );
    // The property would hold vacuously if the generators never reached the plain path.
    expect(taken).toBeGreaterThan(500);
  });

  it('gives the text markdown-it renders, markup removed (fast-check)', () => {
    // Inline tags go without a trace; block tags and line ends separate words.
    const INLINE = /<\/?(a|strong|em|s|code|img)\b[^>]*>/g;
    const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };
    const reference = (text: string) =>
      renderHtml(text)
        .replace(INLINE, '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(lt|gt|quot|amp);/g, (e) => ENTITIES[e] ?? e)
        .replace(/\s+/g, ' ')
        .trim();
    fc.assert(
      fc.property(fc.oneof(source, paragraphs), (text) => {
        expect(markdownToText(text, 100_000)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  // Headings and **strong** words (simpleHtml): blocks of plain text, markers, heading marks and the
  // pieces around delimiters that change how CommonMark reads them (punctuation, spaces, letters, links).
  const strongBits = [
    '**',
    '**Ala**',
    ' **samorządów**',
    '**organizacji pozarządowych**',
    '**Ż**',
    '**a**b',
    'a**b**',
    '**a** ',
    '**a**.',
    '**a**,',
    '**a**”',
    '**a**)',
    '**a**:',
    '„**a**',
    '(**a**',
    '**×**',
    '**é**',
    '**e\u0301**',
    '***',
    '****',
    '* ',
    '**mailto:a**',
    '**https://x.pl**',
    '**www.fise.pl**',
    '** ',
    ' **',
    '**Ala',
    'kota**',
    '**a**b**c**',
    '”**',
  ];
  const simpleParagraph = fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...plainBits) },
        { weight: 6, arbitrary: fc.constantFrom(...strongBits) },
        { weight: 1, arbitrary: fc.constantFrom(...markdownBits) },
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((bits) => bits.join(''));
  const simpleHeading = fc
    .tuple(
      fc.constantFrom('#', '##', '###', '####', '######', '#######', '## ', '##\t', ' ##'),
      fc.constantFrom(' ', '  '),
      fc.constantFrom('O wydarzeniu', 'Program', 'Ala #', '„Cytat”', 'Ala ', 'a**b**', 'https://x.pl', '1. a', 'Ż'),
    )
    .map(([marks, space, text]) => `${marks}${space}${text}`);
  const simpleBody = fc
    .array(fc.oneof(simpleHeading, simpleParagraph, fc.constantFrom('W programie: „a”. Zapraszamy **samorządów**.')), {
      minLength: 1,
      maxLength: 5,
    })
    .chain((blocks) => fc.constantFrom(blocks.join('\n\n'), `${blocks.join('\n\n')}\n`, blocks.join('\n')));

  it('gives what markdown-it gives for headings and **strong** words, for every body it takes (fast-check)', () => {
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(simpleBody, fc.integer({ min: 1, max: 6 }), fc.boolean(), (text, headingLevel, given) => {
        const options = given ? { headingLevel } : {};
        if (simpleHtml(text, given ? headingLevel : 2) === undefined) refused++;
        else taken++;
        expect(markdownToHtml(text, options)).toBe(renderHtml(text, options));
      }),
      { numRuns: 30_000 },
    );
    // Vacuous if the generator never reached either side of the test.
    expect(taken).toBeGreaterThan(2_000);
    expect(refused).toBeGreaterThan(2_000);
  });

  it('takes the bodies events are written with', () => {
    const body =
      '## O wydarzeniu\n\nW programie między innymi: „Wolontariat w gminie”. Zapraszamy przedstawicieli **samorządów** i **organizacji pozarządowych**.\n';
    expect(simpleHtml(body, 2)).toBe(
      '<h2>O wydarzeniu</h2>\n<p>W programie między innymi: „Wolontariat w gminie”. Zapraszamy przedstawicieli <strong>samorządów</strong> i <strong>organizacji pozarządowych</strong>.</p>\n',
    );
    expect(markdownToHtml(body, { headingLevel: 3 })).toBe(renderHtml(body, { headingLevel: 3 }));
    for (const text of ['**a*', 'a**b**', '** a**', '**a **', '### a #', '#a', 'Zobacz **https://fise.org.pl**'])
      expect(simpleHtml(text, 2), text).toBeUndefined();
  });

  it('is taken by plain bodies and refused by Markdown, links and leading or trailing space', () => {
    expect(plainParagraphs('Spotkanie, zorganizowane przez Fundację „FISE”.\n\nDrugi akapit.\n')).toEqual([
      'Spotkanie, zorganizowane przez Fundację „FISE”.',
      'Drugi akapit.',
    ]);
    for (const text of [
      '**a**',
      'Zobacz https://fise.org.pl',
      'Pisz na mailto:biuro@fise.pl',
      'Pisz: a@b.pl',
      ' Ala',
      'Ala ',
      '1. Ala',
      'Ala\nma',
      'Ala & kot',
      '',
    ])
      expect(plainParagraphs(text), text).toBeUndefined();
    expect(markdownToHtml('Ala ma "kota".')).toBe('<p>Ala ma &quot;kota&quot;.</p>\n');
    expect(markdownToText('Zapraszamy [tutaj](https://fise.org.pl). **Wstęp** wolny')).toBe(
      'Zapraszamy tutaj. Wstęp wolny',
    );
  });
});
