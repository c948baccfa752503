import { parsePath } from '../forms/form-paths.js';

/** The value at a form field's path in a nested value, or undefined. */
export function getPath(root: unknown, name: string): unknown {
  let node: unknown = root;
  for (const seg of parsePath(name) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}
