/**
 * A 360Giving CSV read back into 360Giving JSON, so it can be checked with the standard's own JSON
 * schema (the exporter's `--validate`, and this package's tests). Column titles come from that schema
 * (a field's `title`; "<list title>:<field title>" for a list of objects, as 360Giving's flatten-tool
 * names them), never from our writer.
 */

interface JsonSchema {
  title?: string;
  type?: string | string[];
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
}

/** Where one column's value goes in a grant, and whether the schema wants a number there. */
export interface FieldTarget {
  path: (string | number)[];
  number: boolean;
}

/**
 * The column titles the 360Giving grant schema defines, each with the JSON path it fills.
 *
 * @example
 * fieldTitles(grantSchema).get('Recipient Org:Name') // { path: ['recipientOrganization', 0, 'name'], number: false }
 */
export function fieldTitles(schema: object): Map<string, FieldTarget> {
  const root = schema as JsonSchema;
  const defs = root.$defs ?? {};
  const deref = (s: JsonSchema): JsonSchema => (s.$ref ? (defs[s.$ref.split('/').pop() ?? ''] ?? s) : s);
  const isNumber = (s: JsonSchema) => [s.type].flat().includes('number');
  const out = new Map<string, FieldTarget>();
  for (const [key, raw] of Object.entries(root.properties ?? {})) {
    const prop = deref(raw);
    const title = raw.title ?? prop.title;
    if (!title) continue;
    const items = prop.items ? deref(prop.items) : undefined;
    if (items?.properties) {
      for (const [child, c] of Object.entries(items.properties))
        if (c.title) out.set(`${title}:${c.title}`, { path: [key, 0, child], number: isNumber(c) });
    } else out.set(title, { path: [key], number: isNumber(prop) });
  }
  return out;
}

type Node = Record<string | number, unknown>;

/**
 * One CSV row as a 360Giving grant: empty cells are left out, numbers parsed where the schema wants a
 * number (a cell that is not one stays text, for the schema to refuse). Every header must be a key of `titles`.
 *
 * @example
 * unflatten(['Identifier', 'Amount Awarded'], ['360G-x', '400'], titles) // { id: '360G-x', amountAwarded: 400 }
 */
export function unflatten(
  header: readonly string[],
  row: readonly string[],
  titles: Map<string, FieldTarget>,
): Record<string | number, unknown> {
  const out: Node = {};
  header.forEach((h, i) => {
    const cell = row[i] ?? '';
    const target = titles.get(h);
    if (cell === '' || !target) return;
    const { path, number } = target;
    let at: Node = out;
    for (const [k, step] of path.slice(0, -1).entries()) {
      at[step] ??= typeof path[k + 1] === 'number' ? [] : {};
      at = at[step] as Node;
    }
    const last = path[path.length - 1] as string | number;
    const n = Number(cell);
    at[last] = number && cell.trim() !== '' && Number.isFinite(n) ? n : cell;
  });
  return out;
}
