import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateWorld, seedWorld } from '@org/demo';
import { loadWorld, openStore, type Store } from '@org/store';
import { testEnv } from '@org/testkit';
import { build, transform } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pager } from '../src/views/bits.js';
import { jsxText, precompileJsx, precompileJsxEsbuild } from './precompile-jsx.js';

/**
 * The precompiled views must write exactly what hono/jsx's automatic runtime writes. Each case is
 * compiled both ways by esbuild (the runtime way is esbuild's own JSX transform, which we did not
 * write) and the outputs are compared byte for byte; then the whole of `@org/site` is bundled both ways
 * and every page type is rendered from the same store by both.
 */
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A folder of the package itself (git ignores it), so that the compiled modules resolve `hono` through
// the package's node_modules as the views do, and `../assets/` (the share image) as dist/ does.
const tmp = mkdtempSync(join(pkg, '.precompile-jsx-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const JSX = { loader: 'tsx', jsx: 'automatic', jsxImportSource: 'hono/jsx', format: 'esm' } as const;
let counter = 0;
async function load(code: string): Promise<Record<string, unknown>> {
  const file = join(tmp, `m${counter++}.mjs`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}
/** A module's default export rendered by both compilations. */
async function bothWays(source: string, ...args: unknown[]) {
  const precompiled = precompileJsx(source, 'case.tsx');
  expect(precompiled, 'the case has JSX').toBeDefined();
  const [runtime, compiled] = await Promise.all([
    transform(source, JSX).then((r) => load(r.code)),
    transform(precompiled as string, JSX).then((r) => load(r.code)),
  ]);
  const render = (m: Record<string, unknown>) => String((m.default as (...a: unknown[]) => unknown)(...args));
  return { runtime: render(runtime), precompiled: render(compiled), code: precompiled as string };
}

describe('precompileJsx, case by case against the automatic runtime', () => {
  const cases: Record<string, string> = {
    'text, expressions and escaping': `export default (x) => <p class="a">Zażółć "gęślą" 'jaźń' {x} &lt;b&gt;</p>;`,
    'layout whitespace between lines is dropped, inside a line kept': `export default (x) => (
      <ul>
        <li>  one   {x}  two  </li>
        <li>
          three
          four {x}
          five
        </li>
        {x} {x}
      </ul>
    );`,
    'void elements, empty elements and boolean attributes': `export default () => (
      <div><br /><img src="a.png" alt="" /><hr></hr><p></p><details open><summary hidden>s</summary></details><td colspan={2} data-x /></div>
    );`,
    'attribute values: undefined, null, false, true, numbers, strings to escape, renamed keys': `export default (x) => (
      <div id={undefined} title={null} hidden={false} open={true} tabindex={-1} data-v={x} className="c" htmlFor="f" aria-label={'"<&>\\''} lang={x ? 'en' : undefined} />
    );`,
    // The transform keeps its own copies of hono's void-element and boolean-attribute lists: every
    // element and boolean attribute of HTML, rendered both ways, checks that the copies still agree.
    'every void element and boolean attribute as hono writes them': `export default () => (
      <div>
        <area /><base /><br /><col /><embed /><hr /><img /><keygen /><param /><source /><track /><wbr />
        <p /><span /><td /><col></col><textarea></textarea><video /><audio /><iframe /><object />
        <details allowfullscreen async autofocus autoplay checked controls default defer disabled download formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate open playsinline readonly required reversed selected translate draggable spellcheck contenteditable />
      </div>
    );`,
    'style objects': `export default () => <p style={{ color: 'red', fontSize: '2px' }}>s</p>;`,
    'arrays, nested arrays, conditionals, numbers and 0': `export default (x) => { const xs = Array.isArray(x) ? x : [x]; return (
      <ol>{xs.map((x, i) => <li key={i}>{i}: {x} {[[x, [x]]]}</li>)}{xs.length === 0 && <li>none</li>}{0}{xs.length > 1 ? <b>many</b> : null}</ol>
    ); };`,
    'components, fragments and children': `
      const Box = ({ title, children }) => <section><h2>{title}</h2>{children}</section>;
      const Empty = () => null;
      const Text = ({ t }) => t;
      export default (x) => (
        <>
          <Box title={<i>{x}</i>}>
            <p>in {x}</p>
            <Empty />
            <Text t={x} />
          </Box>
          <>frag {x}</>
        </>
      );`,
    'hono special elements and spreads stay on the runtime': `export default (x) => (
      <main><form method="post" action="/a"><input name="q" value={x} required /><button type="submit">Go {x}</button></form><p {...{ id: 'p', title: x }}>s</p><title>t</title></main>
    );`,
    'entities in literal text and attributes stay on the runtime': `export default (x) => (
      <p title="a &amp; b">x &nbsp;&amp; y {x} <span>z &copy;</span><em>plain</em></p>
    );`,
    'JSX inside attribute expressions and callbacks': `
      const List = ({ render, items }) => <ul>{items.map(render)}</ul>;
      export default (x) => <div><List items={[x, x]} render={(i) => <li title={i}>{i}</li>} /></div>;`,
    'raw HTML': `import { raw } from 'hono/html'; export default (x) => <div class="body">{raw('<b>' + x + '</b>')}</div>;`,
  };
  const hostile = '<script>alert(1)</script> & "\' javascript:';
  for (const [name, source] of Object.entries(cases))
    it(name, async () => {
      for (const arg of [hostile, 'Łódź', '', 0, ['a', '<b>'], [], undefined]) {
        const out = await bothWays(source, arg);
        expect(out.precompiled).toBe(out.runtime);
      }
    });

  it('turns plain elements into templates and leaves components to the runtime', async () => {
    const { code } = await bothWays(cases['components, fragments and children'] as string, 'x');
    expect(code).toContain('__mostyJsxHtml(');
    expect(code).toMatch(/<Box\b/);
    const plain = precompileJsx('export const a = <p><b>1</b><i>{2}</i></p>;', 'a.tsx') as string;
    expect(plain).toContain('["<p><b>1</b><i>","</i></p>"]');
    expect(precompileJsx('export const a = 1 < 2;', 'a.ts')).toBeUndefined();
  });

  it('keeps every line where it was, so source maps stay right', () => {
    const source = cases['layout whitespace between lines is dropped, inside a line kept'] as string;
    const out = precompileJsx(source, 'a.tsx') as string;
    expect(out.split('\n').length).toBe(source.split('\n').length);
  });

  it('hostile text in expressions and attributes comes out escaped the same way', async () => {
    const source = `export default (x) => <a href={x} title={x}>{x}<span lang={x}>{[x, x]}</span></a>;`;
    const precompiled = await transform(precompileJsx(source, 'a.tsx') as string, JSX).then((r) => load(r.code));
    const runtime = await transform(source, JSX).then((r) => load(r.code));
    const render = (m: Record<string, unknown>, x: string) => String((m.default as (x: string) => unknown)(x));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (x) => {
        expect(render(precompiled, x)).toBe(render(runtime, x));
      }),
      { numRuns: 300 },
    );
  });

  it('the tests themselves render the views precompiled, as they ship (vitest.shared.ts)', () => {
    expect(String(Pager)).toMatch(/__mostyJsxHtml\)?\(__mostyJsxT\d/);
  });

  const dist = join(pkg, 'dist/index.js');
  const built = existsSync(dist);
  it.skipIf(!built && !testEnv.CI)(
    'the built package ships the views precompiled (skipped when dist/ is not built; CI builds first)',
    () => {
      expect(readFileSync(dist, 'utf8')).toMatch(/__mostyJsxT\d+ = \[/);
    },
  );

  it('reads JSX text as esbuild and React do', () => {
    expect(jsxText('\n    a\n    b  \n  ')).toBe('a b');
    expect(jsxText('  a  ')).toBe('  a  ');
    expect(jsxText('\n  \n')).toBe('');
    expect(jsxText('a\n\n  b')).toBe('a b');
    expect(jsxText('\ta\t')).toBe(' a ');
  });
});

describe('@org/site bundled both ways renders every page type identically', () => {
  const NOW = Date.parse('2026-11-01T12:00:00Z');
  let dir: string;
  const stores: { name: string; store: Store; world: ReturnType<typeof seedWorld> }[] = [];
  type Site = typeof import('../src/index.js');
  let runtime: Site;
  let precompiled: Site;

  beforeAll(async () => {
    const bundle = async (name: string, plugins: ReturnType<typeof precompileJsxEsbuild>[]) => {
      const outfile = join(tmp, `${name}.mjs`);
      await build({
        entryPoints: [join(pkg, 'src/index.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        jsx: 'automatic',
        jsxImportSource: 'hono/jsx',
        packages: 'external',
        plugins,
        logLevel: 'silent',
      });
      expect(readFileSync(outfile, 'utf8').includes('__mostyJsxHtml('), name).toBe(plugins.length > 0);
      return (await import(pathToFileURL(outfile).href)) as Site;
    };
    [runtime, precompiled] = await Promise.all([
      bundle('runtime', []),
      bundle('precompiled', [precompileJsxEsbuild()]),
    ]);
    dir = mkdtempSync(join(tmp, 'db-'));
    for (const [name, world] of [
      ['seed', seedWorld()],
      [
        'generated',
        generateWorld({
          seed: 7,
          events: 40,
          organizations: 40,
          people: 60,
          posts: 12,
          around: '2026-11-01T12:00:00Z',
        }),
      ],
    ] as const) {
      const store = await openStore(join(dir, `${name}.db`));
      await loadWorld(store, world);
      stores.push({ name, store, world });
    }
  });
  afterAll(async () => {
    for (const { store } of stores) await store.close();
  });

  it('every route of the seed and of a generated world, in both languages, live and static links', async () => {
    let pages = 0;
    for (const { store, world } of stores) {
      const routes: Parameters<Site['renderRoute']>[1][] = [
        { kind: 'home' },
        { kind: 'events' },
        { kind: 'events', page: 2 },
        { kind: 'news' },
        { kind: 'organizations' },
        { kind: 'authorities' },
        { kind: 'grants' },
        { kind: 'accessibility' },
        { kind: 'openData' },
        { kind: 'eventsMonth', month: '2026-11' },
        ...world.events.map((e) => ({ kind: 'event' as const, slug: e.slug })),
        ...world.events.flatMap((e) => e.hashtags.map((tag) => ({ kind: 'eventsTag' as const, tag }))),
        ...world.posts.map((p) => ({ kind: 'post' as const, slug: p.slug })),
        ...world.organizations.map((o) => ({ kind: 'organization' as const, slug: o.slug })),
        ...world.authorities.slice(0, 40).map((a) => ({ kind: 'authority' as const, slug: a.slug })),
        ...world.grants.map((g) => ({ kind: 'grant' as const, slug: g.slug })),
        ...world.people.map((p) => ({ kind: 'person' as const, slug: p.slug })),
        ...world.venues.map((v) => ({ kind: 'venue' as const, slug: v.slug })),
      ];
      for (const locale of ['pl', 'en'] as const)
        for (const staticLinks of [false, true]) {
          const ctx = runtime.linkContext('https://mosty.example/site', locale, staticLinks);
          for (const route of routes) {
            const [a, b] = await Promise.all([
              runtime.renderRoute({ store, ctx, now: NOW }, route),
              precompiled.renderRoute({ store, ctx, now: NOW }, route),
            ]);
            expect(b?.body, `${locale} ${JSON.stringify(route)}`).toBe(a?.body);
            if (a) pages++;
          }
          expect(precompiled.notFoundPage(ctx, '/<x>').body).toBe(runtime.notFoundPage(ctx, '/<x>').body);
        }
      const event = world.events[0];
      const ctx = { ...runtime.linkContext('https://mosty.example', 'pl'), notice: { text: 'Podgląd' } };
      const [a, b] = await Promise.all([
        runtime.renderPreview(store, 'event', { ...event, status: 'draft' }, ctx, NOW),
        precompiled.renderPreview(store, 'event', { ...event, status: 'draft' }, ctx, NOW),
      ]);
      expect(b?.body).toBe(a?.body);
    }
    // Not a vacuous comparison: most routes render a page.
    expect(pages).toBeGreaterThan(400);
    // Over 1,600 renders, 8 s alone on two cores; CI runs other packages' tests beside it (30 s ran out once).
  }, 180_000);
});
