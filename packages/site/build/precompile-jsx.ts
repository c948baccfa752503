import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/**
 * hono/jsx's precompiled form, for the views of `@org/site`.
 *
 * The automatic JSX runtime builds a node object per element and serialises the tree on `toString`:
 * about 0.35 µs per element, most of an event page's render. hono/jsx also accepts the "precompile"
 * JSX transform Deno introduced (`jsxTemplate`, `jsxAttr`, `jsxEscape` in `hono/jsx/jsx-runtime`):
 * the static markup of a tree of plain HTML elements becomes one array of strings, and only the
 * dynamic parts are values. Neither esbuild nor TypeScript offers that transform, so this module does
 * it on the source, before esbuild compiles the rest:
 *
 * - A plain HTML element (lower-case tag, no spread, no entity in its literal text) becomes
 *   `jsxTemplate(strings, ...values)`; plain elements nested in it are inlined into the same strings.
 *   A value that is a JSX node is rendered into a string first, without hono's render context (`Plain`).
 *   Literal text and attribute values are escaped here exactly as hono/jsx escapes them at run time;
 *   `{expressions}` stay values, escaped by hono at run time; attribute expressions go through hono's
 *   own `jsxAttr`.
 * - Anything else (components, hono's special elements such as `form` or `title`, spreads, literal
 *   entities) stays JSX, with its children and attributes rewritten the same way, and esbuild compiles
 *   it with the automatic runtime as before.
 *
 * The output is byte-identical to the automatic runtime's (`precompile-jsx.test.ts` renders every page
 * type both ways and compares). Line numbers are kept, so source maps still point at the right line.
 */

/** Elements hono/jsx renders through its own components (hoisting, form actions) or namespaces. */
const RUNTIME_ONLY = new Set([
  'button',
  'form',
  'input',
  'link',
  'meta',
  'script',
  'style',
  'title',
  'svg',
  'head',
  'math',
]);
/** hono/jsx's `emptyTags`: written `<br/>` when they have no children. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** hono/jsx's `booleanAttributes`: `disabled` alone is written `disabled=""`. */
const BOOLEAN_ATTRIBUTES = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
]);
/** hono/jsx's `normalizeIntrinsicElementKey`. */
const KEY_NAMES = new Map([
  ['className', 'class'],
  ['htmlFor', 'for'],
  ['crossOrigin', 'crossorigin'],
  ['httpEquiv', 'http-equiv'],
  ['itemProp', 'itemprop'],
  ['fetchPriority', 'fetchpriority'],
  ['noModule', 'nomodule'],
  ['formAction', 'formaction'],
]);
const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/;

const ESCAPES: Record<string, string> = { '"': '&quot;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** hono's `escapeToBuffer`, at build time. */
const escapeHtml = (text: string) => text.replace(/["'&<>]/g, (c) => ESCAPES[c] as string);

/** The text a JSX text child stands for (React's and esbuild's whitespace rule); '' when none. */
export function jsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  let lastNonEmpty = 0;
  for (let i = 0; i < lines.length; i++) if (/[^ \t]/.test(lines[i] as string)) lastNonEmpty = i;
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] as string).replace(/\t/g, ' ');
    if (i !== 0) line = line.replace(/^[ ]+/, '');
    if (i !== lines.length - 1) line = line.replace(/[ ]+$/, '');
    if (line) text += i === lastNonEmpty ? line : `${line} `;
  }
  return text;
}

const PREFIX = '__mostyJsx';
const HEADER = [
  `import { jsxTemplate as ${PREFIX}Template, jsxAttr as ${PREFIX}Attr } from 'hono/jsx/jsx-runtime';`,
  `import { raw as ${PREFIX}Raw } from 'hono/html';`,
  `const ${PREFIX}None = ${PREFIX}Raw('');`,
  // jsxAttr writes `key="value"` or nothing (null, undefined, false); the space before it goes with it.
  `const ${PREFIX}A = (key: string, value: unknown) => { const s = String(${PREFIX}Attr(key, value)); return s === '' ? ${PREFIX}None : ${PREFIX}Raw(' ' + s); };`,
  // A value that is a JSX node (a component, or an element left to the runtime) is rendered here into a buffer,
  // as its `toString` would, but outside hono's render context: `toString` runs in AsyncLocalStorage.run, whose
  // first call turns on promise hooks for the whole process on Node 20 (see `htmlOf` in views/layout.tsx). A
  // node that does not render into one string (an async component) is left to `toString`.
  `const ${PREFIX}Plain = (v: any): any => { if (typeof v !== 'object' || v === null) return v; if (Array.isArray(v)) return v.map(${PREFIX}Plain); if (typeof v.toStringToBuffer !== 'function') return v; const b: any = ['']; v.toStringToBuffer(b); return b.length === 1 && !('callbacks' in b) ? ${PREFIX}Raw(b[0]) : v; };`,
  `const ${PREFIX}Html = (strings: any, ...values: unknown[]) => ${PREFIX}Template(strings, ...values.map(${PREFIX}Plain));`,
].join(' ');

type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment;
const isJsx = (n: ts.Node): n is JsxNode => ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n);

/**
 * Rewrites the JSX of a TSX module into hono/jsx's precompiled form where it can; returns undefined
 * when the module has no JSX.
 *
 * @example
 * precompileJsx('const a = <p class="x">{name}</p>;', 'a.tsx')
 * // '…const a = __mostyJsxTemplate(__mostyJsxT0, name);…'
 */
export function precompileJsx(code: string, fileName: string): string | undefined {
  if (!code.includes('<')) return undefined;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const templates: string[] = [];
  let found = false;

  const newlines = (text: string) => (text.match(/\n/g) ?? []).length;
  /** Pads a replacement with line breaks up to the replaced node's, so later lines keep their numbers. */
  const keepLines = (node: ts.Node, replacement: string) =>
    replacement + '\n'.repeat(Math.max(0, newlines(code.slice(node.getStart(sf), node.end)) - newlines(replacement)));

  /** The source of a range with every outermost JSX node in it replaced by its compiled form. */
  const rewrite = (node: ts.Node, start = node.getStart(sf), end = node.end): string => {
    let out = '';
    let cursor = start;
    const visit = (n: ts.Node) => {
      if (isJsx(n)) {
        out += code.slice(cursor, n.getStart(sf)) + emit(n);
        cursor = n.end;
        return;
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    return out + code.slice(cursor, end);
  };

  const tagName = (n: ts.JsxElement | ts.JsxSelfClosingElement) =>
    ts.isJsxElement(n) ? n.openingElement.tagName : n.tagName;
  const attributesOf = (n: ts.JsxElement | ts.JsxSelfClosingElement) =>
    (ts.isJsxElement(n) ? n.openingElement : n).attributes.properties;
  const childrenOf = (n: JsxNode): readonly ts.JsxChild[] => (ts.isJsxSelfClosingElement(n) ? [] : n.children);
  /** Children that render something or could: text that is not only layout whitespace, and expressions. */
  const meaningful = (children: readonly ts.JsxChild[]) =>
    children.filter((c) => (ts.isJsxText(c) ? jsxText(c.text) !== '' : !ts.isJsxExpression(c) || c.expression));

  /** Whether an element (or fragment) can become template strings. */
  const templatable = (n: JsxNode): boolean => {
    for (const child of childrenOf(n)) {
      if (ts.isJsxText(child) && child.text.includes('&')) return false;
      if (ts.isJsxExpression(child) && child.dotDotDotToken) return false;
    }
    if (ts.isJsxFragment(n)) return true;
    const tag = tagName(n);
    if (!ts.isIdentifier(tag) || !TAG.test(tag.text) || RUNTIME_ONLY.has(tag.text)) return false;
    if (VOID.has(tag.text) && meaningful(childrenOf(n)).length > 0) return false;
    for (const attr of attributesOf(n)) {
      if (!ts.isJsxAttribute(attr) || !ts.isIdentifier(attr.name)) return false;
      const name = attr.name.text;
      if (!ATTRIBUTE.test(name) || name === 'children' || name === 'dangerouslySetInnerHTML') return false;
      if (attr.initializer && ts.isStringLiteral(attr.initializer) && attr.initializer.text.includes('&')) return false;
    }
    return true;
  };

  /** Appends a templatable element's markup to the strings and values of a template. */
  const append = (n: JsxNode, strings: string[], values: string[]) => {
    const text = (s: string) => {
      strings[strings.length - 1] += s;
    };
    const value = (v: string) => {
      values.push(v);
      strings.push('');
    };
    const children = (list: readonly ts.JsxChild[]) => {
      for (const child of list) {
        if (ts.isJsxText(child)) text(escapeHtml(jsxText(child.text)));
        else if (ts.isJsxExpression(child)) {
          if (child.expression) value(rewrite(child.expression));
        } else if (templatable(child)) append(child, strings, values);
        else value(emit(child));
      }
    };
    if (ts.isJsxFragment(n)) {
      children(n.children);
      return;
    }
    const tag = (tagName(n) as ts.Identifier).text;
    text(`<${tag}`);
    for (const attr of attributesOf(n) as readonly ts.JsxAttribute[]) {
      const given = (attr.name as ts.Identifier).text;
      if (given === 'key' || given === 'ref') continue;
      const name = KEY_NAMES.get(given) ?? given;
      const init = attr.initializer;
      if (!init) text(BOOLEAN_ATTRIBUTES.has(name) ? ` ${name}=""` : ` ${name}="true"`);
      else if (ts.isStringLiteral(init)) text(` ${name}="${escapeHtml(init.text)}"`);
      else if (ts.isJsxExpression(init)) {
        if (init.expression) value(`${PREFIX}A(${JSON.stringify(name)}, ${rewrite(init.expression)})`);
      } else value(`${PREFIX}A(${JSON.stringify(name)}, ${emit(init)})`);
    }
    const list = childrenOf(n);
    if (VOID.has(tag) && meaningful(list).length === 0) {
      text('/>');
      return;
    }
    text('>');
    children(list);
    text(`</${tag}>`);
  };

  /** A JSX node as an expression: a template call, or JSX left for esbuild with its insides rewritten. */
  function emit(n: JsxNode): string {
    found = true;
    if (templatable(n)) {
      const strings = [''];
      const values: string[] = [];
      append(n, strings, values);
      const id = `${PREFIX}T${templates.length}`;
      templates.push(`const ${id} = ${JSON.stringify(strings)};`);
      return keepLines(n, `${PREFIX}Html(${id}${values.map((v) => `, ${v}`).join('')})`);
    }
    const inner = (list: readonly ts.JsxChild[]) =>
      list
        .map((child) => {
          if (ts.isJsxText(child)) return child.getFullText(sf);
          if (ts.isJsxExpression(child))
            return child.expression
              ? `{${child.dotDotDotToken ? '...' : ''}${rewrite(child.expression)}}`
              : code.slice(child.getStart(sf), child.end);
          return `{${emit(child)}}`;
        })
        .join('');
    if (ts.isJsxFragment(n)) return `<>${inner(n.children)}</>`;
    const opening = ts.isJsxElement(n) ? n.openingElement : n;
    const head = code.slice(opening.tagName.getStart(sf), (opening.typeArguments ?? opening.tagName).end);
    const attrs = opening.attributes.properties
      .map((attr) => {
        if (ts.isJsxSpreadAttribute(attr)) return ` {...${rewrite(attr.expression)}}`;
        const name = code.slice(attr.name.getStart(sf), attr.name.end);
        const init = attr.initializer;
        if (!init) return ` ${name}`;
        if (ts.isStringLiteral(init)) return ` ${name}=${code.slice(init.getStart(sf), init.end)}`;
        if (ts.isJsxExpression(init)) return ` ${name}={${init.expression ? rewrite(init.expression) : ''}}`;
        return ` ${name}={${emit(init)}}`;
      })
      .join('');
    if (ts.isJsxSelfClosingElement(n)) return `<${head}${attrs} />`;
    return `<${head}${attrs}>${inner(n.children)}</${code.slice(n.closingElement.tagName.getStart(sf), n.closingElement.tagName.end)}>`;
  }

  const body = rewrite(sf, 0, code.length);
  if (!found) return undefined;
  // The header and the template arrays go on the first line, so every other line keeps its number.
  return `${HEADER} ${templates.join(' ')} ${body}`;
}

/** Whether a file's JSX is compiled this way: the views of `@org/site`, not its tests. */
export const precompiled = (path: string) => /\.tsx$/.test(path) && !/\.test\.tsx$/.test(path);

/** The transform as an esbuild plugin (tsup's `esbuildPlugins`). */
export function precompileJsxEsbuild(): {
  name: string;
  setup(build: {
    onLoad(
      options: { filter: RegExp },
      callback: (args: { path: string }) => Promise<{ contents: string; loader: 'tsx' } | undefined>,
    ): void;
  }): void;
} {
  return {
    name: 'mosty-precompile-jsx',
    setup(build) {
      build.onLoad({ filter: /\.tsx$/ }, async ({ path }) => {
        if (!precompiled(path)) return undefined;
        const code = await readFile(path, 'utf8');
        return { contents: precompileJsx(code, path) ?? code, loader: 'tsx' };
      });
    },
  };
}

/** The transform as a Vite plugin, so the tests run the views compiled as they ship. */
export function precompileJsxVite(scope: (id: string) => boolean) {
  return {
    name: 'mosty-precompile-jsx',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const path = id.split('?')[0] as string;
      if (!precompiled(path) || !scope(path)) return undefined;
      const out = precompileJsx(code, path);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
